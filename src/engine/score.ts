/**
 * The score: a pure function of the rule outcomes. Users quote it and gate builds on it,
 * so every number here can be re-added by hand from the JSON output.
 *
 *   plan score = 100 × Σ wᵢ·sᵢ / Σ wᵢ over the rules that apply
 *
 * wᵢ comes from severity (critical 10, high 7.5, medium 5, low 2.5: OpenSSF Scorecard's weights).
 * sᵢ is 1 with no unsuppressed finding. With f failing items out of n checked, it is
 * ½·(1 − f/n): partial credit for a rule that checks many items, yet one failure still costs
 * at least half the rule's weight.
 */
import { CATEGORIES, type Category, type RuleOutcome, SEVERITY_WEIGHT, type Severity } from './types.js';

export const RATINGS = ['green', 'amber-green', 'amber', 'amber-red', 'red'] as const;
export type Rating = (typeof RATINGS)[number];

/** The lowest score for each rating, best first; below the last is red. */
export const RATING_FLOORS: readonly [Rating, number][] = [
  ['green', 90],
  ['amber-green', 75],
  ['amber', 60],
  ['amber-red', 40],
];

export interface RuleScore {
  ruleId: string;
  category: Category;
  /** The severity whose weight counts: the configured one, or relaxed by the rule for this plan. */
  severity: Severity;
  weight: number;
  applicable: boolean;
  checked: number;
  failed: number;
  /** sᵢ, from 0 to 1. */
  score: number;
  /** Points of the plan's 100 that this rule earned: 100·wᵢ·sᵢ/Σw. */
  contribution: number;
  /** Points it lost: 100·wᵢ·(1−sᵢ)/Σw. */
  lost: number;
}

export interface CategoryScore {
  score: number;
  rating: Rating;
  rules: number;
}

export interface ScoreCard {
  /** 0 to 100, rounded to a whole number; the gate compares this figure. */
  score: number;
  /** The unrounded score. */
  exact: number;
  rating: Rating;
  /** An unsuppressed critical finding capped the rating at amber-red. */
  capped: boolean;
  totalWeight: number;
  categories: Partial<Record<Category, CategoryScore>>;
  rules: RuleScore[];
}

export function ratingFor(score: number): Rating {
  for (const [rating, floor] of RATING_FLOORS) if (score >= floor) return rating;
  return 'red';
}

function worse(a: Rating, b: Rating): Rating {
  return RATINGS.indexOf(a) >= RATINGS.indexOf(b) ? a : b;
}

export function ruleCredit(checked: number, failed: number): number {
  if (failed <= 0) return 1;
  const n = Math.max(checked, failed, 1);
  return 0.5 * (1 - Math.min(failed, n) / n);
}

export function scorePlan(outcomes: readonly RuleOutcome[]): ScoreCard {
  const rules: RuleScore[] = outcomes.map((o) => {
    const open = o.findings.filter((f) => !f.suppressed);
    const severity = o.severity;
    const applicable = o.applicable && o.error === undefined;
    return {
      ruleId: o.ruleId,
      category: o.category,
      severity,
      weight: applicable ? SEVERITY_WEIGHT[severity] : 0,
      applicable,
      checked: o.checked,
      failed: open.length,
      score: ruleCredit(o.checked, open.length),
      contribution: 0,
      lost: 0,
    };
  });
  rules.sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));

  const weigh = (subset: RuleScore[]) => {
    const total = subset.reduce((s, r) => s + r.weight, 0);
    const earned = subset.reduce((s, r) => s + r.weight * r.score, 0);
    return { total, exact: total === 0 ? 100 : (100 * earned) / total };
  };
  const { total, exact } = weigh(rules);
  for (const r of rules) {
    r.contribution = total === 0 ? 0 : round2((100 * r.weight * r.score) / total);
    r.lost = total === 0 ? 0 : round2((100 * r.weight * (1 - r.score)) / total);
  }
  const score = Math.round(exact);
  const capped = outcomes.some((o) => o.findings.some((f) => !f.suppressed && f.severity === 'critical'));
  const rating = capped ? worse(ratingFor(score), 'amber-red') : ratingFor(score);

  const categories: Partial<Record<Category, CategoryScore>> = {};
  for (const c of CATEGORIES) {
    const subset = rules.filter((r) => r.category === c && r.applicable);
    if (subset.length === 0) continue;
    const s = Math.round(weigh(subset).exact);
    categories[c] = { score: s, rating: ratingFor(s), rules: subset.length };
  }
  return {
    score,
    exact: round2(exact),
    rating,
    capped: capped && ratingFor(score) !== rating,
    totalWeight: total,
    categories,
    rules,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
