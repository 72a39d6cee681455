/**
 * Is formal project management warranted? Article 002's four thresholds: more than two weeks,
 * more than one supplier, more than a few thousand pounds, more than a handful of users.
 * Facts only: the words for them are in describePmAssessment.
 */
import type { WorkingCalendar } from '../calendar.js';
import type { Plan } from '../schema.js';
import type { ScheduleItem } from './items.js';

/** Thresholds above which formal project management is warranted (article 002). */
export interface PmThresholds {
  /** Working days of elapsed work ("more than two weeks"). */
  durationDays: number;
  /** Suppliers ("more than one supplier"). */
  vendors: number;
  /** Budget in project currency ("more than a few thousand pounds"). */
  budget: number;
  /** Users affected ("more than a handful of users"). */
  users: number;
}

export const DEFAULT_PM_THRESHOLDS: PmThresholds = { durationDays: 10, vendors: 1, budget: 5000, users: 5 };

export type PmMeasure = keyof PmThresholds;

export interface PmAssessment {
  /**
   * warranted: some threshold is crossed. not-warranted: the duration and the users are known and
   * every threshold is met (a budget that is not recorded does not stop it). unknown: the plan does
   * not say enough to tell, so every rule runs.
   */
  status: 'warranted' | 'not-warranted' | 'unknown';
  /** True only when status is warranted. */
  warranted: boolean;
  /** What the plan would need to record for the assessment to be made, when it is unknown. */
  missing: ('dates' | 'users')[];
  /** The thresholds the plan crosses, in the order durationDays, vendors, budget, users. */
  exceeded: { measure: PmMeasure; value: number; threshold: number }[];
  measures: { durationDays?: number; vendors: number; budget?: number; users?: number };
  thresholds: PmThresholds;
}

export function assessPm(
  plan: Plan,
  items: Iterable<ScheduleItem>,
  cal: WorkingCalendar,
  thresholds: PmThresholds,
): PmAssessment {
  let first = plan.project.start ?? undefined;
  let last = plan.project.deadline ?? undefined;
  for (const item of items) {
    const s = item.actualStart ?? item.start;
    const f = item.actualFinish ?? item.finish;
    if (s && (!first || s < first)) first = s;
    if (f && (!last || f > last)) last = f;
  }
  const durationDays = first && last ? cal.workingDaysBetween(first, last) : undefined;
  const vendors = plan.vendors?.length ?? 0;
  const lineSum = plan.budget?.lines?.reduce((sum, l) => sum + (l.planned ?? 0), 0);
  const budget = plan.budget?.total ?? (lineSum || undefined);
  // Without a project-wide figure: the most any one task affects, or all the rollout waves
  // together (twelve waves of 15 users affect 180 people).
  let users = plan.project.users_affected ?? undefined;
  if (users === undefined) {
    let waves = 0;
    for (const task of plan.tasks ?? []) {
      if (task.users_affected == null) continue;
      users = Math.max(users ?? 0, task.users_affected);
      if (task.kind === 'rollout' || task.kind === 'pilot') waves += task.users_affected;
    }
    if (users !== undefined) users = Math.max(users, waves);
  }
  const measures = { durationDays, vendors, budget, users };
  const exceeded: PmAssessment['exceeded'] = [];
  for (const measure of ['durationDays', 'vendors', 'budget', 'users'] as const) {
    const value = measures[measure];
    if (value !== undefined && value > thresholds[measure])
      exceeded.push({ measure, value, threshold: thresholds[measure] });
  }
  const missing: PmAssessment['missing'] = [];
  if (durationDays === undefined) missing.push('dates');
  if (users === undefined) missing.push('users');
  const status = exceeded.length > 0 ? 'warranted' : missing.length > 0 ? 'unknown' : 'not-warranted';
  return { status, warranted: status === 'warranted', missing, exceeded, measures, thresholds };
}
