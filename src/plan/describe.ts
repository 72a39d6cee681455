/** The words for facts the model computes, where several rules and reports say the same thing. */
import { money } from '../text.js';
import type { PmAssessment, PmMeasure } from './model/pm-assessment.js';
import type { Problems } from './model/problems.js';

const PHRASE: Record<PmMeasure, (value: number, threshold: number, currency: string) => string> = {
  durationDays: (v, t) => `runs ${v} working days (more than ${t})`,
  vendors: (v, t) => `involves ${v} vendors (more than ${t})`,
  budget: (v, t, currency) => `budget ${money(v)}${currency} (more than ${money(t)})`,
  users: (v, t) => `affects ${v} users (more than ${t})`,
};

/** Each threshold the plan crosses, as a phrase after "the project": "runs 57 working days (more than 10)". */
export function describeExceeded(pm: PmAssessment, currency?: string | null): string[] {
  return pm.exceeded.map(({ measure, value, threshold }) =>
    PHRASE[measure](value, threshold, currency ? ` ${currency}` : ''),
  );
}

/** " Formal PM is warranted: the project runs …, involves …." or "" when it is not. */
export function warrantClause(pm: PmAssessment, currency?: string | null): string {
  return pm.warranted ? ` Formal PM is warranted: the project ${describeExceeded(pm, currency).join(', ')}.` : '';
}

/** Why a milestone counts as slipped: "forecast 2026-02-20, due 2026-02-13" or "due 2026-02-06 and not done". */
export function describeSlip(s: Problems['slippedMilestones'][number]): string {
  return s.forecast ? `forecast ${s.forecast}, due ${s.due}` : `due ${s.due} and not done`;
}

/** A budget line for messages: its id, with its description when it has one: `hardware ("Switches and APs")`. */
export function lineLabel(line: { id: string; description?: string | null }): string {
  return line.description ? `${line.id} ("${line.description}")` : line.id;
}

/** What is overspent: `line cabling ("64 data points")` or "the budget total". */
export function describeOverrun(o: Problems['overruns'][number]): string {
  return o.line ? `line ${lineLabel(o.line)}` : 'the budget total';
}

const MISSING: Record<PmAssessment['missing'][number], string> = { dates: 'no dates', users: 'no number of users' };

/**
 * The PM-warranted verdict in a sentence, for report headers: warranted (and why), not warranted
 * (so the small-job preset applies), or cannot tell (so every rule applies) and what is missing.
 */
export function pmVerdict(pm: PmAssessment, currency?: string | null): string {
  if (pm.status === 'warranted')
    return `Formal PM warranted: the project ${describeExceeded(pm, currency).join('; ')}.`;
  if (pm.status === 'not-warranted')
    return 'Formal PM not warranted: the work is below every threshold in article 002 (small-job preset).';
  return `Formal PM: cannot tell, as the plan records ${pm.missing.map((m) => MISSING[m]).join(' and ')}; every rule applies.`;
}
