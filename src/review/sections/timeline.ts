/**
 * The timeline: the chart, then in words the critical path from the backward pass, the finish
 * against the deadline, and what the chart leaves out. With a dependency loop it says plainly
 * that the finish cannot be computed, and neither the chart nor the text gives one.
 */
import type { ScheduleItem } from '../../plan/model/index.js';
import { count } from '../../text.js';
import type { ReviewContext } from '../context.js';
import { type Block, para, type Section, strong } from '../doc.js';
import { buildChart } from '../gantt/chart.js';
import { pointBlocks } from './common.js';
import { finishAgainstDeadline } from './summary.js';

export function deliveryLabel(item: ScheduleItem): string {
  return `${item.name} from ${item.vendor?.name ?? item.vendor?.id ?? 'a supplier'}`;
}

export function criticalPathWords(ctx: ReviewContext): Block[] {
  const cp = ctx.critical;
  if (cp.status === 'loop')
    return [
      para(
        [
          strong('The finish date cannot be computed.'),
          ' The plan’s dependencies go round in a loop, so the work in and after the loop has no forecast and there is no critical path to show. The chart draws that work at its planned dates only. Breaking the loop is the first thing to fix.',
        ],
        'alert',
      ),
    ];
  if (cp.status !== 'known') return [];
  const all = cp.ids.map((id) => `"${ctx.model.items.get(id)!.name}"`);
  // A long chain is named by its ends: the chart shows the rest in red.
  const names = all.length > 10 ? [...all.slice(0, 3), `… ${all.length - 7} more …`, ...all.slice(-4)] : all;
  const out: Block[] = [];
  const against = finishAgainstDeadline(ctx);
  if (names.length === 0) {
    out.push(para(`All the work is finished; the last of it finished on ${ctx.date(cp.finish)}.`));
    return out;
  }
  const last = names.at(-1)!;
  if (cp.fixedEnd) {
    out.push(
      para(
        `The forecast finish (${against ?? ctx.date(cp.finish)}) is set by the date planned for ${last} itself. The work with the least float before it: ${names.slice(0, -1).join(' → ')}, with ${count(cp.float, 'working day')} to spare.`,
      ),
    );
  } else {
    out.push(
      para([
        strong('Critical path:'),
        ` ${names.join(' → ')}. This chain of work decides the forecast finish (${against ?? ctx.date(cp.finish)})${cp.float === 0 ? ': a day lost on any of it is a day lost at the end' : `; it has ${count(cp.float, 'working day')} of float`}.`,
      ]),
    );
  }
  return out;
}

export function timelineSection(ctx: ReviewContext, title = 'Timeline', withPoints = true): Section {
  const chart = buildChart(ctx.model, ctx.critical, {
    second: ctx.kind === 'closure' ? 'actual' : 'forecast',
    deliveryLabel,
  });
  const drawn = chart.groups.length > 0;
  const blocks: Block[] = [];
  if (!drawn) {
    blocks.push(
      para({
        em: 'The plan has no dated tasks, milestones or deliveries yet, so there is no timeline to draw. Add start and finish dates, or durations and dependencies.',
      }),
    );
  } else {
    blocks.push({ kind: 'gantt', chart });
  }
  blocks.push(...criticalPathWords(ctx));
  const notes: string[] = [];
  if (chart.collapsed)
    notes.push(
      `The ${chart.collapsed.tasks} tasks are drawn as one bar per ${chart.groups[0]?.label === 'Sites' ? 'site' : 'phase'} (${chart.collapsed.groups} in all), to keep the chart readable.`,
    );
  if (chart.omitted > 0)
    notes.push(
      `To keep the chart readable it shows the critical, slipping and current work; ${count(chart.omitted, 'other task')} ${chart.omitted === 1 ? 'is' : 'are'} left out.`,
    );
  if (chart.blackouts.length > 0)
    notes.push('Blackout periods are hatched: no downtime, cutover or migration should fall in them.');
  if (chart.unplaced.length > 0) notes.push(`Not on the chart, for want of dates: ${chart.unplaced.join('; ')}.`);
  if (notes.length > 0) blocks.push(para(notes.join(' ')));
  if (withPoints) blocks.push(...pointBlocks(ctx, ctx.pointsIn('schedule')));
  return { title, blocks };
}
