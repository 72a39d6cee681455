import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber, WorkingCalendar } from '../../src/plan/calendar.js';

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

describe('day numbers', () => {
  it('agree with Date for every day from 1900 to 2200', () => {
    for (let day = Date.UTC(1900, 0, 1) / 86_400_000; day <= Date.UTC(2200, 0, 1) / 86_400_000; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(day) !== iso || toDayNumber(iso) !== day)
        expect([fromDayNumber(day), toDayNumber(iso)]).toEqual([iso, day]);
    }
  });
});
