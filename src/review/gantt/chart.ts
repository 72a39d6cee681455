/**
 * What the review's Gantt chart shows, worked out once and drawn twice: as Mermaid in the
 * Markdown and as SVG in the HTML. Each row has its planned dates (the plan's, or a milestone's
 * baseline) and its forecast dates from the forward pass (actual dates for finished work), so
 * the chart never draws a date the text contradicts. Past 40 tasks, phases collapse to one bar
 * each; with no phases to collapse, the tasks that matter (critical, under way, slipping) stay.
 */
import { fromDayNumber, toDayNumber } from '../../plan/calendar.js';
import type { PlanModel, ScheduleItem } from '../../plan/model/index.js';
import type { CriticalPath } from '../critical.js';

/** Inclusive dates, YYYY-MM-DD. */
export interface Span {
  start: string;
  finish: string;
}

export interface ChartRow {
  id: string;
  kind: 'task' | 'milestone' | 'delivery' | 'summary';
  label: string;
  /** The plan's dates: a task's start and finish, a milestone's or delivery's due date. */
  planned?: Span;
  /** The forecast (actual, once finished); absent when a dependency loop makes it unknowable. */
  forecast?: Span;
  state: 'done' | 'active' | 'todo';
  critical: boolean;
  /** In or behind a dependency loop: no forecast can be drawn. */
  loop: boolean;
}

export interface ChartGroup {
  label: string;
  rows: ChartRow[];
}

export interface Chart {
  title: string;
  groups: ChartGroup[];
  blackouts: { label: string; from: string; to: string; where?: string }[];
  /** The date the chart is drawn as of, when it falls near the work. */
  asOf?: string;
  from: string;
  to: string;
  deadline?: string;
  /** The forecast finish, when the logic allows one. */
  finish?: string;
  /** What the second bar shows: the forecast, or (in a closure report) what happened. */
  second: 'forecast' | 'actual';
  /** Set when phases were collapsed to one bar each. */
  collapsed?: { groups: number; tasks: number };
  /** Tasks left out to keep the chart readable (only when there were no phases to collapse). */
  omitted: number;
  /** Tasks with no dates at all. */
  unplaced: string[];
  loops: boolean;
}

/** More tasks than this and the chart collapses phases (or keeps only the tasks that matter). */
export const MAX_TASK_ROWS = 40;

const byStart = (a: ChartRow, b: ChartRow) => {
  const sa = a.forecast?.start ?? a.planned?.start ?? '';
  const sb = b.forecast?.start ?? b.planned?.start ?? '';
  return sa < sb ? -1 : sa > sb ? 1 : 0;
};

const minOf = (xs: (string | undefined)[]) => xs.filter((x): x is string => !!x).sort()[0];
const maxOf = (xs: (string | undefined)[]) =>
  xs
    .filter((x): x is string => !!x)
    .sort()
    .at(-1);

function rowOf(model: PlanModel, item: ScheduleItem, critical: ReadonlySet<string>, label: string): ChartRow {
  const f = model.forecast.dates.get(item.id);
  let planned: Span | undefined;
  if (item.kind === 'task') {
    const start = item.start ?? item.finish;
    const finish = item.finish ?? item.start;
    if (start && finish) planned = { start, finish: finish < start ? start : finish };
  } else {
    const due = item.milestone?.due ?? item.delivery?.due ?? item.start;
    if (due) planned = { start: due, finish: due };
  }
  const forecast = f ? { start: f.start, finish: f.finish < f.start ? f.start : f.finish } : undefined;
  return {
    id: item.id,
    kind: item.kind,
    label,
    planned,
    forecast,
    state: item.actualFinish ? 'done' : item.actualStart || (item.task?.progress ?? 0) > 0 ? 'active' : 'todo',
    critical: critical.has(item.id),
    loop: model.forecast.loops && !f,
  };
}

function summaryOf(label: string, rows: ChartRow[]): ChartRow {
  const span = (pick: (r: ChartRow) => Span | undefined): Span | undefined => {
    const start = minOf(rows.map((r) => pick(r)?.start));
    const finish = maxOf(rows.map((r) => pick(r)?.finish));
    return start && finish ? { start, finish } : undefined;
  };
  return {
    id: `group:${label}`,
    kind: 'summary',
    label: `${label} (${rows.length} task${rows.length === 1 ? '' : 's'})`,
    planned: span((r) => r.planned),
    forecast: rows.some((r) => r.loop) ? undefined : span((r) => r.forecast),
    state: rows.every((r) => r.state === 'done') ? 'done' : rows.some((r) => r.state !== 'todo') ? 'active' : 'todo',
    critical: rows.some((r) => r.critical),
    loop: rows.some((r) => r.loop),
  };
}

/** A task that deserves a row of its own when the rest are left out. */
const matters = (r: ChartRow) =>
  r.critical ||
  r.loop ||
  r.state === 'active' ||
  (r.forecast !== undefined && r.planned !== undefined && r.forecast.finish > r.planned.finish);

