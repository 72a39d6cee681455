/**
 * Terminal text: how many columns a string takes, and word wrapping to a width, in time linear
 * in the text. Plan text is names and sentences, so "enough" grapheme handling is: East Asian
 * wide and fullwidth characters and emoji take two columns, combining marks, variation
 * selectors, zero-width characters and the emoji joined by a zero-width joiner take none, and a
 * pair of regional indicators (a flag) takes two. ANSI colour codes take none.
 *
 * This is string-width 4's measure (what cli-table3 used) for every character it knows, made
 * cheap: one table lookup per character outside ASCII, never a regular expression per word. It
 * differs, deliberately, where string-width is wrong for a terminal: emoji newer than its
 * emoji-regex (width 2, not 1), and the zero-width characters it counts as 1 outside an emoji.
 */

// Character codes.
const ESC = 0x1b;
const ZWJ = 0x200d;

/**
 * Which code points from 0x2300 to 0x2BFF and from 0x1F000 to 0x1FAFF are emoji shown as
 * pictures by default (Unicode's Emoji_Presentation): the only emoji outside the wide ranges.
 * Built on the first such character, from the regular expression engine's own Unicode tables.
 */
let emojiTable: Uint8Array | undefined;
const LOW_EMOJI = 0x2300;
const HIGH_EMOJI = 0x1f000;
const LOW_SPAN = 0x2c00 - LOW_EMOJI;
const HIGH_SPAN = 0x1fb00 - HIGH_EMOJI;

function isEmojiPresentation(cp: number): boolean {
  if (!emojiTable) {
    emojiTable = new Uint8Array(LOW_SPAN + HIGH_SPAN);
    const emoji = /^\p{Emoji_Presentation}$/u;
    for (let i = 0; i < LOW_SPAN; i++) if (emoji.test(String.fromCodePoint(LOW_EMOJI + i))) emojiTable[i] = 1;
    for (let i = 0; i < HIGH_SPAN; i++)
      if (emoji.test(String.fromCodePoint(HIGH_EMOJI + i))) emojiTable[LOW_SPAN + i] = 1;
  }
  if (cp >= LOW_EMOJI && cp < LOW_EMOJI + LOW_SPAN) return emojiTable[cp - LOW_EMOJI] === 1;
  if (cp >= HIGH_EMOJI && cp < HIGH_EMOJI + HIGH_SPAN) return emojiTable[LOW_SPAN + cp - HIGH_EMOJI] === 1;
  return false;
}

/** is-fullwidth-code-point's ranges (East Asian Wide and Fullwidth), as string-width uses them. */
function isFullwidth(cp: number): boolean {
  return (
    cp >= 0x1100 &&
    (cp <= 0x115f ||
      cp === 0x2329 ||
      cp === 0x232a ||
      (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
      (cp >= 0x3250 && cp <= 0x4dbf) ||
      (cp >= 0x4e00 && cp <= 0xa4c6) ||
      (cp >= 0xa960 && cp <= 0xa97c) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe10 && cp <= 0xfe19) ||
      (cp >= 0xfe30 && cp <= 0xfe6b) ||
      (cp >= 0xff01 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1b000 && cp <= 0x1b001) ||
      (cp >= 0x1f200 && cp <= 0x1f251) ||
      (cp >= 0x20000 && cp <= 0x3fffd))
  );
}

/** Characters that take no column: combining marks, joiners, variation selectors, tags. */
function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tones, which follow the emoji they modify
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/** The columns one code point takes, outside ASCII, given the code point before it. */
function wideWidth(cp: number, prev: number): number {
  if (cp <= 0x9f) return 0; // C1 controls
  if (isZeroWidth(cp)) return 0;
  if (isFullwidth(cp)) return 2;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return prev >= 0x1f1e6 && prev <= 0x1f1ff ? 0 : 2; // a flag's second letter
  if (isEmojiPresentation(cp)) return prev === ZWJ ? 0 : 2;
  return 1;
}

/**
 * The end of the ANSI escape sequence at `i` (an ESC): a CSI sequence (`ESC [ … final`), or
 * the ESC alone. Colour codes are CSI sequences ending in `m`.
 */
function escapeEnd(s: string, i: number): number {
  if (s.charCodeAt(i + 1) !== 0x5b) return i + 1;
  let j = i + 2;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c >= 0x40 && c <= 0x7e) return j + 1;
    if (c < 0x20 || c > 0x3f) return j; // not a CSI parameter or intermediate: malformed
    j++;
  }
  return j;
}

/** The columns `s` takes in a terminal (one line; see the file comment). */
export function textWidth(s: string): number {
  let width = 0;
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x7f) {
      if (c >= 0x20) width++;
      else if (c === ESC) i = escapeEnd(s, i) - 1;
      prev = c;
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    width += wideWidth(cp, prev);
    prev = cp;
  }
  return width;
}

/**
 * The end (a string index) of the longest prefix of `s` from `start` that takes at most
 * `columns` columns, never splitting a character, an escape sequence or a surrogate pair;
 * characters that take no column right after it are included. `taken` receives its width.
 */
export function fitEnd(s: string, start: number, columns: number, taken: { width: number } = { width: 0 }): number {
  let width = 0;
  let prev = 0;
  let i = start;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let next = i + 1;
    let w: number;
    let cp = c;
    if (c < 0x7f) {
      w = c >= 0x20 ? 1 : 0;
      if (c === ESC) next = escapeEnd(s, i);
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
          next = i + 2;
        }
      }
      w = wideWidth(cp, prev);
    }
    if (width + w > columns) break;
    width += w;
    prev = cp;
    i = next;
  }
  taken.width = width;
  return i;
}

/**
 * Word-wraps text to the width at its spaces, indenting continuation lines; a word longer than
 * the line is cut into pieces that fit (a word with colour codes is left whole). Linear in the
 * text: each word is measured once.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const indentWidth = textWidth(indent);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const add = (word: string, w: number) => {
    if (line !== '' && lineWidth + 1 + w > width) {
      lines.push(line);
      line = indent + word;
      lineWidth = indentWidth + w;
    } else if (line === '') {
      line = word;
      lineWidth = w;
    } else {
      line = `${line} ${word}`;
      lineWidth += 1 + w;
    }
  };
  for (const word of text.split(' ')) {
    const w = textWidth(word);
    if (w <= width || word.includes('\x1b')) add(word, w);
    else for (const piece of cut(word, width)) add(piece, textWidth(piece));
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** A word longer than the line (a long path), in pieces of at most width - 2 columns. */
function cut(word: string, width: number): string[] {
  const step = Math.max(1, width - 2);
  const pieces: string[] = [];
  for (let i = 0; i < word.length; ) {
    let end = fitEnd(word, i, step);
    if (end === i) end = i + (word.codePointAt(i)! > 0xffff ? 2 : 1); // a wide character in a 1-column step
    pieces.push(word.slice(i, end));
    i = end;
  }
  return pieces;
}
