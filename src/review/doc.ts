/**
 * A review as a document tree, written once and rendered as Markdown or as HTML. Every string
 * in the tree is plain text, plan text included: only a renderer escapes it, for its own output
 * (md(), mermaid() or html() in escape.ts), so no section can forget to.
 */
import type { Rating } from '../engine/score.js';
import type { Chart } from './gantt/chart.js';

/** Plain text (escaped by the renderer), emphasis, a rating drawn in its colour, or a run of these. */
export type Inline =
  | string
  | { strong: Inline }
  | { em: Inline }
  | { rating: Rating; text: string }
  | readonly Inline[];

export type Align = 'left' | 'right';

/** A risk heat map: counts and names of risks by likelihood (columns) and impact (rows), 1 to 5. */
export interface HeatMap {
  /** cells[impact - 1][likelihood - 1]: the risks' labels in that cell. */
  cells: string[][][];
}

export type Block =
  /** A note or an alert stands out; a lead is a label that stays with the list after it. */
  | { kind: 'para'; text: Inline; tone?: 'note' | 'alert' | 'lead' }
  /** A heading inside a section. */
  | { kind: 'heading'; text: Inline }
  | { kind: 'list'; items: Inline[] }
  | { kind: 'table'; head: Inline[]; rows: Inline[][]; align?: Align[]; widths?: number[] }
  /** Label and value pairs: the summary at the top. */
  | { kind: 'facts'; rows: [label: string, value: Inline][] }
  | { kind: 'gantt'; chart: Chart }
  | { kind: 'heatmap'; map: HeatMap }
  /** Lines to sign on, one per role. */
  | { kind: 'signatures'; rows: { role: string; name: Inline }[] };

export interface Section {
  title: string;
  blocks: Block[];
}

export interface ReviewDocument {
  /** The document's name, such as "Status report", and the project it is about. */
  heading: string;
  project: string;
  /** Under the title: who it is for, as of when. */
  byline: Inline;
  sections: Section[];
  /** For the page's <title> and the printed footer. */
  footer: string;
}

export const para = (text: Inline, tone?: 'note' | 'alert' | 'lead'): Block =>
  tone ? { kind: 'para', text, tone } : { kind: 'para', text };
export const heading = (text: Inline): Block => ({ kind: 'heading', text });
export const list = (items: Inline[]): Block => ({ kind: 'list', items });
export const strong = (text: Inline): Inline => ({ strong: text });
export const em = (text: Inline): Inline => ({ em: text });

/** The plain text of an inline run, for a title attribute or a test. */
export function plain(text: Inline): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return (text as readonly Inline[]).map(plain).join('');
  const t = text as { strong?: Inline; em?: Inline; text?: string };
  return plain(t.strong ?? t.em ?? t.text ?? '');
}

function mapInline(t: Inline, fn: (s: string) => string): Inline {
  if (typeof t === 'string') return fn(t);
  if (Array.isArray(t)) return (t as readonly Inline[]).map((x) => mapInline(x, fn));
  const x = t as { strong?: Inline; em?: Inline; rating?: Rating; text?: string };
  if (x.strong !== undefined) return { strong: mapInline(x.strong, fn) };
  if (x.rating !== undefined) return { rating: x.rating, text: fn(x.text ?? '') };
  return { em: mapInline(x.em ?? '', fn) };
}

function mapBlock(b: Block, fn: (s: string) => string): Block {
  const m = (t: Inline) => mapInline(t, fn);
  switch (b.kind) {
    case 'para':
    case 'heading':
      return { ...b, text: m(b.text) };
    case 'list':
      return { ...b, items: b.items.map(m) };
    case 'table':
      return { ...b, head: b.head.map(m), rows: b.rows.map((r) => r.map(m)) };
    case 'facts':
      return { ...b, rows: b.rows.map(([k, v]): [string, Inline] => [fn(k), m(v)]) };
    case 'gantt':
      return {
        ...b,
        chart: {
          ...b.chart,
          groups: b.chart.groups.map((g) => ({
            label: fn(g.label),
            rows: g.rows.map((r) => ({ ...r, label: fn(r.label) })),
          })),
          blackouts: b.chart.blackouts.map((x) => ({ ...x, label: fn(x.label) })),
        },
      };
    case 'heatmap':
      return b;
    case 'signatures':
      return { ...b, rows: b.rows.map((r) => ({ role: r.role, name: m(r.name) })) };
  }
}

/** The document with `fn` applied to every piece of text in it: the customer's dates, say. */
export function mapText(doc: ReviewDocument, fn: (s: string) => string): ReviewDocument {
  return {
    ...doc,
    project: fn(doc.project),
    byline: mapInline(doc.byline, fn),
    sections: doc.sections.map((s) => ({ title: fn(s.title), blocks: s.blocks.map((b) => mapBlock(b, fn)) })),
  };
}
