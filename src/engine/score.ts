/**
 * The score and the rating: a pure function of the rule outcomes. Users quote the number,
 * gates build on it and portfolios sort by it, so it must track delivery health, and every
 * part of it can be re-added by hand from the JSON output.
 *
 * The findings decide the rating (the band); the pressure of the findings places the plan
 * within it. Each unsuppressed finding adds pressure w(severity) (low 1, medium 3, high 9,
 * critical 27); the k-th finding of one rule, worst first, counts w/2^(k−1), so a rule adds at
 * most twice its worst finding and one high finding outweighs any number of low ones.
 *
 *   P = Σ pressure            score = floor(top − (top − bottom)·P/(P + K))
 *
 * K belongs to the band: three times the weight of the severity that defines it (green 3,
 * amber-green 9, amber 27, amber-red and red 81). One finding of that severity then takes a
 * plan a quarter of the way down its band, and a plan deep in trouble still has room to show
 * whether it is getting better or worse; a single K for every band crowds every red plan into
 * the bottom few points. K is fixed within a band, so fixing a finding never lowers the number.
 *
 * Findings known from a baseline still count here: they only stop failing the gate.
 */
import { listOf } from '../text.js';
import { CATEGORIES, type Category, type RuleOutcome, type Severity, severityRank } from './types.js';

/** The five-level delivery-confidence scale, best first. */
export const RATINGS = ['green', 'amber-green', 'amber', 'amber-red', 'red'] as const;
export type Rating = (typeof RATINGS)[number];

/** The scores each rating owns, both ends included. */
export const BANDS: Record<Rating, { top: number; bottom: number }> = {
  green: { top: 100, bottom: 90 },
  'amber-green': { top: 89, bottom: 75 },
  amber: { top: 74, bottom: 60 },
  'amber-red': { top: 59, bottom: 40 },
  red: { top: 39, bottom: 0 },
};

/** A finding's pressure by its own severity: each level weighs three of the level below. */
export const PRESSURE: Record<Severity, number> = { critical: 27, high: 9, medium: 3, low: 1 };

/** The scores each rating owns, and K: the pressure that takes a plan halfway down it. */
export const BAND_K: Record<Rating, number> = { green: 3, 'amber-green': 9, amber: 27, 'amber-red': 81, red: 81 };

export const FORMULA =
  "score = floor(top − (top − bottom) × P / (P + K)); P = Σ of rules.pressure; a rule's pressure = Σ w / 2^(k−1) over its unsuppressed findings, worst first (k = 1, 2, …), w: low 1, medium 3, high 9, critical 27; top, bottom and K are the band's (K: green 3, amber-green 9, amber 27, amber-red 81, red 81), and the findings decide the band";

export interface RuleScore {
  ruleId: string;
  category: Category;
  /** The rule's severity for this plan (a finding may carry a lower one of its own). */
  severity: Severity;
  /** The rule ran and applies: only these count, and only these give a category a score. */
  applicable: boolean;
  /** Unsuppressed findings, those known from a baseline included. */
  findings: number;
  suppressed: number;
  /** Each unsuppressed finding's pressure, worst first: w/2^(k−1). They add up to `pressure`. */
  terms: number[];
  pressure: number;
}

export interface Band {
  rating: Rating;
  top: number;
  bottom: number;
  /** The band's K in the formula. */
  k: number;
  /** Why the plan is in this band, as a phrase: "1 high finding (milestone-slipped)". */
  reason: string;
}

export interface CategoryScore {
  score: number;
  exact: number;
  rating: Rating;
  pressure: number;
  /** Rules of this category that apply. */
  rules: number;
}

export interface ScoreCard {
  /** A whole number from 0 to 100, inside the rating's band; the gate compares this figure. */
  score: number;
  /** The score before flooring. */
  exact: number;
  rating: Rating;
  band: Band;
  /** P: the rules' pressure, added up. */
  pressure: number;
  categories: Partial<Record<Category, CategoryScore>>;
  /** Every rule that ran, by id. */
  rules: RuleScore[];
}

/** The rating whose band holds this score. */
export function ratingFor(score: number): Rating {
  return RATINGS.find((r) => score >= BANDS[r].bottom) ?? 'red';
}

/** What decides the band: the unsuppressed findings' own severities, rules and categories. */
interface Counted {
  ruleId: string;
  category: Category;
  severity: Severity;
}

/**
 * The band, from the findings alone. Monotone: removing a finding never makes it worse.
 * red: critical findings from 2+ rules, or from 1 rule plus high findings in 3+ categories;
 * amber-red: any critical finding, or high findings in 3+ categories; amber: any high;
 * amber-green: any medium; green: otherwise.
 */
