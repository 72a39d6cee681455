/**
 * A boxed table for the terminal, in time linear in its text: the same characters, line for
 * line, as cli-table3 draws with fixed column widths, word wrapping, one space of padding and
 * no colours of its own (test/grid.test.ts holds the two side by side). cli-table3 measures
 * every word with string-width, which compiles a 20 KB emoji regex per call, and truncates a
 * line one character at a time: 22 s for the findings of a 1,000-task plan. Here each word is
 * measured once (src/report/wrap.ts) and a line is cut in one pass.
 */
import { fitEnd, textWidth } from './wrap.js';

/** The border characters, by cli-table3's names for them: its defaults, box drawing. */
export type Borders = Record<keyof typeof BOX_BORDERS, string>;

export const BOX_BORDERS = {
  top: '─',
  'top-mid': '┬',
  'top-left': '┌',
  'top-right': '┐',
  bottom: '─',
  'bottom-mid': '┴',
  'bottom-left': '└',
  'bottom-right': '┘',
  left: '│',
  'left-mid': '├',
  mid: '─',
  'mid-mid': '┼',
  right: '│',
  'right-mid': '┤',
  middle: '│',
};

/** cli-table3's borders in ASCII, for a terminal whose locale cannot show box drawing. */
export const ASCII_BORDERS = {
  top: '-',
  'top-mid': '+',
  'top-left': '+',
  'top-right': '+',
  bottom: '-',
  'bottom-mid': '+',
  'bottom-left': '+',
  'bottom-right': '+',
  left: '|',
  'left-mid': '+',
  mid: '-',
  'mid-mid': '+',
  right: '|',
  'right-mid': '+',
  middle: '|',
};

/**
 * The table's text, with no final line end. `colWidths` are outer widths (padding included);
 * the first row is the header. `borders` as cli-table3's `chars` (box drawing by default).
 */
export function grid(
  rows: readonly (readonly string[])[],
  colWidths: readonly number[],
  borders: Borders = BOX_BORDERS,
): string {
  const b = borders;
  const out: string[] = [];
  const rule = (left: string, fill: string, mid: string, right: string) =>
    left + colWidths.map((w) => fill.repeat(w)).join(mid) + right;
  rows.forEach((row, y) => {
    out.push(
      y === 0
        ? rule(b['top-left'], b.top, b['top-mid'], b['top-right'])
        : rule(b['left-mid'], b.mid, b['mid-mid'], b['right-mid']),
    );
    const cells = colWidths.map((w, x) => cellLines(row[x] ?? '', w - 2));
    let height = 1;
    for (const lines of cells) if (lines.length > height) height = lines.length;
    for (let n = 0; n < height; n++) {
      let line = '';
      for (let x = 0; x < colWidths.length; x++) {
        const inner = colWidths[x]! - 2;
        const text = cells[x]![n];
        const left = x === 0 ? b.left : b.middle;
        line +=
          text === undefined ? `${left}${' '.repeat(inner + 2)}` : `${left} ${pad(truncate(text, inner), inner)} `;
      }
      out.push(line + b.right);
    }
  });
  out.push(rule(b['bottom-left'], b.bottom, b['bottom-mid'], b['bottom-right']));
  return out.join('\n');
}

/** A cell's lines: each line of its text word-wrapped, colour codes carried across the wraps. */
function cellLines(content: string, width: number): string[] {
  const lines: string[] = [];
  for (const line of content.split('\n')) wordWrap(line, width, lines);
  return content.includes('\x1b') ? colorizeLines(lines) : lines;
}

/**
 * cli-table3's word wrap of one line, quirks included (they decide where lines break): words are
 * split at runs of whitespace, a run is kept where the next word fits (measured by its length),
 * a word wider than the cell gets a line of its own (and is truncated when drawn), and a line
 * with no width (empty, or only whitespace) is dropped.
 */
function wordWrap(input: string, maxWidth: number, lines: string[]): void {
  const split = input.split(/(\s+)/);
  let line = '';
  let lineWidth = 0;
  let whitespace: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i]!;
    const w = textWidth(word);
    let next = lineWidth + w;
    if (lineWidth > 0 && whitespace) next += whitespace.length;
    if (next > maxWidth) {
      if (lineWidth !== 0) lines.push(line);
      line = word;
      lineWidth = w;
    } else {
      line += (whitespace || '') + word;
      lineWidth = next;
    }
    whitespace = split[i + 1];
  }
  if (lineWidth) lines.push(line);
}

