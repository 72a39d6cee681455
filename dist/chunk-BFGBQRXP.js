import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/text.ts
function money(n) {
  if (!Number.isFinite(n))
    return n > 0 ? "an unbounded amount" : Number.isNaN(n) ? "an unknown amount" : "minus an unbounded amount";
  const whole = Math.round(Math.abs(n)).toString();
  return `${n < 0 && Math.round(n) !== 0 ? "-" : ""}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}
function percent(share, decimals = 0) {
  const scale = 10 ** decimals;
  return `${Math.round(share * 100 * scale) / scale}%`;
}
function count(n, singular, plural = `${singular}s`) {
  return `${n} ${n === 1 ? singular : plural}`;
}
function listOf(items, options = {}) {
  const { separator = ",", max = Number.POSITIVE_INFINITY, last = "and" } = options;
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  if (shown.length <= 1) return shown[0] ?? "";
  const head = shown.slice(0, -1);
  const tail = shown[shown.length - 1];
  return separator === ";" ? `${head.join("; ")}; ${last} ${tail}` : `${head.join(", ")} ${last} ${tail}`;
}

// src/plan/describe.ts
var PHRASE = {
  durationDays: (v, t) => `runs ${v} working days (more than ${t})`,
  vendors: (v, t) => `involves ${v} vendors (more than ${t})`,
  budget: (v, t, currency) => `budget ${money(v)}${currency} (more than ${money(t)})`,
  users: (v, t) => `affects ${v} users (more than ${t})`
};
function describeExceeded(pm, currency) {
  return pm.exceeded.map(
    ({ measure, value, threshold }) => PHRASE[measure](value, threshold, currency ? ` ${currency}` : "")
  );
}
function warrantClause(pm, currency) {
  return pm.warranted ? ` Formal PM is warranted: the project ${describeExceeded(pm, currency).join(", ")}.` : "";
}

export {
  money,
  percent,
  count,
  listOf,
  describeExceeded,
  warrantClause
};
