/**
 * Earned value management as of the as-of date: planned value, earned value and actual cost,
 * from where the plan puts its money, and only where it says so. A vendor's budget line is not
 * spread over several deliveries of unknown worth (an even split is fiction: a cheap cable
 * delivery two days late would read as a third of the project behind), and hardware passed
 * through at cost stays out of both indices.
 */
import type { PlanPath } from '../path.js';
import type { BudgetLine, Plan } from '../schema.js';
import type { ScheduleItem } from './items.js';

/** A piece of work carrying planned cost, and what of it is planned and done by the as-of date. */
export interface CostTarget {
  id: string;
  name: string;
  path: PlanPath;
  /** Its planned cost. */
  cost: number;
  /** Planned value: the part of the cost scheduled to be done by the as-of date. */
  pv: number;
  /** Earned value: the part of the cost done. */
  ev: number;
}

export interface EarnedValue {
  /** Budget at completion: the planned cost of the work (contingency and pass-through left out). */
  bac: number;
  /** Planned value: the cost of the work scheduled to be done by the as-of date. */
  pv: number;
  /** Earned value: the cost of the work done, by progress (tasks) or arrival (deliveries, milestones). */
  ev: number;
  /** Actual cost: actual spend on the budget lines counted (commitments are not yet cost). */
  ac: number;
  /**
   * How planned cost was put on the work: `item costs` when every placed amount is a `cost` the
   * plan gives a task, delivery or milestone; `budget lines` when none is; `both` otherwise.
   */
  basis: 'item costs' | 'budget lines' | 'both';
  targets: CostTarget[];
  /** Spend and earned value by who is paid: each vendor, and the project's own work. */
  groups: { label: string; lines: string[]; ac: number; ev: number }[];
  /** Money that could not be put on the work without guessing, and why; left out of every figure. */
  unplaced: { line: string; reason: string }[];
  /** Planned cost left out as pass-through hardware. */
  passThrough: number;
}

/** Who a budget line pays: a vendor, or the project's own people. */
interface Group {
  label: string;
  lines: BudgetLine[];
  items: ScheduleItem[];
}

/**
 * EVM as of the as-of date. Money is placed on the work it pays for, one payee at a time (each
 * vendor; and the project's own people, who do the tasks no vendor does):
 * - a `cost` the plan gives a task, a delivery (earned on arrival) or a payment milestone (earned
 *   when done) is that item's planned value;
 * - the rest of the payee's budget lines is spread over its tasks without a cost by working days
 *   (the usual time-phasing of effort), each task on its own calendar; or put on its one delivery
 *   without a cost;
 * - money that would have to be split between several deliveries of unknown worth is not split:
 *   that payee is left out of every figure, spend included, and named as unplaced. An even split
 *   is fiction: a cheap cable delivery two days late would read as a third of the project behind.
 * Contingency and anything marked pass_through (hardware passed through at cost) stay out.
 */
