/**
 * The DCMA 14-point assessment of one real export, worked by hand: mpxj-legacy-sample.xml
 * (test/fixtures/schedules, see SOURCES.md), audited as of 2003-01-06, the Monday before its
 * first task. The file has no status date, so the as-of date is given, as `--as-of` would.
 *
 * The file, as read (test/readers/schedule-plan.test.ts pins the mapping):
 * - 19 task elements less the UID 0 project summary; 3 summaries become phases, T3 ("Third
 *   task") is a milestone, so 15 tasks: T2, T7, T8, T9–T18, T20, T21. None complete, none
 *   level of effort: all 15 are counted.
 * - 6 links, each into a counted task: T9→T10 FS, T11→T12 FS+1d, T13→T14 FS−1d, T15→T16 SS,
 *   T17→T18 FF, T20→T21 SF.
 * - Constraints: 4 start-no-earlier-than (T7, T8, T20, T21), none of them hard.
 * - Resources: T2 has both of the file's resources; no other task has any, nor a cost.
 * - T2 is 01-07 to 03-18 with a Duration of PT800H (800 h / 480 min a day = 100 days); every
 *   other task is one day, in the first week of January but T7 (02-03) and T8 (03-03).
 *
 * By hand, the PAM 200.1 checks at their default thresholds:
 *  1 logic: T2, T7, T8 have no link at all; T9, T11, T13, T15, T17, T20 no predecessor; T10,
 *    T12, T14, T16, T18, T21 no successor: 3 + 6 + 6 = 15 of 15 = 100% > 5%: fails.
 *  2 leads: T13→T14 is FS −1 day: 1 of 6 = 16.7% > 0%: fails.
 *  3 lags: T11→T12 is FS +1 day: 1 of 6 = 16.7% > 5%: fails.
 *  4 relationship types: FS are T9→T10, T11→T12, T13→T14: 3 of 6 = 50% < 90%: fails, naming
 *    the SS, FF and SF links.
 *  5 hard constraints: 0 of 15 (start-no-earlier-than is soft): passes.
 *  6 high float: the finish is T2's, 2003-03-18 (the longest, from 01-07). Working days after
 *    a date up to 03-18: January after 01-07 has 18 (8–10, 13–17, 20–24, 27–31), February 20,
 *    March to the 18th 12 (3–7, 10–14, 17, 18).
 *    T2 0. T7 (02-03): 19 in February after the 3rd + 12 = 31. T8 (03-03): 11.
 *    T10 (01-08): 17 + 20 + 12 = 49, and T9 before it (FS) takes T10's 49.
 *    T12 (01-09): 16 + 20 + 12 = 48, and T11 before it (FS +1 day) 48.
 *    T13, T14 (01-07; the −1 day lead lets T14 start the day T13 ends): 18 + 20 + 12 = 50.
 *    T15–T18 (01-07, SS and FF pairs on the same day): 50. T20 (01-08): 49; T21 (01-07 to
 *    01-08, SF from T20) ends 01-08: 49.
 *    More than 44: everything but T2, T7 and T8: 12 of 15 = 80% > 5%: fails, first T9 (49).
 *  7 negative float: none (no deadline, no constraint late enough to bind): passes.
 *  8 high duration: T2, 100 days > 44; the rest 1 day: 1 of 15 = 6.7% > 5%: fails.
 *  9 invalid dates: as of 01-06 nothing is forecast before it and nothing has actuals: passes.
 * 10 resources: 14 of 15 have none = 93.3% > 0%: fails, first T7.
 * 11 missed tasks and 14 BEI: no baseline 0 in the file: not applicable.
 * 12 critical path test: T2 alone is the critical path; 600 days on it move the finish 600:
 *    passes.
 * 13 CPLI: no deadline and no baseline finish to measure against: not applicable.
 * The file's own float (TotalSlack) agrees within a day for every task: float-mismatch passes.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { auditFile } from '../../src/run/audit.js';

const file = new URL('../fixtures/schedules/mpxj-legacy-sample.xml', import.meta.url).pathname;

describe('DCMA 14-point figures of mpxj-legacy-sample.xml, worked by hand', () => {
  const [report] = auditFile({ file }, { today: '2026-11-23', asOf: '2003-01-06' });
  const outcome = (id: string) => {
    const o = report!.outcomes.find((x) => x.ruleId === id);
    if (!o) throw new Error(`${id} did not run`);
    return o;
  };
  const only = (id: string): Finding => {
    const o = outcome(id);
    expect(o.findings).toHaveLength(1);
    return o.findings[0]!;
  };

  it('applies the dcma preset by itself, to a schedule read from MS Project', () => {
    expect(report!.config.presets).toEqual(['recommended', 'dcma']);
  });

  it('1 logic: 15 of 15 (100%)', () => {
    expect(only('dcma-logic').data).toMatchObject({ count: 15, total: 15, share: 1, max: 0.05, rest: 10 });
  });

  it('2 leads and 3 lags: 1 of 6 each (16.7%)', () => {
    expect(only('dcma-leads').data).toMatchObject({ count: 1, total: 6, max: 0, first: ['T14'] });
    expect(only('dcma-lags').data).toMatchObject({ count: 1, total: 6, max: 0.05, first: ['T12'] });
  });

  it('4 relationship types: 3 of 6 finish-to-start (50%)', () => {
    expect(only('dcma-relationship-types').data).toMatchObject({
      fs: 3,
      total: 6,
      share: 0.5,
      min: 0.9,
      first: ['T16', 'T18', 'T21'],
    });
  });

  it('5 hard constraints, 7 negative float, 9 invalid dates, 12 critical path test: pass', () => {
    for (const id of ['dcma-hard-constraints', 'dcma-negative-float', 'dcma-invalid-dates', 'dcma-critical-path-test'])
      expect({ id, ...outcome(id) }).toMatchObject({ id, applicable: true, findings: [] });
  });

  it('6 high float: 12 of 15 (80%), T9 first with 49 days', () => {
    const f = only('dcma-high-float');
    expect(f.data).toMatchObject({
      count: 12,
      total: 15,
      share: 0.8,
      days: 44,
      first: ['T9', 'T10', 'T11', 'T12', 'T13'],
    });
    expect(f.message).toContain('"Related Task 1a" (T9, 49 days of float)');
    expect(f.message).toContain('"Related Task 2a" (T11, 48 days of float)');
  });

  it('8 high duration: 1 of 15 (6.7%), T2 at 100 days', () => {
    const f = only('dcma-high-duration');
    expect(f.data).toMatchObject({ count: 1, total: 15, days: 44, max: 0.05, first: ['T2'] });
    expect(f.message).toContain('"Second Task" (T2, 100 days)');
  });

  it('10 resources: 14 of 15 (93.3%)', () => {
    expect(only('dcma-resources').data).toMatchObject({
      count: 14,
      total: 15,
      first: ['T7', 'T8', 'T9', 'T10', 'T11'],
    });
  });

  it('11, 13 and 14 need a baseline or a deadline the file does not have', () => {
    for (const id of ['dcma-missed-tasks', 'dcma-cpli', 'dcma-bei']) expect(outcome(id).applicable).toBe(false);
  });

  it("the file's own float agrees with the backward pass", () => {
    expect(outcome('float-mismatch')).toMatchObject({ applicable: true, findings: [] });
  });

  it('points every DCMA finding at the <Tasks> element of the one long line', () => {
    for (const o of report!.outcomes.filter((x) => x.ruleId.startsWith('dcma-')))
      for (const f of o.findings) expect([f.span.line, f.span.column]).toEqual([2, 5941]);
  });
});
