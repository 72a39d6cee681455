/** "Did you mean" suggestions, by edit distance. */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * The edit distance of a and b when it is at most k, else k + 1: only a band of 2k + 1 cells
 * per row is computed, and the row stops as soon as it cannot come back under k, so a 30,000-
 * character id costs O(length × k), not O(length²).
 */
export function boundedDistance(a: string, b: string, k: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  const over = k + 1;
  if (Math.abs(n - m) > k) return over;
  if (n === 0 || m === 0) return Math.max(n, m);
  let prev = new Array<number>(m + 2);
  let cur = new Array<number>(m + 2);
  for (let j = 0; j <= Math.min(m, k); j++) prev[j] = j;
  if (k + 1 <= m) prev[k + 1] = over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[lo - 1] = lo === 1 ? (i <= k ? i : over) : over;
    let rowMin = cur[lo - 1]!;
    const ch = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const diagonal = prev[j - 1]! + (ch === b.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(diagonal, prev[j]! + 1, cur[j - 1]! + 1, over);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = over;
    if (rowMin > k) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m]!, over);
}

/** The most edits a "did you mean" allows, however long the word: beyond it, a near id is not a typo. */
const MAX_EDITS = 8;

/**
 * The closest candidate to `input`, or undefined when nothing is close enough to be a likely typo.
 * Ties go to the candidate listed first, so the answer is stable. Linear in the candidates, and
 * in the input's length: each candidate is compared only as far as it could still win.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  const limit = Math.min(MAX_EDITS, Math.max(2, Math.floor(input.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const hay = c.toLowerCase();
    if (Math.abs(hay.length - needle.length) >= bestDistance) continue;
    const d = boundedDistance(needle, hay, bestDistance - 1);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const c = closest(input, candidates);
  return c === undefined ? '' : ` (did you mean "${c}"?)`;
}
