/** How numbers read in messages: one place, so every rule says money and shares alike. */

/** 23800 → "23,800"; amounts are rounded to whole units of the project currency. */
export function money(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}

/** 0.2 → "20%"; with decimals 1, 0.0234 → "2.3%" (a decimal only where it is not zero). */
export function percent(share: number, decimals: 0 | 1 = 0): string {
  const scale = 10 ** decimals;
  return `${Math.round(share * 100 * scale) / scale}%`;
}
