/**
 * The chart as an inline SVG that pmcheck draws itself, for the HTML review: no script, no
 * font, nothing fetched, and the same bytes for the same plan and as-of date. Each row shows
 * the planned dates as a thin grey bar and the forecast (or actual) dates as a bar below it;
 * milestones and deliveries are a hollow mark at their baseline and a filled one at their
 * forecast. Labels wrap in a column sized to them, so none is cut off. Text widths are
 * estimated from the characters (the page's own sans-serif font draws them), generously.
 */
import { html } from '../escape.js';
import { longDate, monthYear, shortDate } from '../words.js';
import { addDays, type Chart, type ChartRow, daysBetween, type Span } from './chart.js';

const WIDTH = 720;
const FONT = 11;
const LINE = 13;
const ROW = 18;
const HEADER = 44;
const LABEL_MIN = 130;
const LABEL_MAX = 260;

/** Em widths of a sans-serif font's characters, rounded up. */
function charWidth(c: string): number {
  if (/[iljtfI.,:;'|!()[\] ]/.test(c)) return 0.34;
  if (/[mwMW@]/.test(c)) return 0.9;
  if (/[A-Z]/.test(c)) return 0.7;
  if (/[0-9]/.test(c)) return 0.58;
  return 0.56;
}

export function textWidth(text: string, size = FONT): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * size;
}

/** Words into lines no wider than `width`; a word longer than a line is broken. */
export function wrap(text: string, width: number, size = FONT): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, size) > width) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

interface Laid {
  row?: ChartRow;
  group?: string;
  blackout?: Chart['blackouts'][number];
  lines: string[];
  y: number;
  h: number;
}

const f1 = (n: number) => (Math.round(n * 10) / 10).toString();

