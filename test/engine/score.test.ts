import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATINGS, ratingFor, ruleCredit, scorePlan } from '../../src/engine/score.js';
import { CATEGORIES, type Finding, type RuleOutcome, SEVERITIES, type Severity } from '../../src/engine/types.js';

function finding(ruleId: string, severity: Severity, line: number, suppressed = false): Finding {
  return {
    ruleId,
    category: 'governance',
    messageId: 'm',
    severity,
    message: 'x',
    fix: 'y',
    path: ['tasks', line],
    span: { file: 'plan.yaml', line, column: 1, endLine: line, endColumn: 2 },
    data: {},
    ...(suppressed ? { suppressed: { reason: 'because', line: 1 } } : {}),
  };
}

function outcome(
  ruleId: string,
  severity: Severity,
  opts: Partial<RuleOutcome> & { failed?: number } = {},
): RuleOutcome {
  const findings = Array.from({ length: opts.failed ?? 0 }, (_, i) => finding(ruleId, severity, i + 1));
  return {
    ruleId,
    category: opts.category ?? 'governance',
    severity,
    applicable: opts.applicable ?? true,
    checked: opts.checked ?? 1,
    findings,
    ms: 0,
    ...(opts.error ? { error: opts.error } : {}),
  };
}

describe('the score formula', () => {
  it('is 100 × Σ wᵢ·sᵢ / Σ wᵢ, with Scorecard weights, re-addable by hand', () => {
    // critical passes (10 × 1), high fails its one item (7.5 × 0), medium fails 1 of 4 (5 × 0.375)
    const card = scorePlan([
      outcome('a', 'critical'),
      outcome('b', 'high', { failed: 1 }),
      outcome('c', 'medium', { checked: 4, failed: 1 }),
    ]);
    const exact = (100 * (10 * 1 + 7.5 * 0 + 5 * 0.375)) / 22.5;
    expect(card.exact).toBe(Math.round(exact * 100) / 100);
    expect(card.score).toBe(53);
    expect(card.totalWeight).toBe(22.5);
    expect(card.rules.map((r) => [r.ruleId, r.weight, r.score, r.contribution, r.lost])).toEqual([
      ['a', 10, 1, 44.44, 0],
      ['b', 7.5, 0, 0, 33.33],
      ['c', 5, 0.375, 8.33, 13.89],
    ]);
  });

  it('leaves out rules that do not apply, and rules that crashed', () => {
    const card = scorePlan([
      outcome('a', 'low'),
      outcome('b', 'critical', { applicable: false }),
      outcome('c', 'high', { error: 'boom' }),
    ]);
    expect(card.score).toBe(100);
    expect(card.totalWeight).toBe(2.5);
  });

  it('one failure out of many still costs at least half the rule', () => {
    expect(ruleCredit(1000, 1)).toBeLessThanOrEqual(0.5);
    expect(ruleCredit(10, 0)).toBe(1);
    expect(ruleCredit(1, 1)).toBe(0);
  });

  it('maps scores to the five-level rating', () => {
    expect([100, 90, 89, 75, 74, 60, 59, 40, 39, 0].map(ratingFor)).toEqual([
      'green',
      'green',
      'amber-green',
      'amber-green',
      'amber',
      'amber',
      'amber-red',
      'amber-red',
      'red',
      'red',
    ]);
  });

  it('an unsuppressed critical finding caps the rating at amber-red', () => {
    const outcomes = [
      outcome('big', 'critical', { checked: 100, failed: 1 }),
      ...Array.from({ length: 30 }, (_, i) => outcome(`ok${i}`, 'critical')),
    ];
    const card = scorePlan(outcomes);
    expect(card.score).toBeGreaterThanOrEqual(90);
    expect(card.rating).toBe('amber-red');
    expect(card.capped).toBe(true);
  });

  it('scores each category by the same formula', () => {
    const card = scorePlan([
      outcome('a', 'high', { category: 'scope' }),
      outcome('b', 'high', { category: 'scope', failed: 1 }),
      outcome('c', 'low', { category: 'risk' }),
    ]);
    expect(card.categories).toEqual({
      scope: { score: 50, rating: 'amber-red', rules: 2 },
      risk: { score: 100, rating: 'green', rules: 1 },
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties. Outcomes are generated whole: applicability, items checked, findings, suppression.

const arbOutcome = fc
  .record({
    id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'),
    severity: fc.constantFrom(...SEVERITIES),
    category: fc.constantFrom(...CATEGORIES),
    applicable: fc.boolean(),
    checked: fc.integer({ min: 1, max: 50 }),
    lines: fc.array(fc.record({ line: fc.integer({ min: 1, max: 500 }), suppressed: fc.boolean() }), { maxLength: 6 }),
  })
  .map(
    ({ id, severity, category, applicable, checked, lines }): RuleOutcome => ({
      ruleId: id,
      category,
      severity,
      applicable,
      checked,
      findings: applicable ? lines.map((l) => finding(id, severity, l.line, l.suppressed)) : [],
      ms: 0,
    }),
  );
const arbOutcomes = fc.uniqueArray(arbOutcome, { selector: (o) => o.ruleId, maxLength: 8 });

const SETTINGS = { seed: 20261122, numRuns: 500 };

/**
 * Replaces the pick-th unsuppressed finding (modulo their number) with `change(finding)`,
 * or removes it when that returns undefined. Skips the case when there is none.
 */
function changeOneOpenFinding(
  os: RuleOutcome[],
  pick: number,
  change: (f: Finding) => Finding | undefined,
): RuleOutcome[] {
  const open = os.flatMap((o, i) => o.findings.map((f, j) => ({ i, j, f })).filter((x) => !x.f.suppressed));
  fc.pre(open.length > 0);
  const { i, j } = open[pick % open.length]!;
  return os.map((o, k) =>
    k === i ? { ...o, findings: o.findings.flatMap((f, m) => (m === j ? (change(f) ?? []) : [f])) } : o,
  );
}
const rank = (r: string) => RATINGS.length - RATINGS.indexOf(r as (typeof RATINGS)[number]);

describe('score properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(arbOutcomes, (os) => {
        expect(scorePlan(structuredClone(os))).toEqual(scorePlan(structuredClone(os)));
      }),
      SETTINGS,
    );
  });

  it('is independent of the order of rules and of findings', () => {
    fc.assert(
      fc.property(arbOutcomes, fc.func(fc.integer()), (os, key) => {
        const shuffled = [...os]
          .map((o) => ({ ...o, findings: [...o.findings].sort((a, b) => key(a.span.line) - key(b.span.line)) }))
          .sort((a, b) => key(a.ruleId.length + a.checked) - key(b.ruleId.length + b.checked));
        expect(scorePlan(shuffled)).toEqual(scorePlan(os));
      }),
      SETTINGS,
    );
  });

  it('is never lowered by fixing a finding, and the rating never gets worse', () => {
    fc.assert(
      fc.property(arbOutcomes, fc.nat(), (os, pick) => {
        const fixed = changeOneOpenFinding(os, pick, () => undefined);
        const before = scorePlan(os);
        const after = scorePlan(fixed);
        expect(after.exact).toBeGreaterThanOrEqual(before.exact);
        expect(rank(after.rating)).toBeGreaterThanOrEqual(rank(before.rating));
      }),
      SETTINGS,
    );
  });

  it('counts suppressing a finding with a reason exactly as fixing it', () => {
    fc.assert(
      fc.property(arbOutcomes, fc.nat(), (os, pick) => {
        const suppress = changeOneOpenFinding(os, pick, (f) => ({ ...f, suppressed: { reason: 'r', line: 1 } }));
        const remove = changeOneOpenFinding(os, pick, () => undefined);
        expect(scorePlan(suppress).exact).toBe(scorePlan(remove).exact);
        expect(scorePlan(suppress).rating).toBe(scorePlan(remove).rating);
      }),
      SETTINGS,
    );
  });

  it('always lies in [0, 100], with contributions and losses adding up to it', () => {
    fc.assert(
      fc.property(arbOutcomes, (os) => {
        const card = scorePlan(os);
        expect(card.exact).toBeGreaterThanOrEqual(0);
        expect(card.exact).toBeLessThanOrEqual(100);
        const earned = card.rules.reduce((s, r) => s + r.contribution, 0);
        const lost = card.rules.reduce((s, r) => s + r.lost, 0);
        if (card.totalWeight > 0) {
          expect(Math.abs(earned - card.exact)).toBeLessThan(0.1);
          expect(Math.abs(earned + lost - 100)).toBeLessThan(0.1);
        }
      }),
      SETTINGS,
    );
  });
});
