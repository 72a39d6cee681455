/**
 * The table at 80 columns: every line of it, coloured or not, fits, for every example, alone
 * and as a portfolio, with the longest header a plan can have.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AuditRun, finishRun } from '../src/core/gate.js';
import { formatTable } from '../src/report/table.js';
import { auditSources } from '../src/run/audit.js';

const EXAMPLES = ['office-move', 'cloud-migration', 'network-refresh', 'cyber-essentials'].map(
  (name) => `examples/${name}.plan.yaml`,
);
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI colour codes
const visible = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '');

function expectFits(run: AuditRun): void {
  for (const color of [0, 3] as const) {
    const text = formatTable(run, { width: 80, color });
    for (const line of text.split('\n')) expect(visible(line).length, visible(line)).toBeLessThanOrEqual(80);
  }
}

/** Each plan alone and all together, with the longest "as of" (from --as-of). */
function expectAllFit(run: AuditRun): void {
  const reports = run.reports.map((r) => ({ ...r, asOfSource: 'option' as const }));
  for (const r of reports) expectFits(finishRun([r], []));
  expectFits(finishRun(reports, []));
}

describe('the table at 80 columns', () => {
  it('fits every example, alone and together, coloured or not', () => {
    expectAllFit(auditSources(EXAMPLES, { today: '2026-11-22' }));
  }, 60_000);

  it('fits a long plan name in a deep folder, a config with presets, and a long gate line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-table-'));
    const deep = join(dir, 'programme-of-regional-office-consolidations', 'north-west-and-yorkshire-region');
    mkdirSync(deep, { recursive: true });
    const text = readFileSync('examples/office-move.plan.yaml', 'utf8').replace(
      'name: Acme head office relocation',
      'name: Acme Holdings plc head office relocation from 2 New Road to the riverside campus, phase two',
    );
    const file = join(deep, 'acme-head-office-relocation-phase-two.plan.yaml');
    writeFileSync(file, text);
    const config = join(dir, 'pmcheck.yaml');
    writeFileSync(config, 'extends: presale\nmin-score: 95\n');
    expectAllFit(
      auditSources([file, 'examples/cyber-essentials.plan.yaml'], { today: '2026-11-22', configFile: config }),
    );
  }, 60_000);
});
