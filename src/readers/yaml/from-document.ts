/**
 * The positioned tree for a Document parsed by the `yaml` package: the reference the fast path
 * is checked against, and the tree for every text the fast path leaves to the library.
 */
import { type Document, isAlias, isMap, isScalar, isSeq, type Node, type Pair, YAMLMap, YAMLSeq } from 'yaml';
import { markShared, type PosMap, type PosNode, type PosPair, type PosScalar, type PosSeq } from './pos-tree.js';

/** Thrown inside the walk when the document has something the tree cannot hold. */
class NotRepresentable extends Error {}

/**
 * The tree for `doc`, which must have parsed without errors: null for an empty document, and
 * undefined when the document holds something the tree cannot represent, so that the caller
 * keeps using the Document for it:
 * - a key that is not a scalar (a collection, an alias, `? [a]: b`) or whose value is an object
 *   (a `!!timestamp` key, say): `PosPair.key` is a string, and `Locator` could not find it either;
 * - a collection of another class than a plain map or sequence (`!!set`, `!!omap`, `!!pairs`),
 *   whose toJS is a Set or a Map;
 * - a merge key `<<` in a schema that merges (never under the core schema plans use);
 * - an alias that cannot be resolved, or one inside the node it refers to (a cycle).
 * An alias becomes the tree of the node it refers to, shared rather than copied, so this takes
 * time linear in the size of the document however many aliases it has. A pair without any value
 * node (`{ a }`, `? a`) gets a null scalar at the end of its key: `Locator` points at the key
 * of such a pair as it does for a null value.
 */
export function fromDocument(doc: Document): PosNode | null | undefined {
  const contents = doc.contents;
  if (contents === null) return null;
  // As yaml's isMergeKey: the merge tag is on (its `default` is 'key') in 1.1 or with `merge: true`.
  const merges = doc.schema.tags.some((tag) => tag.tag === 'tag:yaml.org,2002:merge' && Boolean(tag.default));
  const walk = new Walk(merges);
  try {
    const root = walk.node(contents);
    if (walk.shared) markShared(root);
    return root;
  } catch (err) {
    if (err instanceof NotRepresentable) return undefined;
    throw err;
  }
}

class Walk {
  /** The anchored nodes met so far, by anchor name: an alias refers to the latest before it. */
  private readonly anchors = new Map<string, Node>();
  /** Trees of anchored nodes, once built; an anchored node being built is `null` (a cycle). */
  private readonly built = new Map<Node, PosNode | null>();
  shared = false;

  constructor(private readonly merges: boolean) {}

  node(node: unknown): PosNode {
    if (isAlias(node)) {
      const target = this.anchors.get(node.source);
      const tree = target === undefined ? undefined : this.built.get(target);
      if (!tree) throw new NotRepresentable(`alias *${node.source}`);
      this.shared = true;
      return tree;
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
    if (isScalar(node)) return scalar(node.range, node.toJSON());
    if (isMap(node)) {
      if (node.constructor !== YAMLMap) throw new NotRepresentable('tagged map');
      const pairs: PosPair[] = [];
      for (const pair of node.items) pairs.push(this.pair(pair));
      const map: PosMap = { kind: 'map', range: rangeOf(node.range), flow: Boolean(node.flow), pairs };
      return map;
    }
    if (isSeq(node)) {
      if (node.constructor !== YAMLSeq) throw new NotRepresentable('tagged sequence');
      const items: PosNode[] = [];
      for (const item of node.items) items.push(this.node(item));
      const seq: PosSeq = { kind: 'seq', range: rangeOf(node.range), flow: Boolean(node.flow), items };
      return seq;
    }
    throw new NotRepresentable('unknown node');
  }

  private pair(pair: Pair<unknown, unknown>): PosPair {
    const k = pair.key;
    if (!isScalar(k)) throw new NotRepresentable('non-scalar key');
    if ((typeof k.value === 'object' && k.value !== null) || typeof k.value === 'symbol')
      throw new NotRepresentable('object key');
    // A key can carry an anchor that a later alias refers to.
    if (k.anchor !== undefined) this.node(k);
    // yaml merges such a pair into the map (addToJSMap) instead of adding a '<<' key.
    if ('addToJSMap' in k || (this.merges && k.value === '<<' && (!k.type || k.type === 'PLAIN')))
      throw new NotRepresentable('merge key');
    const keyRange = rangeOf(k.range);
    const value = pair.value === null ? scalar([keyRange[1], keyRange[1]], null) : this.node(pair.value);
    const out: PosPair = { key: String(k.value), keyRange, value };
    if (k.value === null) out.jsKey = '';
    return out;
  }
}

function scalar(range: readonly number[] | null | undefined, value: unknown): PosScalar {
  return { kind: 'scalar', range: rangeOf(range), value };
}

function rangeOf(range: readonly number[] | null | undefined): readonly [number, number] {
  if (!range) throw new NotRepresentable('node without a range');
  return [range[0]!, range[1]!];
}
