/**
 * The shared model: derived views of a validated plan that several rules need.
 * Each view is computed once, on first use, and never by a rule itself.
 * Rules get the "as of" date from here; nothing below reads the clock.
 */

import { money } from '../engine/format.js';
import { WorkingCalendar } from './calendar.js';
import { type DependencyEdge, DependencyGraph } from './graph.js';
import type { YamlPath } from './locate.js';
import { type Forecast, forwardPass, type Requirement, requirement } from './schedule.js';
import type { Delivery, Milestone, Person, Plan, Task, Vendor } from './schema.js';

export type ItemKind = 'task' | 'milestone' | 'delivery';

/** A task, milestone or delivery, with its dates resolved. All three share one id namespace. */
export interface ScheduleItem {
  id: string;
  kind: ItemKind;
  name: string;
  path: YamlPath;
  /** Planned start (a milestone's or delivery's date, for those). */
  start?: string;
  /** Planned finish: `finish`, else start + duration working days. */
  finish?: string;
  /** When work really started or, for a delivery, when it arrived. */
  actualStart?: string;
  actualFinish?: string;
  task?: Task;
  milestone?: Milestone;
  delivery?: Delivery;
  /** For a delivery, the vendor that makes it; for a task, the vendor doing it. */
  vendor?: Vendor;
}

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

/** " Formal PM is warranted: the project runs …, involves …." or "" when it is not. */
export function warrantClause(pm: PmAssessment): string {
  return pm.warranted ? ` Formal PM is warranted: the project ${pm.crossed.join(', ')}.` : '';
}

export interface PmAssessment {
  warranted: boolean;
  /** Human-readable thresholds the plan crosses, e.g. "runs 57 working days (more than 10)". */
  crossed: string[];
  measures: { durationDays?: number; vendors: number; budget?: number; users?: number };
  thresholds: PmThresholds;
}

/** The plan as it was at the --base ref, for undocumented-change. */
export type BaseVersion = { status: 'found'; ref: string; plan: Plan } | { status: 'new'; ref: string };

export interface ModelOptions {
  /** The date the date rules judge against, YYYY-MM-DD. */
  asOf: string;
  pmThresholds?: PmThresholds;
  base?: BaseVersion;
}

export class PlanModel {
  readonly asOf: string;
  /** The plan at the --base ref, when given. */
  readonly base?: BaseVersion;
  private readonly thresholds: PmThresholds;
  private memo = new Map<string, unknown>();

  constructor(
    readonly plan: Plan,
    options: ModelOptions,
  ) {
    this.asOf = options.asOf;
    this.base = options.base;
    this.thresholds = options.pmThresholds ?? DEFAULT_PM_THRESHOLDS;
  }

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  get calendar(): WorkingCalendar {
    return this.once('calendar', () => new WorkingCalendar(this.plan.project.calendar?.holidays ?? []));
  }

  get people(): Map<string, Person> {
    return this.once('people', () => new Map((this.plan.people ?? []).map((p) => [p.id, p])));
  }

  get vendors(): Map<string, Vendor> {
    return this.once('vendors', () => new Map((this.plan.vendors ?? []).map((v) => [v.id, v])));
  }

  /** A site's name for messages, or its id when it has none. */
  siteName(id: string): string {
    const names = this.once('sites', () => new Map((this.plan.sites ?? []).map((s) => [s.id, s.name ?? s.id])));
    return names.get(id) ?? id;
  }

  /** The accountable PM as a person, when project.manager names one. */
  get manager(): Person | undefined {
    const id = this.plan.project.manager;
    return id ? this.people.get(id) : undefined;
  }

  /** Every task, milestone and delivery by id, in plan order. */
  get items(): Map<string, ScheduleItem> {
    return this.once('items', () => {
      const items = new Map<string, ScheduleItem>();
      const cal = this.calendar;
      this.plan.tasks?.forEach((task, i) => {
        const start = task.start ?? undefined;
        let finish = task.finish ?? undefined;
        if (!finish && start && task.duration != null) finish = cal.finishOf(start, task.duration);
        items.set(task.id, {
          id: task.id,
          kind: 'task',
          name: task.name ?? task.id,
          path: ['tasks', i],
          start,
          finish,
          actualStart: task.actual_start ?? undefined,
          actualFinish: task.actual_finish ?? undefined,
          task,
          vendor: task.vendor ? this.vendors.get(task.vendor) : undefined,
        });
      });
      this.plan.milestones?.forEach((m, i) => {
        const date = m.forecast ?? m.due ?? undefined;
        items.set(m.id, {
          id: m.id,
          kind: 'milestone',
          name: m.name ?? m.id,
          path: ['milestones', i],
          start: date,
          finish: date,
          actualFinish: m.done_on ?? undefined,
          milestone: m,
        });
      });
      this.plan.vendors?.forEach((v, i) => {
        v.deliveries?.forEach((d, j) => {
          items.set(d.id, {
            id: d.id,
            kind: 'delivery',
            name: d.item ?? d.id,
            path: ['vendors', i, 'deliveries', j],
            start: d.due ?? undefined,
            finish: d.due ?? undefined,
            actualStart: d.received_on ?? undefined,
            actualFinish: d.received_on ?? undefined,
            delivery: d,
            vendor: v,
          });
        });
      });
      return items;
    });
  }