export function bandFor(findings: readonly Counted[]): Band {
  const of = (s: Severity) => findings.filter((f) => f.severity === s);
  const distinct = (xs: readonly string[]) => [...new Set(xs)].sort();
  const critical = of('critical');
  const high = of('high');
  const criticalRules = distinct(critical.map((f) => f.ruleId));
  const highCategories = distinct(high.map((f) => f.category));
  const names = (xs: readonly string[]) => listOf(xs, { max: 3 });
  const nFindings = (fs: readonly Counted[], s: Severity) =>
    `${fs.length} ${s} finding${fs.length === 1 ? '' : 's'} (${names(distinct(fs.map((f) => f.ruleId)))})`;
  const fromRules = `critical findings from ${criticalRules.length} rule${criticalRules.length === 1 ? '' : 's'} (${names(criticalRules)})`;
  const inCategories = `high findings in ${highCategories.length} categories (${names(highCategories)})`;
  const band = (rating: Rating, reason: string): Band => ({ rating, ...BANDS[rating], k: BAND_K[rating], reason });

  if (criticalRules.length >= 2) return band('red', fromRules);
  if (criticalRules.length === 1 && highCategories.length >= 3) return band('red', `${fromRules} and ${inCategories}`);
  if (critical.length > 0) return band('amber-red', nFindings(critical, 'critical'));
  if (highCategories.length >= 3) return band('amber-red', inCategories);
  if (high.length > 0) return band('amber', nFindings(high, 'high'));
  const medium = of('medium');
  if (medium.length > 0) return band('amber-green', nFindings(medium, 'medium'));
  const low = of('low');
  if (low.length > 0) return band('green', nFindings(low, 'low'));
  return band('green', 'no findings');
}

/** A rule's findings' pressures, worst first, each half the one before. */
export function termsFor(severities: readonly Severity[]): number[] {
  return [...severities].sort((a, b) => severityRank(b) - severityRank(a)).map((s, k) => PRESSURE[s] / 2 ** k);
}

/**
 * The number in a band. Written as bottom + (top − bottom)·K/(P + K), with the band's K, which equals
 * top − (top − bottom)·P/(P + K) but only ever rounds one way as P grows, so more pressure
 * can never give a higher number, even in floating point.
 */
export function placeInBand(band: { top: number; bottom: number; k: number }, pressure: number): number {
  return band.bottom + ((band.top - band.bottom) * band.k) / (pressure + band.k);
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

const byId = <T extends { ruleId: string }>(a: T, b: T) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

export function scorePlan(outcomes: readonly RuleOutcome[]): ScoreCard {
  const rules: RuleScore[] = outcomes
    .map((o) => {
      const applicable = o.applicable && o.error === undefined;
      const open = applicable ? o.findings.filter((f) => !f.suppressed) : [];
      const terms = termsFor(open.map((f) => f.severity));
      return {
        ruleId: o.ruleId,
        category: o.category,
        severity: o.severity,
        applicable,
        findings: open.length,
        suppressed: applicable ? o.findings.length - open.length : 0,
        terms,
        pressure: sum(terms),
      };
    })
    .sort(byId);
  const counted: Counted[] = outcomes
    .filter((o) => o.applicable && o.error === undefined)
    .flatMap((o) =>
      o.findings
        .filter((f) => !f.suppressed)
        .map((f) => ({ ruleId: o.ruleId, category: o.category, severity: f.severity })),
    );

  const place = (subset: readonly RuleScore[], findings: readonly Counted[]) => {
    const band = bandFor(findings);
    const pressure = sum(subset.map((r) => r.pressure));
    const exact = placeInBand(band, pressure);
    return { band, pressure, exact, score: Math.floor(exact) };
  };

  const plan = place(rules, counted);
  const categories: Partial<Record<Category, CategoryScore>> = {};
  for (const c of CATEGORIES) {
    const subset = rules.filter((r) => r.category === c && r.applicable);
    if (subset.length === 0) continue;
    const s = place(
      subset,
      counted.filter((f) => f.category === c),
    );
    categories[c] = {
      score: s.score,
      exact: s.exact,
      rating: s.band.rating,
      pressure: s.pressure,
      rules: subset.length,
    };
  }
  return {
    score: plan.score,
    exact: plan.exact,
    rating: plan.band.rating,
    band: plan.band,
    pressure: plan.pressure,
    categories,
    rules,
  };
}
