/**
 * Schedule arithmetic shared by the rules: what a dependency requires of its successor, and
 * the forward pass that gives every item its earliest dates and the project its critical chain.
 * Everything here is O((V + E) · log H) for V items, E dependencies and H holidays.
 */
import { fromDayNumber, toDayNumber, type WorkingCalendar } from './calendar.js';
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

/** The working days `edge` adds to the predecessor's date before it binds the successor. */
function edgeDays(edge: DependencyEdge, pred: ScheduleItem, succ: ScheduleItem): number {
  return (edge.type === 'FS' ? fsGap(pred, succ) : 0) + edge.lag;
}

export interface ForecastDates {
  start: string;
  finish: string;
  /** The dependency that set this item's dates, when one did: the critical chain runs through it. */
  drivenBy?: DependencyEdge;
  /** The latest start and finish that do not delay the forecast finish (the backward pass). */
  lateStart?: string;
  lateFinish?: string;
  /**
   * Total float in working days of the item's calendar: how far it can slip without delaying
   * the forecast finish. Undefined for items in, behind or ahead of a dependency loop.
   */
  totalFloat?: number;
}

export interface Forecast {
  /** Earliest dates per item, for items that have enough dates to place. */
  dates: Map<string, ForecastDates>;
  /** The item that finishes last, and its finish. */
  finish?: { id: string; date: string };
  /** Ids from the first item of the critical chain to the last-finishing item. */
  criticalChain: string[];
  /**
   * The least-float chain that drives the finish, in order: from the finish, back through the
   * dependencies that bind each item, taking the one with the least float. Empty with loops.
   */
  criticalPath: string[];
  /** A dependency loop makes the late dates of what it touches, and so the critical path, unknowable. */
  loops: boolean;
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
 * Then the backward pass gives late dates and float.
 */
export function forwardPass(
  items: Map<string, ScheduleItem>,
  graph: DependencyGraph,
  asOf: string,
  deadline?: string,
): Forecast {
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
  const loops = graph.cycles().length > 0;
  // Late dates run back from the finish, or from the deadline when the finish is later: then
  // the work that makes it late has negative float, as in MS Project and P6.
  if (finish) backwardPass(items, graph, order, dates, deadline && deadline < finish.date ? deadline : finish.date);
  const criticalPath = finish && !loops ? pathOfLeastFloat(items, graph, dates, finish.id) : [];
  return { dates, finish, criticalChain, criticalPath, loops };
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
    // A milestone happens on one day: a finish it must wait for moves the whole of it.
    if (isPoint(item)) start = finish;
  }
  return { start, finish, drivenBy };
}

/**
 * The backward pass, in reverse dependency order: each item finishes as late as it can without
 * delaying the forecast finish (`end`) through any successor. Each constraint inverts the
 * forward one on the successor's calendar (latestReaching), then lands on a working day of the
 * item's own. An item keeps the span the forward pass gave it. Its own deadline and a
 * no-later-than, must or on constraint cap its late dates too (lateLimit). Items whose
 * successors lie in or behind a loop have no late dates: what those successors allow is
 * unknowable.
 * O((V + E) · log exceptions), on day numbers (dates become text once per item, at the end).
 */
