/**
 * Tasks, milestones and vendor deliveries as one kind of thing, a ScheduleItem, with their dates
 * resolved; and the dependency graph between them. All three share one id namespace.
 */
import type { WorkingCalendar } from '../calendar.js';
import { type DependencyEdge, DependencyGraph } from '../graph.js';
import type { PlanPath } from '../path.js';
import type { Delivery, Milestone, Plan, Task, Vendor } from '../schema.js';
import type { PlanCalendars } from './calendars.js';

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
  /** The item's working time: what model.calendarFor gives. */
  calendar: WorkingCalendar;
  /** Which calendar that is: standard, 7-day or a `calendars` id. */
  calendarId: string;
  /** True when the calendar was read from the task's own dates rather than written. */
  calendarInferred?: boolean;
}

/**
 * A task's or milestone's calendar: its own `calendar`; else 7-day when its own planned dates
 * fall on a non-working day of the project calendar (it is evidently planned for then: a weekend
 * cutover, or the go-live milestone on the Sunday it finishes, so reading it as an error would be
 * wrong); else the project calendar. Deliveries arrive on project days.
 */
function itemCalendar(
  own: string | null | undefined,
  dates: readonly (string | null | undefined)[],
  cals: PlanCalendars,
): Pick<ScheduleItem, 'calendar' | 'calendarId' | 'calendarInferred'> {
  if (own) return { calendar: cals.byId.get(own)!, calendarId: own };
  const project = cals.project;
  if (dates.some((d) => d && !project.isWorkingDay(d)))
    return { calendar: cals.sevenDay, calendarId: '7-day', calendarInferred: true };
  return { calendar: project, calendarId: 'standard' };
}

/** Every task, milestone and delivery by id, in plan order. */
export function scheduleItems(
  plan: Plan,
  vendors: ReadonlyMap<string, Vendor>,
  cals: PlanCalendars,
): Map<string, ScheduleItem> {
  const items = new Map<string, ScheduleItem>();
  const project = { calendar: cals.project, calendarId: 'standard' };
  plan.tasks?.forEach((task, i) => {
    const start = task.start ?? undefined;
    let finish = task.finish ?? undefined;
    const cal = itemCalendar(task.calendar, [task.start, task.finish], cals);
    // A finish from a duration counts the task's own working days.
    if (!finish && start && task.duration != null) finish = cal.calendar.finishOf(start, task.duration);
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
      ...cal,
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
      ...itemCalendar(m.calendar, [date], cals),
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
        ...project,
      });
    });
  });
  return items;
}

/**
 * Whether an item's work is over by `date` (ever, without one): a task finished, fully
 * progressed or dropped from scope; a milestone done; a delivery received.
 */
export function isFinished(item: ScheduleItem, date?: string): boolean {
  const t = item.task;
  if (t && (t.status === 'dropped' || (t.progress ?? 0) >= 1)) return true;
  return item.actualFinish !== undefined && (date === undefined || item.actualFinish <= date);
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
