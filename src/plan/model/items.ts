/**
 * Tasks, milestones and vendor deliveries as one kind of thing, a ScheduleItem, with their dates
 * resolved; and the dependency graph between them. All three share one id namespace.
 */
import type { WorkingCalendar } from '../calendar.js';
import { type DependencyEdge, DependencyGraph } from '../graph.js';
import type { PlanPath } from '../path.js';
import type { Delivery, Milestone, Plan, Task, Vendor } from '../schema.js';

export type ItemKind = 'task' | 'milestone' | 'delivery';

/** A task, milestone or delivery, with its dates resolved. All three share one id namespace. */
export interface ScheduleItem {
  id: string;
  kind: ItemKind;
  name: string;
  path: PlanPath;
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

/** Every task, milestone and delivery by id, in plan order. */
export function scheduleItems(
  plan: Plan,
  vendors: ReadonlyMap<string, Vendor>,
  cal: WorkingCalendar,
): Map<string, ScheduleItem> {
  const items = new Map<string, ScheduleItem>();
  plan.tasks?.forEach((task, i) => {
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
      vendor: task.vendor ? vendors.get(task.vendor) : undefined,
    });
  });
  plan.milestones?.forEach((m, i) => {
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
  plan.vendors?.forEach((v, i) => {
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
}

/** The dependency graph over the items: an edge for each `depends_on` entry that names one. */
export function dependencyGraph(items: ReadonlyMap<string, ScheduleItem>): DependencyGraph {
  const edges: DependencyEdge[] = [];
  for (const item of items.values()) {
    const deps = item.task?.depends_on ?? item.milestone?.depends_on ?? [];
    deps.forEach((d, j) => {
      if (items.has(d.id) && d.id !== item.id) {
        edges.push({ from: d.id, to: item.id, type: d.type, lag: d.lag, path: [...item.path, 'depends_on', j] });
      }
    });
  }
  return new DependencyGraph([...items.keys()], edges);
}