function backwardPass(
  items: Map<string, ScheduleItem>,
  graph: DependencyGraph,
  order: readonly string[],
  dates: Map<string, ForecastDates>,
  end: string,
): void {
  const position = new Map<string, number>();
  order.forEach((id, k) => {
    position.set(id, k);
  });
  // Late start and finish by position in `order`; NaN: none (unplaced, or unknowable).
  const lateStart = new Float64Array(order.length).fill(Number.NaN);
  const lateFinish = new Float64Array(order.length).fill(Number.NaN);
  const unknowable = new Uint8Array(order.length);
  const endDay = toDayNumber(end);
  for (let k = order.length - 1; k >= 0; k--) {
    const id = order[k]!;
    const d = dates.get(id);
    if (!d) continue;
    const item = items.get(id)!;
    const cal = item.calendar;
    const start = toDayNumber(d.start);
    const finish = toDayNumber(d.finish);
    const span = isPoint(item) ? 0 : Math.max(1, cal.betweenDays(start, finish));
    let lf = cal.onOrBeforeDay(endDay);
    let blocked = false;
    for (const e of graph.successors(id)) {
      const s = position.get(e.to);
      if (s === undefined || unknowable[s]) {
        blocked = true;
        break;
      }
      if (Number.isNaN(lateFinish[s]!)) continue; // unplaced: no constraint
      const succ = items.get(e.to)!;
      // FS and SS bind the successor's start; FF and SF its finish.
      const bound = e.type === 'FS' || e.type === 'SS' ? lateStart[s]! : lateFinish[s]!;
      const latest = cal.onOrBeforeDay(succ.calendar.latestReachingDay(bound, edgeDays(e, item, succ)));
      // FS and FF constrain this item's finish; SS and SF its start.
      const f = e.type === 'FS' || e.type === 'FF' || span === 0 ? latest : cal.addDays(latest, span - 1);
      if (f < lf) lf = f;
    }
    if (blocked) {
      unknowable[k] = 1;
      continue;
    }
    const limit = lateLimit(item, span);
    if (limit !== undefined && limit < lf) lf = limit;
    const ls = span === 0 ? lf : cal.addDays(lf, -(span - 1));
    lateStart[k] = ls;
    lateFinish[k] = lf;
    d.lateStart = fromDayNumber(ls);
    d.lateFinish = fromDayNumber(lf);
    d.totalFloat = cal.afterDays(finish, lf);
  }
}

const FINISH_LIMITS: ReadonlySet<string> = new Set(['finish-no-later-than', 'must-finish-on', 'finish-on']);
const START_LIMITS: ReadonlySet<string> = new Set(['start-no-later-than', 'must-start-on', 'start-on']);

/**
 * The latest finish an item's own dates allow, as a day number on its calendar: its deadline,
 * and a constraint that holds its start or finish to a date at the latest. Undefined: none.
 */
function lateLimit(item: ScheduleItem, span: number): number | undefined {
  const own = item.task ?? item.milestone;
  if (!own) return undefined;
  const cal = item.calendar;
  let limit: number | undefined;
  const cap = (day: number) => {
    if (limit === undefined || day < limit) limit = day;
  };
  if (own.deadline) cap(cal.onOrBeforeDay(toDayNumber(own.deadline)));
  const c = own.constraint;
  if (c?.date) {
    const day = cal.onOrBeforeDay(toDayNumber(c.date));
    if (FINISH_LIMITS.has(c.type)) cap(day);
    else if (START_LIMITS.has(c.type)) cap(span === 0 ? day : cal.addDays(day, span - 1));
  }
  return limit;
}

/** From the item that finishes last, back through the binding dependencies, least float first. */
function pathOfLeastFloat(
  items: Map<string, ScheduleItem>,
  graph: DependencyGraph,
  dates: Map<string, ForecastDates>,
  last: string,
): string[] {
  const path = [last];
  const seen = new Set(path);
  for (let cur = last; ; ) {
    const d = dates.get(cur)!;
    const item = items.get(cur)!;
    let next: { id: string; float: number } | undefined;
    // Work already started is placed by its actual start, not by what precedes it.
    if (!item.actualStart && !item.actualFinish) {
      for (const e of graph.predecessors(cur)) {
        const p = dates.get(e.from);
        if (p?.totalFloat === undefined || seen.has(e.from)) continue;
        const req = requirement(e, items.get(e.from)!, p.start, p.finish, item.calendar, item);
        const binds = req && (req.bound === 'start' ? req.date === d.start : req.date === d.finish);
        if (binds && (!next || p.totalFloat < next.float)) next = { id: e.from, float: p.totalFloat };
      }
    }
    if (!next) return path.reverse();
    path.push(next.id);
    seen.add(next.id);
    cur = next.id;
  }
}
