/**
 * A review document as one self-contained HTML file: its stylesheet inline, the timeline an
 * inline SVG (gantt/svg.ts), the heat map a coloured grid, no script, no font and nothing
 * fetched (a Content-Security-Policy says so to the browser, too). Print CSS lays it out on A4,
 * so "Print to PDF" gives the document to send. Every string goes through html() here.
 */
import { VERSION } from '../version.js';
import type { Block, Inline, ReviewDocument } from './doc.js';
import { html } from './escape.js';
import { ganttSvg } from './gantt/svg.js';
import { STYLE } from './style.js';
import type { Audience } from './words.js';

function inline(t: Inline): string {
  if (typeof t === 'string') return html(t);
  if (Array.isArray(t)) return (t as readonly Inline[]).map(inline).join('');
  const x = t as { strong?: Inline; em?: Inline; rating?: string; text?: string };
  if (x.strong !== undefined) return `<strong>${inline(x.strong)}</strong>`;
  if (x.rating !== undefined) return `<span class="rating rating-${html(x.rating)}">${html(x.text)}</span>`;
  return `<em>${inline(x.em ?? '')}</em>`;
}

/** Heat-map colour of a likelihood × impact score, as the usual 5 × 5 matrix bands it. */
const heat = (score: number) => (score >= 15 ? 'high' : score >= 8 ? 'significant' : score >= 4 ? 'moderate' : 'low');

function block(b: Block, audience: Audience): string {
  switch (b.kind) {
    case 'para':
      return `<p${b.tone ? ` class="${b.tone}"` : ''}>${inline(b.text)}</p>`;
    case 'heading':
      return `<h3>${inline(b.text)}</h3>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
    case 'table': {
      const cls = (i: number) => (b.align?.[i] === 'right' ? ' class="num"' : '');
      const cols = b.widths ? `<colgroup>${b.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : '';
      return [
        `<table>${cols}<thead><tr>${b.head.map((h, i) => `<th${cls(i)}>${inline(h)}</th>`).join('')}</tr></thead>`,
        `<tbody>${b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${inline(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`,
      ].join('\n');
    }
    case 'facts':
      return `<table class="facts"><tbody>${b.rows.map(([k, v]) => `<tr><th scope="row">${html(k)}</th><td>${inline(v)}</td></tr>`).join('\n')}</tbody></table>`;
    case 'gantt':
      return `<figure class="timeline">${ganttSvg(b.chart, audience)}</figure>`;
    case 'heatmap': {
      const rows: string[] = [];
      for (let i = 5; i >= 1; i--) {
        const cells = [1, 2, 3, 4, 5].map((l) => {
          const risks = b.map.cells[i - 1]![l - 1]!;
          return `<td class="heat-${heat(l * i)}">${risks.map((r) => `<span class="risk">${html(r)}</span>`).join(' ')}</td>`;
        });
        rows.push(`<tr><th scope="row">${i}</th>${cells.join('')}</tr>`);
      }
      return [
        '<table class="heatmap">',
        '<caption>Open risks by likelihood (across) and impact (down), 1 low to 5 high</caption>',
        `<thead><tr><th class="corner">Impact ↓ / Likelihood →</th>${[1, 2, 3, 4, 5].map((l) => `<th>${l}</th>`).join('')}</tr></thead>`,
        `<tbody>${rows.join('\n')}</tbody></table>`,
      ].join('\n');
    }
    case 'signatures':
      return `<table class="signatures"><thead><tr><th>Role</th><th>Name</th><th>Signature</th><th>Date</th></tr></thead><tbody>${b.rows
        .map((r) => `<tr><td>${html(r.role)}</td><td>${inline(r.name)}</td><td></td><td></td></tr>`)
        .join('')}</tbody></table>`;
  }
}

export function toHtml(doc: ReviewDocument, audience: Audience): string {
  const sections = doc.sections.map((s, i) =>
    [
      `<section class="section-${i + 1}${s.blocks.some((b) => b.kind === 'signatures') ? ' keep' : ''}">`,
      `<h2>${html(s.title)}</h2>`,
      ...s.blocks.map((b) => block(b, audience)),
      '</section>',
    ].join('\n'),
  );
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="pmcheck ${html(VERSION)}">`,
    `<title>${html(`${doc.heading}: ${doc.project}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header><p class="kind">${html(doc.heading)}</p><h1>${html(doc.project)}</h1><p class="byline">${inline(doc.byline)}</p></header>`,
    ...sections,
    `<footer>${html(doc.footer)}</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
