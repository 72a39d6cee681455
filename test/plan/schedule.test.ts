/**
 * The forward and backward passes on small networks worked by hand (dates and float written out
 * in the comments), and properties of the backward pass on random networks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber, WorkingCalendar } from '../../src/plan/calendar.js';
import { PlanModel } from '../../src/plan/model/index.js';
import type { Forecast } from '../../src/plan/schedule.js';
import { PlanSchema } from '../../src/plan/schema.js';
import { readYamlPlan } from '../../src/readers/yaml/index.js';
import { yaml } from '../helpers/plan.js';

const forecastOf = (text: string, asOf = '2026-01-05'): Forecast =>
  new PlanModel(readYamlPlan(text, 'plan.yaml').plan, { asOf }).forecast;

/** Each item as "early start..finish, late start..finish, float". */
function table(f: Forecast): Record<string, string> {
  return Object.fromEntries(
    [...f.dates].map(([id, d]) => [
      id,
      d.totalFloat === undefined
        ? `${d.start}..${d.finish}`
        : `${d.start}..${d.finish} late ${d.lateStart}..${d.lateFinish} float ${d.totalFloat}`,
    ]),
  );
}

describe('the backward pass, worked by hand', () => {
  it('a finish-to-start chain and a branch with float', () => {
    const f = forecastOf(yaml`
      pmcheck: 1
      project: { name: M }
      tasks:
        - { id: a, start: 2026-03-02, duration: 5d }
        - { id: b, duration: 3d, depends_on: [a] }
        - { id: d, start: 2026-03-02, duration: 2d }
      milestones:
        - { id: m, depends_on: [b, d] }`);
    // a Mon 2 – Fri 6 March; b Mon 9 – Wed 11; m is reached the day b finishes.
    // d could finish as late as Wed 11: six working days (4, 5, 6, 9, 10, 11) of float.
    expect(table(f)).toEqual({
      a: '2026-03-02..2026-03-06 late 2026-03-02..2026-03-06 float 0',
      b: '2026-03-09..2026-03-11 late 2026-03-09..2026-03-11 float 0',
      d: '2026-03-02..2026-03-03 late 2026-03-10..2026-03-11 float 6',
      m: '2026-03-11..2026-03-11 late 2026-03-11..2026-03-11 float 0',
    });
    expect(f.criticalPath).toEqual(['a', 'b', 'm']);
    expect(f.loops).toBe(false);
  });

  it('SS with a lag, FS with a lead, FF and SF with lags', () => {
    const f = forecastOf(yaml`
      pmcheck: 1
      project: { name: M }
      tasks:
        - { id: a, start: 2026-03-02, duration: 5d }
        - { id: b, duration: 3d, depends_on: [{ id: a, type: SS, lag: 2d }] }
        - { id: c, duration: 4d, depends_on: [{ id: a, type: FS, lag: -2d }] }
        - { id: d, start: 2026-03-02, duration: 2d, depends_on: [{ id: b, type: FF, lag: 3d }] }
        - { id: e, start: 2026-03-02, duration: 1d, depends_on: [{ id: a, type: SF, lag: 6d }] }
      milestones:
        - { id: m, depends_on: [c, d, e] }`);
    // Forward: b starts 2 working days after a starts (Wed 4), 3 days to Fri 6. c starts the day
    // before a finishes (Thu 5) and runs 4 days to Tue 10. d must finish 3 days after b (Wed 11),
    // so it stretches from Mon 2; e must finish 6 days after a starts (Tue 10). m: Wed 11.
    // Backward: b must finish by Fri 6 for d (FF + 3 → Wed 11); a by Fri 6 for b (SS + 2 from
    // a's start Mon 2 reaches b's late start Wed 4), by Mon 9 for c (a lead of 1 reaches Fri 6)
    // and by Mon 9 for e (SF + 6 from a start of Tue 3 reaches Wed 11): Fri 6.
    expect(table(f)).toEqual({
      a: '2026-03-02..2026-03-06 late 2026-03-02..2026-03-06 float 0',
      b: '2026-03-04..2026-03-06 late 2026-03-04..2026-03-06 float 0',
      c: '2026-03-05..2026-03-10 late 2026-03-06..2026-03-11 float 1',
      d: '2026-03-02..2026-03-11 late 2026-03-02..2026-03-11 float 0',
      e: '2026-03-02..2026-03-10 late 2026-03-03..2026-03-11 float 1',
      m: '2026-03-11..2026-03-11 late 2026-03-11..2026-03-11 float 0',
    });
    expect(f.criticalPath).toEqual(['a', 'b', 'd', 'm']);
  });

  it("a 7-day weekend cutover between weekday work: float in each task's own working days", () => {
    const f = forecastOf(yaml`
      pmcheck: 1
      project: { name: Finance system cutover }
      tasks:
        - { id: pre-stage, start: 2026-10-12, finish: 2026-10-16 }
        - { id: cutover, calendar: 7-day, start: 2026-10-17, finish: 2026-10-18, depends_on: [pre-stage] }
        - { id: comms, start: 2026-10-12, duration: 2d }
        - { id: hypercare, duration: 3d, depends_on: [cutover, comms] }`);
    // Pre-staging ends Friday 16; the cutover works Saturday 17 and Sunday 18; hypercare Mon 19 –
    // Wed 21. The cutover may end as late as Sunday (hypercare waits for Monday anyway); comms,
    // done Tuesday 13, could end Friday 16: three working days of float (14, 15, 16).
    expect(table(f)).toEqual({
      'pre-stage': '2026-10-12..2026-10-16 late 2026-10-12..2026-10-16 float 0',
      cutover: '2026-10-17..2026-10-18 late 2026-10-17..2026-10-18 float 0',
      comms: '2026-10-12..2026-10-13 late 2026-10-15..2026-10-16 float 3',
      hypercare: '2026-10-19..2026-10-21 late 2026-10-19..2026-10-21 float 0',
    });
    expect(f.criticalPath).toEqual(['pre-stage', 'cutover', 'hypercare']);
  });

  it('holidays: work over Christmas, and float that does not count them', () => {
    const f = forecastOf(yaml`
      pmcheck: 1
      project:
        name: Payroll upgrade
        calendar: { holidays: [2026-12-25, 2026-12-28] }
      tasks:
        - { id: upgrade, start: 2026-12-21, duration: 5d }
        - { id: parallel-run, duration: 2d, depends_on: [upgrade] }
        - { id: training, start: 2026-12-21, duration: 3d }
      milestones:
        - { id: live, depends_on: [parallel-run, training] }`);
    // Upgrade 21, 22, 23, 24 and (over Christmas Day, the weekend and the 28th) 29 December;
    // parallel run 30 and 31; training ends 23 and could end 31: 24, 29, 30, 31 = 4 days of float.
    expect(table(f)).toEqual({
      upgrade: '2026-12-21..2026-12-29 late 2026-12-21..2026-12-29 float 0',
      'parallel-run': '2026-12-30..2026-12-31 late 2026-12-30..2026-12-31 float 0',
      training: '2026-12-21..2026-12-23 late 2026-12-29..2026-12-31 float 4',
      live: '2026-12-31..2026-12-31 late 2026-12-31..2026-12-31 float 0',
    });
    expect(f.criticalPath).toEqual(['upgrade', 'parallel-run', 'live']);
  });

  it('a loop: nothing in, behind or ahead of it has float, and there is no critical path', () => {
    const f = forecastOf(yaml`
      pmcheck: 1
      project: { name: M }
      tasks:
        - { id: d, start: 2026-03-02, duration: 1d }
        - { id: a, duration: 2d, depends_on: [d] }
        - { id: b, duration: 2d, depends_on: [a, c] }
        - { id: c, duration: 2d, depends_on: [b] }
        - { id: f, duration: 2d, depends_on: [c] }
        - { id: e, duration: 2d, depends_on: [a] }`);
    expect(f.loops).toBe(true);
    expect(f.criticalPath).toEqual([]);
    expect([...f.dates.keys()].sort()).toEqual(['a', 'd', 'e']); // b, c in the loop; f behind it
    expect(table(f)).toEqual({
      d: '2026-03-02..2026-03-02',
      a: '2026-03-03..2026-03-04',
      e: '2026-03-05..2026-03-06 late 2026-03-05..2026-03-06 float 0',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties on random networks with no constraints but the logic: roots start on a working day,
// everything else only where its dependencies put it, and the as-of date before all of it.

interface Net {
  holidays: string[];
  tasks: { duration: number; point: boolean; sevenDay: boolean; deps: { on: number; type: string; lag: number }[] }[];
}

const net = (mixed: boolean): fc.Arbitrary<Net> =>
  fc.record({
    holidays: fc.array(
      fc.integer({ min: toDayNumber('2026-03-01'), max: toDayNumber('2026-09-30') }).map(fromDayNumber),
      { maxLength: 15 },
    ),
    tasks: fc.array(
      fc.record({
        duration: fc.integer({ min: 1, max: 12 }),
        point: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
        sevenDay: mixed ? fc.boolean() : fc.constant(false),
        deps: fc.array(
          fc.record({
            on: fc.nat(),
            type: fc.constantFrom('FS', 'FS', 'SS', 'FF', 'SF'),
            lag: fc.integer({ min: -3, max: 5 }),
          }),
          { maxLength: 3 },
        ),
      }),
      { minLength: 1, maxLength: 25 },
    ),
  });

function forecastOfNet(n: Net): { f: Forecast; ids: string[] } {
  const project = new WorkingCalendar(n.holidays);
  const ids = n.tasks.map((_, i) => `t${i}`);
  const tasks: unknown[] = [];
  const milestones: unknown[] = [];
  n.tasks.forEach((t, i) => {
    // Only earlier items, so the network has no loops; a start-bound dependency first, so every item is placed.
    const deps = i === 0 ? [] : [{ on: 0, type: 'FS', lag: 0 }, ...t.deps];
    const depends_on = deps.map((d, j) => ({
      id: ids[j === 0 ? i - 1 : d.on % i]!,
      type: j === 0 ? (i % 2 === 0 ? 'FS' : 'SS') : d.type,
      lag: `${d.lag}d`,
    }));
    if (t.point && i > 0) milestones.push({ id: ids[i], depends_on });
    else
      tasks.push({
        id: ids[i],
        duration: t.duration,
        ...(t.sevenDay ? { calendar: '7-day' } : {}),
        ...(i === 0 ? { start: project.addWorkingDays('2026-04-01', 0) } : {}),
        depends_on,
      });
  });
  const plan = PlanSchema.parse({
    pmcheck: 1,
    project: { name: 'P', calendar: { holidays: n.holidays } },
    tasks,
    milestones,
  });
  return { f: new PlanModel(plan, { asOf: '2026-01-05' }).forecast, ids };
}

describe('late limits and lag units, worked by hand', () => {
  it('a deadline before the finish gives the chain that misses it negative float', () => {
    const f = forecastOf(yaml`
      pmcheck: 1
      project: { name: M, deadline: 2026-03-10 }
      tasks:
        - { id: a, start: 2026-03-02, duration: 5d }
        - { id: b, duration: 3d, depends_on: [a] }
        - { id: d, start: 2026-03-02, duration: 2d }`);
    // b finishes Wed 11 March, one working day after the deadline (Tue 10): late dates run back
    // from the 10th, so a and b have -1 day of float; d (Mon 2 – Tue 3) could finish on the 10th: 5.
    expect(table(f)).toEqual({
      a: '2026-03-02..2026-03-06 late 2026-02-27..2026-03-05 float -1',
      b: '2026-03-09..2026-03-11 late 2026-03-06..2026-03-10 float -1',
      d: '2026-03-02..2026-03-03 late 2026-03-09..2026-03-10 float 5',
    });
    expect(f.criticalPath).toEqual(['a', 'b']);
  });

  it("a task's own deadline and a must-start-on constraint cap its late dates", () => {
    const f = forecastOf(yaml`
      pmcheck: 1
      project: { name: M }
      tasks:
        - { id: a, start: 2026-03-02, duration: 5d, deadline: 2026-03-04 }
        - { id: b, start: 2026-03-02, duration: 2d, constraint: { type: must-start-on, date: 2026-03-03 } }
        - { id: c, start: 2026-03-02, duration: 10d }`);
    // c runs to Fri 13 March and sets the finish. a (Mon 2 – Fri 6) must finish by Wed 4: float -2.
    // b (Mon 2 – Tue 3) must start on Tue 3, so its latest finish is Wed 4: float 1.
    expect(table(f)).toMatchObject({
      a: '2026-03-02..2026-03-06 late 2026-02-26..2026-03-04 float -2',
      b: '2026-03-02..2026-03-03 late 2026-03-03..2026-03-04 float 1',
      c: '2026-03-02..2026-03-13 late 2026-03-02..2026-03-13 float 0',
    });
  });

  it('elapsed and percent lags are counted in working days of the successor', () => {
    const f = forecastOf(yaml`
      pmcheck: 1
      project: { name: M }
      tasks:
        - { id: a, start: 2026-03-02, duration: 5d }
        - { id: b, duration: 1d, depends_on: [{ id: a, lag: 3, lag_unit: elapsed-days }] }
        - { id: c, duration: 1d, depends_on: [{ id: a, type: SS, lag: 60, lag_unit: percent }] }`);
    // a finishes Fri 6 March; 3 elapsed days reach Mon 9, one working day (Sat and Sun do not
    // count): b starts the working day after that, Tue 10. 60% of a's 5 days is 3: c starts Thu 5.
    expect(f.dates.get('b')).toMatchObject({ start: '2026-03-10', finish: '2026-03-10' });
    expect(f.dates.get('c')).toMatchObject({ start: '2026-03-05', finish: '2026-03-05' });
  });
});

describe('the backward pass on any network', () => {
  it('float is never negative, and early dates never follow late ones, whatever the calendars', () => {
    fc.assert(
      fc.property(net(true), (n) => {
        const { f, ids } = forecastOfNet(n);
        for (const id of ids) {
          const d = f.dates.get(id)!;
          expect(d.totalFloat).toBeGreaterThanOrEqual(0);
          expect(d.start <= d.lateStart! && d.finish <= d.lateFinish!).toBe(true);
        }
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });

  it('the critical path ends at the finish, runs through dependencies, and carries the least float', () => {
    fc.assert(
      fc.property(net(false), (n) => {
        const { f, ids } = forecastOfNet(n);
        const least = Math.min(...ids.map((id) => f.dates.get(id)!.totalFloat!));
        expect(least).toBe(0);
        expect(f.criticalPath.at(-1)).toBe(f.finish!.id);
        for (const id of f.criticalPath) expect(f.dates.get(id)!.totalFloat).toBe(least);
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });
});