/** Right-pads to the width (a line that is wider by more than one column is left alone, as cli-table3 does). */
function pad(text: string, width: number): string {
  const w = textWidth(text);
  return width + 1 >= w && width > w ? text + ' '.repeat(width - w) : text;
}

/** A line cut to the width with an ellipsis when it is wider; colour codes left open are closed. */
function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  const desired = width - 1; // the ellipsis takes one column
  const state: SgrState = {};
  let out = '';
  let taken = 0;
  const sgr = new RegExp(SGR.source, 'g');
  let from = 0;
  const fit = { width: 0 };
  while (taken < desired) {
    const m = sgr.exec(text);
    const segment = text.slice(from, m ? m.index : text.length);
    const segWidth = textWidth(segment);
    if (taken + segWidth > desired) {
      out += segment.slice(0, fitEnd(segment, 0, desired - taken, fit));
      taken += fit.width;
    } else {
      out += segment;
      taken += segWidth;
    }
    if (taken < desired) {
      if (!m) break;
      out += m[0];
      updateState(state, m);
      from = m.index + m[0].length;
    }
  }
  out = unwindState(state, out);
  out += '…';
  const hyperlinkEnd = '\x1b]8;;\x07';
  if (text.includes(hyperlinkEnd) && !out.includes(hyperlinkEnd)) out += hyperlinkEnd;
  return out;
}

// Colour state across wrapped lines, as cli-table3 keeps it: a line that starts inside bold
// (say) reopens it, and a line that ends inside it closes it, so the border stays plain.

/** An SGR colour code; group 1 is its parameters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC
const SGR = /\x1b\[((?:\d*;){0,5}\d*)m/;

interface SgrState {
  [attribute: string]: boolean | string | undefined;
  lastForegroundAdded?: string;
  lastBackgroundAdded?: string;
}

const ATTRIBUTES: Record<string, { set: string; to: boolean }> = {};
const CODES: Record<string, { on: string; off: string }> = {};
for (const [name, on, off] of [
  ['bold', 1, 22],
  ['italics', 3, 23],
  ['underline', 4, 24],
  ['inverse', 7, 27],
  ['strikethrough', 9, 29],
] as const) {
  ATTRIBUTES[`\x1b[${on}m`] = { set: name, to: true };
  ATTRIBUTES[`\x1b[${off}m`] = { set: name, to: false };
  CODES[name] = { on: `\x1b[${on}m`, off: `\x1b[${off}m` };
}

function updateState(state: SgrState, code: RegExpExecArray): void {
  const n = code[1] ? Number.parseInt(code[1].split(';')[0]!, 10) : 0;
  if ((n >= 30 && n <= 39) || (n >= 90 && n <= 97)) {
    state.lastForegroundAdded = code[0];
    return;
  }
  if ((n >= 40 && n <= 49) || (n >= 100 && n <= 107)) {
    state.lastBackgroundAdded = code[0];
    return;
  }
  if (n === 0) {
    for (const key of Object.keys(state)) delete state[key];
    return;
  }
  const info = ATTRIBUTES[code[0]];
  if (info) state[info.set] = info.to;
}

function readState(line: string): SgrState {
  const state: SgrState = {};
  const sgr = new RegExp(SGR.source, 'g');
  for (let m = sgr.exec(line); m !== null; m = sgr.exec(line)) updateState(state, m);
  return state;
}

function unwindState(state: SgrState, line: string): string {
  const { lastBackgroundAdded: bg, lastForegroundAdded: fg } = state;
  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;
  for (const key of Object.keys(state)) if (state[key]) line += CODES[key]!.off;
  if (bg && bg !== '\x1b[49m') line += '\x1b[49m';
  if (fg && fg !== '\x1b[39m') line += '\x1b[39m';
  return line;
}

function rewindState(state: SgrState, line: string): string {
  const { lastBackgroundAdded: bg, lastForegroundAdded: fg } = state;
  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;
  for (const key of Object.keys(state)) if (state[key]) line = CODES[key]!.on + line;
  if (bg && bg !== '\x1b[49m') line = bg + line;
  if (fg && fg !== '\x1b[39m') line = fg + line;
  return line;
}

function colorizeLines(lines: string[]): string[] {
  let state: SgrState = {};
  return lines.map((input) => {
    const line = rewindState(state, input);
    state = readState(line);
    return unwindState({ ...state }, line);
  });
}
