/** How numbers read in messages: one place, so every rule says money and shares alike. */

/**
 * 23800 → "23,800"; amounts are rounded to whole units of the project currency.
 * Written out rather than toLocaleString, whose first call loads ICU locale data (~13 ms).
 */
export function money(n: number): string {
  const whole = Math.round(Math.abs(n)).toString();
  return `${n < 0 && Math.round(n) !== 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** 0.2 → "20%"; with decimals 1, 0.0234 → "2.3%" (a decimal only where it is not zero). */
export function percent(share: number, decimals: 0 | 1 = 0): string {
  const scale = 10 ** decimals;
  return `${Math.round(share * 100 * scale) / scale}%`;
}
