/**
 * Schedule arithmetic shared by the rules: what a dependency requires of its successor, and
 * the forward pass that gives every item its earliest dates and the project its critical chain.
 * Everything here is O((V + E) · log H) for V items, E dependencies and H holidays.
 */
import type { WorkingCalendar } from './calendar.js';
import type { DependencyEdge, DependencyGraph } from './graph.js';
import type { ScheduleItem } from './model/items.js';

/** A milestone or delivery happens on a day; a task occupies working days. */
export const isPoint = (item: ScheduleItem): boolean => item.kind !== 'task';

export interface Requirement {
  /** Whether the successor's start or its finish is constrained. */
  bound: 'start' | 'finish';
  /** The earliest date allowed for that start or finish. */
  date: string;
}

/**
 * What the dependency `edge` requires of its successor, given the predecessor's dates
 * (actual dates win over planned ones). Undefined when the predecessor lacks the date.
 *   FS  successor starts after the predecessor finishes: the next working day after a task,
 *       the same day for a milestone or a delivery (work can start when the kit arrives)
 *   SS  successor starts no earlier than the predecessor starts
 *   FF  successor finishes no earlier than the predecessor finishes
 *   SF  successor finishes no earlier than the predecessor starts
 * Lags are in working days and may be negative. `cal` is the SUCCESSOR's calendar: lags are
 * counted, and dates placed, in the working time of the work that waits (as MS Project does),
 * so a 7-day cutover may start the Saturday after work that ends on a Friday.
 */
export function requirement(
  edge: DependencyEdge,
  pred: ScheduleItem,
  predStart: string | undefined,
  predFinish: string | undefined,
  cal: WorkingCalendar,
  succ?: ScheduleItem,
): Requirement | undefined {
  switch (edge.type) {
    case 'FS': {
      if (!predFinish) return undefined;
      return { bound: 'start', date: cal.addWorkingDays(predFinish, fsGap(pred, succ) + edge.lag) };
    }
    case 'SS':
      return predStart ? { bound: 'start', date: cal.addWorkingDays(predStart, edge.lag) } : undefined;
    case 'FF':
      return predFinish ? { bound: 'finish', date: cal.addWorkingDays(predFinish, edge.lag) } : undefined;
    case 'SF':
      return predStart ? { bound: 'finish', date: cal.addWorkingDays(predStart, edge.lag) } : undefined;
  }
}

/** A milestone that follows a task is reached at the end of the task's last day; work after work starts the next day. */
function fsGap(pred: ScheduleItem, succ: ScheduleItem | undefined): number {
  return isPoint(pred) || (succ !== undefined && isPoint(succ)) ? 0 : 1;
}

export interface ForecastDates {
  start: string;
  finish: string;
  /** The dependency that set this item's dates, when one did: the critical chain runs through it. */
  drivenBy?: DependencyEdge;
}

export interface Forecast {
  /** Earliest dates per item, for items that have enough dates to place. */
  dates: Map<string, ForecastDates>;
  /** The item that finishes last, and its finish. */
  finish?: { id: string; date: string };
  /** Ids from the first item of the critical chain to the last-finishing item. */
  criticalChain: string[];
}

/** Working days an item occupies: 0 for points; else from its dates or its duration, on its calendar. */
function durationOf(item: ScheduleItem): number | undefined {
  if (isPoint(item)) return 0;
  if (item.start && item.finish) return Math.max(1, item.calendar.workingDaysBetween(item.start, item.finish));
  return item.task?.duration ?? undefined;
}

/**
 * The forward pass: each item starts as early as its own plan, its dependencies and the as-of
 * date allow (unfinished work cannot finish in the past), in topological order, each on its
 * own calendar. Items in a dependency loop are left out; dependency-cycle reports them.
 */
export function forwardPass(items: Map<string, ScheduleItem>, graph: DependencyGraph, asOf: string): Forecast {
  const dates = new Map<string, ForecastDates>();
  const todayOn = new Map<WorkingCalendar, string>();
  const today = (cal: WorkingCalendar) => {
    let d = todayOn.get(cal);
    if (d === undefined) {
      d = cal.addWorkingDays(asOf, 0);
      todayOn.set(cal, d);
    }
    return d;
  };
  const order = graph.topologicalOrder();
  for (const id of order) {
    const item = items.get(id)!;
    const placed = place(item, graph.predecessors(id), dates, items, today(item.calendar));
    if (placed) dates.set(id, placed);
  }

  let finish: { id: string; date: string } | undefined;
  // On a tie, the later item in dependency order ends the chain: a milestone reached the day
  // its last task finishes is where the chain should end.
  for (const [id, d] of dates) if (!finish || d.finish >= finish.date) finish = { id, date: d.finish };
  const criticalChain: string[] = [];
  for (let cur = finish?.id; cur !== undefined; cur = dates.get(cur)?.drivenBy?.from) criticalChain.unshift(cur);
  return { dates, finish, criticalChain };
}

function place(
  item: ScheduleItem,
  preds: readonly DependencyEdge[],
  dates: Map<string, ForecastDates>,
  items: Map<string, ScheduleItem>,
  today: string,
): ForecastDates | undefined {
  const done = item.actualFinish;
  if (done) return { start: item.actualStart ?? item.start ?? done, finish: done };
  const cal = item.calendar;
  const days = durationOf(item);

  let start = item.actualStart ?? item.start;
  let drivenBy: DependencyEdge | undefined;
  let finishAtLeast: string | undefined;
  let finishDriver: DependencyEdge | undefined;
  if (!item.actualStart) {
    for (const e of preds) {
      const p = dates.get(e.from);
      if (!p) continue;
      const req = requirement(e, items.get(e.from)!, p.start, p.finish, cal, item);
      if (!req) continue;
      if (req.bound === 'start' && (!start || req.date > start)) {
        start = req.date;
        drivenBy = e;
      } else if (req.bound === 'start' && req.date === start && !drivenBy) {
        // A dependency that exactly meets the planned start leaves no float: it is critical too.
        drivenBy = e;
      } else if (req.bound === 'finish' && (!finishAtLeast || req.date > finishAtLeast)) {
        finishAtLeast = req.date;
        finishDriver = e;
      }
    }
  }
  if (!start) return undefined;
  if (!item.actualStart && start < today) start = today; // not started: it cannot start in the past
  if (days === undefined) return undefined;

  let finish: string;
  if (isPoint(item)) finish = start;
  else if (item.actualStart) {
    // In progress: the work left, from today or the planned finish, whichever is later.
    const left = Math.max(1, Math.ceil(days * (1 - (item.task?.progress ?? 0))));
    const fromToday = cal.finishOf(today > start ? today : start, left);
    finish = item.finish && item.finish > fromToday ? item.finish : fromToday;
  } else finish = cal.finishOf(start, days);
  if (finishAtLeast && finishAtLeast > finish) {
    finish = finishAtLeast;
    drivenBy = finishDriver;
  }
  return { start, finish, drivenBy };
}
