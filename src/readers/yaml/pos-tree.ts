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
}

export interface PosSeq {
  kind: 'seq';
  range: Range;
  flow: boolean;
  items: PosNode[];
}

export type PosNode = PosScalar | PosMap | PosSeq;

/**
 * Trees in which some nodes are reached twice (YAML aliases, from `fromDocument`). For these
 * `toJS` gives each shared node one object, as yaml does, instead of copying it per alias: the
 * same data, and an alias-heavy document cannot blow up in size. The fast path never shares.
 */
const SHARED_ROOTS = new WeakSet<PosNode>();

/** Marks `root` as a tree with shared nodes (see SHARED_ROOTS). */
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