export function buildChart(
  model: PlanModel,
  path: CriticalPath,
  options: { second: 'forecast' | 'actual'; deliveryLabel: (item: ScheduleItem) => string },
): Chart {
  const plan = model.plan;
  const critical = new Set(path.status === 'known' ? path.ids : []);
  const all = [...model.items.values()];
  const tasks = all.filter((i) => i.kind === 'task' && i.task?.status !== 'dropped');
  const byPhase = tasks.some((t) => t.task?.phase);
  const bySite = !byPhase && tasks.some((t) => t.task?.site);
  const groups = new Map<string, ChartRow[]>();
  const unplaced: string[] = [];
  for (const t of tasks) {
    const row = rowOf(model, t, critical, t.name);
    if (!row.planned && !row.forecast) {
      unplaced.push(t.name);
      continue;
    }
    const group = byPhase
      ? (t.task?.phase ?? 'Other work')
      : bySite
        ? t.task?.site
          ? model.siteName(t.task.site)
          : 'General'
        : 'Work';
    groups.set(group, [...(groups.get(group) ?? []), row]);
  }
  let taskGroups: ChartGroup[] = [...groups].map(([label, rows]) => ({ label, rows: rows.sort(byStart) }));
  taskGroups.sort((a, b) => byStart(a.rows[0]!, b.rows[0]!));
  const taskCount = taskGroups.reduce((n, g) => n + g.rows.length, 0);
  let collapsed: Chart['collapsed'];
  let omitted = 0;
  if (taskCount > MAX_TASK_ROWS) {
    if (taskGroups.length > 1) {
      collapsed = { groups: taskGroups.length, tasks: taskCount };
      taskGroups = [
        {
          label: byPhase ? 'Phases' : 'Sites',
          rows: taskGroups.map((g) => summaryOf(g.label, g.rows)),
        },
      ];
    } else {
      // The critical path first, then what cannot be forecast, what is under way and what slips.
      const rank = (r: ChartRow) => (r.critical ? 0 : r.loop ? 1 : r.state === 'active' ? 2 : 3);
      const kept = taskGroups
        .flatMap((g) => g.rows.filter(matters))
        .sort((a, b) => rank(a) - rank(b))
        .slice(0, MAX_TASK_ROWS);
      omitted = taskCount - kept.length;
      taskGroups = [{ label: 'Critical, slipping and current work', rows: kept.sort(byStart) }];
    }
  }
  const points = (kind: 'milestone' | 'delivery', label: string): ChartGroup[] => {
    const rows = all
      .filter((i) => i.kind === kind)
      .map((i) => rowOf(model, i, critical, kind === 'delivery' ? options.deliveryLabel(i) : i.name))
      .filter((r) => r.planned || r.forecast)
      .sort(byStart);
    return rows.length > 0 ? [{ label, rows }] : [];
  };
  const chartGroups = [...taskGroups, ...points('milestone', 'Milestones'), ...points('delivery', 'Deliveries')].filter(
    (g) => g.rows.length > 0,
  );
  const rows = chartGroups.flatMap((g) => g.rows);
  const finish = path.status === 'known' ? path.finish : undefined;
  const deadline = plan.project.deadline ?? undefined;
  let from = minOf(rows.flatMap((r) => [r.planned?.start, r.forecast?.start])) ?? plan.project.start ?? model.asOf;
  let to = maxOf([...rows.flatMap((r) => [r.planned?.finish, r.forecast?.finish]), deadline, finish]) ?? from;
  // The as-of line when it is near the work (within eight weeks); a date far off would squash the bars.
  const near = (d: string) => addDays(from, -56) <= d && d <= addDays(to, 56);
  const asOf = near(model.asOf) ? model.asOf : undefined;
  if (asOf && asOf < from) from = asOf;
  if (asOf && asOf > to) to = asOf;
  // A little room at each end, so that no bar, mark or line sits on the chart's edge.
  from = addDays(from, -2);
  to = addDays(to, 3);
  const blackouts = (plan.blackouts ?? [])
    .map((b, i) => ({
      label: b.name ?? `Blackout ${i + 1}`,
      from: b.from < from ? from : b.from,
      to: b.to > to ? to : b.to,
      where: b.sites?.length ? b.sites.map((s) => model.siteName(s)).join(', ') : undefined,
    }))
    .filter((b) => b.from <= b.to);
  return {
    title: plan.project.name,
    groups: chartGroups,
    blackouts,
    asOf,
    from,
    to,
    deadline,
    finish,
    second: options.second,
    collapsed,
    omitted,
    unplaced,
    loops: model.forecast.loops,
  };
}

/** YYYY-MM-DD plus n calendar days. */
export const addDays = (iso: string, n: number): string => fromDayNumber(toDayNumber(iso) + n);

/** Calendar days from a to b (b − a). */
export const daysBetween = (a: string, b: string): number => toDayNumber(b) - toDayNumber(a);
