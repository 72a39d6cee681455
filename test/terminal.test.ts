/**
 * Severity colours in the table must read on light and dark terminal themes alike. A theme
 * chooses what "white" and "red" look like, so a style with a background colour is at its
 * mercy (white on red is 1.4:1 in VS Code's light theme); a foreground colour on the theme's
 * own background is what every theme tunes for readability.
 */
import { describe, expect, it } from 'vitest';
import { formatTable } from '../src/report/table.js';
import { auditSources } from '../src/run/audit.js';

const ESC = '\u001b';

describe('severity colours', () => {
  const run = auditSources(['examples/office-move.plan.yaml'], { today: '2026-11-22' });
  const text = formatTable(run, { width: 100, color: 1 });

  it('critical is bold red and underlined, high bold red: no background colour, no inverse', () => {
    expect(text).toContain(`${ESC}[31m${ESC}[1m${ESC}[4mcritical${ESC}[24m${ESC}[22m${ESC}[39m`);
    expect(text).toContain(`${ESC}[31m${ESC}[1mhigh${ESC}[22m${ESC}[39m`);
    const codes = [...text.matchAll(new RegExp(`${ESC}\\[([0-9;]+)m`, 'g'))].flatMap((m) => m[1]!.split(';'));
    expect(codes.filter((n) => /^(4[0-7]|10[0-7]|7)$/.test(n))).toEqual([]);
  });
});
