/**
 * Milestones, baseline against forecast (status report) or against what happened (closure
 * report). The forecast is the later of the plan's own forecast and what the logic allows, so
 * the table never shows a date the work before it cannot meet.
 */
import type { ScheduleItem } from '../../plan/model/index.js';
import type { ReviewContext } from '../context.js';
import { type Inline, para, type Section, strong } from '../doc.js';

function slipDays(ctx: ReviewContext, from: string, to: string): number {
  const cal = ctx.model.calendar;
  return Math.max(0, cal.workingDaysBetween(from, to) - (cal.isWorkingDay(from) ? 1 : 0));
}

interface MilestoneRow {
  item: ScheduleItem;
  baseline?: string;
  forecast?: string;
  done?: string;
  /** The logic cannot place it: it is in or behind a dependency loop. */
  unknowable: boolean;
}

export function milestoneRows(ctx: ReviewContext): MilestoneRow[] {
  const f = ctx.model.forecast;
  return [...ctx.model.items.values()]
    .filter((i) => i.kind === 'milestone')
    .map((item) => {
      const m = item.milestone!;
      const logic = f.dates.get(item.id)?.finish;
      const recorded = m.forecast ?? m.due ?? undefined;
      const forecast = m.done_on ? undefined : logic && (!recorded || logic > recorded) ? logic : recorded;
      return {
        item,
        baseline: m.due ?? undefined,
        forecast,
        done: m.done_on ?? undefined,
        unknowable: f.loops && !f.dates.has(item.id),
      };
    })
    .sort((a, b) => ((a.baseline ?? a.forecast ?? '') < (b.baseline ?? b.forecast ?? '') ? -1 : 1));
}

function status(ctx: ReviewContext, r: MilestoneRow): Inline {
  if (r.done) {
    if (!r.baseline || r.done <= r.baseline) return 'Reached on time';
    const d = slipDays(ctx, r.baseline, r.done);
    return `Reached ${d} working day${d === 1 ? '' : 's'} late`;
  }
  // A closure report says what happened, which a loop in the logic does not change.
  if (ctx.kind === 'closure') return strong('Not reached');
  if (r.unknowable) return strong('Unknown');
  if (!r.baseline || !r.forecast) return 'No baseline';
  if (r.forecast <= r.baseline) return r.baseline < ctx.model.asOf ? strong('Past due') : 'On track';
  const d = slipDays(ctx, r.baseline, r.forecast);
  const tolerance = ctx.plan.project.tolerance?.days;
  const text = `${d} working day${d === 1 ? '' : 's'} late`;
  return tolerance != null && d <= tolerance ? `${text} (within tolerance)` : strong(text);
}

export function milestonesSection(ctx: ReviewContext): Section | undefined {
  const rows = milestoneRows(ctx);
  if (rows.length === 0) return undefined;
  const closure = ctx.kind === 'closure';
  const table = {
    kind: 'table' as const,
    head: ['Milestone', 'Baseline', closure ? 'Reached' : 'Forecast', 'Status'],
    rows: rows.map((r): Inline[] => [
      r.item.name,
      ctx.date(r.baseline, '—'),
      r.done
        ? ctx.date(r.done)
        : closure
          ? 'not reached'
          : r.unknowable
            ? 'cannot be computed'
            : ctx.date(r.forecast, '—'),
      status(ctx, r),
    ]),
    widths: [40, 20, 20, 20],
  };
  const late = rows.filter((r) => !r.done && r.baseline && r.forecast && r.forecast > r.baseline).length;
  const onTime = rows.filter((r) => r.done && (!r.baseline || r.done <= r.baseline)).length;
  const unknown = rows.filter((r) => r.unknowable).length;
  const said = closure
    ? `${onTime} of ${rows.length} milestones were reached on or before their baseline date.`
    : unknown > 0
      ? `${unknown} of ${rows.length} milestones cannot be forecast while the dependencies contain a loop.`
      : late > 0
        ? `${late} of ${rows.length} milestones ${late === 1 ? 'is' : 'are'} forecast after ${late === 1 ? 'its' : 'their'} baseline date.`
        : 'Every milestone still to come is forecast on or before its baseline date.';
  return { title: 'Milestones', blocks: [table, para(said)] };
}
