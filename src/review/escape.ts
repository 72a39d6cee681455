/**
 * Plan text goes into three kinds of output: Markdown, Mermaid (inside the Markdown) and HTML
 * (with inline SVG), and each has its one escaping function here, which the renderer for that
 * output calls on every piece of text. None may let a task or vendor name break the document or
 * run as code, and each keeps the text as it was written: "02:00" keeps its real colon everywhere.
 *
 * - md():      Markdown text (paragraphs, list items, headings and table cells).
 * - mermaid(): a Mermaid gantt task name, section name or title.
 * - html():    HTML text and attribute values, and SVG (XML) text and attributes.
 *
 * All three drop the control characters XML forbids and that no reader shows (the NUL a YAML
 * "\0" escape can put in a name); md() and mermaid() also fold line breaks to one space, since
 * a line break would end a table row, a list item or a chart line.
 */

import { escapeUTF8 } from 'entities';
import { markdownText } from '../report/escape.js';

/** C0 controls other than tab, line feed and carriage return, DEL, and the two non-characters XML forbids. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly these characters
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

const clean = (text: string | null | undefined) => (text ?? '').replace(FORBIDDEN, '');
const oneLine = (text: string | null | undefined) => clean(text).replace(/[\r\n\t]+/g, ' ');

/**
 * Text inside Markdown: the report's Markdown escaper (markdownText: no HTML, no table break,
 * no inline formatting, no @mention that pings anyone, no bare address that becomes a link),
 * and, since a review's text also starts paragraphs and list items, a block marker at the start
 * (a list item or a setext underline; "99.9% uptime" is not one) and the maths and attribute
 * marks some readers give `$` and braces.
 */
export function md(text: string | null | undefined): string {
  return markdownText(oneLine(text))
    .replace(/([${}])/g, '\\$1')
    .replace(/^(\s*)([-+])(?=\s|-|$)/, '$1\\$2')
    .replace(/^(\s*)(=+\s*)$/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Words Mermaid's gantt lexer reads as a statement at the start of a line, whatever follows in
 * a task name: "Section 3 cabling" would open a section, "Title transfer" retitle the chart,
 * "Excludes weekends…" change the calendar and "Click and collect" start a click binding; a
 * name that starts with a date is read as one.
 */
const STATEMENT =
  /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescr|acctitle|section|click|call|href|vert|\d)/i;

/**
 * A Mermaid gantt name (task, section or title). Mermaid gives `:` `;` `#` `%` meaning, and
 * renders markup; it also decodes `#<code>;` entity codes in every diagram's text. So each of
 * those characters (and quotes, brackets, backslashes and pipes) is written as its code,
 * `#58;` for a colon, which Mermaid draws as the real character: the chart says "02:00".
 * A name that starts with a statement word gets its first letter as a code too, so the lexer
 * sees a task and the chart shows the name unchanged.
 */
export function mermaid(text: string | null | undefined): string {
  const words = oneLine(text).replace(/\s+/g, ' ').trim();
  if (words === '') return 'untitled';
  const code = (c: string) => `#${c.codePointAt(0)};`;
  const body = words.replace(/[#;:%<>"'`\\{}[\]|&]/g, code);
  return STATEMENT.test(words) ? code(body[0]!) + body.slice(1) : body;
}

/**
 * HTML (and SVG) text or a quoted attribute value: & < > " ' as entities, by the `entities`
 * package (the one the HTML parsers use), which leaves every other character as it is.
 */
export function html(text: string | null | undefined): string {
  return escapeUTF8(clean(text));
}
