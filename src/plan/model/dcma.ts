/**
 * What the DCMA 14-point assessment counts (DCMA-EA PAM 200.1, October 2012, section 4), shared
 * by its rules so that every check states the same population and the same exclusions:
 * - the tasks it counts are unfinished work: tasks not complete, not level of effort and not
 *   dropped. Summary tasks are phases in a plan, never tasks, and milestones are items of their
 *   own, so neither is counted (the PAM leaves out summaries, LOE and zero-duration tasks);
 * - relationships are the dependencies into the tasks counted;
 * - missed tasks and the baseline execution index judge completions, so they count every task
 *   that is not level of effort or dropped, complete or not.
 * And the critical path test: the finish's response to a long delay on the critical path.
 */
import type { DependencyEdge, DependencyGraph } from '../graph.js';
import { type Forecast, forwardPass } from '../schedule.js';
import type { ScheduleItem } from './items.js';

export interface DcmaPopulation {
  /** Every task in the plan. */
  inPlan: number;
  /** Left out of `tasks`: complete, level of effort, dropped. */
  completed: number;
  levelOfEffort: number;
  dropped: number;
  /** Milestones, which the checks never count as tasks. */
  milestones: number;
  /** The tasks the checks count: unfinished work, in plan order. */
  tasks: ScheduleItem[];
  /** The dependencies into the tasks counted. */
  relationships: DependencyEdge[];
  /** Every task that is not level of effort or dropped, complete or not. */
  work: ScheduleItem[];
}

/** Done as of `asOf`: finished on or before it, or recorded as wholly done. */
export function isComplete(item: ScheduleItem, asOf: string): boolean {
  return (item.actualFinish !== undefined && item.actualFinish <= asOf) || (item.task?.progress ?? 0) >= 1;
}

export function dcmaPopulation(
  items: ReadonlyMap<string, ScheduleItem>,
  graph: DependencyGraph,
  asOf: string,
): DcmaPopulation {
  const out: DcmaPopulation = {
    inPlan: 0,
    completed: 0,
    levelOfEffort: 0,
    dropped: 0,
    milestones: 0,
    tasks: [],
    relationships: [],
    work: [],
  };
  for (const item of items.values()) {
    if (item.kind === 'milestone') out.milestones++;
    if (item.kind !== 'task') continue;
    out.inPlan++;
    const task = item.task!;
    if (task.status === 'dropped') out.dropped++;
    else if (task.level_of_effort) out.levelOfEffort++;
    else {
      out.work.push(item);
      if (isComplete(item, asOf)) out.completed++;
      else out.tasks.push(item);
    }
  }
  for (const item of out.tasks) out.relationships.push(...graph.predecessors(item.id));
  return out;
}

export interface CriticalPathTest {
  /** The task delayed: the first unfinished task on the critical path. */
  task: ScheduleItem;
  /** Working days added to it, on its own calendar. */
  delay: number;
  /** The forecast finish before and after. */
  before: string;
  after: string;
  /** How far the finish moved, in working days of the delayed task's calendar. */
  slip: number;
}

/**
 * The critical path test: add `delay` working days to the first unfinished task of the critical
 * path and run the forward pass again. An unbroken path carries the whole delay to the finish;
 * a path broken by a start-to-start link from the delayed task, or by dates that do not follow
 * from the logic, moves it less. Undefined when there is no critical path to test.
 */
export function criticalPathTest(
  items: ReadonlyMap<string, ScheduleItem>,
  graph: DependencyGraph,
  forecast: Forecast,
  asOf: string,
  deadline: string | undefined,
  delay: number,
): CriticalPathTest | undefined {
  const first = forecast.criticalPath
    .map((id) => items.get(id)!)
    .find((item) => item.kind === 'task' && !isComplete(item, asOf));
  if (!first || !forecast.finish) return undefined;
  const cal = first.calendar;
  const delayed: ScheduleItem = { ...first };
  const planned = forecast.dates.get(first.id);
  if (first.start && first.finish) delayed.finish = cal.addWorkingDays(first.finish, delay);
  else if (first.task?.duration != null) delayed.task = { ...first.task, duration: first.task.duration + delay };
  else if (planned) {
    delayed.start = planned.start;
    delayed.finish = cal.addWorkingDays(planned.finish, delay);
  } else return undefined;
  const moved = new Map(items);
  moved.set(first.id, delayed);
  const after = forwardPass(moved, graph, asOf, deadline).finish?.date ?? forecast.finish.date;
  return {
    task: first,
    delay,
    before: forecast.finish.date,
    after,
    slip: cal.workingDaysAfter(forecast.finish.date, after),
  };
}
