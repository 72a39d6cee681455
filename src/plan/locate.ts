/**
 * Turns a YAML path such as ['tasks', 3, 'owner'] into a line and column in the source.
 * Rules report paths, never lines (as Spectral does); this is the one place that maps them.
 * When the path does not exist in full, the closest existing ancestor is used.
 */
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';

export type PathSegment = string | number;
export type YamlPath = readonly PathSegment[];

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export class Locator {
  constructor(
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  /**
   * The position of the deepest node of `path` that exists. Always 1-based, never 0.
   * With `at: 'key'`, a path that ends at a mapping pair points at the key, not the value.
   */
  locate(path: YamlPath, at: 'value' | 'key' = 'value'): Span {
    let node: unknown = this.doc.contents;
    // The range to report so far: the whole document to start with.
    let range: readonly [number, number] | undefined = rangeOf(node);
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p): p is Pair => isPair(p) && keyOf(p) === String(seg));
        if (!pair) break;
        range = (at === 'key' ? rangeOf(pair.key) : pairRange(pair)) ?? range;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg];
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
      line: Math.max(1, a.line),
      column: Math.max(1, a.col),
      endLine: Math.max(1, b.line),
      endColumn: Math.max(1, b.col),
    };
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

export function formatPath(path: YamlPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out || '(top level)';
}