  get graph(): DependencyGraph {
    return this.once('graph', () => {
      const edges: DependencyEdge[] = [];
      for (const item of this.items.values()) {
        const deps = item.task?.depends_on ?? item.milestone?.depends_on ?? [];
        deps.forEach((d, j) => {
          if (this.items.has(d.id) && d.id !== item.id) {
            edges.push({ from: d.id, to: item.id, type: d.type, lag: d.lag, path: [...item.path, 'depends_on', j] });
          }
        });
      }
      return new DependencyGraph([...this.items.keys()], edges);
    });
  }

  /** When work on an item began or is planned to begin: the actual date wins over the plan. */
  startOf(item: ScheduleItem): string | undefined {
    return item.actualStart ?? item.start;
  }

  /** When an item finished, arrived or is expected to: the actual date wins over the plan. */
  finishOf(item: ScheduleItem): string | undefined {
    return item.actualFinish ?? item.finish;
  }

  private requirements = new WeakMap<DependencyEdge, Requirement | null>();

  /** What a dependency requires of its successor, from the predecessor's current dates. Memoized per edge. */
  requirementOf(edge: DependencyEdge): Requirement | undefined {
    let req = this.requirements.get(edge);
    if (req === undefined) {
      const pred = this.items.get(edge.from);
      req =
        (pred &&
          requirement(edge, pred, this.startOf(pred), this.finishOf(pred), this.calendar, this.items.get(edge.to))) ??
        null;
      this.requirements.set(edge, req);
    }
    return req ?? undefined;
  }

  /**
   * A dependency on a delivery, or a finish-to-start hand-off from another vendor's task:
   * vendor-sequencing judges these, and predecessor-order leaves them to it.
   */
  isVendorDependency(edge: DependencyEdge): boolean {
    const pred = this.items.get(edge.from);
    const succ = this.items.get(edge.to);
    if (!pred || succ?.kind !== 'task') return false;
    if (pred.kind === 'delivery') return true;
    return (
      pred.kind === 'task' && pred.vendor !== undefined && pred.vendor.id !== succ.task?.vendor && edge.type === 'FS'
    );
  }

  /** The forward pass: earliest dates for every item, the projected finish and the critical chain. */
  get forecast(): Forecast {
    return this.once('forecast', () => forwardPass(this.items, this.graph, this.calendar, this.asOf));
  }

  /**
   * Facts that contradict a green report, as they stood on `date`: slipped milestones, overdue
   * deliveries and tasks, budget overruns. Several rules and watermelon-status share them.
   */
  problemsAt(date: string): Problems {
    return this.once(`problems@${date}`, () => findProblems(this, date));
  }

  /** Earned value as of the as-of date; undefined without planned costs and dates. */
  get earnedValue(): EarnedValue | undefined {
    return this.once('evm', () => computeEarnedValue(this));
  }

  /**
   * Builds every shared view now rather than on first use, so that a timing of the rules
   * measures the rules, and the model's own cost is measured once, as the model's.
   */
  prepare(): this {
    void this.graph.cycles();
    void this.forecast;
    void this.problemsAt(this.asOf);
    void this.earnedValue;
    void this.pmAssessment;
    return this;
  }

  /**
   * The project-management budget lines and their share of the total (the lines' sum when there
   * is no total); undefined when the plan has no budget. pm-budgeted and the review share it.
   */
  get pmBudget(): { lines: { index: number; planned: number }[]; amount: number; total: number } | undefined {
    return this.once('pmBudget', () => {
      const budget = this.plan.budget;
      const all = budget?.lines ?? [];
      if (!budget || (all.length === 0 && budget.total == null)) return undefined;
      const lines = all.flatMap((l, index) =>
        l.category === 'project-management' ? [{ index, planned: l.planned ?? 0 }] : [],
      );
      const total = budget.total ?? all.reduce((s, l) => s + (l.planned ?? 0), 0);
      return { lines, amount: lines.reduce((s, l) => s + l.planned, 0), total };
    });
  }

