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

/** C0 controls other than tab, line feed and carriage return, DEL, and the two non-characters XML forbids. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly these characters
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

const clean = (text: string | null | undefined) => (text ?? '').replace(FORBIDDEN, '');
const oneLine = (text: string | null | undefined) => clean(text).replace(/[\r\n\t]+/g, ' ');

/**
 * An invisible word joiner, as an entity: set after the `@` of a mention or e-mail address and
 * inside a web address's `://` or `www.`, it keeps GitHub from pinging a person named in a plan
 * and every GFM reader from turning plan text into a link, while the reader sees the same text.
 */
const JOIN = '&#8288;';

/**
 * Text inside Markdown. Backslash-escapes every character CommonMark or GitHub gives a meaning
 * inline (emphasis, code, links, images, strikethrough, tables, maths, HTML), and a block marker
 * at the start (a heading, list item, quote, rule or setext underline; "99.9% uptime" is not
 * one), and writes & < > as entities so that no HTML passes through. A mention ("@alice"), an
 * e-mail address and a web address stay text: no one is notified and nothing becomes a link.
 */
export function md(text: string | null | undefined): string {
  return oneLine(text)
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([`*_[\]#~$!{}])/g, '\\$1')
    .replace(/@(?=[\p{L}\p{N}_])/gu, `@${JOIN}`)
    .replace(/([a-z][a-z0-9+.-]*):(?=\/\/)/gi, `$1${JOIN}:`)
    .replace(/\b(mailto|xmpp|tel):/gi, `$1${JOIN}:`)
    .replace(/\b(www)\./gi, `$1${JOIN}.`)
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
