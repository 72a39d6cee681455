import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/text.ts
function money(n) {
  if (!Number.isFinite(n))
    return n > 0 ? "an unbounded amount" : Number.isNaN(n) ? "an unknown amount" : "minus an unbounded amount";
  const abs = Math.round(Math.abs(n));
  const whole = abs >= 1e21 ? BigInt(abs).toString() : abs.toString();
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
function indexAgainst(value, threshold) {
  const two = value.toFixed(2);
  return Number(two) >= threshold && value < threshold ? value.toFixed(3) : two;
}
function chainOf(steps) {
  return steps.length > 6 ? [...steps.slice(0, 2), `\u2026 ${steps.length - 4} more \u2026`, ...steps.slice(-2)].join(" \u2192 ") : steps.join(" \u2192 ");
}
function dateSpan(from, to) {
  return from === to ? from : `${from} to ${to}`;
}
function onDates(from, to) {
  return from === to ? `on ${from}` : `from ${from} to ${to}`;
}
function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export {
  money,
  percent,
  count,
  listOf,
  indexAgainst,
  chainOf,
  dateSpan,
  onDates,
  capitalise
};
