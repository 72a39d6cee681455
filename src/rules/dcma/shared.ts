/**
 * What the DCMA 14-point rules share: how each shows its working (the population counted, what
 * was left out, the numerator, the denominator and the threshold, as words in the message and
 * numbers in the finding's data), and how the offending tasks are named. The population itself
 * is the model's (`model.dcma`), so all fourteen count the same tasks.
 */
import * as z from 'zod';
import type { DependencyEdge } from '../../plan/graph.js';
import type { DcmaPopulation, ScheduleItem } from '../../plan/model/index.js';
import { count, listOf } from '../../text.js';

/** How the DCMA rules run, for their docs: the preset that turns them on. */
export const DCMA_CONTEXT =
  "Runs under the dcma preset only: `extends: dcma` in .pmcheck.yaml, or automatically for a plan read from an MS Project or P6 file (or a sidecar of one). Under that preset missing-logic, long-task, overdue-task and deadline-at-risk are off: dcma-logic, dcma-high-duration, dcma-invalid-dates and dcma-cpli report the same facts with the assessment's own population and thresholds.";

/** The option every DCMA rule has: how many offending tasks its message names. */
export const showOption = z
  .number()
  .int()
  .min(0)
  .default(5)
  .describe('How many offending tasks the message names; the rest are counted.');

/** A share threshold option, 0 to 1, with the PAM's value as its default. */
export const shareOption = (value: number, what: string) => z.number().min(0).max(1).default(value).describe(what);

/** An offending task (or dependency), with what is wrong with it when that is not the same for all. */
export interface Offender {
  item: ScheduleItem;
  note?: string;
}

/**
 * The first `show` offenders as text, `"Build" (T12, no successor), "Test" (T13) and 4 more`, with
 * their ids and the count of the rest as numbers for the finding's data.
 */
export function named(offenders: readonly Offender[], show: number): { names: string; first: string[]; rest: number } {
  const shown = offenders.slice(0, show);
  const rest = offenders.length - shown.length;
  const words = shown.map(({ item, note }) => `"${item.name}" (${item.id}${note ? `, ${note}` : ''})`);
  return {
    names: listOf(rest > 0 ? [...words, `${rest} more`] : words),
    first: shown.map(({ item }) => item.id),
    rest,
  };
}

/**
 * The population, as words for the message and numbers for the data: "15 unfinished tasks as
 * of 2026-03-02 (19 in the plan, less 3 complete and 1 level of effort; milestones and summary
 * tasks are not counted)". `all` counts complete tasks too (missed tasks, BEI).
 */
export function working(pop: DcmaPopulation, asOf: string, base: 'unfinished' | 'all' = 'unfinished') {
  const left = [
    base === 'unfinished' && pop.completed > 0 ? `${pop.completed} complete` : '',
    pop.levelOfEffort > 0 ? `${pop.levelOfEffort} level of effort` : '',
    pop.dropped > 0 ? `${pop.dropped} dropped` : '',
  ].filter(Boolean);
  const n = base === 'unfinished' ? pop.tasks.length : pop.work.length;
  return {
    working: `${count(n, base === 'unfinished' ? 'unfinished task' : 'task')} as of ${asOf} (${pop.inPlan} in the plan${left.length > 0 ? `, less ${listOf(left)}` : ''}; milestones and summary tasks are not counted)`,
    inPlan: pop.inPlan,
    completed: pop.completed,
    levelOfEffort: pop.levelOfEffort,
    dropped: pop.dropped,
    milestones: pop.milestones,
  };
}

/** Numerator, denominator and share, as the data of every ratio check. */
export function ratio(offenders: number, total: number): { count: number; total: number; share: number } {
  return { count: offenders, total, share: total === 0 ? 0 : offenders / total };
}

/** A dependency's lag as written: an elapsed or percent lag keeps its own value and sign. */
export const writtenLag = (edge: DependencyEdge): number => edge.written?.lag ?? edge.lag;

/** A dependency for the list of offenders, named by its successor: "FS -2 days after design". */
export function linkOffender(edge: DependencyEdge, succ: ScheduleItem): Offender {
  const lag = writtenLag(edge);
  const days = Math.abs(lag) === 1 ? 'day' : 'days';
  const unit = edge.written?.unit === 'percent' ? '%' : edge.written ? ` elapsed ${days}` : ` ${days}`;
  return {
    item: succ,
    note: `${edge.type}${lag === 0 ? '' : ` ${lag > 0 ? '+' : ''}${lag}${unit}`} after ${edge.from}`,
  };
}
