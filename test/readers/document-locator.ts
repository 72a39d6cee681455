/**
 * The reference for the YAML reader's Locator: the Locator pmcheck used over yaml's Document
 * before the positioned tree, kept unchanged so that TreeLocator (src/readers/yaml/locator.ts)
 * can be held to its answers. A plan path such as ['tasks', { id: 'cutover' }, 'owner'] becomes
 * the line and column of that node in the source. When the path does not exist in full, the
 * closest existing ancestor is used.
 */
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLSeq,
} from 'yaml';
import { isIdSegment, type Locator, type PlanPath, type Span } from '../../src/plan/path.js';

export class DocumentLocator implements Locator {
  /** Each list's items by id (a mapping's `id`, or a plain scalar item such as a dependency). */
  private readonly byId = new WeakMap<YAMLSeq, Map<string, unknown>>();

  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  locate(path: PlanPath, at: 'value' | 'key' = 'value'): Span {
    let node: unknown = this.doc.contents;
    // The range to report so far: the whole document to start with.
    let range: readonly [number, number] | undefined = rangeOf(node);
    for (const seg of path) {
      if (isMap(node) && typeof seg === 'string') {
        const pair = node.items.find((p): p is Pair => isPair(p) && keyOf(p) === seg);
        if (!pair) break;
        range = (at === 'key' ? rangeOf(pair.key) : pairRange(pair)) ?? range;
        node = pair.value;
      } else if (isSeq(node) && typeof seg !== 'string') {
        const item = isIdSegment(seg) ? this.itemsById(node).get(seg.id) : node.items[seg];
        if (item === undefined) break;
        range = rangeOf(item) ?? range;
        node = item;
      } else break;
    }
    return this.span(range ?? [0, 0]);
  }

  span([start, end]: readonly [number, number]): Span {
    const a = this.lineCounter.linePos(start);
    const b = this.lineCounter.linePos(Math.max(start, end));
    return {
      file: this.file,
      line: Math.max(1, a.line),
      column: Math.max(1, a.col),
      endLine: Math.max(1, b.line),
      endColumn: Math.max(1, b.col),
    };
  }

  private itemsById(seq: YAMLSeq): Map<string, unknown> {
    let index = this.byId.get(seq);
    if (!index) {
      index = new Map();
      for (const item of seq.items) {
        const id = isMap(item) ? item.get('id') : isScalar(item) ? item.value : undefined;
        const key = isScalar(id) ? id.value : id;
        if (typeof key === 'string' && !index.has(key)) index.set(key, item);
      }
      this.byId.set(seq, index);
    }
    return index;
  }
}

function keyOf(p: Pair): string | undefined {
  const k = p.key;
  if (isScalar(k)) return String(k.value);
  return typeof k === 'string' || typeof k === 'number' ? String(k) : undefined;
}

function rangeOf(node: unknown): readonly [number, number] | undefined {
  const r = (node as Node | null)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/**
 * A pair whose value is a non-empty scalar points at that value (`owner: eng1` → `eng1`).
 * A pair whose value is a collection or empty points at its key, the line a reader looks for.
 */
function pairRange(p: Pair): readonly [number, number] | undefined {
  const v = p.value;
  if (isScalar(v) && v.value !== null && v.range) return [v.range[0], v.range[1]];
  if ((isSeq(v) || isMap(v)) && v.flow && v.range) {
    const k = rangeOf(p.key);
    return k ? [k[0], v.range[1]] : [v.range[0], v.range[1]];
  }
  return rangeOf(p.key);
}
