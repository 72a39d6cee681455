import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/errors.ts
var PmcheckError = class extends Error {
};
var UsageError = class extends PmcheckError {
  name = "UsageError";
};
var InputError = class extends PmcheckError {
  constructor(message, where, more = 0) {
    super(message);
    this.where = where;
    this.more = more;
  }
  where;
  more;
  name = "InputError";
  /** The one line a user sees. */
  render() {
    const { file, line, column } = this.where;
    const loc = line === void 0 ? file : `${file}:${line}:${column ?? 1}`;
    const tail = this.more > 0 ? ` (and ${this.more} more problem${this.more === 1 ? "" : "s"} in this file)` : "";
    return `${loc}: ${this.message}${tail}`;
  }
};
function renderUnexpected(err) {
  const msg = err instanceof Error ? err.message : String(err);
  return `pmcheck: internal error: ${msg.split("\n")[0].replace(/\.$/, "")}. This is a bug in pmcheck; please report it with the plan that caused it (set PMCHECK_DEBUG=1 for the stack).`;
}

// src/plan/suggest.ts
function editDistance(a, b) {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
function closest(input, candidates) {
  const needle = input.toLowerCase();
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(needle, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
function didYouMean(input, candidates) {
  const c = closest(input, candidates);
  return c === void 0 ? "" : ` (did you mean "${c}"?)`;
}

export {
  PmcheckError,
  UsageError,
  InputError,
  renderUnexpected,
  closest,
  didYouMean
};
