import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  WEEKDAYS,
  isRealDate
} from "./chunk-5AEJUB6B.js";
import {
  listOf
} from "./chunk-URGRNCBU.js";

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
var LAST_DAY = 2932896;
var FIRST_DAY = -719528;
function fromDayNumber(input) {
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
  return `${y < 1e3 ? String(y).padStart(4, "0") : y}-${pad2(m)}-${pad2(d)}`;
}
var WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
var MON_TO_FRI = ["mon", "tue", "wed", "thu", "fri"];
function weekdayOf(day) {
  return ((day + 3) % 7 + 7) % 7;
}
function lowerBound(sorted, day) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var WorkingCalendar = class {
  /** Which weekdays work, Monday first. */
  mask;
  perWeek;
  /** Working weekdays among the first j days of a week that starts on a Thursday (day 0 was one). */
  prefix;
  /** The offsets (0 = Thursday … 6 = Wednesday) of the working weekdays in such a week, in order. */
  offsets;
  /** Sorted exception days: each a working weekday that is off, or another day that works. */
  exceptions;
  /** Net effect of the exceptions before the i-th: (days that work) − (days off); length + 1 entries. */
  net;
  /** Working days before the i-th exception day, counted from 1970-01-01. */
  before;
  /** Named days off (holidays on any weekday), for messages. */
  named = /* @__PURE__ */ new Map();
  constructor(spec = {}) {
    const {
      workingDays = MON_TO_FRI,
      holidays = [],
      working = []
    } = Array.isArray(spec) ? { holidays: spec } : spec;
    this.mask = WEEKDAYS.map((w) => workingDays.includes(w));
    this.perWeek = this.mask.filter(Boolean).length;
    if (this.perWeek === 0) throw new Error("a working calendar needs at least one working weekday");
    this.prefix = [0];
    this.offsets = [];
    for (let o = 0; o < 7; o++) {
      const works = this.mask[weekdayOf(o)];
      if (works) this.offsets.push(o);
      this.prefix.push(this.prefix[o] + (works ? 1 : 0));
    }
    const extra = new Set(working.filter(isRealDate).map(toDayNumber));
    const delta = /* @__PURE__ */ new Map();
    for (const h of holidays) {
      const holiday = typeof h === "string" ? { date: h } : h;
      if (!isRealDate(holiday.date)) continue;
      const day = toDayNumber(holiday.date);
      if (!this.named.get(day)?.name) this.named.set(day, holiday);
      if (this.mask[weekdayOf(day)] && !extra.has(day)) delta.set(day, -1);
    }
    for (const day of extra) if (!this.mask[weekdayOf(day)]) delta.set(day, 1);
    this.exceptions = Int32Array.from([...delta.keys()].sort((a, b) => a - b));
    this.net = new Int32Array(this.exceptions.length + 1);
    this.before = new Float64Array(this.exceptions.length);
    this.exceptions.forEach((day, i) => {
      this.net[i + 1] = this.net[i] + delta.get(day);
      this.before[i] = this.patternBefore(day) + this.net[i];
    });
  }
  /** Does this calendar work on every day of the week, with no exceptions? */
  get everyDay() {
    return this.perWeek === 7 && this.exceptions.length === 0;
  }
  isWorkingDay(iso) {
    return this.works(toDayNumber(iso));
  }
  /** Working days in the inclusive range [from, to]; 0 when to is before from. */
  workingDaysBetween(from, to) {
    return this.betweenDays(toDayNumber(from), toDayNumber(to));
  }
  /**
   * Working days from `from` to `to`: those in (from, to], or minus those in (to, from] when `to`
   * is earlier. A finish on a non-working day counts as the working day before it.
   */
  workingDaysAfter(from, to) {
    return this.afterDays(toDayNumber(from), toDayNumber(to));
  }
  /**
   * The date `n` working days after `from` (n may be negative). With n = 0 the result is
   * `from` itself, moved forward to a working day if it is not one.
   * O(log exceptions): count the working days before `from`, then invert the count.
   */
  addWorkingDays(from, n) {
    return fromDayNumber(this.addDays(toDayNumber(from), n));
  }
  /**
   * The inverse of addWorkingDays for a backward pass: the latest date x with
   * addWorkingDays(x, n) <= `to`. It may be a non-working day (the day before a Monday, say).
   */
  latestReaching(to, n) {
    return fromDayNumber(this.latestReachingDay(toDayNumber(to), n));
  }
  /** The latest working day on or before `iso`. */
  onOrBefore(iso) {
    return fromDayNumber(this.onOrBeforeDay(toDayNumber(iso)));
  }
  // The same on day numbers (toDayNumber), for passes over many items: no strings are made.
  betweenDays(from, to) {
    return to < from ? 0 : this.workingBefore(to + 1) - this.workingBefore(from);
  }
  afterDays(from, to) {
    return this.workingBefore(to + 1) - this.workingBefore(from + 1);
  }
  addDays(day, n) {
    const index = n === 0 ? this.workingBefore(day) : n > 0 ? this.workingBefore(day + 1) + n - 1 : this.workingBefore(day) + n;
    return this.workingDayAt(index);
  }
  latestReachingDay(to, n) {
    const limit = this.workingBefore(to + 1);
    return n > 0 ? this.workingDayAt(limit - n) - 1 : this.workingDayAt(limit - 1 - n);
  }
  onOrBeforeDay(day) {
    return this.workingDayAt(this.workingBefore(day + 1) - 1);
  }
  /** The finish of work that starts on `start` and takes `days` working days (inclusive of the start). */
  finishOf(start, days) {
    return days <= 1 ? this.addWorkingDays(start, 0) : this.addWorkingDays(this.addWorkingDays(start, 0), days - 1);
  }
  /**
   * Why `iso` is not a working day, for a message: "a Saturday", "a bank holiday (Boxing Day,
   * substitute day)", "a holiday" (a plan holiday, which has no name); undefined on a working day.
   */
  describeDay(iso) {
    const day = toDayNumber(iso);
    if (this.works(day)) return void 0;
    const holiday = this.named.get(day);
    if (holiday) return `a ${holiday.noun ?? "holiday"}${holiday.name ? ` (${holiday.name})` : ""}`;
    return `a ${WEEKDAY_NAMES[weekdayOf(day)]}`;
  }
  /** The holidays that take a working weekday off in [from, to], in date order: O(log n + k). */
  holidaysBetween(from, to) {
    const out = [];
    const last = toDayNumber(to);
    for (let i = lowerBound(this.exceptions, toDayNumber(from)); i < this.exceptions.length; i++) {
      const day = this.exceptions[i];
      if (day > last) break;
      if (this.net[i + 1] < this.net[i]) out.push(this.named.get(day) ?? { date: fromDayNumber(day) });
    }
    return out;
  }
  /**
   * The holidays in [from, to] as a message names them: per noun ("bank holiday", "holiday"),
   * the first `max` and how many there are. O(nouns × (log n + max)): listing every holiday
   * instead made each dependency's message cost as much as the holidays it spans, and a plan
   * with thousands of both quadratic (issue 14, class 7).
   */
  holidaySummary(from, to, max = 4) {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    const out = [];
    if (b < a) return out;
    for (const [noun, days] of this.holidaysByNoun()) {
      const lo = lowerBound(days, a);
      const hi = lowerBound(days, b + 1);
      if (hi <= lo) continue;
      const first = Array.from(
        days.subarray(lo, Math.min(hi, lo + max)),
        (day) => this.named.get(day) ?? { date: fromDayNumber(day) }
      );
      out.push({ noun, first, count: hi - lo });
    }
    return out.sort((x, y) => x.first[0].date < y.first[0].date ? -1 : 1);
  }
  /** The days off that are holidays (not a weekly day off), by noun, sorted; built on first use. */
  byNoun;
  holidaysByNoun() {
    if (!this.byNoun) {
      const lists = /* @__PURE__ */ new Map();
      this.exceptions.forEach((day, i) => {
        if (this.net[i + 1] >= this.net[i]) return;
        const noun = this.named.get(day)?.noun ?? "holiday";
        const list = lists.get(noun) ?? [];
        list.push(day);
        lists.set(noun, list);
      });
      this.byNoun = new Map([...lists].map(([noun, days]) => [noun, Int32Array.from(days)]));
    }
    return this.byNoun;
  }
  works(day) {
    const i = lowerBound(this.exceptions, day);
    if (this.exceptions[i] === day) return this.net[i + 1] > this.net[i];
    return this.mask[weekdayOf(day)];
  }
  /** Pattern working days in [epoch, day): closed form, no loop. */
  patternBefore(day) {
    const weeks = Math.floor(day / 7);
    return weeks * this.perWeek + this.prefix[day - weeks * 7];
  }
  /** The pattern working day with exactly k pattern working days before it (k may be negative). */
  patternDayAt(k) {
    const weeks = Math.floor(k / this.perWeek);
    return weeks * 7 + this.offsets[k - weeks * this.perWeek];
  }
  /** Working days in [epoch, day). */
  workingBefore(day) {
    return this.patternBefore(day) + this.net[lowerBound(this.exceptions, day)];
  }
  /**
   * The working day with exactly `index` working days before it. Between two exception days the
   * count is the pattern's plus a constant, so: find the last exception at or before the answer
   * by binary search over the counts before each, then invert the pattern in closed form.
   */
  workingDayAt(index) {
    let lo = 0;
    let hi = this.before.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.before[mid] <= index) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    if (i < 0) return this.patternDayAt(index);
    if (this.before[i] === index && this.net[i + 1] > this.net[i]) return this.exceptions[i];
    return this.patternDayAt(index - this.net[i + 1]);
  }
};
function describeHolidayGroups(spans, max = 4) {
  const merged = /* @__PURE__ */ new Map();
  for (const span of spans)
    for (const g of span) {
      const into = merged.get(g.noun) ?? { noun: g.noun, first: [], count: 0 };
      into.first.push(...g.first.slice(0, Math.max(0, max - into.first.length)));
      into.count += g.count;
      merged.set(g.noun, into);
    }
  const label = (h) => h.name ? `${h.date} (${h.name})` : h.date;
  return listOf(
    [...merged.values()].map(({ noun, first, count }) => {
      if (count === 1) return `${label(first[0])} is a ${noun}`;
      const shown = first.map(label);
      return `${listOf(count > shown.length ? [...shown, `${count - shown.length} more`] : shown)} are ${noun}s`;
    })
  );
}
function calendarDaysBetween(from, to) {
  return toDayNumber(to) - toDayNumber(from);
}

export {
  toDayNumber,
  fromDayNumber,
  weekdayOf,
  WorkingCalendar,
  describeHolidayGroups,
  calendarDaysBetween
};
