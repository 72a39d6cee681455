/**
 * The chart as a Mermaid gantt, for the Markdown review (GitHub, GitLab and most editors draw
 * it). Mermaid has one bar per row, so each task is drawn at its forecast (or actual) dates and,
 * where the plan said otherwise, a grey row "as planned" follows it. Mermaid's end dates are
 * exclusive: a task that finishes on the 13th ends on the 14th here. Every name goes through
 * mermaid() (escape.ts), so a name that starts like a Mermaid statement keeps its task.
 */
import { mermaid } from '../escape.js';
import { shortDate } from '../words.js';
import { addDays, type Chart, type ChartRow, type Span } from './chart.js';

const same = (a?: Span, b?: Span) => a?.start === b?.start && a?.finish === b?.finish;

export function ganttMermaid(chart: Chart, audience: 'customer' | 'internal'): string[] {
  const out = ['gantt', '    dateFormat YYYY-MM-DD', '    axisFormat %d %b', '    todayMarker off'];
  let n = 0;
  const id = (prefix: string) => `${prefix}${n++}`;
  const when = (d: string) => (audience === 'customer' ? shortDate(d) : d);
  if (chart.asOf) out.push(`    ${mermaid(`As of ${when(chart.asOf)}`)} :vert, ${id('v')}, ${chart.asOf}, 0d`);
  if (chart.deadline)
    out.push(`    ${mermaid(`Deadline ${when(chart.deadline)}`)} :vert, ${id('v')}, ${chart.deadline}, 0d`);
  if (chart.blackouts.length > 0) {
    out.push('    section Blackouts');
    for (const b of chart.blackouts) {
      const label = b.where ? `${b.label}, at ${b.where}` : b.label;
      out.push(`    ${mermaid(label)} :crit, done, ${id('b')}, ${b.from}, ${addDays(b.to, 1)}`);
    }
  }
  const line = (row: ChartRow, span: Span, tags: string[], suffix = '') => {
    const point = row.kind === 'milestone' || row.kind === 'delivery';
    const t = [...tags, ...(point ? ['milestone'] : []), id(point ? 'm' : 't')];
    const end = point ? '0d' : addDays(span.finish, 1);
    return `    ${mermaid(row.label + suffix)} :${t.join(', ')}, ${point ? span.finish : span.start}, ${end}`;
  };
  for (const g of chart.groups) {
    out.push(`    section ${mermaid(g.label)}`);
    for (const row of g.rows) {
      const main = row.forecast ?? row.planned!;
      const tags = [
        ...(row.critical ? ['crit'] : []),
        ...(row.forecast && row.state === 'done' ? ['active'] : []),
        ...(!row.forecast ? ['done'] : []),
      ];
      out.push(line(row, main, tags, row.forecast ? '' : row.loop ? ' (no forecast: dependency loop)' : ''));
      if (row.forecast && row.planned && !same(row.forecast, row.planned))
        out.push(
          line(
            row,
            row.planned,
            ['done'],
            row.kind === 'task' || row.kind === 'summary' ? ' (as planned)' : ' (baseline)',
          ),
        );
    }
  }
  return out;
}
