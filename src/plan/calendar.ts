/**
 * Working-day calendars: any set of working weekdays, holidays (with names, for messages) and
 * extra working days. Dates are ISO strings; internally they become day numbers (days since
 * 1970-01-01, UTC), so counting working days between two dates is O(log exceptions), never a
 * day-by-day loop.
 */
import { listOf } from '../text.js';
import { isRealDate, WEEKDAYS } from './schema.js';

export { WEEKDAYS } from './schema.js';

/**
 * YYYY-MM-DD ↔ days since 1970-01-01, by integer arithmetic (Howard Hinnant's days-from-civil
 * and civil-from-days): no Date objects, no time zones, and several times faster, which
 * matters in a forward pass over tens of thousands of items.
 */
export function toDayNumber(iso: string): number {
  let y =
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    (iso.charCodeAt(3) - 48);
  const m = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const d = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The last and first days an ISO date string can hold (four-digit years). */
const LAST_DAY = 2932896; // 9999-12-31
const FIRST_DAY = -719528; // 0000-01-01

/**
 * Day number → YYYY-MM-DD. Dates past 9999-12-31 are held at it (and before 0000-01-01 at that):
 * "10000-01-14" would sort before "2026-…" as text, so a schedule that runs past the year 9999
 * would read as overdue today (issue 14, class 12). Every comparison of dates is textual.
 */
export function fromDayNumber(input: number): string {
  const day = Math.min(LAST_DAY, Math.max(FIRST_DAY, input));
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(m)}-${pad2(d)}`;
}

/** A weekday as plans write it; index 0 of WEEKDAYS = Monday … 6 = Sunday. */
export type Weekday = (typeof WEEKDAYS)[number];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MON_TO_FRI: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** A day off: a plan holiday (no name) or a public holiday, with what to call it in messages. */
export interface Holiday {
  date: string;
  /** "Boxing Day, substitute day"; plan holidays have none. */
  name?: string;
  /** "bank holiday", "public holiday"; default "holiday". */
  noun?: string;
}

/** A working week and its exceptions. */
export interface CalendarSpec {
  /** The working weekdays; default Monday to Friday. At least one. */
  workingDays?: readonly Weekday[];
  /** Days off: ISO dates (plan holidays) or named holidays. */
  holidays?: readonly (string | Holiday)[];
  /** Extra working days: a Saturday the team works, or a holiday it works through. They win over holidays. */
  working?: readonly string[];
}

/** Index of the first element of a sorted array that is >= `day` (its length when none is). */
function lowerBound(sorted: Int32Array, day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Working days: a weekly pattern (any set of weekdays) with exceptions (days off on working
 * weekdays, and extra working days on the others). Every question is a closed form over the
 * weekly pattern plus a binary search over the sorted exception days: O(log exceptions), never
 * a day-by-day loop, so a forward and backward pass over 50,000 items stays fast.
 *
 * Internally every date is a day number, and the working days are counted from 1970-01-01:
 * "working days before day d" = pattern days before d + the exceptions' net effect before d.
 */
export class WorkingCalendar {
  /** Which weekdays work, Monday first. */
  private readonly mask: boolean[];
  private readonly perWeek: number;
  /** Working weekdays among the first j days of a week that starts on a Thursday (day 0 was one). */
  private readonly prefix: number[];
  /** The offsets (0 = Thursday … 6 = Wednesday) of the working weekdays in such a week, in order. */
  private readonly offsets: number[];
  /** Sorted exception days: each a working weekday that is off, or another day that works. */
  private readonly exceptions: Int32Array;
  /** Net effect of the exceptions before the i-th: (days that work) − (days off); length + 1 entries. */
  private readonly net: Int32Array;
  /** Working days before the i-th exception day, counted from 1970-01-01. */
  private readonly before: Float64Array;
  /** Named days off (holidays on any weekday), for messages. */
  private readonly named = new Map<number, Holiday>();

  constructor(spec: CalendarSpec | readonly string[] = {}) {
    const {
      workingDays = MON_TO_FRI,
      holidays = [],
      working = [],
    } = Array.isArray(spec) ? { holidays: spec as readonly string[] } : (spec as CalendarSpec);
    this.mask = WEEKDAYS.map((w) => workingDays.includes(w));
    this.perWeek = this.mask.filter(Boolean).length;
    if (this.perWeek === 0) throw new Error('a working calendar needs at least one working weekday');
    this.prefix = [0];
    this.offsets = [];
    for (let o = 0; o < 7; o++) {
      const works = this.mask[weekdayOf(o)]!;
      if (works) this.offsets.push(o);
      this.prefix.push(this.prefix[o]! + (works ? 1 : 0));
    }

    const extra = new Set(working.filter(isRealDate).map(toDayNumber));
    const delta = new Map<number, number>();
    for (const h of holidays) {
      const holiday = typeof h === 'string' ? { date: h } : h;
      if (!isRealDate(holiday.date)) continue;
      const day = toDayNumber(holiday.date);
      // A public holiday's name wins over the same day listed without one.
      if (!this.named.get(day)?.name) this.named.set(day, holiday);
      if (this.mask[weekdayOf(day)] && !extra.has(day)) delta.set(day, -1);
    }
    for (const day of extra) if (!this.mask[weekdayOf(day)]) delta.set(day, 1);
    this.exceptions = Int32Array.from([...delta.keys()].sort((a, b) => a - b));
    this.net = new Int32Array(this.exceptions.length + 1);
    this.before = new Float64Array(this.exceptions.length);
    this.exceptions.forEach((day, i) => {
      this.net[i + 1] = this.net[i]! + delta.get(day)!;
      this.before[i] = this.patternBefore(day) + this.net[i]!;
    });
  }

  /** Does this calendar work on every day of the week, with no exceptions? */
  get everyDay(): boolean {
    return this.perWeek === 7 && this.exceptions.length === 0;
  }

  isWorkingDay(iso: string): boolean {
    return this.works(toDayNumber(iso));
  }

  /** Working days in the inclusive range [from, to]; 0 when to is before from. */
  workingDaysBetween(from: string, to: string): number {
    return this.betweenDays(toDayNumber(from), toDayNumber(to));
  }

  /**
   * Working days from `from` to `to`: those in (from, to], or minus those in (to, from] when `to`
   * is earlier. A finish on a non-working day counts as the working day before it.
   */
  workingDaysAfter(from: string, to: string): number {
    return this.afterDays(toDayNumber(from), toDayNumber(to));
  }

  /**
   * The date `n` working days after `from` (n may be negative). With n = 0 the result is
   * `from` itself, moved forward to a working day if it is not one.
   * O(log exceptions): count the working days before `from`, then invert the count.
   */
  addWorkingDays(from: string, n: number): string {
    return fromDayNumber(this.addDays(toDayNumber(from), n));
  }

  /**
   * The inverse of addWorkingDays for a backward pass: the latest date x with
   * addWorkingDays(x, n) <= `to`. It may be a non-working day (the day before a Monday, say).
   */
  latestReaching(to: string, n: number): string {
    return fromDayNumber(this.latestReachingDay(toDayNumber(to), n));
  }

  /** The latest working day on or before `iso`. */
  onOrBefore(iso: string): string {
    return fromDayNumber(this.onOrBeforeDay(toDayNumber(iso)));
  }

  // The same on day numbers (toDayNumber), for passes over many items: no strings are made.

  betweenDays(from: number, to: number): number {
    return to < from ? 0 : this.workingBefore(to + 1) - this.workingBefore(from);
  }

  afterDays(from: number, to: number): number {
    return this.workingBefore(to + 1) - this.workingBefore(from + 1);
  }

  addDays(day: number, n: number): number {
    const index =
      n === 0 ? this.workingBefore(day) : n > 0 ? this.workingBefore(day + 1) + n - 1 : this.workingBefore(day) + n;
    return this.workingDayAt(index);
  }

  latestReachingDay(to: number, n: number): number {
    // addDays(x, n) is the working day with index i(x); it is <= `to` while i(x) < limit.
    const limit = this.workingBefore(to + 1);
    // n > 0: i(x) = before(x + 1) + n - 1, so before(x + 1) <= limit - n: x is the day before
    // the working day with that index. n <= 0: i(x) = before(x) + n, so before(x) <= limit - 1 - n.
    return n > 0 ? this.workingDayAt(limit - n) - 1 : this.workingDayAt(limit - 1 - n);
  }

  onOrBeforeDay(day: number): number {
    return this.workingDayAt(this.workingBefore(day + 1) - 1);
  }

  /** The finish of work that starts on `start` and takes `days` working days (inclusive of the start). */
  finishOf(start: string, days: number): string {
    return days <= 1 ? this.addWorkingDays(start, 0) : this.addWorkingDays(this.addWorkingDays(start, 0), days - 1);
  }

  /**
   * Why `iso` is not a working day, for a message: "a Saturday", "a bank holiday (Boxing Day,
   * substitute day)", "a holiday" (a plan holiday, which has no name); undefined on a working day.
   */
  describeDay(iso: string): string | undefined {
    const day = toDayNumber(iso);
    if (this.works(day)) return undefined;
    const holiday = this.named.get(day);
    if (holiday) return `a ${holiday.noun ?? 'holiday'}${holiday.name ? ` (${holiday.name})` : ''}`;
    return `a ${WEEKDAY_NAMES[weekdayOf(day)]}`;
  }

  /** The holidays that take a working weekday off in [from, to], in date order: O(log n + k). */
  holidaysBetween(from: string, to: string): Holiday[] {
    const out: Holiday[] = [];
    const last = toDayNumber(to);
    for (let i = lowerBound(this.exceptions, toDayNumber(from)); i < this.exceptions.length; i++) {
      const day = this.exceptions[i]!;
      if (day > last) break;
      if (this.net[i + 1]! < this.net[i]!) out.push(this.named.get(day) ?? { date: fromDayNumber(day) });
    }
    return out;
  }

  /**
   * The holidays in [from, to] as a message names them: per noun ("bank holiday", "holiday"),
   * the first `max` and how many there are. O(nouns × (log n + max)): listing every holiday
   * instead made each dependency's message cost as much as the holidays it spans, and a plan
   * with thousands of both quadratic (issue 14, class 7).
   */
  holidaySummary(from: string, to: string, max = 4): HolidayGroup[] {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    const out: HolidayGroup[] = [];
    if (b < a) return out;
    for (const [noun, days] of this.holidaysByNoun()) {
      const lo = lowerBound(days, a);
      const hi = lowerBound(days, b + 1);
      if (hi <= lo) continue;
      const first = Array.from(
        days.subarray(lo, Math.min(hi, lo + max)),
        (day) => this.named.get(day) ?? { date: fromDayNumber(day) },
      );
      out.push({ noun, first, count: hi - lo });
    }
    return out.sort((x, y) => (x.first[0]!.date < y.first[0]!.date ? -1 : 1));
  }

  /** The days off that are holidays (not a weekly day off), by noun, sorted; built on first use. */
  private byNoun?: Map<string, Int32Array>;
  private holidaysByNoun(): Map<string, Int32Array> {
    if (!this.byNoun) {
      const lists = new Map<string, number[]>();
      this.exceptions.forEach((day, i) => {
        if (this.net[i + 1]! >= this.net[i]!) return;
        const noun = this.named.get(day)?.noun ?? 'holiday';
        const list = lists.get(noun) ?? [];
        list.push(day);
        lists.set(noun, list);
      });
      this.byNoun = new Map([...lists].map(([noun, days]) => [noun, Int32Array.from(days)]));
    }
    return this.byNoun;
  }

  private works(day: number): boolean {
    const i = lowerBound(this.exceptions, day);
    if (this.exceptions[i] === day) return this.net[i + 1]! > this.net[i]!;
    return this.mask[weekdayOf(day)]!;
  }

  /** Pattern working days in [epoch, day): closed form, no loop. */
  private patternBefore(day: number): number {
    const weeks = Math.floor(day / 7);
    return weeks * this.perWeek + this.prefix[day - weeks * 7]!;
  }

  /** The pattern working day with exactly k pattern working days before it (k may be negative). */
  private patternDayAt(k: number): number {
    const weeks = Math.floor(k / this.perWeek);
    return weeks * 7 + this.offsets[k - weeks * this.perWeek]!;
  }

  /** Working days in [epoch, day). */
  private workingBefore(day: number): number {
    return this.patternBefore(day) + this.net[lowerBound(this.exceptions, day)]!;
  }

  /**
   * The working day with exactly `index` working days before it. Between two exception days the
   * count is the pattern's plus a constant, so: find the last exception at or before the answer
   * by binary search over the counts before each, then invert the pattern in closed form.
   */
  private workingDayAt(index: number): number {
    let lo = 0;
    let hi = this.before.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.before[mid]! <= index) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1; // the last exception with at most `index` working days before it, or -1
    if (i < 0) return this.patternDayAt(index);
    // An extra working day that is itself the answer.
    if (this.before[i] === index && this.net[i + 1]! > this.net[i]!) return this.exceptions[i]!;
    return this.patternDayAt(index - this.net[i + 1]!);
  }
}

/**
 * Holidays for a message, grouped by what they are: "2026-12-25 (Christmas Day) and 2026-12-28
 * (Boxing Day, substitute day) are bank holidays", "2026-04-03 is a holiday". At most `max` named.
 */
export function describeHolidays(holidays: readonly Holiday[], max = 4): string {
  const groups = new Map<string, HolidayGroup>();
  for (const h of holidays) {
    const noun = h.noun ?? 'holiday';
    const group = groups.get(noun) ?? { noun, first: [], count: 0 };
    if (group.first.length < max) group.first.push(h);
    group.count++;
    groups.set(noun, group);
  }
  return describeHolidayGroups([[...groups.values()]], max);
}

/** Holidays of one noun in a span: the first few, and how many in all (WorkingCalendar.holidaySummary). */
export interface HolidayGroup {
  noun: string;
  first: Holiday[];
  count: number;
}

/**
 * describeHolidays for summaries of spans that follow one another (a predecessor's own days, then
 * the days after it): the same words, from the first few of each noun and their counts.
 */
export function describeHolidayGroups(spans: readonly (readonly HolidayGroup[])[], max = 4): string {
  const merged = new Map<string, HolidayGroup>();
  for (const span of spans)
    for (const g of span) {
      const into = merged.get(g.noun) ?? { noun: g.noun, first: [], count: 0 };
      into.first.push(...g.first.slice(0, Math.max(0, max - into.first.length)));
      into.count += g.count;
      merged.set(g.noun, into);
    }
  const label = (h: Holiday) => (h.name ? `${h.date} (${h.name})` : h.date);
  return listOf(
    [...merged.values()].map(({ noun, first, count }) => {
      if (count === 1) return `${label(first[0]!)} is a ${noun}`;
      const shown = first.map(label);
      return `${listOf(count > shown.length ? [...shown, `${count - shown.length} more`] : shown)} are ${noun}s`;
    }),
  );
}

/** Calendar days from `from` to `to` (negative when `to` is earlier); exact, with no time zone. */
export function calendarDaysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}
