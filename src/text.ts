/**
 * How pmcheck words things: money, shares, counts and lists. One place, so that every rule,
 * report and document says them alike. Nothing here knows about plans.
 */

/**
 * 23800 → "23,800"; amounts are rounded to whole units of the project currency.
 * Written out rather than toLocaleString, whose first call loads ICU locale data (~13 ms).
 */
export function money(n: number): string {
  if (!Number.isFinite(n))
    return n > 0 ? 'an unbounded amount' : Number.isNaN(n) ? 'an unknown amount' : 'minus an unbounded amount';
  // Past 1e21, toString() switches to "1e+21": BigInt gives the digits.
  const abs = Math.round(Math.abs(n));
  const whole = abs >= 1e21 ? BigInt(abs).toString() : abs.toString();
  return `${n < 0 && Math.round(n) !== 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** 0.2 → "20%"; with decimals 1, 0.0234 → "2.3%" (a decimal only where it is not zero). */
export function percent(share: number, decimals: 0 | 1 = 0): string {
  const scale = 10 ** decimals;
  return `${Math.round(share * 100 * scale) / scale}%`;
}

/** (1, 'task') → "1 task"; (3, 'task') → "3 tasks"; irregular plurals are given. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The noun alone: "entry" or "entries". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return n === 1 ? singular : pluralForm;
}

/**
 * ['a'] → "a"; ['a', 'b'] → "a and b"; ['a', 'b', 'c'] → "a, b and c". With `separator: ';'`
 * the items may contain commas: "a; b; and c". At most `max` items are named, then "N more".
 */
export function listOf(
  items: readonly string[],
  options: { separator?: ',' | ';'; max?: number; last?: 'and' | 'or' } = {},
): string {
  const { separator = ',', max = Number.POSITIVE_INFINITY, last = 'and' } = options;
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  if (shown.length <= 1) return shown[0] ?? '';
  const head = shown.slice(0, -1);
  const tail = shown[shown.length - 1]!;
  return separator === ';' ? `${head.join('; ')}; ${last} ${tail}` : `${head.join(', ')} ${last} ${tail}`;
}

/**
 * An index such as CPI for a message that compares it with a threshold: two decimals, or three
 * when two would round it up to the threshold (0.899 is "0.899", never "0.90 below 0.9").
 */
export function indexAgainst(value: number, threshold: number): string {
  const two = value.toFixed(2);
  return Number(two) >= threshold && value < threshold ? value.toFixed(3) : two;
}

/** A chain of steps for a message, "a → b → c", a long one by its ends: "a → b → … 3 more … → f → g". */
export function chainOf(steps: readonly string[]): string {
  return steps.length > 6
    ? [...steps.slice(0, 2), `… ${steps.length - 4} more …`, ...steps.slice(-2)].join(' → ')
    : steps.join(' → ');
}

/** Dates from `from` to `to`, or the one date when they are the same: "2026-06-26". */
export function dateSpan(from: string, to: string): string {
  return from === to ? from : `${from} to ${to}`;
}

/** As a phrase: "on 2026-06-26", or "from 2026-06-24 to 2026-07-03". */
export function onDates(from: string, to: string): string {
  return from === to ? `on ${from}` : `from ${from} to ${to}`;
}

/** The first letter in upper case. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The possessive of a name: "Pat's", and "Wirewise Installations'" for a name that ends in s. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
