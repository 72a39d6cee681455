/** Helpers both schedule readers share: positions, dates and durations as the files write them. */
import type { SchedWarning, SourcePos } from './model.js';

/** Offsets of line starts, so a string index becomes a line and column without rescanning. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // \r\n, \n and a lone \r each end a line, as editors count them.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  pos(offset: number): SourcePos {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo]! + 1 };
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * A date or date-time as MSPDI (`2026-01-05T08:00:00`) or XER (`2026-01-05 08:00`) writes it,
 * normalised to `YYYY-MM-DDTHH:MM:SS`; undefined when it is not a real date.
 */
export function normaliseDateTime(raw: string): string | undefined {
  const m = DATE_TIME.exec(raw.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(y, mo, d)) return undefined;
  const hh = m[4] ?? '00';
  const mm = m[5] ?? '00';
  const ss = m[6] ?? '00';
  // 24:00 is how some tools write the end of a day; anything past it is not a time.
  if (Number(hh) > 24 || Number(mm) > 59 || Number(ss) > 59 || (hh === '24' && (mm !== '00' || ss !== '00')))
    return undefined;
  return `${m[1]}-${m[2]}-${m[3]}T${hh}:${mm}:${ss}`;
}

/** The calendar-date part of a normalised date-time. */
export const datePart = (dt: string) => dt.slice(0, 10);

const EPOCH_MS = Date.UTC(1970, 0, 1);
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO calendar date (UTC arithmetic: no zone, no DST). */
export function dayNumber(date: string): number {
  return (
    (Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - EPOCH_MS) / DAY_MS
  );
}

export function fromDayNumber(n: number): string {
  return new Date(EPOCH_MS + n * DAY_MS).toISOString().slice(0, 10);
}

/** Index 0 = Monday … 6 = Sunday. */
export const weekdayIndex = (dayNum: number) => (((dayNum + 3) % 7) + 7) % 7;

const ISO_DURATION =
  /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Hours in an xsd:duration as MSPDI writes durations (`PT40H0M0S`, sometimes `P2DT4H` or
 * negative). Days count 24 hours, as xsd defines them. Undefined when it is not one.
 */
export function durationHours(raw: string): number | undefined {
  const s = raw.trim();
  const m = ISO_DURATION.exec(s);
  if (!m || s === 'P' || s === 'PT' || s.endsWith('T')) return undefined;
  const hours = Number(m[2] ?? 0) * 24 + Number(m[3] ?? 0) + Number(m[4] ?? 0) / 60 + Number(m[5] ?? 0) / 3600;
  return m[1] ? -hours : hours;
}

/** Rounds away binary noise from unit conversions (e.g. 0.1 + 0.2) without hiding real fractions. */
export const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** `HH:MM[:SS]` to minutes after midnight; undefined when malformed. */
export function timeMinutes(raw: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(raw.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59) return undefined;
  return h * 60 + min;
}

/** Hours covered by working-time ranges; a range ending at or before its start runs past midnight. */
export function rangeHours(ranges: [from: number, to: number][]): number {
  let total = 0;
  for (const [from, to] of ranges) total += (to > from ? to - from : to + 1440 - from) / 60;
  return tidy(total);
}

/** Warnings in file order (those without a position first), so a reader goes down the file once. */
export function sortWarnings(ws: SchedWarning[]): SchedWarning[] {
  return ws.sort((a, b) => (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.column ?? 0) - (b.pos?.column ?? 0));
}
