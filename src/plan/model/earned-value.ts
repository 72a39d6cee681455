/**
 * Earned value management as of the as-of date: planned value, earned value and actual cost,
 * from where the plan puts its money, and only where it says so. A vendor's budget line is not
 * spread over several deliveries of unknown worth (an even split is fiction: a cheap cable
 * delivery two days late would read as a third of the project behind), and hardware passed
 * through at cost stays out of both indices.
 */
import type { PlanPath } from '../path.js';
import type { Plan } from '../schema.js';
import type { ScheduleItem } from './items.js';

/** A piece of work carrying planned cost, and what of it is planned and done by the as-of date. */
export interface CostTarget {
  id: string;
  name: string;
  path: PlanPath;
  /** The budget line that pays for it, when one can be named. */
  line?: string;
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
   * How planned cost was put on the work: `item costs` when tasks, deliveries or milestones carry
   * `cost`; else `budget lines`, each line on the work it pays for.
   */
  basis: 'item costs' | 'budget lines';
  targets: CostTarget[];
  /** Actual spend and earned value by budget line, for the lines that have spend. */
  lines: { id: string; path: PlanPath; ac: number; ev: number }[];
  /** Budget lines that could not be put on the work without guessing, and why. */
  unplaced: { line: string; reason: string }[];
  /** Planned cost left out as pass-through hardware. */
  passThrough: number;
}

/**
 * EVM as of the as-of date. Planned cost sits on the work it pays for:
 * - when tasks, deliveries or payment milestones carry `cost`, those are the plan;
 * - otherwise each budget line (contingency and pass-through aside) goes to its vendor's one
 *   delivery (earned on arrival, as kit and licences are paid for on delivery); a vendor line with
 *   several deliveries and no costs on them is left unplaced; a vendor line with no deliveries is
 *   spread over that vendor's tasks, and a line with no vendor over the tasks no vendor does, by
 *   working days (the usual time-phasing of effort), each task's on its own calendar, so a
 *   weekend cutover earns its value over its Saturday and Sunday.
 */
export function computeEarnedValue(
  plan: Plan,
  allItems: Iterable<ScheduleItem>,
  asOf: string,
): EarnedValue | undefined {
  const items = [...allItems];
  const budgetLines = plan.budget?.lines ?? [];
  const counted = budgetLines.filter((l) => l.category !== 'contingency' && !l.pass_through);
  const passThroughLines = new Set(budgetLines.filter((l) => l.pass_through).map((l) => l.id));
  // The one line that pays a vendor, when there is exactly one.
  const lineOfVendor = new Map<string, string | null>();
  for (const l of counted) if (l.vendor) lineOfVendor.set(l.vendor, lineOfVendor.has(l.vendor) ? null : l.id);

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
  const isPassThrough = (item: ScheduleItem) => item.delivery?.pass_through === true;
  const costOf = (item: ScheduleItem) => item.task?.cost ?? item.delivery?.cost ?? item.milestone?.cost ?? undefined;

  const targets: CostTarget[] = [];
  const unplaced: EarnedValue['unplaced'] = [];
  /** Lines whose spend pays for work the earned value does not count: left out of AC too. */
  const uncosted = new Set<string>();
  let passThrough = 0;
  const place = (item: ScheduleItem, cost: number, line: string | undefined) => {
    const p = progress(item);
    if (!p || cost <= 0) return;
    targets.push({
      id: item.id,
      name: item.name,
      path: item.path,
      line,
      cost,
      pv: cost * p.planned,
      ev: cost * p.done,
    });
  };

  const costed = items.filter((i) => costOf(i) !== undefined);
  const basis: EarnedValue['basis'] = costed.length > 0 ? 'item costs' : 'budget lines';
  if (basis === 'item costs') {
    for (const item of costed) {
      if (isPassThrough(item)) {
        passThrough += costOf(item)!;
        continue;
      }
      const vendor = item.vendor?.id;
      place(item, costOf(item)!, vendor ? (lineOfVendor.get(vendor) ?? undefined) : undefined);
    }
  } else {
    for (const line of counted) {
      if (!line.planned) continue;
      const vendorItems = line.vendor ? items.filter((i) => i.vendor?.id === line.vendor) : [];
      const deliveries = vendorItems.filter((i) => i.kind === 'delivery');
      if (deliveries.length === 1) {
        if (isPassThrough(deliveries[0]!)) passThrough += line.planned;
        else place(deliveries[0]!, line.planned, line.id);
        continue;
      }
      if (deliveries.length > 1) {
        uncosted.add(line.id);
        unplaced.push({
          line: line.id,
          reason: `its ${deliveries.length} deliveries carry no cost, and splitting ${line.id} evenly between them would be a guess`,
        });
        continue;
      }
      const tasks = line.vendor
        ? vendorItems.filter((i) => i.kind === 'task')
        : items.filter((i) => i.kind === 'task' && !i.vendor);
      const spread = tasks.map((t) => ({ t, p: progress(t) })).filter((x) => x.p !== undefined);
      const total = spread.reduce((s, x) => s + x.p!.weight, 0);
      if (total <= 0) {
        uncosted.add(line.id);
        unplaced.push({ line: line.id, reason: 'no dated work is paid from it' });
        continue;
      }
      for (const { t, p } of spread) place(t, (line.planned * p!.weight) / total, line.id);
    }
    for (const l of budgetLines) if (l.pass_through && l.planned) passThrough += l.planned;
  }

  // With costs on the work, a vendor's line whose work carries none pays for something the
  // earned value does not count: its spend would read as overspend, so it is left out too.
  if (basis === 'item costs') {
    const costedVendors = new Set(costed.map((i) => i.vendor?.id).filter((v) => v !== undefined));
    for (const l of counted) {
      if (l.vendor && !costedVendors.has(l.vendor) && (l.actual ?? 0) > 0) {
        uncosted.add(l.id);
        unplaced.push({ line: l.id, reason: `no work of its vendor carries a cost, so its spend is not compared` });
      }
    }
  }
  const bac = targets.reduce((s, t) => s + t.cost, 0);
  if (bac <= 0) return undefined;
  const evByLine = new Map<string, number>();
  for (const t of targets) if (t.line) evByLine.set(t.line, (evByLine.get(t.line) ?? 0) + t.ev);
  const lines: EarnedValue['lines'] = [];
  let ac = 0;
  budgetLines.forEach((l, i) => {
    if (l.category === 'contingency' || passThroughLines.has(l.id) || uncosted.has(l.id) || !l.actual) return;
    ac += l.actual;
    lines.push({ id: l.id, path: ['budget', 'lines', i, 'actual'], ac: l.actual, ev: evByLine.get(l.id) ?? 0 });
  });
  return {
    bac,
    pv: targets.reduce((s, t) => s + t.pv, 0),
    ev: targets.reduce((s, t) => s + t.ev, 0),
    ac,
    basis,
    targets,
    lines,
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
