/**
 * Schedules from the command line, as a team uses them: `pmcheck import`, and `pmcheck audit` on
 * an MS Project or P6 file (SARIF and GitHub annotations at the file's lines; damaged, truncated
 * and foreign files as exit 2 with one line). The built bin/pmcheck.js in a separate process.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const fixtures = join(root, 'test', 'fixtures', 'schedules');

function pmcheck(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', COLUMNS: '80' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'pmcheck-schedules-'));

describe('pmcheck import', () => {
  it('writes a plan that validates, atomically, and says what to do next', () => {
    const dir = tmp();
    const out = join(dir, 'legacy.plan.yaml');
    const r = pmcheck(['import', join(fixtures, 'mpxj-legacy-sample.xml'), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `Wrote ${out}. Next: add the governance the schedule does not hold, then run: pmcheck audit ${out}\n`,
    );
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=.*plan\.schema\.json\n# Imported by pmcheck .* from mpxj-legacy-sample\.xml, MS Project XML\./,
    );
    expect(text).toContain('  - id: T12\n    name: Related Task 2b\n');
    expect(text).toContain('      - { id: T11, lag: 1 }\n');
    // The plan audits as YAML: exit 0 or 1, never 2.
    expect([0, 1]).toContain(pmcheck(['audit', out, '--as-of', '2003-01-06']).code);
  });

  it('prints to stdout without -o, with its warnings on stderr at the schedule lines', () => {
    const r = pmcheck(['import', join(fixtures, 'mpxj-invalid-calendar-8.4.xer')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pmcheck: 1\nproject:\n  id: EC00640\n  name: Percent Complete Test\n');
    expect(r.stderr).toMatch(
      /^pmcheck: warning: .*mpxj-invalid-calendar-8\.4\.xer:33:87: calendar 180: clndr_data is damaged/,
    );
  });

  it('never writes over its input, nor over a file without --force', () => {
    const dir = tmp();
    const xml = join(dir, 'p.xml');
    copyFileSync(join(fixtures, 'mpxj-mspdirelations.xml'), xml);
    const before = readFileSync(xml, 'utf8');
    const r = pmcheck(['import', 'p.xml', '-o', './p.xml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'pmcheck: pmcheck import never writes over the schedule it reads; give another file with -o\n',
    );
    expect(readFileSync(xml, 'utf8')).toBe(before);
    writeFileSync(join(dir, 'taken.yaml'), 'mine\n');
    expect(pmcheck(['import', 'p.xml', '-o', 'taken.yaml'], dir).stderr).toBe(
      'pmcheck: taken.yaml already exists; pmcheck import never overwrites a file unless given --force\n',
    );
    expect(pmcheck(['import', 'p.xml', '-o', 'taken.yaml', '--force'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toContain('pmcheck: 1');
  });

  it('refuses what is not a schedule with one line, and a file of several projects without --project', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.yaml'), 'pmcheck: 1\nproject: { name: A }\n');
    const r = pmcheck(['import', 'plan.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'pmcheck: plan.yaml:1:1: not a schedule pmcheck can read: neither MS Project XML (MSPDI) nor a P6 XER export\n',
    );
    const xer = readFileSync(join(fixtures, 'mpxj-PredecessorCalendar.xer'), 'latin1');
    const two = xer.replace(
      /^(%R\t34738\t.*)$/m,
      (row) => `${row}\n${row.replace('34738', '34739').replace('TEST PROJECT', 'OTHER')}`,
    );
    writeFileSync(join(dir, 'two.xer'), Buffer.from(two, 'latin1'));
    expect(pmcheck(['import', 'two.xer'], dir).stderr).toBe(
      'pmcheck: two.xer holds 2 projects (TEST PROJECT, OTHER); choose one with --project\n',
    );
    const other = pmcheck(['import', 'two.xer', '--project', 'OTHER'], dir);
    expect(other.code).toBe(0);
    expect(other.stdout).toContain('  id: OTHER\n');
    expect(existsSync(join(dir, 'two.xer'))).toBe(true);
  });
});
