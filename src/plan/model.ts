/**
 * The shared model: derived views of a validated plan that several rules need.
 * Each view is computed once, on first use, and never by a rule itself.
 * Rules get the "as of" date from here; nothing below reads the clock.
 */
import type { YamlPath } from './locate.js';
import { WorkingCalendar } from './calendar.js';
import { DependencyGraph, type DependencyEdge } from './graph.js';
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

export interface PmAssessment {
  warranted: boolean;
  /** Human-readable thresholds the plan crosses, e.g. "runs 57 working days (more than 10)". */
  crossed: string[];
  measures: { durationDays?: number; vendors: number; budget?: number; users?: number };
  thresholds: PmThresholds;
}

export interface ModelOptions {
  /** The date the date rules judge against, YYYY-MM-DD. */
  asOf: string;
  pmThresholds?: PmThresholds;
}

export class PlanModel {
  readonly asOf: string;
  private readonly thresholds: PmThresholds;
  private memo = new Map<string, unknown>();

  constructor(
    readonly plan: Plan,
    options: ModelOptions,
  ) {
    this.asOf = options.asOf;
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
      this.plan.vendors?.forEach((v, i) =>
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
        }),
      );
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
      for (const task of p.tasks ?? []) if (task.users_affected != null) users = Math.max(users ?? 0, task.users_affected);
      const money = (n: number) => n.toLocaleString('en-GB');
      if (durationDays !== undefined && durationDays > t.durationDays) crossed.push(`runs ${durationDays} working days (more than ${t.durationDays})`);
      if (vendors > t.vendors) crossed.push(`involves ${vendors} vendors (more than ${t.vendors})`);
      if (budget !== undefined && budget > t.budget) crossed.push(`budget ${money(budget)}${p.project.currency ? ` ${p.project.currency}` : ''} (more than ${money(t.budget)})`);
      if (users !== undefined && users > t.users) crossed.push(`affects ${users} users (more than ${t.users})`);
      return { warranted: crossed.length > 0, crossed, measures: { durationDays, vendors, budget, users }, thresholds: t };
    });
  }
}
