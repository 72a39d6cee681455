/**
 * Text from a plan or a repository (task names, keys, file names, messages built from them)
 * leaves pmcheck through one of these, one function per output kind, at the point where it
 * is written. Each makes the text inert for the program that reads that output:
 *
 * - a terminal or CI log (the table, stderr): no escape sequences (colours, cursor moves, OSC
 *   titles and hyperlinks, GitLab's `\e[0Ksection_start:`), no control characters, and no line
 *   that a runner reads as a command (`::error`, `::add-mask::`, `::stop-commands::`, `##[`);
 * - GitHub workflow commands: the above, then GitHub's own escaping;
 * - JSON: no lone surrogate, which strict readers such as jq reject;
 * - XML (JUnit): only the characters XML 1.0 allows, then the five entities;
 * - Markdown (PR comments, the job summary): no formatting, HTML, table breaks, @mentions that
 *   ping or bare URLs that link.
 */
import { escapeUTF8 } from 'entities';

/** CSI (`\e[…m`), OSC (`\e]…\a` or `\e]…\e\\`), and other two-byte escapes, and their 8-bit forms. */
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
/** C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a reader sees. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** A line a CI runner would read as a command: GitHub's `::name::` and Azure Pipelines' `##[` / `##vso[`. */
const RUNNER_COMMAND = /^(\s*)(::|##(?:vso)?\[)/gm;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Replaces lone surrogates (half an emoji cut in two) with U+FFFD, as a UTF-8 encoder would. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * Text for one line of a terminal or CI log: escape sequences removed, line breaks and tabs as
 * spaces, other controls shown as `\u001b`, and a leading runner command broken by a zero-width
 * space, so that it reads the same and runs nothing.
 */
export function terminalLine(text: string): string {
  return wellFormed(text)
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(CONTROL, visible)
    .replace(RUNNER_COMMAND, '$1\u200b$2');
}

/**
 * A file name for a terminal or CI log: every control character, line breaks included, shown as
 * `\u000a`, since a name is only right when it is shown exactly.
 */
export function terminalName(text: string): string {
  return wellFormed(text)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, visible)
    .replace(RUNNER_COMMAND, '$1\u200b$2');
}

/**
 * Text of several lines for a terminal or CI log (stderr): as terminalLine, but line breaks
 * stay, and no line of it can be a runner command.
 */
export function terminalText(text: string): string {
  return controlsShown(text).replace(RUNNER_COMMAND, '$1\u200b$2');
}

/** Line breaks kept as \n, escape sequences removed, every other control shown as an escape. */
function controlsShown(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?/g, '\n')
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, visible);
}

/** GitHub's toolkit escaping for a workflow command's message (escapeData), and no more. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** GitHub's toolkit escaping for a workflow command's property value (escapeProperty), and no more. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A workflow command's message: no escape sequence or control, then GitHub's escaping, which
 * turns every line break into %0A, so that nothing in it can start a line of the log.
 */
export function githubData(text: string): string {
  return escapeData(controlsShown(text));
}

/** A workflow command's property value (a file name, a title), as githubData. */
export function githubProperty(text: string): string {
  return escapeProperty(controlsShown(text));
}

/** A JSON.stringify replacer: every string well-formed. */
export function jsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? wellFormed(value) : value;
}

/** Text for XML 1.0 content or an attribute: characters XML forbids removed, then the five entities (by `entities`). */
export function xmlText(text: string): string {
  return escapeUTF8(
    wellFormed(text).replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, ''),
  );
}

/**
 * Plan text in Markdown, inline or in a table cell: no pipes, no line breaks, no HTML, no
 * accidental formatting; and, since this text is posted as a pull-request comment or job
 * summary, no @mention that pings someone and no bare URL that becomes a link: a zero-width
 * space after the @, and inside the scheme or www., breaks both and reads the same.
 */
export function markdownText(text: string): string {
  return terminalLine(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([`*_[\]#~!])/g, '\\$1')
    .replace(/@(?=[\p{L}\p{N}_-])/gu, '@&#8203;')
    .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1:&#8203;')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#8203;.`);
}

/**
 * A file or config path as Markdown code: one line, fenced by more backticks than it holds
 * (CommonMark), and inside a table a pipe escaped, which GitHub's tables read before the span.
 * Code spans show everything else as written, so a mention or a URL in a path stays inert.
 */
export function markdownCode(text: string, inTable = false): string {
  const flat = terminalLine(text);
  const runs = flat.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}
