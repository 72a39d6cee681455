import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  isRealDate
} from "./chunk-FUJ7WXEY.js";

// src/plan/calendar.ts
function toDayNumber(iso) {
  let y = (iso.charCodeAt(0) - 48) * 1e3 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48);
  const m = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const d = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
var pad2 = (n) => n < 10 ? `0${n}` : `${n}`;
function fromDayNumber(day) {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1e3 ? String(y).padStart(4, "0") : y}-${pad2(m)}-${pad2(d)}`;
}
function weekday(day) {
  return ((day + 3) % 7 + 7) % 7;
}
var WEEKDAYS_IN_FIRST = [0, 1, 2, 2, 2, 3, 4, 5];
var WEEKDAY_OFFSETS = [0, 1, 4, 5, 6];
function weekdayAt(k) {
  const weeks = Math.floor(k / 5);
  return weeks * 7 + WEEKDAY_OFFSETS[k - weeks * 5];
}
function weekdaysBefore(day) {
  const weeks = Math.floor(day / 7);
  return weeks * 5 + WEEKDAYS_IN_FIRST[day - weeks * 7];
}
var WorkingCalendar = class {
  /** Sorted day numbers of holidays that fall on weekdays. */
  holidays;
  constructor(holidays = []) {
    const days = holidays.filter(isRealDate).map(toDayNumber).filter((d) => weekday(d) < 5);
    this.holidays = [...new Set(days)].sort((a, b) => a - b);
  }
  isWorkingDay(iso) {
    const d = toDayNumber(iso);
    return weekday(d) < 5 && !this.isHoliday(d);
  }
  /** Working days in the inclusive range [from, to]; 0 when to is before from. */
  workingDaysBetween(from, to) {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (b < a) return 0;
    return this.workingBefore(b + 1) - this.workingBefore(a);
  }
  /**
   * The date `n` working days after `from` (n may be negative). With n = 0 the result is
   * `from` itself, moved forward to a working day if it is not one.
   * O(log holidays): count the working days before `from`, then invert the count.
   */
  addWorkingDays(from, n) {
    const day = toDayNumber(from);
    const index = n === 0 ? this.workingBefore(day) : n > 0 ? this.workingBefore(day + 1) + n - 1 : this.workingBefore(day) + n;
    return fromDayNumber(this.workingDayAt(index));
  }
  /** The working day with exactly `index` working days before it (counted from 1970-01-01). */
  workingDayAt(index) {
    let k = index;
    for (; ; ) {
      const day = weekdayAt(k);
      const behind = k - this.holidaysBefore(day) - index;
      if (behind < 0) k -= behind;
      else if (this.isHoliday(day)) k++;
      else return day;
    }
  }
  /** The finish of work that starts on `start` and takes `days` working days (inclusive of the start). */
  finishOf(start, days) {
    return days <= 1 ? this.addWorkingDays(start, 0) : this.addWorkingDays(this.addWorkingDays(start, 0), days - 1);
  }
  isHoliday(day) {
    return this.holidaysBefore(day + 1) - this.holidaysBefore(day) === 1;
  }
  /** Working days in [epoch, day). */
  workingBefore(day) {
    return weekdaysBefore(day) - this.holidaysBefore(day);
  }
  /** Holidays (weekday ones) strictly before `day`, by binary search. */
  holidaysBefore(day) {
    let lo = 0;
    let hi = this.holidays.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.holidays[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
};
function calendarDaysBetween(from, to) {
  return toDayNumber(to) - toDayNumber(from);
}

export {
  toDayNumber,
  fromDayNumber,
  WorkingCalendar,
  calendarDaysBetween
};
