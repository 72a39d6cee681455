/**
 * A review document as Markdown: GitHub-flavoured tables, the timeline as a Mermaid gantt.
 * Every string of the tree goes through md() here (mermaid() in the chart): nothing else escapes.
 */
import type { Block, Inline, ReviewDocument } from './doc.js';
import { md } from './escape.js';
import { ganttMermaid } from './gantt/mermaid.js';
import type { Audience } from './words.js';

function inline(t: Inline): string {
  if (typeof t === 'string') return md(t);
  if (Array.isArray(t)) return (t as readonly Inline[]).map(inline).join('');
  const x = t as { strong?: Inline; em?: Inline; rating?: string; text?: string };
  if (x.strong !== undefined) return `**${inline(x.strong)}**`;
  if (x.rating !== undefined) return `**${md(x.text)}**`;
  return `*${inline(x.em ?? '')}*`;
}

const row = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;

function block(b: Block, audience: Audience): string[] {
  switch (b.kind) {
    case 'para':
      // Leading spaces would make an indented code block of the paragraph.
      return b.tone === 'note' || b.tone === 'alert' ? [`> ${inline(b.text)}`] : [inline(b.text).trimStart()];
    case 'heading':
      return [`### ${inline(b.text)}`];
    case 'list':
      return b.items.map((i) => `- ${inline(i)}`);
    case 'table':
      return [
        row(b.head.map(inline)),
        row(b.head.map((_, i) => (b.align?.[i] === 'right' ? '---:' : '---'))),
        ...b.rows.map((r) => row(r.map(inline))),
      ];
    case 'facts':
      return ['| | |', '| --- | --- |', ...b.rows.map(([k, v]) => row([md(k), inline(v)]))];
    case 'gantt':
      return [
        '```mermaid',
        ...ganttMermaid(b.chart, audience),
        '```',
        '',
        `*${md(
          `Each bar shows the ${b.chart.second === 'actual' ? 'actual dates (the forecast, for work not finished)' : 'forecast dates (the actual ones, once finished)'}: red is the critical path, pale blue is finished work. Where the plan said otherwise, a grey bar "as planned" follows the task, and a grey "baseline" marker the milestone or delivery. The vertical lines mark the as-of date and the deadline.`,
        )}*`,
      ];
    case 'heatmap': {
      const out = [row(['Impact ↓ · Likelihood →', '1', '2', '3', '4', '5']), row(Array(6).fill('---'))];
      for (let i = 5; i >= 1; i--)
        out.push(row([`**${i}**`, ...[1, 2, 3, 4, 5].map((l) => b.map.cells[i - 1]![l - 1]!.map(md).join(', '))]));
      return out;
    }
    case 'signatures':
      return [
        row(['Role', 'Name', 'Signature', 'Date']),
        row(['---', '---', '---', '---']),
        ...b.rows.map((r) => row([md(r.role), inline(r.name), '', ''])),
      ];
  }
}

export function toMarkdown(doc: ReviewDocument, audience: Audience): string {
  const out = [`# ${md(doc.heading)}: ${md(doc.project)}`, '', `_${inline(doc.byline)}_`, ''];
  for (const s of doc.sections) {
    out.push(`## ${md(s.title)}`, '');
    for (const b of s.blocks) out.push(...block(b, audience), '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
