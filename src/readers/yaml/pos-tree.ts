/**
 * A small positioned tree for a parsed YAML document: what plan loading needs from the `yaml`
 * package's Document (plain data, and where each key and value sits in the text), in a shape
 * that both the fast path (`fast.ts`) and the library (`from-document.ts`) can produce.
 * Nothing here knows about YAML syntax.
 */

/** Character offsets into the text: yaml's `node.range[0]` and `node.range[1]`. */
export type Range = readonly [start: number, end: number];

export interface PosScalar {
  kind: 'scalar';
  range: Range;
  /** The value as yaml's `toJS()` gives it: null for an empty value. */
  value: unknown;
}

export interface PosPair {
  /** `String(key.value)`, the spelling `Locator` matches path segments against. */
  key: string;
  keyRange: Range;
  /**
   * The key as yaml's `toJS()` writes it on a plain object, only where that differs from `key`:
   * a null key (`~:`, `null:` or an empty key) becomes '' there, not 'null'.
   */
  jsKey?: string;
  /** The node yaml has for the value: an empty value is a null scalar with yaml's range. */
  value: PosNode;
}

export interface PosMap {
  kind: 'map';
  range: Range;
  flow: boolean;
  pairs: PosPair[];
  /** A YAML 1.1 `!!set` (only in a tree for locating): its `get('id')` is the key `id` itself. */
  set?: true;
}

export interface PosSeq {
  kind: 'seq';
  range: Range;
  flow: boolean;
  items: PosNode[];
}

/** An alias (`*name`): where it is written, and the tree of the node it refers to. */
export interface PosAlias {
  kind: 'alias';
  range: Range;
  target: PosNode;
}

/**
 * Only in a tree for locating (see `locatorTree`): something the Locator cannot enter and takes
 * no range from when it has none, such as an alias it cannot resolve or a pair that is an item
 * of a YAML 1.1 `!!omap`. The fast path never makes one, and `toJS` refuses it.
 */
export interface PosOpaque {
  kind: 'opaque';
  range: Range | undefined;
}

export type PosNode = PosScalar | PosMap | PosSeq | PosAlias | PosOpaque;

/**
 * Trees with aliases (from `fromDocument`). For these `toJS` gives each node that aliases refer
 * to one object, as yaml does, instead of copying it per alias: the same data, and an
 * alias-heavy document cannot blow up in size. The fast path never makes an alias.
 */
const SHARED_ROOTS = new WeakSet<PosNode>();

/** Marks `root` as a tree with aliases (see SHARED_ROOTS). */
export function markShared(root: PosNode): void {
  SHARED_ROOTS.add(root);
}

/**
 * Plain data for the tree: identical to yaml's `doc.toJS()` for the same text. Maps become
 * plain objects built as yaml builds them, so that a `__proto__` key is an own property and
 * never the object's prototype.
 */
export function toJS(node: PosNode): unknown {
  return SHARED_ROOTS.has(node) ? toJSShared(node, new Map()) : toJSTree(node);
}

function toJSTree(node: PosNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'alias':
      return toJSTree(node.target);
    case 'opaque':
      throw new Error('a tree for locating has no plain data');
    case 'seq': {
      const out: unknown[] = [];
      for (const item of node.items) out.push(toJSTree(item));
      return out;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const pair of node.pairs) setKey(out, pair.jsKey ?? pair.key, toJSTree(pair.value));
      return out;
    }
  }
}

function toJSShared(node: PosNode, seen: Map<PosNode, unknown>): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'alias') return toJSShared(node.target, seen);
  if (node.kind === 'opaque') throw new Error('a tree for locating has no plain data');
  const done = seen.get(node);
  if (done !== undefined) return done;
  if (node.kind === 'seq') {
    const out: unknown[] = [];
    seen.set(node, out);
    for (const item of node.items) out.push(toJSShared(item, seen));
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(node, out);
  for (const pair of node.pairs) setKey(out, pair.jsKey ?? pair.key, toJSShared(pair.value, seen));
  return out;
}

/**
 * yaml's addPairToJSMap: a key the object already answers to (an earlier key, or one inherited
 * from Object.prototype such as `__proto__` or `constructor`) is defined as an own property,
 * so that assignment can never reach the prototype; a later duplicate replaces the value in place.
 */
function setKey(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key in out) Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
  else out[key] = value;
}
