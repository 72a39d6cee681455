/**
 * The positioned tree for a Document parsed by the `yaml` package: the reference the fast path
 * is checked against, and the tree the Locator walks for every text the fast path leaves to
 * the library.
 */
import { type Document, isAlias, isMap, isScalar, isSeq, type Node, type Pair, YAMLMap, YAMLSeq } from 'yaml';
import {
  markShared,
  type PosMap,
  type PosNode,
  type PosOpaque,
  type PosPair,
  type PosScalar,
  type PosSeq,
  type Range,
} from './pos-tree.js';

/** Thrown inside the walk when the document has something the tree cannot hold. */
class NotRepresentable extends Error {}

/**
 * The tree for `doc`, which must have parsed without errors, with the same plain data (`toJS`)
 * as the Document: null for an empty document, and undefined when the document holds something
 * the tree cannot represent as data:
 * - a key that is not a scalar (a collection, an alias, `? [a]: b`) or whose value is an object
 *   (a `!!timestamp` key, say): `PosPair.key` is a string;
 * - a collection of another class than a plain map or sequence (`!!set`, `!!omap`, `!!pairs`),
 *   whose toJS is a Set or a Map;
 * - a merge key `<<` in a schema that merges (never under the core schema plans use);
 * - an alias that cannot be resolved, or one inside the node it refers to (a cycle).
 * An alias is a node of its own that refers to the tree of its anchored node, shared rather than
 * copied, so this takes time linear in the size of the document however many aliases it has.
 * A pair without any value node (`{ a }`, `? a`) gets a null scalar at the end of its key:
 * `Locator` points at the key of such a pair as it does for a null value.
 */
export function fromDocument(doc: Document): PosNode | null | undefined {
  try {
    return walk(doc, false);
  } catch (err) {
    if (err instanceof NotRepresentable) return undefined;
    throw err;
  }
}

/**
 * The tree the Locator walks for `doc` (parsed without errors), for any document: where
 * `fromDocument` gives up, this keeps what locating needs and drops only what no plan path can
 * reach (a pair whose key is not a scalar). Its plain data is the Document's own `toJS`, not the
 * tree's. Null for an empty document.
 */
export function locatorTree(doc: Document): PosNode | null {
  return walk(doc, true);
}

function walk(doc: Document, forLocating: boolean): PosNode | null {
  const contents = doc.contents;
  if (contents === null) return null;
  // As yaml's isMergeKey: the merge tag is on (its `default` is 'key') in 1.1 or with `merge: true`.
  const merges = doc.schema.tags.some((tag) => tag.tag === 'tag:yaml.org,2002:merge' && Boolean(tag.default));
  const w = new Walk(merges, forLocating);
  const root = w.node(contents);
  if (w.shared) markShared(root);
  return root;
}

class Walk {
  /** The anchored nodes met so far, by anchor name: an alias refers to the latest before it. */
  private readonly anchors = new Map<string, Node>();
  /** Trees of anchored nodes, once built; an anchored node being built is `null` (a cycle). */
  private readonly built = new Map<Node, PosNode | null>();
  shared = false;

  /**
   * `forLocating`: instead of giving up, keep what the Locator needs (see `locatorTree`):
   * tagged collections as maps and sequences, merge keys as keys, any scalar key by its
   * spelling; something it cannot enter becomes an opaque node.
   */
  constructor(
    private readonly merges: boolean,
    private readonly forLocating: boolean,
  ) {}

  private notRepresentable(what: string, node?: unknown): PosOpaque {
    if (!this.forLocating) throw new NotRepresentable(what);
    const range = (node as Node | undefined)?.range;
    return { kind: 'opaque', range: range ? [range[0], range[1]] : undefined };
  }

  node(node: unknown): PosNode {
    if (isAlias(node)) {
      const target = this.anchors.get(node.source);
      const tree = target === undefined ? undefined : this.built.get(target);
      if (!tree || !node.range) return this.notRepresentable(`alias *${node.source}`, node);
      this.shared = true;
      return { kind: 'alias', range: [node.range[0], node.range[1]], target: tree };
    }
    const anchor = (node as Node).anchor;
    if (anchor === undefined) return this.build(node);
    const n = node as Node;
    this.anchors.set(anchor, n);
    this.built.set(n, null);
    const tree = this.build(n);
    this.built.set(n, tree);
    return tree;
  }

  private build(node: unknown): PosNode {
    const range = (node as Node | null)?.range;
    if (!range) return this.notRepresentable('node without a range', node);
    if (isScalar(node)) return scalar(range, node.toJSON());
    if (isMap(node)) {
      if (node.constructor !== YAMLMap && !this.forLocating) throw new NotRepresentable('tagged map');
      const pairs: PosPair[] = [];
      for (const pair of node.items) {
        const p = this.pair(pair);
        if (p) pairs.push(p);
      }
      const map: PosMap = { kind: 'map', range: [range[0], range[1]], flow: Boolean(node.flow), pairs };
      // yaml's YAMLSet (a type-only export), whose get('id') answers with the key.
      if ((node.constructor as { tag?: unknown }).tag === 'tag:yaml.org,2002:set') map.set = true;
      return map;
    }
    if (isSeq(node)) {
      if (node.constructor !== YAMLSeq && !this.forLocating) throw new NotRepresentable('tagged sequence');
      const items: PosNode[] = [];
      for (const item of node.items) items.push(this.node(item));
      const seq: PosSeq = { kind: 'seq', range: [range[0], range[1]], flow: Boolean(node.flow), items };
      return seq;
    }
    return this.notRepresentable('unknown node', node);
  }

  /** The pair's tree; undefined (when locating) for a pair no plan path can name. */
  private pair(pair: Pair<unknown, unknown>): PosPair | undefined {
    const k = pair.key;
    if (!isScalar(k) || !k.range) {
      if (!this.forLocating) throw new NotRepresentable('non-scalar key');
      // The key and value are still walked: anchors in them count for later aliases.
      if (k !== null && typeof k === 'object') this.node(k);
      if (pair.value !== null) this.node(pair.value);
      return undefined;
    }
    if (!this.forLocating) {
      if ((typeof k.value === 'object' && k.value !== null) || typeof k.value === 'symbol')
        throw new NotRepresentable('object key');
      // yaml merges such a pair into the map (addToJSMap) instead of adding a '<<' key.
      if ('addToJSMap' in k || (this.merges && k.value === '<<' && (!k.type || k.type === 'PLAIN')))
        throw new NotRepresentable('merge key');
    }
    // A key can carry an anchor that a later alias refers to.
    if (k.anchor !== undefined) this.node(k);
    const keyRange: Range = [k.range[0], k.range[1]];
    const value = pair.value === null ? scalar([keyRange[1], keyRange[1]], null) : this.node(pair.value);
    const out: PosPair = { key: String(k.value), keyRange, value };
    if (k.value === null) out.jsKey = '';
    return out;
  }
}

function scalar(range: readonly number[], value: unknown): PosScalar {
  return { kind: 'scalar', range: [range[0]!, range[1]!], value };
}
