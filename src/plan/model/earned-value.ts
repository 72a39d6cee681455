/**
 * Earned value management as of the as-of date: planned value, earned value and actual cost,
 * from where the plan puts its money.
 */
import type { WorkingCalendar } from '../calendar.js';
import type { Plan } from '../schema.js';
import type { ScheduleItem } from './items.js';

export interface EarnedValue {
  /** Budget at completion: the planned lines, contingency excluded (or the tasks' costs). */
  bac: number;
  /** Planned value: the cost of the work scheduled to be done by the as-of date. */
  pv: number;
  /** Earned value: progress × planned cost, summed over tasks and deliveries. */
  ev: number;
  /** Actual cost: actual spend on the budget lines (commitments are not yet cost). */
  ac: number;
  /** How planned cost was put on the work. */
  basis: 'task cost' | 'budget lines';
}

/** A piece of work carrying planned cost: how much is planned done, and how much is done. */
interface CostTarget {
  weight: number;
  planned: number;
  done: number;
}

/**
 * EVM as of the as-of date. Planned cost sits on the work it pays for:
 * - when tasks carry `cost`, that is the plan;
 * - otherwise each budget line (contingency aside) is spread over its vendor's deliveries,
 *   earned on arrival, as kit and licences are paid for on delivery; else over its vendor's
 *   tasks; a line with no vendor over the tasks no vendor does; all by working days.
 */
export function computeEarnedValue(
  plan: Plan,
  allItems: Iterable<ScheduleItem>,
  cal: WorkingCalendar,
  asOf: string,
): EarnedValue | undefined {
  const target = (item: ScheduleItem): CostTarget | undefined => {
    if (item.kind === 'delivery') {
      if (!item.start) return undefined;
      return {
        weight: 1,
        planned: item.start < asOf ? 1 : 0,
        done: item.actualFinish && item.actualFinish <= asOf ? 1 : 0,
      };
    }
    if (item.kind !== 'task' || !item.start || !item.finish) return undefined;
    const days = Math.max(1, cal.workingDaysBetween(item.start, item.finish));
    // "As of" is the start of the day, as for overdue work: the as-of day itself is not yet worked.
    const planned =
      asOf > item.finish
        ? 1
        : asOf <= item.start
          ? 0
          : Math.min(1, (cal.workingDaysBetween(item.start, asOf) - (cal.isWorkingDay(asOf) ? 1 : 0)) / days);
    return { weight: days, planned, done: item.actualFinish ? 1 : (item.task?.progress ?? 0) };
  };
  const lines = plan.budget?.lines ?? [];
  const ac = lines.reduce((s, l) => s + (l.actual ?? 0), 0);
  let bac = 0;
  let pv = 0;
  let ev = 0;
  const spread = (cost: number, targets: CostTarget[]) => {
    const total = targets.reduce((s, t) => s + t.weight, 0);
    if (cost <= 0 || total <= 0) return;
    bac += cost;
    for (const t of targets) {
      pv += (cost * t.weight * t.planned) / total;
      ev += (cost * t.weight * t.done) / total;
    }
  };

  const items = [...allItems];
  if (items.some((i) => i.task?.cost != null)) {
    for (const i of items) {
      const t = target(i);
      if (t && i.task?.cost != null) spread(i.task.cost, [t]);
    }
    return bac > 0 ? { bac, pv, ev, ac, basis: 'task cost' } : undefined;
  }
  const byVendor = new Map<string, { deliveries: CostTarget[]; tasks: CostTarget[] }>();
  const ownTasks: CostTarget[] = [];
  for (const i of items) {
    const t = target(i);
    if (!t) continue;
    const v = i.vendor?.id;
    if (!v) {
      if (i.kind === 'task') ownTasks.push(t);
      continue;
    }
    const entry = byVendor.get(v) ?? { deliveries: [], tasks: [] };
    (i.kind === 'delivery' ? entry.deliveries : entry.tasks).push(t);
    byVendor.set(v, entry);
  }
  for (const line of lines) {
    if (line.category === 'contingency' || !line.planned) continue;
    const v = line.vendor ? byVendor.get(line.vendor) : undefined;
    spread(line.planned, v?.deliveries.length ? v.deliveries : v?.tasks.length ? v.tasks : ownTasks);
  }
  return bac > 0 ? { bac, pv, ev, ac, basis: 'budget lines' } : undefined;
}

/**
 * A NaN or infinite figure makes every index comparison false, which a rule would read as a pass.
 * The schema caps amounts so that sums stay finite; should one not, the rules that use earned
 * value fail loudly (a rule that throws is reported, and never counts as a pass).
 */
export function finiteEarnedValue(evm: EarnedValue | undefined): EarnedValue | undefined {
  if (evm && ![evm.bac, evm.pv, evm.ev, evm.ac].every(Number.isFinite))
    throw new Error('earned value is not a finite number: the amounts are too large to add up');
  return evm;
}