export function computeEarnedValue(
  plan: Plan,
  allItems: Iterable<ScheduleItem>,
  asOf: string,
  vendorName: (id: string) => string,
): EarnedValue | undefined {
  const items = [...allItems];
  const budgetLines = plan.budget?.lines ?? [];

  /** Planned and done shares of an item by the as-of date, and its weight for spreading. */
  const progress = (item: ScheduleItem): { weight: number; planned: number; done: number } | undefined => {
    if (item.kind !== 'task') {
      if (!item.start) return undefined;
      // "As of" is the start of the day: something due today is not yet planned done.
      return {
        weight: 1,
        planned: item.start < asOf ? 1 : 0,
        done: item.actualFinish && item.actualFinish <= asOf ? 1 : 0,
      };
    }
    if (!item.start || !item.finish) return undefined;
    const cal = item.calendar;
    const days = Math.max(1, cal.workingDaysBetween(item.start, item.finish));
    const planned =
      asOf > item.finish
        ? 1
        : asOf <= item.start
          ? 0
          : Math.min(1, (cal.workingDaysBetween(item.start, asOf) - (cal.isWorkingDay(asOf) ? 1 : 0)) / days);
    return { weight: days, planned, done: item.actualFinish ? 1 : (item.task?.progress ?? 0) };
  };
  const costOf = (item: ScheduleItem) => item.task?.cost ?? item.delivery?.cost ?? item.milestone?.cost ?? undefined;

  let passThrough = budgetLines.reduce((s, l) => s + (l.pass_through ? (l.planned ?? 0) : 0), 0);
  const live = items.filter((i) => {
    if (i.delivery?.pass_through) {
      passThrough += i.delivery.cost ?? 0;
      return false;
    }
    return i.task?.status !== 'dropped';
  });

  // Payees: each vendor, then the project's own work (tasks no vendor does, and milestones).
  const groups = new Map<string, Group>();
  const groupOf = (key: string, label: string) => {
    let g = groups.get(key);
    if (!g) {
      g = { label, lines: [], items: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const l of budgetLines) {
    if (l.category === 'contingency' || l.pass_through) continue;
    groupOf(l.vendor ? `v:${l.vendor}` : 'own', l.vendor ? vendorName(l.vendor) : 'own work').lines.push(l);
  }
  for (const i of live) {
    if (i.kind === 'task' || i.kind === 'delivery' || costOf(i) !== undefined)
      groupOf(i.vendor ? `v:${i.vendor.id}` : 'own', i.vendor ? vendorName(i.vendor.id) : 'own work').items.push(i);
  }

  const targets: CostTarget[] = [];
  const unplaced: EarnedValue['unplaced'] = [];
  const summaries: EarnedValue['groups'] = [];
  let fromCosts = 0;
  let fromLines = 0;
  for (const g of groups.values()) {
    const placed: CostTarget[] = [];
    const place = (item: ScheduleItem, cost: number) => {
      const p = progress(item);
      if (!p || cost <= 0) return;
      placed.push({ id: item.id, name: item.name, path: item.path, cost, pv: cost * p.planned, ev: cost * p.done });
    };
    const costed = g.items.filter((i) => costOf(i) !== undefined);
    for (const i of costed) place(i, costOf(i)!);
    const planned = g.lines.reduce((s, l) => s + (l.planned ?? 0), 0);
    const rest = planned - costed.reduce((s, i) => s + costOf(i)!, 0);
    let why: string | undefined;
    if (rest > 0) {
      const open = g.items.filter((i) => costOf(i) === undefined);
      const tasks = open.map((t) => ({ t, p: t.kind === 'task' ? progress(t) : undefined })).filter((x) => x.p);
      const deliveries = open.filter((i) => i.kind === 'delivery');
      const weight = tasks.reduce((s, x) => s + x.p!.weight, 0);
      // A vendor that delivers is paid for what it delivers (kit, licences, a circuit), earned on
      // arrival; only a vendor with nothing to deliver is paid for its time on the tasks.
      if (deliveries.length === 1) place(deliveries[0]!, rest);
      else if (deliveries.length > 1)
        why = `its ${deliveries.length} deliveries carry no cost, and splitting the money evenly between them would be a guess`;
      else if (weight > 0) for (const { t, p } of tasks) place(t, (rest * p!.weight) / weight);
      // When all its work carries a cost, those costs are the plan, whatever the lines add up to.
      else if (g.lines.length > 0 && costed.length === 0) why = 'no dated work is paid from it';
    }
    const lineIds = g.lines.map((l) => l.id);
    if (why) {
      for (const id of lineIds) unplaced.push({ line: id, reason: why });
      continue;
    }
    const placedCost = placed.reduce((s, t) => s + t.cost, 0);
    const costedCost = costed.reduce((s, i) => s + Math.max(0, costOf(i)!), 0);
    fromCosts += Math.min(costedCost, placedCost);
    fromLines += Math.max(0, placedCost - costedCost);
    targets.push(...placed);
    summaries.push({
      label: g.label,
      lines: lineIds,
      ac: g.lines.reduce((s, l) => s + (l.actual ?? 0), 0),
      ev: placed.reduce((s, t) => s + t.ev, 0),
    });
  }

  const bac = targets.reduce((s, t) => s + t.cost, 0);
  if (bac <= 0) return undefined;
  return {
    bac,
    pv: targets.reduce((s, t) => s + t.pv, 0),
    ev: targets.reduce((s, t) => s + t.ev, 0),
    ac: summaries.reduce((s, g) => s + g.ac, 0),
    basis: fromLines <= 0 ? 'item costs' : fromCosts <= 0 ? 'budget lines' : 'both',
    targets,
    groups: summaries,
    unplaced,
    passThrough,
  };
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
