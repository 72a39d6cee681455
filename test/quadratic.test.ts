/**
 * Quadratic or worse (issue 14, class 7). Speed is measured in `npm run bench` (each shape at n
 * and 10n), never here. These tests hold the faster code to the plain code it replaced, on
 * generated inputs, and run each shape at the issue's full size for correctness.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditPlan } from '../src/core/audit.js';
import { applySuppressions } from '../src/engine/run.js';
import type { Finding, RuleOutcome } from '../src/engine/types.js';
import { InputError } from '../src/errors.js';
import {
  describeHolidayGroups,
  describeHolidays,
  fromDayNumber,
  toDayNumber,
  WorkingCalendar,
} from '../src/plan/calendar.js';
import type { Suppression } from '../src/plan/loaded.js';
import { isWithin, type PlanPath } from '../src/plan/path.js';
import { boundedDistance, closest, editDistance } from '../src/plan/suggest.js';
import { readYamlPlan } from '../src/readers/yaml/index.js';
import blackoutClash from '../src/rules/blackout-clash.js';
import { RULE_IDS } from '../src/rules/index.js';
import { ADVERSARIAL } from '../src/tools/generate-adversarial.js';
import { runOn } from './helpers/rule-tester.js';

const SEED = { seed: 20261122 };

function refusal(text: string): InputError {
  try {
    readYamlPlan(text, 'plan.yaml');
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('the plan was accepted');
}

describe('the faster code agrees with the plain code it replaced', () => {
  it('boundedDistance is the edit distance up to k, and k + 1 beyond', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), fc.string({ maxLength: 14 }), fc.nat(8), (a, b, k) => {
        const d = editDistance(a, b);
        expect(boundedDistance(a, b, k)).toBe(d <= k ? d : k + 1);
      }),
      { ...SEED, numRuns: 3000 },
    );
  });

  it('closest picks what a full scan with the full distance picks (for words up to 26 letters)', () => {
    const plain = (input: string, candidates: string[]) => {
      const limit = Math.max(2, Math.floor(input.length / 3));
      let best: string | undefined;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (const c of candidates) {
        const d = editDistance(input.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) [best, bestDistance] = [c, d];
      }
      return bestDistance <= limit ? best : undefined;
    };
    const word = fc.stringMatching(/^[a-e-]{0,26}$/);
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (input, candidates) => {
        expect(closest(input, candidates)).toBe(plain(input, candidates));
      }),
      { ...SEED, numRuns: 2000 },
    );
  });

  it('addWorkingDays over runs of holidays equals stepping day by day', () => {
    // n = 0: `from`, moved forward to a working day; n > 0 (< 0): the n-th working day after (before) it.
    const naive = (holidays: Set<string>, from: string, n: number) => {
      const working = (d: number) => (((d + 3) % 7) + 7) % 7 < 5 && !holidays.has(fromDayNumber(d));
      let d = toDayNumber(from);
      if (n === 0) {
        while (!working(d)) d++;
        return fromDayNumber(d);
      }
      for (let left = Math.abs(n); left > 0; ) {
        d += Math.sign(n);
        if (working(d)) left--;
      }
      return fromDayNumber(d);
    };
    const base = toDayNumber('2026-01-01');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 40 })), { maxLength: 6 }),
        fc.nat(200),
        fc.integer({ min: -60, max: 60 }),
        (runs, start, n) => {
          const holidays = new Set(
            runs.flatMap(([at, len]) => Array.from({ length: len }, (_, i) => fromDayNumber(base + at + i))),
          );
          const cal = new WorkingCalendar([...holidays]);
          const from = fromDayNumber(base + start);
          expect(cal.addWorkingDays(from, n)).toBe(naive(holidays, from, n));
        },
      ),
      { ...SEED, numRuns: 1500 },
    );
  });

  it('a holiday summary says what the full list said, for any span (the rules name holidays by it)', () => {
    const base = toDayNumber('2026-01-01');
    const holiday = fc.record({
      at: fc.nat(120),
      noun: fc.constantFrom(undefined, 'bank holiday', 'public holiday'),
      name: fc.option(fc.constantFrom('Christmas Day', 'Boxing Day'), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(holiday, { maxLength: 30 }),
        fc.nat(130),
        fc.nat(60),
        fc.integer({ min: 1, max: 6 }),
        (list, from, span, max) => {
          const cal = new WorkingCalendar({
            holidays: list.map((h) => ({
              date: fromDayNumber(base + h.at),
              ...(h.noun ? { noun: h.noun } : {}),
              ...(h.name ? { name: h.name } : {}),
            })),
          });
          const [a, b] = [fromDayNumber(base + from), fromDayNumber(base + from + span)];
          expect(describeHolidayGroups([cal.holidaySummary(a, b, max)], max)).toBe(
            describeHolidays(cal.holidaysBetween(a, b), max),
          );
        },
      ),
      { ...SEED, numRuns: 1000 },
    );
  });

  it('blackout-clash finds a clash exactly when the loop over every window did, and names one that clashes', () => {
    const date = fc.nat(60).map((d) => fromDayNumber(toDayNumber('2026-03-02') + d));
    const task = fc.record({
      site: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
      start: date,
      days: fc.nat(5),
    });
    const window = fc.record({
      sites: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
      from: date,
      days: fc.nat(8),
    });
    fc.assert(
      fc.property(
        fc.array(task, { minLength: 1, maxLength: 12 }),
        fc.array(window, { minLength: 1, maxLength: 12 }),
        (tasks, windows) => {
          const end = (d: string, n: number) => fromDayNumber(toDayNumber(d) + n);
          const text = [
            'pmcheck: 1',
            'project: { name: B }',
            'sites: [{ id: a }, { id: b }, { id: c }]',
            'tasks:',
            ...tasks.map(
              (t, i) =>
                `  - { id: t${i}, kind: cutover, start: ${t.start}, finish: ${end(t.start, t.days)}${t.site ? `, site: ${t.site}` : ''} }`,
            ),
            'blackouts:',
            ...windows.map(
              (w, i) =>
                `  - { name: w${i}, from: ${w.from}, to: ${end(w.from, w.days)}${w.sites.length ? `, sites: [${w.sites.join(', ')}]` : ''} }`,
            ),
            '',
          ].join('\n');
          // The windows that clash with task i, by the loop over every window.
          const clashing = (i: number) => {
            const t = tasks[i]!;
            const finish = end(t.start, t.days);
            return windows.flatMap((w, k) =>
              (w.sites.length === 0 || (t.site !== undefined && w.sites.includes(t.site))) &&
              t.start <= end(w.from, w.days) &&
              finish >= w.from
                ? [`w${k}`]
                : [],
            );
          };
          const outcome = runOn(blackoutClash, text);
          const found = outcome.findings.map((f) => ({
            task: Number(String((f.path[1] as { id: string }).id).slice(1)),
            blackout: String(f.data.blackout),
          }));
          expect(found.map((f) => f.task)).toEqual(tasks.map((_, i) => i).filter((i) => clashing(i).length > 0));
          for (const f of found) expect(clashing(f.task)).toContain(f.blackout);
        },
      ),
      { ...SEED, numRuns: 400 },
    );
  });

  it('applySuppressions gives each finding the first matching entry, as a scan of every entry did', () => {
    const seg = fc.oneof(
      fc.constantFrom('tasks', 'risks', 'start'),
      fc.nat(2),
      fc.constantFrom('a', 'b').map((id) => ({ id })),
    );
    const path = fc.array(seg, { maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ rule: fc.constantFrom('overdue-task', 'owner-assigned'), path }), { maxLength: 10 }),
        fc.array(
          fc.record({
            rule: fc.constantFrom('overdue-task', 'owner-assigned'),
            scope: path,
            reason: fc.option(fc.constant('ok'), { nil: undefined }),
          }),
          { maxLength: 8 },
        ),
        (raw, entries) => {
          const findings = raw.map((f) => ({ ruleId: f.rule, path: f.path as PlanPath }) as Finding);
          const outcomes = [{ ruleId: 'x', findings } as unknown as RuleOutcome];
          const suppressions = entries.map(
            (e, i) =>
              ({
                rule: e.rule,
                reason: e.reason,
                scope: e.scope as PlanPath,
                path: [],
                file: 'p',
                line: i + 1,
                column: 1,
              }) as Suppression,
          );
          const expected = findings.map(
            (f) => suppressions.find((s) => s.rule === f.ruleId && s.reason && isWithin(f.path, s.scope))?.line,
          );
          applySuppressions(outcomes, suppressions, RULE_IDS);
          expect(findings.map((f) => f.suppressed?.line)).toEqual(expected);
        },
      ),
      { ...SEED, numRuns: 1000 },
    );
  });
});

describe("each shape at the issue's size", () => {
  it('30,000 unknown keys: one warning each, at its own line', () => {
    const loaded = readYamlPlan(ADVERSARIAL['unknown keys'](30_000), 'plan.yaml');
    expect(loaded.diagnostics).toHaveLength(30_000);
    expect(loaded.diagnostics[0]).toMatchObject({
      line: 8,
      column: 5,
      message: 'unknown key "k0" in tasks[0] (did you mean "id"?)',
    });
    expect(loaded.diagnostics.at(-1)).toMatchObject({ line: 30_007, column: 5 });
  }, 120_000);

  it('30,000 keys in one mapping with one duplicate: found in one pass, at its line', () => {
    const text = `${ADVERSARIAL['unknown keys'](30_000)}    k29999: 2\n`;
    expect(refusal(text).render()).toBe(
      'plan.yaml:30008:5: Map keys must be unique: this key appears twice in the same mapping',
    );
  }, 120_000);

  it('4,000 unknown references: the first, with its "did you mean", and a count of the rest', () => {
    expect(refusal(ADVERSARIAL['unknown references'](4_000)).render()).toBe(
      'plan.yaml:7:28: tasks[0].depends_on[0]: unknown task, milestone or delivery "u0"; did you mean "t0"? (and 3999 more problems in this file)',
    );
  }, 120_000);

  it('a 30,000-character id: the nearest id is still found, and the message is cut', () => {
    const message = refusal(ADVERSARIAL['long id'](30_000)).message;
    expect(message).toBe(
      `tasks[1].depends_on[0]: unknown task, milestone or delivery "${'x'.repeat(60)}… (30,001 characters)"; did you mean "${'x'.repeat(60)}… (30,000 characters)"?`,
    );
  }, 120_000);

  it('10,000 holidays and 1,000 chained tasks: every date a working day', () => {
    const loaded = readYamlPlan(ADVERSARIAL.holidays(10_000), 'plan.yaml');
    const report = auditPlan(loaded, { today: '2026-03-02' });
    const holidays = new Set(loaded.plan.project.calendar!.holidays!);
    const last = report.model!.items.get('t999')!;
    const finish = report.model!.finishOf(last)!;
    expect(finish > loaded.plan.project.calendar!.holidays!.at(-1)!).toBe(true); // pushed past every holiday
    expect(holidays.has(finish)).toBe(false);
  }, 120_000);

  it('2,000 blackouts across 40 sites and 2,000 cutovers: none clash, and the rule runs', () => {
    const loaded = readYamlPlan(ADVERSARIAL['blackouts × sites'](2_000), 'plan.yaml');
    const report = auditPlan(loaded, { today: '2026-03-02' });
    const outcome = report.outcomes.find((o) => o.ruleId === 'blackout-clash')!;
    expect([outcome.applicable, outcome.error, outcome.findings.length]).toEqual([true, undefined, 0]);
  }, 120_000);

  it('10,000 suppressed findings: each covered by its own entry', () => {
    const report = auditPlan(readYamlPlan(ADVERSARIAL.suppressions(10_000), 'plan.yaml'), { today: '2026-03-02' });
    const overdue = report.suppressed.filter((f) => f.ruleId === 'overdue-task');
    expect(overdue).toHaveLength(10_000);
    expect(report.findings.filter((f) => f.ruleId === 'overdue-task')).toEqual([]);
  }, 120_000);
});
