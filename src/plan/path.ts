/**
 * Plan paths: where something is in a plan, whatever file format it came from. Rules report
 * paths, never lines (as Spectral does); a reader's Locator turns a path into a span of its file.
 *
 * A list item that has an id is named by it (`tasks[id=cutover].start`), not by its position,
 * so that a finding keeps its identity (fingerprint, baseline entry, suppression) when a task
 * is inserted above it. Items without an id (status reports, scope lines) keep their index.
 */

/** A list item named by its id. */
export interface IdSegment {
  readonly id: string;
}
export type PathSegment = string | number | IdSegment;
export type PlanPath = readonly PathSegment[];

/** A range of a source file, 1-based, never 0. */
export interface Span {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A reader's map from plan paths to its file: the closest existing ancestor when the path does not exist in full. */
export interface Locator {
  /** With `at: 'key'`, a path that ends at a field points at its name rather than its value. */
  locate(path: PlanPath, at?: 'value' | 'key'): Span;
}

export const isIdSegment = (s: PathSegment): s is IdSegment => typeof s === 'object';

export function formatPath(path: PlanPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (isIdSegment(seg)) out += `[id=${seg.id}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out || '(top level)';
}

export function sameSegment(a: PathSegment, b: PathSegment): boolean {
  if (isIdSegment(a) || isIdSegment(b)) return isIdSegment(a) && isIdSegment(b) && a.id === b.id;
  return a === b;
}

/** Is `path` at or below `scope`? */
export function isWithin(path: PlanPath, scope: PlanPath): boolean {
  return scope.length <= path.length && scope.every((seg, i) => sameSegment(seg, path[i]!));
}

/** Ids of the items of each list, and whether each id is unique there; computed once per list. */
const listIds = new WeakMap<readonly unknown[], Map<string, number>>();

function idOf(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function idCounts(list: readonly unknown[]): Map<string, number> {
  let counts = listIds.get(list);
  if (!counts) {
    counts = new Map();
    for (const item of list) {
      const id = idOf(item);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    listIds.set(list, counts);
  }
  return counts;
}

/**
 * The same path with list positions replaced by ids where the item has a unique one, walking
 * `root` (the validated plan: its dependencies are always `{ id, type, lag }`). Idempotent.
 */
export function identify(root: unknown, path: PlanPath): PlanPath {
  let node: unknown = root;
  let changed = false;
  const out: PathSegment[] = [];
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === 'number') {
      const item = node[seg] as unknown;
      const id = idOf(item);
      if (id !== undefined && idCounts(node).get(id) === 1) {
        out.push({ id });
        changed = true;
      } else out.push(seg);
      node = item;
    } else if (Array.isArray(node) && isIdSegment(seg)) {
      out.push(seg);
      node = node.find((item) => idOf(item) === seg.id);
    } else {
      out.push(seg);
      node =
        node !== null && typeof node === 'object' && typeof seg === 'string'
          ? (node as Record<string, unknown>)[seg]
          : undefined;
    }
  }
  return changed ? out : path;
}

/** A stable text key for a path, for maps and fingerprints. */
export function pathKey(path: PlanPath): string {
  return formatPath(path);
}

/** The value a path leads to in the raw plan, or undefined where it leads nowhere. */
export function valueAt(root: unknown, path: PlanPath): unknown {
  let node = root;
  for (const seg of path) {
    if (Array.isArray(node)) node = isIdSegment(seg) ? node.find((item) => idOf(item) === seg.id) : node[seg as number];
    else if (node !== null && typeof node === 'object' && typeof seg === 'string')
      node = (node as Record<string, unknown>)[seg];
    else return undefined;
  }
  return node;
}
