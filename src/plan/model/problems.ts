/**
 * Facts that contradict a green report, as they stood on a date: slipped milestones, overdue
 * deliveries and tasks, budget overruns. milestone-slipped, delivery-overdue, overdue-task,
 * budget-overrun and watermelon-status all judge from these.
 */
import type { WorkingCalendar } from '../calendar.js';
import type { PlanPath } from '../path.js';
import type { Plan } from '../schema.js';
import { isFinished, type ScheduleItem } from './items.js';

export interface Problems {
  /**
   * Milestones whose forecast is after their due date, or due and not done; `days` is the slip
   * in working days (to the forecast, or to the date judged on).
   */
  slippedMilestones: {
    item: ScheduleItem;
    due: string;
    forecast?: string;
    days: number;
    path: PlanPath;
  }[];
  /** Deliveries past due and not received. */
  overdueDeliveries: { item: ScheduleItem; path: PlanPath }[];
  /** Tasks whose finish has passed with progress below 1. */
  overdueTasks: { item: ScheduleItem; path: PlanPath }[];
  /** Budget lines (and the total) whose actual plus committed spend exceeds the plan. */
  overruns: { line?: { id: string; description?: string | null }; spent: number; planned: number; path: PlanPath }[];
}

export function findProblems(plan: Plan, items: Iterable<ScheduleItem>, date: string, cal: WorkingCalendar): Problems {
  const slip = (from: string, to: string) =>
    Math.max(0, cal.workingDaysBetween(from, to) - (cal.isWorkingDay(from) ? 1 : 0));
  const out: Problems = { slippedMilestones: [], overdueDeliveries: [], overdueTasks: [], overruns: [] };
  for (const item of items) {
    if (item.kind === 'milestone') {
      const m = item.milestone!;
      const done = m.done_on && m.done_on <= date;
      if (m.due && m.forecast && m.forecast > m.due && !done) {
        out.slippedMilestones.push({
          item,
          due: m.due,
          forecast: m.forecast,
          days: slip(m.due, m.forecast),
          path: [...item.path, 'forecast'],
        });
      } else if (m.due && m.due < date && !done) {
        out.slippedMilestones.push({ item, due: m.due, days: slip(m.due, date), path: [...item.path, 'due'] });
      }
    } else if (item.kind === 'delivery') {
      const d = item.delivery!;
      if (d.due && d.due < date && !(d.received_on && d.received_on <= date))
        out.overdueDeliveries.push({ item, path: [...item.path, 'due'] });
    } else {
      if (item.finish && item.finish < date && !isFinished(item, date))
        out.overdueTasks.push({ item, path: [...item.path, item.task!.finish ? 'finish' : 'duration'] });
    }
  }
  const budget = plan.budget;
  let spentTotal = 0;
  budget?.lines?.forEach((line, i) => {
    const spent = (line.actual ?? 0) + (line.committed ?? 0);
    spentTotal += spent;
    if (line.planned != null && spent > line.planned)
      out.overruns.push({
        line: { id: line.id, description: line.description },
        spent,
        planned: line.planned,
        path: ['budget', 'lines', i, line.actual != null ? 'actual' : 'committed'],
      });
  });
  if (budget?.total != null && spentTotal > budget.total)
    out.overruns.push({
      spent: spentTotal,
      planned: budget.total,
      path: ['budget', 'total'],
    });
  return out;
}
