/**
 * The working-day calendar: Monday to Friday, minus project.calendar.holidays.
 * Dates are ISO strings; internally they become day numbers (days since 1970-01-01, UTC),
 * so counting working days between two dates is O(log holidays), never a day-by-day loop.
 */
import { isRealDate } from './schema.js';

const MS_PER_DAY = 86_400_000;

export function toDayNumber(iso: string): number {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday. */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Weekdays (Mon–Fri) in the day-number range [0, day). */
function weekdaysBefore(day: number): number {
  const weeks = Math.floor(day / 7);
  const rest = day - weeks * 7; // days 0..rest-1 of a week starting Thursday
  let extra = 0;
  for (let i = 0; i < rest; i++) if (weekday(weeks * 7 + i) < 5) extra++;
  return weeks * 5 + extra;
}

export class WorkingCalendar {
  /** Sorted day numbers of holidays that fall on weekdays. */
  private readonly holidays: number[];

  constructor(holidays: readonly string[] = []) {
    const days = holidays.filter(isRealDate).map(toDayNumber).filter((d) => weekday(d) < 5);
    this.holidays = [...new Set(days)].sort((a, b) => a - b);
  }

  isWorkingDay(iso: string): boolean {
    const d = toDayNumber(iso);
    return weekday(d) < 5 && !this.isHoliday(d);
  }

  /** Working days in the inclusive range [from, to]; 0 when to is before from. */
  workingDaysBetween(from: string, to: string): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (b < a) return 0;
    return this.workingBefore(b + 1) - this.workingBefore(a);
  }

  /**
   * The date `n` working days after `from` (n may be negative). With n = 0 the result is
   * `from` itself, moved forward to a working day if it is not one.
   */
  addWorkingDays(from: string, n: number): string {
    let day = toDayNumber(from);
    if (n === 0) {
      while (!this.isWorkingDayNumber(day)) day++;
      return fromDayNumber(day);
    }
    // Jump close by whole weeks, then step; holidays push the target further out.
    const target = this.workingBefore(day + 1) + n; // index of the wanted working day (1-based count)
    let guess = day + Math.trunc((n / 5) * 7);
    // Find the smallest day d with workingBefore(d + 1) === target and d a working day.
    while (this.workingBefore(guess + 1) < target) guess += Math.max(1, Math.floor(((target - this.workingBefore(guess + 1)) / 5) * 7));
    while (this.workingBefore(guess) >= target) guess -= Math.max(1, Math.floor(((this.workingBefore(guess) - target + 1) / 5) * 7));
    while (!this.isWorkingDayNumber(guess) || this.workingBefore(guess + 1) !== target) guess++;
    return fromDayNumber(guess);
  }

  /** The finish of work that starts on `start` and takes `days` working days (inclusive of the start). */
  finishOf(start: string, days: number): string {
    return days <= 1 ? this.addWorkingDays(start, 0) : this.addWorkingDays(this.addWorkingDays(start, 0), days - 1);
  }

  private isWorkingDayNumber(day: number): boolean {
    return weekday(day) < 5 && !this.isHoliday(day);
  }

  private isHoliday(day: number): boolean {
    return this.holidaysBefore(day + 1) - this.holidaysBefore(day) === 1;
  }

  /** Working days in [epoch, day). */
  private workingBefore(day: number): number {
    return weekdaysBefore(day) - this.holidaysBefore(day);
  }

  /** Holidays (weekday ones) strictly before `day`, by binary search. */
  private holidaysBefore(day: number): number {
    let lo = 0;
    let hi = this.holidays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.holidays[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Calendar days from `from` to `to` (negative when `to` is earlier); exact, with no time zone. */
export function calendarDaysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}
