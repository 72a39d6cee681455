/**
 * The table's own box drawing and wrapping against cli-table3, which drew it before and is kept
 * (as a dev dependency) as the reference: the same text, byte for byte, for any cell text made of
 * characters both measure alike, coloured or not, at any width. And the width measure itself.
 */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASCII_BORDERS, grid } from '../src/report/grid.js';
import { textWidth, wrap } from '../src/report/wrap.js';

function reference(rows: string[][], colWidths: number[], chars?: typeof ASCII_BORDERS): string {
  const table = new Table({
    head: rows[0]!,
    colWidths,
    ...(chars ? { chars } : {}),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of rows.slice(1)) table.push(row);
  return table.toString();
}

const c = new Chalk({ level: 3 });
/** Pieces of text both measures agree on: ASCII, Latin, CJK, emoji, whitespace runs, colour. */
const PIECES = [
  'a',
  'word',
  'Task',
  'x-y',
  '12:3',
  ' ',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\n',
  'é',
  '→',
  '…',
  '£',
  '漢字',
  'テスト',
  '☕',
  '🚀',
  'ｗｉｄｅ',
  c.bold('bold'),
  c.dim('→ dim text'),
  c.red.bold('high'),
  c.red.bold.underline('critical'),
  c.hex('#ff8700').bold('amber-red'),
  `${c.bold('open`')}`,
  'averyveryveryverylongwordwithoutanyspaceinit',
  '漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字',
];
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((ps) => ps.join(''));

describe('grid draws what cli-table3 drew', () => {
  it('for any cells at any widths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 3, max: 40 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(text, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (widths, rows) => {
          const cells = rows.map((r) => r.slice(0, widths.length));
          const ours = grid(cells, widths);
          const theirs = reference(cells, widths);
          expect(LONE_SURROGATE.test(ours)).toBe(false);
          const tableWidth = widths.reduce((a, b) => a + b + 1, 1);
          for (const line of ours.split('\n')) expect(textWidth(line)).toBe(tableWidth);
          // cli-table3 cuts an emoji in half where a line is truncated; there the two differ.
          if (!LONE_SURROGATE.test(theirs)) expect(ours).toBe(theirs);
        },
      ),
      { seed: 12, numRuns: 1500 },
    );
  });

  it('cuts a line at its columns where cli-table3 cut it at its UTF-16 length', () => {
    // 'e' and a combining accent: two code units, one column; cli-table3 cut it as two and overflowed.
    const rows = [['x'], ['e\u0301漢字e\u0301']];
    expect(grid(rows, [7])).toBe('┌───────┐\n│ x     │\n├───────┤\n│ é漢…  │\n└───────┘'.replace('é', 'e\u0301'));
  });

  it('for the findings table of a long loop and a 4 KB name', () => {
    const loop = Array.from({ length: 300 }, (_, i) => `t${i}`).join(' → ');
    const name = 'word '.repeat(820);
    const rows = [
      ['Line', 'Severity', 'Finding'],
      [
        '12:7',
        c.red.bold.underline('critical'),
        `${c.bold('dependency-cycle')}\nDependency loop: ${loop}.\n${c.dim('→ fix')}`,
      ],
      ['3:9', c.yellow('medium'), `${c.bold('owner-assigned')}\n${name}\n${c.dim(`→ ${'x'.repeat(4096)}`)}`],
    ];
    expect(grid(rows, [9, 10, 61])).toBe(reference(rows, [9, 10, 61]));
  });

  it('with ASCII borders, for a terminal whose locale is not UTF-8', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 3, max: 40 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(text, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (widths, rows) => {
          const cells = rows.map((r) => r.slice(0, widths.length));
          const ours = grid(cells, widths, ASCII_BORDERS);
          expect(ours).toMatch(/^\+-/);
          expect(ours).not.toMatch(/[─│┌┐└┘├┤┬┴┼]/);
          const theirs = reference(cells, widths, ASCII_BORDERS);
          if (!LONE_SURROGATE.test(theirs)) expect(ours).toBe(theirs);
        },
      ),
      { seed: 14, numRuns: 300 },
    );
  });
});

describe('textWidth', () => {
  it.each([
    ['', 0],
    ['plain text', 10],
    [c.red.bold('high'), 4],
    ['漢字', 4],
    ['ｗ', 2],
    ['☕', 2],
    ['🚀', 2],
    ['🫠', 2], // newer than string-width 4's emoji list, which measured it 1
    ['é', 1],
    ['e\u0301', 1],
    ['👨\u200d👩\u200d👧', 2], // joined by zero-width joiners: one picture
    ['👍🏽', 2], // a skin tone modifies the emoji before it
    ['🇬🇧', 2], // a flag: two regional indicators
    ['❤\ufe0f', 1],
    ['a\u200bb', 2],
    ['\u0007', 0],
  ])('%j is %i columns', (s, width) => {
    expect(textWidth(s)).toBe(width);
  });
});

describe('wrap', () => {
  it('breaks at spaces, indents what follows, and cuts a word longer than the line', () => {
    expect(wrap('one two three four', 9, '  ')).toBe('one two\n  three\n  four');
    expect(wrap(`see ${'a'.repeat(24)}`, 10)).toBe(`see\n${'a'.repeat(8)}\n${'a'.repeat(8)}\n${'a'.repeat(8)}`);
  });

  it('measures wide characters by their columns, and never splits one', () => {
    expect(wrap('漢字 漢字 漢字', 9)).toBe('漢字 漢字\n漢字');
    expect(wrap('漢字漢字漢字漢字', 6)).toBe('漢字\n漢字\n漢字\n漢字');
    expect(wrap('🚀🚀🚀', 3)).toBe('🚀\n🚀\n🚀');
  });

  it('is linear: a 1 MB line of words wraps at once', () => {
    const long = 'word '.repeat(200_000);
    const lines = wrap(long, 80).split('\n');
    expect(lines.length).toBe(Math.ceil(200_000 / 16));
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});