  /** Is formal project management warranted? Article 002's four thresholds, computed once. */
  get pmAssessment(): PmAssessment {
    return this.once('pm', () => {
      const t = this.thresholds;
      const p = this.plan;
      const crossed: string[] = [];
      let first = p.project.start ?? undefined;
      let last = p.project.deadline ?? undefined;
      for (const item of this.items.values()) {
        const s = this.startOf(item);
        const f = this.finishOf(item);
        if (s && (!first || s < first)) first = s;
        if (f && (!last || f > last)) last = f;
      }
      const durationDays = first && last ? this.calendar.workingDaysBetween(first, last) : undefined;
      const vendors = p.vendors?.length ?? 0;
      const lineSum = p.budget?.lines?.reduce((sum, l) => sum + (l.planned ?? 0), 0);
      const budget = p.budget?.total ?? (lineSum || undefined);
      let users = p.project.users_affected ?? undefined;
      for (const task of p.tasks ?? [])
        if (task.users_affected != null) users = Math.max(users ?? 0, task.users_affected);
      if (durationDays !== undefined && durationDays > t.durationDays)
        crossed.push(`runs ${durationDays} working days (more than ${t.durationDays})`);
      if (vendors > t.vendors) crossed.push(`involves ${vendors} vendors (more than ${t.vendors})`);
      if (budget !== undefined && budget > t.budget)
        crossed.push(
          `budget ${money(budget)}${p.project.currency ? ` ${p.project.currency}` : ''} (more than ${money(t.budget)})`,
        );
      if (users !== undefined && users > t.users) crossed.push(`affects ${users} users (more than ${t.users})`);
      return {
        warranted: crossed.length > 0,
        crossed,
        measures: { durationDays, vendors, budget, users },
        thresholds: t,
      };
    });
  }
}

// ---------------------------------------------------------------------------------------------

export interface Problems {
  /** Milestones whose forecast is after their due date, or due and not done. */
  slippedMilestones: { item: ScheduleItem; why: string; path: YamlPath }[];
  /** Deliveries past due and not received. */
  overdueDeliveries: { item: ScheduleItem; path: YamlPath }[];
  /** Tasks whose finish has passed with progress below 1. */
  overdueTasks: { item: ScheduleItem; path: YamlPath }[];
  /** Budget lines (and the total) whose actual plus committed spend exceeds the plan. */
  overruns: { label: string; spent: number; planned: number; path: YamlPath }[];
}

function findProblems(model: PlanModel, date: string): Problems {
  const out: Problems = { slippedMilestones: [], overdueDeliveries: [], overdueTasks: [], overruns: [] };
  for (const item of model.items.values()) {
    if (item.kind === 'milestone') {
      const m = item.milestone!;
      const done = m.done_on && m.done_on <= date;
      if (m.due && m.forecast && m.forecast > m.due && !done) {
        out.slippedMilestones.push({
          item,
          why: `forecast ${m.forecast}, due ${m.due}`,
          path: [...item.path, 'forecast'],
        });
      } else if (m.due && m.due < date && !done) {
        out.slippedMilestones.push({ item, why: `due ${m.due} and not done`, path: [...item.path, 'due'] });
      }
    } else if (item.kind === 'delivery') {
      const d = item.delivery!;
      if (d.due && d.due < date && !(d.received_on && d.received_on <= date))
        out.overdueDeliveries.push({ item, path: [...item.path, 'due'] });
    } else {
      const t = item.task!;
      const finished = (t.actual_finish && t.actual_finish <= date) || (t.progress ?? 0) >= 1;
      if (item.finish && item.finish < date && !finished)
        out.overdueTasks.push({ item, path: [...item.path, t.finish ? 'finish' : 'duration'] });
    }
  }
  const budget = model.plan.budget;
  let spentTotal = 0;
  budget?.lines?.forEach((line, i) => {
    const spent = (line.actual ?? 0) + (line.committed ?? 0);
    spentTotal += spent;
    if (line.planned != null && spent > line.planned)
      out.overruns.push({
        label: `line ${line.id}`,
        spent,
        planned: line.planned,
        path: ['budget', 'lines', i, line.actual != null ? 'actual' : 'committed'],
      });
  });
  if (budget?.total != null && spentTotal > budget.total)
    out.overruns.push({
      label: 'the budget total',
      spent: spentTotal,
      planned: budget.total,
      path: ['budget', 'total'],
    });
  return out;
}

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
function computeEarnedValue(model: PlanModel): EarnedValue | undefined {
  const cal = model.calendar;
  const asOf = model.asOf;
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
  const lines = model.plan.budget?.lines ?? [];
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

  const items = [...model.items.values()];
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
