import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber, WEEKDAYS, type Weekday, WorkingCalendar } from '../../src/plan/calendar.js';

// Day-by-day reference implementation: slow, obviously right.
function naiveIsWorking(iso: string, holidays: Set<string>): boolean {
  const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6 && !holidays.has(iso);
}
function naiveBetween(from: string, to: string, holidays: Set<string>): number {
  let n = 0;
  for (let d = toDayNumber(from); d <= toDayNumber(to); d++) if (naiveIsWorking(fromDayNumber(d), holidays)) n++;
  return n;
}
function naiveAdd(from: string, n: number, holidays: Set<string>): string {
  let d = toDayNumber(from);
  if (n === 0) {
    while (!naiveIsWorking(fromDayNumber(d), holidays)) d++;
    return fromDayNumber(d);
  }
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    d += step;
    if (naiveIsWorking(fromDayNumber(d), holidays)) left--;
  }
  return fromDayNumber(d);
}

const day = fc.integer({ min: toDayNumber('2025-01-01'), max: toDayNumber('2028-12-31') }).map(fromDayNumber);
const holidayList = fc.array(day, { maxLength: 12 });

describe('WorkingCalendar', () => {
  const cal = new WorkingCalendar(['2026-04-03', '2026-04-06']);

  it('counts weekdays, inclusive of both ends, minus holidays', () => {
    expect(cal.workingDaysBetween('2026-01-05', '2026-01-09')).toBe(5); // Mon..Fri
    expect(cal.workingDaysBetween('2026-01-05', '2026-01-11')).toBe(5); // to Sunday
    expect(cal.workingDaysBetween('2026-03-30', '2026-04-10')).toBe(8); // Easter week
    expect(cal.workingDaysBetween('2026-01-09', '2026-01-05')).toBe(0);
  });

  it('adds working days over weekends and holidays', () => {
    expect(cal.addWorkingDays('2026-01-09', 1)).toBe('2026-01-12'); // Fri + 1 = Mon
    expect(cal.addWorkingDays('2026-04-02', 1)).toBe('2026-04-07'); // over Easter
    expect(cal.addWorkingDays('2026-04-07', -1)).toBe('2026-04-02');
    expect(cal.addWorkingDays('2026-01-10', 0)).toBe('2026-01-12'); // Saturday rolls on
  });

  it('a 5-day task starting Monday finishes Friday', () => {
    expect(cal.finishOf('2026-01-05', 5)).toBe('2026-01-09');
    expect(cal.finishOf('2026-01-05', 1)).toBe('2026-01-05');
  });

  it('agrees with a day-by-day count for any dates and holidays', () => {
    fc.assert(
      fc.property(day, day, holidayList, (a, b, hs) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(new WorkingCalendar(hs).workingDaysBetween(from, to)).toBe(naiveBetween(from, to, new Set(hs)));
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });

  it('agrees with day-by-day stepping when adding working days', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), holidayList, (from, n, hs) => {
        const c = new WorkingCalendar(hs);
        const start = naiveAdd(from, 0, new Set(hs));
        expect(c.addWorkingDays(start, n)).toBe(naiveAdd(start, n, new Set(hs)));
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});

// A day-by-day reference for any working week, holidays and extra working days.
interface Spec {
  workingDays: Weekday[];
  holidays: string[];
  working: string[];
}
const mondayFirst = (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
function refWorks(iso: string, s: Spec): boolean {
  if (s.working.includes(iso)) return true;
  return s.workingDays.includes(WEEKDAYS[mondayFirst(iso)]!) && !s.holidays.includes(iso);
}
function refBetween(from: string, to: string, s: Spec): number {
  let n = 0;
  for (let d = toDayNumber(from); d <= toDayNumber(to); d++) if (refWorks(fromDayNumber(d), s)) n++;
  return n;
}
function refAdd(from: string, n: number, s: Spec): string {
  let d = toDayNumber(from);
  if (n === 0) {
    while (!refWorks(fromDayNumber(d), s)) d++;
    return fromDayNumber(d);
  }
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; ) {
    d += step;
    if (refWorks(fromDayNumber(d), s)) left--;
  }
  return fromDayNumber(d);
}

const spec: fc.Arbitrary<Spec> = fc.record({
  workingDays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
  holidays: fc.array(day, { maxLength: 40 }),
  working: fc.array(day, { maxLength: 20 }),
});
const RUNS = { seed: 20261123, numRuns: 600 };

describe('WorkingCalendar with any working week, holidays and extra working days', () => {
  it('says which days work as a day-by-day reading does', () => {
    fc.assert(
      fc.property(spec, day, (s, d) => {
        expect(new WorkingCalendar(s).isWorkingDay(d)).toBe(refWorks(d, s));
      }),
      RUNS,
    );
  });

  it('counts working days as a day-by-day count does', () => {
    fc.assert(
      fc.property(spec, day, day, (s, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const cal = new WorkingCalendar(s);
        expect(cal.workingDaysBetween(from, to)).toBe(refBetween(from, to, s));
        expect(cal.workingDaysAfter(from, to)).toBe(refBetween(from, to, s) - (refWorks(from, s) ? 1 : 0));
        expect(cal.workingDaysAfter(to, from) + cal.workingDaysAfter(from, to)).toBe(0);
      }),
      RUNS,
    );
  });

  it('adds working days as day-by-day stepping does, from any day', () => {
    fc.assert(
      fc.property(spec, day, fc.integer({ min: -80, max: 80 }), (s, from, n) => {
        expect(new WorkingCalendar(s).addWorkingDays(from, n)).toBe(refAdd(from, n, s));
      }),
      RUNS,
    );
  });

  it('latestReaching is the latest day that reaches a date, and onOrBefore the latest working day', () => {
    fc.assert(
      fc.property(spec, day, fc.integer({ min: -30, max: 30 }), (s, to, n) => {
        const cal = new WorkingCalendar(s);
        const x = cal.latestReaching(to, n);
        expect(cal.addWorkingDays(x, n) <= to).toBe(true);
        expect(cal.addWorkingDays(fromDayNumber(toDayNumber(x) + 1), n) > to).toBe(true);
        const back = cal.onOrBefore(to);
        expect(back <= to && refWorks(back, s)).toBe(true);
        expect(refBetween(back, to, s)).toBe(1);
      }),
      RUNS,
    );
  });

  it('lists the holidays that take a working day off, and describes every non-working day', () => {
    fc.assert(
      fc.property(spec, day, day, (s, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const cal = new WorkingCalendar(s);
        const listed = cal.holidaysBetween(from, to).map((h) => h.date);
        const expected = [...new Set(s.holidays)]
          .filter((h) => h >= from && h <= to && !refWorks(h, s))
          .filter((h) => s.workingDays.includes(WEEKDAYS[mondayFirst(h)]!))
          .sort();
        expect(listed).toEqual(expected);
        expect(cal.describeDay(from) === undefined).toBe(refWorks(from, s));
      }),
      RUNS,
    );
  });
});

describe('WorkingCalendar in a UK plan', () => {
  const cal = new WorkingCalendar({
    holidays: [
      { date: '2026-12-25', name: 'Christmas Day', noun: 'bank holiday' },
      { date: '2026-12-26', name: 'Boxing Day', noun: 'bank holiday' },
      { date: '2026-12-28', name: 'Boxing Day, substitute day', noun: 'bank holiday' },
      '2026-12-29',
    ],
    working: ['2027-01-02'],
  });

  it('says why a day is not a working day', () => {
    expect(cal.describeDay('2026-10-17')).toBe('a Saturday');
    expect(cal.describeDay('2026-12-28')).toBe('a bank holiday (Boxing Day, substitute day)');
    expect(cal.describeDay('2026-12-26')).toBe('a bank holiday (Boxing Day)');
    expect(cal.describeDay('2026-12-29')).toBe('a holiday');
    expect(cal.describeDay('2026-12-30')).toBeUndefined();
    expect(cal.describeDay('2027-01-02')).toBeUndefined(); // a Saturday the team works
  });

  it('lists the holidays that cost working days, not those on a weekend', () => {
    expect(cal.holidaysBetween('2026-12-24', '2026-12-31').map((h) => h.date)).toEqual([
      '2026-12-25',
      '2026-12-28',
      '2026-12-29',
    ]);
    expect(cal.finishOf('2026-12-21', 5)).toBe('2026-12-30');
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(cal.addWorkingDays('2027-01-01', 1)).toBe('2027-01-02');
  });

  it('a seven-day week works every day', () => {
    const seven = new WorkingCalendar({ workingDays: [...WEEKDAYS] });
    expect(seven.everyDay).toBe(true);
    expect(seven.finishOf('2026-10-17', 2)).toBe('2026-10-18');
    expect(seven.describeDay('2026-12-25')).toBeUndefined();
  });
});

describe('day numbers', () => {
  it('agree with Date for every day from 1900 to 2200', () => {
    for (let day = Date.UTC(1900, 0, 1) / 86_400_000; day <= Date.UTC(2200, 0, 1) / 86_400_000; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(day) !== iso || toDayNumber(iso) !== day)
        expect([fromDayNumber(day), toDayNumber(iso)]).toEqual([iso, day]);
    }
  });
});
