/**
 * The critical path a review shows: the chain of unfinished work that drives the forecast
 * finish, back through the dependencies that set each item's dates, as far as work that is
 * under way or starts on its own planned date. When the last item is a milestone whose own fixed
 * date sets the finish, a chain of that milestone alone would hide the work that matters: the
 * walk steps back once through the predecessor with the least total float (the backward pass),
 * and says how much float that work has before the milestone's date.
 */
import type { PlanModel } from '../plan/model/index.js';

export type CriticalPath =
  | {
      status: 'known';
      /** From the first unfinished item to the item that finishes last. */
      ids: string[];
      /** The forecast finish: the last item's date. */
      finish: string;
      /** Working days the chain can slip without moving the finish: 0, unless the last item's own date sets it. */
      float: number;
      /** True when the last item's own fixed date, not the work before it, sets the finish. */
      fixedEnd: boolean;
    }
  /** A dependency loop: the late dates, and so the finish and the path, cannot be computed. */
  | { status: 'loop' }
  /** Nothing in the plan has dates enough to place. */
  | { status: 'none' };

export function criticalPath(model: PlanModel): CriticalPath {
  const forecast = model.forecast;
  if (forecast.loops) return { status: 'loop' };
  if (!forecast.finish) return { status: 'none' };
  const { dates } = forecast;
  const items = model.items;
  const done = (id: string) => items.get(id)?.actualFinish !== undefined;
  const ids: string[] = [];
  const seen = new Set<string>();
  let fixedEnd = false;
  let stepFloat: number | undefined;
  for (let cur: string | undefined = forecast.finish.id; cur !== undefined && !seen.has(cur); ) {
    seen.add(cur);
    if (done(cur)) break;
    ids.push(cur);
    const item = items.get(cur)!;
    // Work under way is placed by its actual start: what came before it no longer drives it.
    if (item.actualStart) break;
    // The dependency that set this item's dates drives it, when that work is still to finish.
    const driver: string | undefined = dates.get(cur)!.drivenBy?.from;
    if (driver !== undefined && dates.get(driver)?.totalFloat !== undefined && !done(driver)) {
      cur = driver;
      continue;
    }
    if (ids.length > 1) break;
    // The last item's own date sets the finish: the work before it with the least float is the
    // chain to watch, and its float is what the finish has to spare.
    let next: { id: string; float: number; finish: string } | undefined;
    for (const e of model.graph.predecessors(cur)) {
      const p = dates.get(e.from);
      if (p?.totalFloat === undefined || done(e.from)) continue;
      if (!next || p.totalFloat < next.float || (p.totalFloat === next.float && p.finish > next.finish))
        next = { id: e.from, float: p.totalFloat, finish: p.finish };
    }
    if (next) {
      fixedEnd = true;
      stepFloat = next.float;
    }
    cur = next?.id;
  }
  ids.reverse();
  return { status: 'known', ids, finish: forecast.finish.date, float: stepFloat ?? 0, fixedEnd };
}
