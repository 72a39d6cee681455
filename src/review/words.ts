/**
 * How a review says dates and money. A customer reads dates as people write them ("Mon 28 Dec
 * 2026") and amounts with their currency sign; the internal review keeps ISO dates, as the plan
 * file and the findings write them, so a reader can search the file for them.
 */
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { money } from '../text.js';

export type { Audience } from './options.js';

import type { Audience } from './options.js';

const ISO_DATE = /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;

/** 2026-12-28 → "Mon 28 Dec 2026". */
export function longDate(iso: string): string {
  const d = parseISO(iso);
  return Number.isNaN(d.getTime()) ? iso : format(d, 'EEE d MMM yyyy');
}

/** 2026-12-28 → "28 Dec": for chart axes and tight table cells. */
export function shortDate(iso: string): string {
  const d = parseISO(iso);
  return Number.isNaN(d.getTime()) ? iso : format(d, 'd MMM');
}

/** 2026-12-28 → "Dec 2026": for chart axes over many months. */
export function monthYear(iso: string): string {
  const d = parseISO(iso);
  return Number.isNaN(d.getTime()) ? iso : format(d, 'MMM yyyy');
}

/** Every ISO date in a sentence, written as people write them. */
export function humaniseDates(text: string): string {
  return text.replace(ISO_DATE, (iso) => longDate(iso));
}

const SIGNS: Record<string, string> = { GBP: '£', EUR: '€', USD: '$' };

/** 85000 in GBP → "£85,000" for a customer, "85,000 GBP" inside the team. */
export function amount(n: number, currency: string | null | undefined, audience: Audience): string {
  const sign = currency ? SIGNS[currency.toUpperCase()] : undefined;
  if (audience === 'customer' && sign) return `${n < 0 ? '-' : ''}${sign}${money(Math.abs(n))}`;
  return currency ? `${money(n)} ${currency}` : money(n);
}
