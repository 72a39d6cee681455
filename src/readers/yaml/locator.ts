/**
 * The YAML reader's Locator: a plan path such as ['tasks', { id: 'cutover' }, 'owner'] becomes
 * the line and column of that node in the source. When the path does not exist in full, the
 * closest existing ancestor is used. It walks the positioned tree (`pos-tree.ts`), whichever
 * path built it: the fast path, or `locatorTree` over yaml's Document. Its answers are the
 * ones the Locator over yaml's Document gave (test/readers/yaml-from-document.test.ts keeps that
 * one as the reference and compares every path of every example).
 */
import { isIdSegment, type Locator, type PlanPath, type Span } from '../../plan/path.js';
import type { PosMap, PosNode, PosPair, PosSeq, Range } from './pos-tree.js';

/** Offsets to 1-based lines and columns: yaml's LineCounter, or a LineIndex over the text. */
export interface LinePositions {
  /** Line 0 when the offset is before the first line start known. */
  linePos(offset: number): { line: number; col: number };
}

/**
 * Where each line starts, found in one pass on first use: yaml's LineCounter for a text the
 * fast path parsed, whose line ends are all LF or CRLF (yaml counts a line after each LF).
 */
export class LineIndex implements LinePositions {
  private starts: Uint32Array | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    let count = 1;
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) count++;
    const starts = new Uint32Array(count);
    let n = 1;
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    this.starts = starts;
    return starts;
  }

  /** As LineCounter.linePos: the line whose start is at or before the offset. */
  linePos(offset: number): { line: number; col: number } {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }
}

export class TreeLocator implements Locator {
  /** Each list's items by id (a mapping's `id`, or a plain scalar item such as a dependency). */
  private readonly byId = new WeakMap<PosSeq, Map<string, PosNode>>();
  /** Each mapping's pairs by key, built on first use: a search per path would be quadratic. */
  private readonly byKey = new WeakMap<PosMap, Map<string, PosPair>>();

  constructor(
    readonly file: string,
    private readonly root: PosNode | null,
    private readonly lines: LinePositions,
  ) {}

  locate(path: PlanPath, at: 'value' | 'key' = 'value'): Span {
    let node: PosNode | null = this.root;
    // The range to report so far: the whole document to start with.
    let range: Range | undefined = node?.range;
    for (const seg of path) {
      if (node?.kind === 'map' && typeof seg === 'string') {
        const pair = this.pairsByKey(node).get(seg);
        if (!pair) break;
        range = at === 'key' ? pair.keyRange : pairRange(pair);
        node = pair.value;
      } else if (node?.kind === 'seq' && typeof seg !== 'string') {
        const item = isIdSegment(seg) ? this.itemsById(node).get(seg.id) : node.items[seg];
        if (item === undefined) break;
        range = item.range ?? range;
        node = item;
      } else break;
    }
    return this.span(range ?? [0, 0]);
  }

  span([start, end]: Range): Span {
    const a = this.lines.linePos(start);
    const b = this.lines.linePos(Math.max(start, end));
    return {
      file: this.file,
      line: Math.max(1, a.line),
      column: Math.max(1, a.col),
      endLine: Math.max(1, b.line),
      endColumn: Math.max(1, b.col),
    };
  }

  private pairsByKey(map: PosMap): Map<string, PosPair> {
    let index = this.byKey.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.pairs) if (!index.has(p.key)) index.set(p.key, p);
      this.byKey.set(map, index);
    }
    return index;
  }

  private itemsById(seq: PosSeq): Map<string, PosNode> {
    let index = this.byId.get(seq);
    if (!index) {
      index = new Map();
      for (const item of seq.items) {
        const id = idOf(item);
        if (typeof id === 'string' && !index.has(id)) index.set(id, item);
      }
      this.byId.set(seq, index);
    }
    return index;
  }
}

function findPair(pairs: readonly PosPair[], key: string): PosPair | undefined {
  for (const p of pairs) if (p.key === key) return p;
  return undefined;
}

/** An item's id as yaml's `map.get('id')` gives it (a `!!set` gives the key), or a scalar item's value. */
function idOf(item: PosNode): unknown {
  if (item.kind === 'scalar') return item.value;
  if (item.kind !== 'map') return undefined;
  const pair = findPair(item.pairs, 'id');
  if (!pair) return undefined;
  if (item.set) return pair.key;
  return pair.value.kind === 'scalar' ? pair.value.value : undefined;
}

/**
 * A pair whose value is a non-empty scalar points at that value (`owner: eng1` → `eng1`).
 * A pair whose value is a flow collection points from its key to the collection's end; one
 * whose value is a block collection, empty or an alias points at its key, the line a reader
 * looks for.
 */
function pairRange(p: PosPair): Range {
  const v = p.value;
  if (v.kind === 'scalar' && v.value !== null) return v.range;
  if ((v.kind === 'seq' || v.kind === 'map') && v.flow) return [p.keyRange[0], v.range[1]];
  return p.keyRange;
}