export function ganttSvg(chart: Chart, audience: 'customer' | 'internal'): string {
  const when = (d: string) => (audience === 'customer' ? longDate(d) : d);
  const second = chart.second === 'actual' ? 'actual' : 'forecast';
  // A row with no forecast is told apart by its colour and its label's style; its tooltip says why.
  const rowLabel = (r: ChartRow) => r.label;
  const blackoutLabel = (b: Chart['blackouts'][number]) => `Blackout: ${b.label}${b.where ? `, at ${b.where}` : ''}`;
  const labels = [...chart.groups.flatMap((g) => g.rows.map(rowLabel)), ...chart.blackouts.map(blackoutLabel)];
  const labelWidth = Math.min(LABEL_MAX, Math.max(LABEL_MIN, ...labels.map((l) => Math.ceil(textWidth(l)) + 16)));
  const x0 = labelWidth + 6;
  const x1 = WIDTH - 12;
  const days = Math.max(1, daysBetween(chart.from, chart.to) + 1);
  const perDay = (x1 - x0) / days;
  const x = (d: string) => x0 + daysBetween(chart.from, d) * perDay;
  const xEnd = (d: string) => x(d) + perDay;

  // Lay out rows top to bottom: blackouts, then each group's heading and rows.
  const laid: Laid[] = [];
  let y = HEADER;
  const add = (l: Omit<Laid, 'y' | 'h'>, bold = false) => {
    const h = Math.max(ROW, l.lines.length * LINE + 5 + (bold ? 2 : 0));
    laid.push({ ...l, y, h });
    y += h;
  };
  for (const b of chart.blackouts) add({ blackout: b, lines: wrap(blackoutLabel(b), labelWidth - 12) });
  for (const g of chart.groups) {
    add({ group: g.label, lines: wrap(g.label, labelWidth - 8, FONT) }, true);
    for (const row of g.rows) add({ row, lines: wrap(rowLabel(row), labelWidth - 16) });
  }
  const bottom = y;
  const legendY = bottom + 16;
  const height = legendY + 34;

  const out: string[] = [];
  const tip = (text: string) => `<title>${html(text)}</title>`;
  out.push(
    `<svg class="gantt" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${html(`Timeline of ${chart.title}`)}">`,
    `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="blackout-fill"/><line x1="0" y1="0" x2="0" y2="6" class="blackout-line"/></pattern></defs>`,
  );

  // Zebra bands and group headings.
  laid.forEach((l, i) => {
    if (l.group !== undefined) out.push(`<rect class="group-band" x="0" y="${l.y}" width="${WIDTH}" height="${l.h}"/>`);
    else if (i % 2 === 1) out.push(`<rect class="zebra" x="0" y="${l.y}" width="${WIDTH}" height="${l.h}"/>`);
  });

  // The time axis: weekly ticks on Mondays for up to four months, else the first of each month.
  const long = days > 130;
  const ticks: string[] = [];
  for (let d = chart.from; d <= chart.to; d = addDays(d, 1)) {
    const dow = ((daysBetween('2024-01-01', d) % 7) + 7) % 7; // 2024-01-01 was a Monday
    if (long ? d.endsWith('-01') : dow === 0) ticks.push(d);
  }
  const step = Math.max(1, Math.ceil(ticks.length / Math.floor((x1 - x0) / 52)));
  ticks.forEach((d, i) => {
    const tx = f1(x(d));
    out.push(`<line class="grid" x1="${tx}" y1="${HEADER - 4}" x2="${tx}" y2="${bottom}"/>`);
    // A label that would run off either edge is left out; its grid line stays.
    const half = textWidth(long ? monthYear(d) : shortDate(d), 10) / 2;
    if (i % step === 0 && x(d) - half >= x0 - 4 && x(d) + half <= WIDTH - 2)
      out.push(
        `<text class="tick" x="${tx}" y="${HEADER - 8}" text-anchor="middle">${html(long ? monthYear(d) : shortDate(d))}</text>`,
      );
  });
  out.push(`<line class="axis" x1="${x0}" y1="${HEADER - 4}" x2="${x1}" y2="${HEADER - 4}"/>`);

  // Blackouts: a hatched band through every row, and a row of its own that names it.
  for (const l of laid) {
    if (!l.blackout) continue;
    const b = l.blackout;
    const bx = f1(x(b.from));
    const bw = f1(xEnd(b.to) - x(b.from));
    out.push(
      `<rect class="blackout" x="${bx}" y="${HEADER - 4}" width="${bw}" height="${bottom - HEADER + 4}">${tip(`${blackoutLabel(b)}: ${when(b.from)} to ${when(b.to)}`)}</rect>`,
      `<rect class="blackout-mark" x="${bx}" y="${l.y + 4}" width="${bw}" height="${l.h - 8}"/>`,
    );
  }

  // Labels and bars.
  for (const l of laid) {
    const indent = l.group !== undefined ? 6 : 14;
    const cls =
      l.group !== undefined
        ? 'group'
        : l.blackout
          ? 'label blackout-label'
          : l.row?.critical
            ? 'label critical'
            : l.row?.loop
              ? 'label loop'
              : 'label';
    const top = l.y + (l.h - l.lines.length * LINE) / 2 + LINE - 3;
    out.push(
      `<text class="${cls}" x="${indent}" y="${f1(top)}">${l.lines
        .map((t, i) => `<tspan x="${indent}"${i > 0 ? ` dy="${LINE}"` : ''}>${html(t)}</tspan>`)
        .join('')}</text>`,
    );
    if (l.row) out.push(...bars(l.row, l.y, l.h));
  }

  function describe(r: ChartRow): string {
    const span = (s?: Span) =>
      s ? (s.start === s.finish ? when(s.start) : `${when(s.start)} to ${when(s.finish)}`) : 'none';
    const parts = [
      `planned ${span(r.planned)}`,
      r.loop ? 'no forecast: dependency loop' : `${second} ${span(r.forecast)}`,
    ];
    if (r.critical) parts.push('on the critical path');
    return `${r.label}: ${parts.join('; ')}`;
  }

  function bars(r: ChartRow, top: number, h: number): string[] {
    const mid = top + h / 2;
    const state = r.critical ? 'critical' : r.state === 'done' ? 'done' : 'forecast';
    const parts: string[] = [];
    if (r.kind === 'milestone' || r.kind === 'delivery') {
      const shape = (d: string, cls: string) => {
        const cx = x(d) + perDay / 2;
        return r.kind === 'milestone'
          ? `<path class="${cls}" d="M${f1(cx)} ${f1(mid - 6)}l6 6l-6 6l-6 -6z"/>`
          : `<path class="${cls}" d="M${f1(cx)} ${f1(mid - 6)}l6 11h-12z"/>`;
      };
      if (r.planned && r.forecast && r.planned.finish !== r.forecast.finish) {
        const a = x(r.planned.finish) + perDay / 2;
        const b = x(r.forecast.finish) + perDay / 2;
        parts.push(`<line class="slip" x1="${f1(a)}" y1="${f1(mid)}" x2="${f1(b)}" y2="${f1(mid)}"/>`);
      }
      if (r.planned && (!r.forecast || r.planned.finish !== r.forecast.finish))
        parts.push(shape(r.planned.finish, 'baseline'));
      if (r.forecast) parts.push(shape(r.forecast.finish, state));
    } else {
      if (r.planned)
        parts.push(
          `<rect class="planned${r.loop ? ' loop' : ''}" x="${f1(x(r.planned.start))}" y="${f1(mid - 6)}" width="${f1(Math.max(2, xEnd(r.planned.finish) - x(r.planned.start)))}" height="4" rx="1"/>`,
        );
      if (r.forecast)
        parts.push(
          `<rect class="${state}" x="${f1(x(r.forecast.start))}" y="${f1(mid - 1)}" width="${f1(Math.max(2, xEnd(r.forecast.finish) - x(r.forecast.start)))}" height="7" rx="1.5"/>`,
        );
    }
    return [`<g>${tip(describe(r))}${parts.join('')}</g>`];
  }

  // Marker lines over the bars: as of, the deadline and the forecast finish, labelled in the header.
  const markers: { d: string; cls: string; text: string }[] = [];
  if (chart.asOf) markers.push({ d: chart.asOf, cls: 'as-of', text: `As of ${shortDate(chart.asOf)}` });
  if (chart.deadline)
    markers.push({ d: chart.deadline, cls: 'deadline', text: `Deadline ${shortDate(chart.deadline)}` });
  const placed: { left: number; right: number; row: number }[] = [];
  for (const m of markers) {
    const mx = m.cls === 'as-of' ? x(m.d) : xEnd(m.d);
    const w = textWidth(m.text, 10);
    const anchor = mx + w / 2 > WIDTH - 2 ? 'end' : mx - w / 2 < x0 ? 'start' : 'middle';
    const left = anchor === 'end' ? mx - w : anchor === 'start' ? mx : mx - w / 2;
    let row = 0;
    while (placed.some((p) => p.row === row && left < p.right + 4 && left + w > p.left - 4)) row++;
    placed.push({ left, right: left + w, row });
    out.push(
      `<line class="${m.cls}" x1="${f1(mx)}" y1="${HEADER - 4}" x2="${f1(mx)}" y2="${bottom}"/>`,
      `<text class="marker ${m.cls}-text" x="${f1(mx)}" y="${10 + row * 11}" text-anchor="${anchor}">${html(m.text)}</text>`,
    );
  }

  // The legend: what this chart draws, and nothing it does not.
  const rows = chart.groups.flatMap((g) => g.rows);
  const barRows = rows.filter((r) => r.kind === 'task' || r.kind === 'summary');
  const legend: [string, string][] = [
    ['planned', 'Planned'],
    ['forecast', second === 'actual' ? 'Actual or forecast' : 'Forecast'],
    ...(rows.some((r) => r.critical) ? [['critical', 'Critical path'] as [string, string]] : []),
    ...(rows.some((r) => r.state === 'done') ? [['done', 'Finished'] as [string, string]] : []),
    ...(rows.some(
      (r) =>
        r.kind !== 'task' && r.kind !== 'summary' && r.planned && r.forecast && r.planned.finish !== r.forecast.finish,
    )
      ? [['baseline', 'Baseline date'] as [string, string]]
      : []),
    ...(chart.blackouts.length > 0 ? [['blackout', 'Blackout'] as [string, string]] : []),
    ...(barRows.some((r) => r.loop) ? [['planned loop', 'No forecast: dependency loop'] as [string, string]] : []),
  ];
  let lx = 6;
  const ly = legendY;
  for (const [cls, text] of legend) {
    const swatch =
      cls === 'baseline'
        ? `<path class="baseline" d="M${lx + 6} ${ly - 6}l6 6l-6 6l-6 -6z"/>`
        : cls.startsWith('planned')
          ? `<rect class="${cls}" x="${lx}" y="${ly - 2}" width="14" height="4" rx="1"/>`
          : `<rect class="${cls}" x="${lx}" y="${ly - 4}" width="14" height="8" rx="1.5"/>`;
    out.push(swatch, `<text class="legend" x="${lx + 18}" y="${ly + 4}">${html(text)}</text>`);
    lx += 18 + Math.ceil(textWidth(text, 10)) + 16;
  }
  out.push('</svg>');
  return out.join('\n');
}
