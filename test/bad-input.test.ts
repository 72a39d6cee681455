/**
 * The bad-input catalogue (test/fixtures/bad/): every file exits 2 with one line naming the
 * file, line and column where they exist, and the cause in plain words. Never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(new URL('..', import.meta.url).pathname);
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'pmcheck.js'), 'audit', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

function expectRefused(file: string, where: string, cause: RegExp) {
  const r = run([file]);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`pmcheck: ${file}${where}: `), lines[0]).toBe(true);
  expect(lines[0]).toMatch(cause);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

const F = 'test/fixtures/bad/';
const catalogue: [file: string, where: string, cause: RegExp][] = [
  ['empty.yaml', ':1:1', /the file is empty; a plan needs at least `pmcheck: 1`/],
  ['only-comments.yaml', ':1:1', /the file is empty/],
  ['document-list.yaml', ':1:1', /the top level is a list; a plan is a mapping/],
  ['several-documents.yaml', ':3:1', /several YAML documents \(separated by ---\); a plan is one document/],
  ['top-level-scalar.yaml', ':1:1', /the top level is a single value/],
  ['missing-pmcheck.yaml', ':1:1', /not a pmcheck plan: the top level has no `pmcheck:` key/],
  ['unsupported-version.yaml', ':1:10', /unsupported plan format 3; this pmcheck reads format 1/],
  ['tabs.yaml', ':3:1', /tabs are not allowed for indentation in YAML; indent with spaces/],
  ['unclosed-quote.yaml', ':3:9', /Missing closing "quote/],
  ['unclosed-flow.yaml', ':2:10', /this \{ … \} is never closed: add the missing \}/],
  ['duplicate-keys.yaml', ':5:3', /Map keys must be unique: this key appears twice/],
  [
    'budget-total-text.yaml',
    ':4:10',
    /budget\.total: expected an amount as a plain number \(e\.g\. 12000\), got "£12k"/,
  ],
  [
    'progress-over-100.yaml',
    ':5:15',
    /tasks\[0\]\.progress: a share must be between 0 and 1 \(0% to 100%\), got "140%"/,
  ],
  ['negative-cost.yaml', ':6:16', /budget\.lines\[0\]\.planned: an amount cannot be negative, got -2000/],
  ['allocation-2.yaml', ':5:17', /people\[0\]\.allocation: a share must be between 0 and 1/],
  ['impossible-date.yaml', ':4:10', /project\.start: "2026-02-30" is not a real calendar date/],
  ['bad-date-format.yaml', ':4:13', /project\.deadline: expected a date as YYYY-MM-DD, got "31\/03\/2026"/],
  ['finish-before-start.yaml', ':6:13', /tasks\[0\]\.finish: finish 2026-02-01 is before its start 2026-02-10/],
  ['duplicate-ids.yaml', ':6:9', /duplicate task, milestone or delivery id "cabling" .* already used at line 4/],
  ['self-dependency.yaml', ':5:18', /"cabling" depends on itself/],
  [
    'unknown-reference.yaml',
    ':8:18',
    /unknown task, milestone or delivery "switch-delivered"; did you mean "switches-delivered"\?/,
  ],
  ['proto-key.yaml', ':3:1', /"__proto__" cannot be used as a key in a plan/],
  ['constructor-id.yaml', ':4:9', /"constructor" cannot be used as an id/],
  ['prototype-id.yaml', ':4:11', /"prototype" cannot be used as an id/],
  ['custom-tag.yaml', ':3:9', /custom YAML tags are not allowed in a plan/],
  ['binary.yaml', '', /looks binary \(it contains a NUL byte\)/],
  ['utf16-bom.yaml', ':1:1', /UTF-16 text; save it as UTF-8/],
  ['latin1.yaml', '', /not valid UTF-8; save it as UTF-8/],
  ['alias-bomb.yaml', ':1:1', /too many YAML aliases \(more than 100\); refusing a possible alias bomb/],
];

describe('the bad-input catalogue', () => {
  it.each(catalogue)('%s', (file, where, cause) => expectRefused(F + file, where, cause));

  it('covers every file in the folder', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(join(root, F)).sort()).toEqual(catalogue.map(([f]) => f).sort());
  });

  it('an alias bomb is refused quickly, with bounded memory', () => {
    const r = spawnSync(
      '/usr/bin/time',
      ['-f', '%M', process.execPath, join(root, 'bin', 'pmcheck.js'), 'audit', `${F}alias-bomb.yaml`],
      { cwd: root, encoding: 'utf8' },
    );
    if (r.error) return; // no GNU time on this machine: the catalogue case above still ran
    const peakKb = Number(r.stderr.trim().split('\n').at(-1));
    expect(peakKb).toBeLessThan(200 * 1024);
  });
});

describe('files that cannot be read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-bad-'));

  it('a missing file', () => expectRefused(join(dir, 'nope.yaml'), '', /no such file$/));
  it('a folder with no plans in it', () => {
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'ci.yml'), 'on: push\n');
    expectRefused(
      join(dir, 'plans'),
      '',
      /no plans found in this folder \(a plan is a \.yaml or \.yml file with `pmcheck:` at its top level\)$/,
    );
  });
  it('a path through a symlink loop', () => {
    symlinkSync(join(dir, 'b.yaml'), join(dir, 'a.yaml'));
    symlinkSync(join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    expectRefused(join(dir, 'a.yaml'), '', /too many symbolic links \(a link loop\?\)$/);
  });
  it.skipIf(process.getuid?.() === 0)('a file with no read permission (root reads anything, so not as root)', () => {
    const p = join(dir, 'secret.yaml');
    writeFileSync(p, 'pmcheck: 1\n');
    chmodSync(p, 0o000);
    expectRefused(p, '', /permission denied$/);
  });
  it('a 20 MB file is refused up front, with advice', () => {
    const p = join(dir, 'huge.yaml');
    writeFileSync(p, `pmcheck: 1\nproject: { name: Huge }\n${'# padding\n'.repeat(2_000_000)}`);
    expectRefused(p, '', /the file is 19\.1 MB, more than the 16\.0 MB pmcheck reads; split it into smaller plans$/);
  });
});

describe('accepted despite appearances', () => {
  it('a UTF-8 BOM and CRLF line endings: read, with correct line numbers', () => {
    const r = run(['--format', 'json', 'test/fixtures/utf8-bom-crlf.yaml']);
    expect(r.code).not.toBe(2);
    const pm = JSON.parse(r.stdout).plans[0].findings.find((f: { rule: string }) => f.rule === 'pm-assigned');
    expect([pm.line, pm.column]).toEqual([4, 12]);
  });
});
