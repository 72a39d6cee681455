/**
 * The tasks the baseline says should be done by the as-of date: what missed tasks (check 11)
 * and the baseline execution index (check 14) are measured against.
 */
import type { PlanModel, ScheduleItem } from '../../plan/model/index.js';

/** The work baselined to finish by the as-of date, or why there is none to judge. */
export function baselined(model: PlanModel): { due: ScheduleItem[] } | { none: string } {
  const work = model.dcma.work;
  if (!work.some((item) => item.task?.baseline_finish))
    return { none: 'no task has a baseline finish (baseline_finish), so there is no baseline to execute against' };
  const due = work.filter((item) => {
    const finish = item.task!.baseline_finish;
    return finish !== undefined && finish !== null && finish <= model.asOf;
  });
  if (due.length === 0) return { none: `no task was baselined to finish by ${model.asOf}` };
  return { due };
}
