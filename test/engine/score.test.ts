import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlainReport } from '../../src/core/audit.js';
import { judge } from '../../src/core/gate.js';
import { relaxSeverity } from '../../src/engine/run.js';
import { BANDS, PRESSURE, RATINGS, ratingFor, scorePlan, termsFor } from '../../src/engine/score.js';
import {
  CATEGORIES,
  type Category,
  type Finding,
  type RuleOutcome,
  SEVERITIES,
  type Severity,
} from '../../src/engine/types.js';

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
    findings,
    ms: 0,
    ...(opts.error ? { error: opts.error } : {}),
  };
}

describe('the score formula', () => {
  it('places the plan in the band its findings decide, by their pressure, re-addable by hand', () => {
    // A high finding decides amber (60–74, K = 27); P = 9 (high) + 3 (medium) = 12; 74 − 14 × 12 / 39 = 69.69.
    const card = scorePlan([
      outcome('a', 'critical'),
      outcome('b', 'high', { failed: 1 }),
      outcome('c', 'medium', { failed: 1 }),
    ]);
    expect(card.rating).toBe('amber');
    expect(card.band).toEqual({ rating: 'amber', top: 74, bottom: 60, k: 27, reason: '1 high finding (b)' });
    expect(card.pressure).toBe(12);
    expect(card.exact).toBeCloseTo(74 - (14 * 12) / 39, 9);
    expect(card.score).toBe(69);
    expect(card.rules.map((r) => [r.ruleId, r.findings, r.terms, r.pressure])).toEqual([
      ['a', 0, [], 0],
      ['b', 1, [9], 9],
      ['c', 1, [3], 3],
    ]);
  });

  it("counts a rule's k-th finding at half the one before, worst first, so a rule adds at most twice its worst", () => {
    const card = scorePlan([outcome('a', 'high', { failed: 3 })]);
    expect(card.rules[0]!.terms).toEqual([9, 4.5, 2.25]);
    expect(card.pressure).toBe(15.75);
    expect(termsFor(['low', 'critical', 'medium'])).toEqual([27, 1.5, 0.25]);
    expect(scorePlan([outcome('a', 'high', { failed: 20 })]).pressure).toBeLessThan(18);
  });

  it('weighs a finding by its own severity when the rule lowered it (a slip within tolerance)', () => {
    const lowered = { ...outcome('slip', 'high', { failed: 2 }) };
    lowered.findings[1] = { ...lowered.findings[1]!, severity: 'medium' };
    lowered.findings[0] = { ...lowered.findings[0]!, severity: 'medium' };
    const card = scorePlan([lowered]);
    expect(card.rules[0]!.terms).toEqual([3, 1.5]);
    expect(card.rating).toBe('amber-green');
  });

  it('leaves out rules that do not apply, and rules that crashed', () => {
    const crashed = outcome('c', 'high', { error: 'boom' });
    crashed.findings = [finding('c', 'high', 3)];
    const card = scorePlan([outcome('a', 'low'), outcome('b', 'critical', { applicable: false }), crashed]);
    expect(card.score).toBe(100);
    expect(card.rating).toBe('green');
    expect(card.rules.filter((r) => r.applicable).map((r) => r.ruleId)).toEqual(['a']);
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

  it('one critical finding among many passing rules rates amber-red, and the number agrees (54)', () => {
    // Under the old averaging formula this plan scored 90 or more; now P = 27, K = 81: 59 − 19 × 27 / 108 = 54.25.
    const outcomes = [
      outcome('big', 'critical', { failed: 1 }),
      ...Array.from({ length: 30 }, (_, i) => outcome(`ok${i}`, 'critical')),
    ];
    const card = scorePlan(outcomes);
    expect(card.rating).toBe('amber-red');
    expect([card.score, card.exact]).toEqual([54, 54.25]);
    expect(card.band.reason).toBe('1 critical finding (big)');
  });

  it('decides the band from the findings: critical rules, high findings across categories, then the worst severity', () => {
    const rated = (...os: RuleOutcome[]) => {
      const card = scorePlan(os);
      return `${card.rating}: ${card.band.reason}`;
    };
    const high = (id: string, category: Category) => outcome(id, 'high', { failed: 1, category });
    expect(rated(outcome('a', 'critical', { failed: 1 }), outcome('b', 'critical', { failed: 2 }))).toBe(
      'red: critical findings from 2 rules (a and b)',
    );
    expect(
      rated(outcome('a', 'critical', { failed: 1 }), high('h1', 'scope'), high('h2', 'risk'), high('h3', 'budget')),
    ).toBe('red: critical findings from 1 rule (a) and high findings in 3 categories (budget, risk and scope)');
    expect(
      rated(outcome('a', 'critical', { failed: 2 }), high('h1', 'scope'), high('h2', 'scope'), high('h3', 'budget')),
    ).toBe('amber-red: 2 critical findings (a)');
    expect(rated(high('h1', 'scope'), high('h2', 'risk'), high('h3', 'budget'))).toBe(
      'amber-red: high findings in 3 categories (budget, risk and scope)',
    );
    expect(rated(high('h1', 'scope'), high('h2', 'risk'), outcome('m', 'medium', { failed: 3 }))).toBe(
      'amber: 2 high findings (h1 and h2)',
    );
    expect(rated(outcome('m', 'medium', { failed: 1 }), outcome('l', 'low', { failed: 5 }))).toBe(
      'amber-green: 1 medium finding (m)',
    );
    expect(rated(outcome('l', 'low', { failed: 1 }))).toBe('green: 1 low finding (l)');
    expect(rated(outcome('l', 'low'))).toBe('green: no findings');
    expect(rated(...['a', 'b', 'c', 'd', 'e'].map((id) => outcome(id, 'medium', { failed: 1 })))).toBe(
      'amber-green: 5 medium findings (a, b, c and 2 more)',
    );
  });

  it('a single low finding keeps a plan green at 97', () => {
    // P = 1, K = 3: 100 − 10 × 1 / 4 = 97.5.
    const card = scorePlan([outcome('l', 'low', { failed: 1 })]);
    expect([card.score, card.exact, card.rating]).toEqual([97, 97.5, 'green']);
  });

  it('scores each category by the same method', () => {
    // scope: a high finding, P = 9, K = 27: 74 − 14 × 9 / 36 = 70.5 (the old formula gave 50, amber-red).
    const card = scorePlan([
      outcome('a', 'high', { category: 'scope' }),
      outcome('b', 'high', { category: 'scope', failed: 1 }),
      outcome('c', 'low', { category: 'risk' }),
    ]);
    expect(card.categories).toEqual({
      scope: { score: 70, exact: 70.5, rating: 'amber', pressure: 9, rules: 2 },
      risk: { score: 100, exact: 100, rating: 'green', pressure: 0, rules: 1 },
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties. Outcomes are generated whole: applicability, findings (some lowered below their
// rule's severity, as a slip within tolerance is), suppression.

const arbOutcome = fc
  .record({
    id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'),
    severity: fc.constantFrom(...SEVERITIES),
    category: fc.constantFrom(...CATEGORIES),
    applicable: fc.boolean(),
    lines: fc.array(
      fc.record({
        line: fc.integer({ min: 1, max: 500 }),
        suppressed: fc.boolean(),
        lower: fc.constantFrom(0, 0, 0, 1, 2),
      }),
      { maxLength: 6 },
    ),
  })
  .map(
    ({ id, severity, category, applicable, lines }): RuleOutcome => ({
      ruleId: id,
      category,
      severity,
      applicable,
      findings: applicable ? lines.map((l) => finding(id, relaxSeverity(severity, l.lower), l.line, l.suppressed)) : [],
      ms: 0,
    }),
  );
const arbOutcomes = fc.uniqueArray(arbOutcome, { selector: (o) => o.ruleId, maxLength: 8 });

/** Many rules with only low findings: any number of them, up to thousands. */
const arbLowOnly = fc
  .array(fc.record({ category: fc.constantFrom(...CATEGORIES), failed: fc.integer({ min: 0, max: 60 }) }), {
    maxLength: 120,
  })
  .map((rs) => rs.map((r, i) => outcome(`low${i}`, 'low', r)));

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
const openSeverities = (os: readonly RuleOutcome[]) =>
  os
    .filter((o) => o.applicable && !o.error)
    .flatMap((o) => o.findings.filter((f) => !f.suppressed).map((f) => f.severity));

/** The plan as the gate sees it: its unsuppressed findings, under the default gate. */
function reportOf(os: RuleOutcome[]): PlainReport {
  return {
    file: 'plan.yaml',
    gate: { failOn: 'high' },
    score: scorePlan(os),
    findings: os.flatMap((o) => (o.applicable && !o.error ? o.findings.filter((f) => !f.suppressed) : [])),
    outcomes: os,
  } as unknown as PlainReport;
}

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
          .sort((a, b) => key(a.ruleId.length + a.findings.length) - key(b.ruleId.length + b.findings.length));
        expect(scorePlan(shuffled)).toEqual(scorePlan(os));
      }),
      SETTINGS,
    );
  });

  it('is never lowered by fixing a finding, and the rating never gets worse, for the plan and each category', () => {
    fc.assert(
      fc.property(arbOutcomes, fc.nat(), (os, pick) => {
        const fixed = changeOneOpenFinding(os, pick, () => undefined);
        const before = scorePlan(os);
        const after = scorePlan(fixed);
        expect(after.exact).toBeGreaterThanOrEqual(before.exact);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(rank(after.rating)).toBeGreaterThanOrEqual(rank(before.rating));
        for (const c of CATEGORIES) {
          const [b, a] = [before.categories[c], after.categories[c]];
          if (b === undefined || a === undefined) continue;
          expect(a.exact).toBeGreaterThanOrEqual(b.exact);
          expect(rank(a.rating)).toBeGreaterThanOrEqual(rank(b.rating));
        }
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

  it("always lies in its rating's band, for the plan and each category", () => {
    fc.assert(
      fc.property(arbOutcomes, (os) => {
        const card = scorePlan(os);
        for (const s of [card, ...Object.values(card.categories)]) {
          const { top, bottom } = BANDS[s.rating];
          expect(s.exact).toBeGreaterThanOrEqual(bottom);
          expect(s.exact).toBeLessThanOrEqual(top);
          expect(s.score).toBe(Math.floor(s.exact));
          expect(ratingFor(s.score)).toBe(s.rating);
        }
        expect([card.band.top, card.band.bottom]).toEqual([BANDS[card.rating].top, BANDS[card.rating].bottom]);
      }),
      SETTINGS,
    );
  });

  it('re-adds by hand: terms make each rule, rules make P, and the formula makes the exact score', () => {
    fc.assert(
      fc.property(arbOutcomes, (os) => {
        const card = scorePlan(os);
        for (const r of card.rules) {
          expect(r.terms.reduce((s, t) => s + t, 0)).toBe(r.pressure);
          expect(r.terms).toHaveLength(r.findings);
          // Each term is some severity's weight halved k times, and never more than the one before.
          r.terms.forEach((t, k) => {
            expect(Object.values(PRESSURE).map((w) => w / 2 ** k)).toContain(t);
            if (k > 0) expect(t).toBeLessThanOrEqual(r.terms[k - 1]!);
          });
        }
        const P = card.rules.reduce((s, r) => s + r.pressure, 0);
        expect(card.pressure).toBe(P);
        const { top, bottom, k } = card.band;
        expect(card.exact).toBeCloseTo(top - ((top - bottom) * P) / (P + k), 9);
      }),
      SETTINGS,
    );
  });

  it('any plan with an unsuppressed critical finding scores below any plan whose worst finding is medium', () => {
    const withCritical = fc
      .tuple(arbOutcomes, fc.constantFrom(...CATEGORIES))
      .map(([os, category]) => [...os, outcome('crit', 'critical', { failed: 1, category })]);
    const worstMedium = fc.tuple(arbOutcomes, fc.constantFrom(...CATEGORIES)).map(([os, category]) => [
      ...os.map((o) => ({
        ...o,
        findings: o.findings.map((f) => ({ ...f, severity: relaxSeverity(f.severity, 2) })),
      })),
      outcome('med', 'medium', { failed: 1, category }),
    ]);
    fc.assert(
      fc.property(withCritical, worstMedium, (a, b) => {
        expect(openSeverities(a)).toContain('critical');
        expect(Math.min(...openSeverities(b).map((s) => SEVERITIES.indexOf(s)))).toBe(SEVERITIES.indexOf('medium'));
        expect(scorePlan(a).score).toBeLessThan(scorePlan(b).score);
        expect(scorePlan(a).exact).toBeLessThan(scorePlan(b).exact);
      }),
      SETTINGS,
    );
  });

  it('one high finding scores below any number of low findings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CATEGORIES), arbLowOnly, (category, lows) => {
        const one = scorePlan([outcome('h', 'high', { failed: 1, category })]);
        expect(one.score).toBeLessThan(scorePlan(lows).score);
      }),
      SETTINGS,
    );
  });

  it('a green or amber-green plan passes the default gate, and every plan rated amber or worse fails it', () => {
    fc.assert(
      fc.property(arbOutcomes, (os) => {
        const report = reportOf(os);
        const { passed } = judge([report]);
        const rating = report.score.rating;
        expect(passed).toBe(rating === 'green' || rating === 'amber-green');
      }),
      SETTINGS,
    );
  });
});
