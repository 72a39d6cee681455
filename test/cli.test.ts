/**
 * The CLI as a user runs it: the built bin/pmcheck.js in a separate process, with its exit
 * code, stdout and stderr. `npm test` builds dist/ first.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function pmcheck(args: string[], env: Record<string, string> = {}, cwd = root): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    // A UTF-8 locale, as a terminal has: without one, the table draws its borders in ASCII.
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', COLUMNS: '80', LANG: 'C.UTF-8', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'pmcheck-cli-'));
/** The healthy example's text, to derive plans that differ from it in one known way. */
const healthy = () => readFileSync(join(root, 'examples/cyber-essentials.plan.yaml'), 'utf8');
function planFile(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

/** Exit 2 means exactly one line on stderr, naming the place, with no stack trace. */
function expectOneLineError(r: Run, pattern: RegExp): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'pmcheck.cjs')))
    throw new Error('dist/ is missing: run `npm run bundle` (npm test does this first)');
});

describe('pmcheck audit on the examples', () => {
  it('the healthy example passes: exit 0', () => {
    const r = pmcheck(['audit', 'examples/cyber-essentials.plan.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Score 100/100  GREEN  as of 2026-03-20');
    expect(r.stdout).toContain('No findings.');
    expect(r.stdout).toContain('Gate: passed (fail-on high)');
    expect(r.stderr).toBe('');
  });

  it('the office move fails on its critical findings: exit 1, each at its line', () => {
    const r = pmcheck(['audit', 'examples/office-move.plan.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/│ 208:27 +│ critical │ vendor-sequencing/);
    expect(r.stdout).toMatch(/│ 434:13 +│ critical │ change-approved/);
    expect(r.stdout).toContain(
      'Score 16/100  RED  as of 2026-02-16\nRated red for critical findings from 2 rules (change-approved and\nvendor-sequencing).\n',
    );
    expect(r.stdout).toContain('Gate: failed: 2 critical and 5 high findings (fail-on high)\n');
  });

  it('reads well at 80 columns: no line is wider', () => {
    for (const name of ['office-move', 'cloud-migration', 'network-refresh', 'cyber-essentials']) {
      const r = pmcheck(['audit', `examples/${name}.plan.yaml`]);
      for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });

  it('respects NO_COLOR, and colours when forced', () => {
    expect(pmcheck(['audit', 'examples/office-move.plan.yaml']).stdout).not.toContain('\x1b[');
    expect(pmcheck(['audit', 'examples/office-move.plan.yaml'], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toContain(
      '\x1b[',
    );
  });

  it('--quiet prints only the summary line', () => {
    const r = pmcheck(['audit', '--quiet', 'examples/office-move.plan.yaml']);
    expect(r.stdout).toBe(
      'examples/office-move.plan.yaml: 16/100 red · 12 findings (2 critical, 5 high, 5 medium) · 5 rules not applicable\n',
    );
    expect(r.code).toBe(1);
  });

  it('several files: each is audited, and the exit code covers all of them', () => {
    const r = pmcheck([
      'audit',
      '--quiet',
      'examples/cyber-essentials.plan.yaml',
      'examples/network-refresh.plan.yaml',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'examples/cyber-essentials.plan.yaml: 100/100 green · no findings · 8 rules not applicable',
      'examples/network-refresh.plan.yaml: 14/100 red · 23 findings (2 critical, 5 high, 15 medium, 1 low) · 10 rules not applicable',
      'Gate: failed: 1 of 2 plans (fail-on high)',
    ]);
  });
});

describe('the gate', () => {
  it('--fail-on none never fails on findings', () => {
    expect(pmcheck(['audit', '--fail-on', 'none', 'examples/office-move.plan.yaml']).code).toBe(0);
  });
  it('--fail-on sets the threshold: a low finding fails only --fail-on low', () => {
    const p = planFile('no-escalation.yaml', healthy().replace('  escalation: tom -> priya -> helen\n', ''));
    const r = pmcheck(['audit', '--format', 'json', p]);
    expect(
      JSON.parse(r.stdout).plans[0].findings.map((f: { rule: string; severity: string }) => `${f.rule} ${f.severity}`),
    ).toEqual(['escalation-path low']);
    expect(r.code).toBe(0);
    expect(pmcheck(['audit', '--fail-on', 'medium', p]).code).toBe(0);
    expect(pmcheck(['audit', '--fail-on', 'low', p]).code).toBe(1);
  });
  it('--min-score fails a plan below it, and passes one at it', () => {
    const below = pmcheck(['audit', '--fail-on', 'none', '--min-score', '17', 'examples/office-move.plan.yaml']);
    expect(below.code).toBe(1);
    expect(below.stdout).toContain('Gate: failed: score 16 is below min-score 17\n');
    expect(pmcheck(['audit', '--fail-on', 'none', '--min-score', '16', 'examples/office-move.plan.yaml']).code).toBe(0);
  });
  it('--min-score must be 0 to 100', () => {
    expectOneLineError(
      pmcheck(['audit', '--min-score', '101', 'examples/office-move.plan.yaml']),
      /^pmcheck: --min-score must be a number from 0 to 100, got "101"$/,
    );
  });
  it('an unknown --fail-on value is a usage error', () => {
    expectOneLineError(
      pmcheck(['audit', '--fail-on', 'hihg', 'examples/office-move.plan.yaml']),
      /^pmcheck: option '--fail-on <severity>' argument 'hihg' is invalid/,
    );
  });
  it('an unknown option suggests the right one', () => {
    expectOneLineError(
      pmcheck(['audit', '--fromat', 'json', 'examples/office-move.plan.yaml']),
      /unknown option '--fromat'.*Did you mean --format\?/,
    );
  });
});

describe('--as-of', () => {
  it('overrides project.status_date', () => {
    const r = pmcheck(['audit', '--as-of', '2026-03-01', '--format', 'json', 'examples/cyber-essentials.plan.yaml']);
    const plan = JSON.parse(r.stdout).plans[0];
    expect([plan.asOf, plan.asOfSource]).toEqual(['2026-03-01', 'option']);
  });
  it('falls back to today when the plan has no status_date', () => {
    const p = planFile(
      'undated.yaml',
      'pmcheck: 1\nproject: { name: Undated, manager: p }\npeople: [{ id: p, role: project-manager }]\n',
    );
    const plan = JSON.parse(pmcheck(['audit', '--format', 'json', p]).stdout).plans[0];
    expect(plan.asOfSource).toBe('today');
    expect(plan.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('an impossible date is a usage error', () => {
    expectOneLineError(
      pmcheck(['audit', '--as-of', '2026-02-30', 'examples/office-move.plan.yaml']),
      /^pmcheck: --as-of must be a real date as YYYY-MM-DD, got "2026-02-30"$/,
    );
  });
});

describe('--format json', () => {
  const r = pmcheck(['audit', '--format', 'json', 'examples/office-move.plan.yaml']);
  const out = JSON.parse(r.stdout);
  const plan = out.plans[0];

  it('is versioned and names the tool', () => {
    expect(out.schemaVersion).toBe(2);
    expect(out.tool).toEqual({
      name: 'pmcheck',
      version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    });
    expect(r.code).toBe(1);
  });

  it('holds findings with rule, severity, message, file, line, column and YAML path', () => {
    expect(plan.findings[0]).toMatchObject({
      rule: 'vendor-sequencing',
      severity: 'critical',
      file: 'examples/office-move.plan.yaml',
      line: 208,
      column: 27,
      path: ['tasks', { id: 'patch-switches' }, 'depends_on', { id: 'switches-delivered' }],
      pathText: 'tasks[id=patch-switches].depends_on[id=switches-delivered]',
    });
  });

  it("shows each rule's pressure, the band and the formula, so the score re-adds by hand", () => {
    const P = plan.rules.reduce((s: number, x: { pressure: number }) => s + x.pressure, 0);
    expect(P).toBe(plan.pressure);
    expect(plan.pressure).toBe(112.5);
    expect(plan.band).toEqual({
      top: 39,
      bottom: 0,
      reason: 'critical findings from 2 rules (change-approved and vendor-sequencing)',
    });
    expect(plan.k).toBe(81);
    expect(plan.formula).toMatch(/^score = floor\(top − \(top − bottom\) × P \/ \(P \+ K\)\); /);
    const { top, bottom } = plan.band;
    const exact = top - ((top - bottom) * P) / (P + plan.k);
    expect(exact).toBeCloseTo(plan.scoreExact, 9);
    expect([Math.floor(exact), plan.score]).toEqual([16, 16]);
    expect(plan.rules.find((x: { id: string }) => x.id === 'overdue-task')).toEqual({
      id: 'overdue-task',
      category: 'schedule',
      severity: 'medium',
      applicable: true,
      findings: 2,
      suppressed: 0,
      terms: [3, 1.5],
      pressure: 4.5,
    });
  });

  it('holds the PM-warranted assessment, the rating and the categories', () => {
    expect(plan.pmWarranted.warranted).toBe(true);
    expect(plan.pmWarranted.crossed).toHaveLength(4);
    expect(plan.rating).toBe('red');
    expect(Object.keys(plan.categories)).toEqual([
      'governance',
      'scope',
      'change',
      'vendors',
      'schedule',
      'budget',
      'risk',
      'communication',
    ]);
  });
});

describe('-o writes the report atomically and never touches the plan', () => {
  it('writes the same report as stdout, leaves no temp file, and leaves the plan byte-identical', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-out-'));
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, readFileSync(join(root, 'examples/office-move.plan.yaml')));
    const hash = () => createHash('sha256').update(readFileSync(plan)).digest('hex');
    const before = { hash: hash(), mtime: statSync(plan).mtimeMs };
    const out = join(dir, 'report.json');
    writeFileSync(out, 'old report');
    const r = pmcheck(['audit', '--format', 'json', '-o', out, plan]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).plans[0].score).toBe(16);
    expect(readdirSync(dir).sort()).toEqual(['plan.yaml', 'report.json']);
    expect({ hash: hash(), mtime: statSync(plan).mtimeMs }).toEqual(before);
  });

  it('a folder that does not exist is exit 2, one line', () => {
    expectOneLineError(
      pmcheck(['audit', '-o', join(tmp, 'no', 'such', 'r.txt'), 'examples/office-move.plan.yaml']),
      /r\.txt: cannot write the file \(ENOENT\); any earlier version is unchanged$/,
    );
  });
});

describe('bad input: exit 2, one line with file:line:col, no stack trace', () => {
  it('a missing file', () => {
    expectOneLineError(pmcheck(['audit', 'nope.yaml']), /^pmcheck: nope\.yaml: no such file$/);
  });
  it('a glob that matches nothing', () => {
    expectOneLineError(
      pmcheck(['audit', 'plans/**/*.plan.yaml']),
      /^pmcheck: plans\/\*\*\/\*\.plan\.yaml: no files match this pattern$/,
    );
  });
  it('a YAML syntax error', () => {
    const p = planFile('syntax.yaml', 'pmcheck: 1\nproject:\n  name: "Move\n');
    expectOneLineError(
      pmcheck(['audit', p]),
      new RegExp(`^pmcheck: ${p}:3:9: YAML syntax error: Missing closing "quote`),
    );
  });
  it('a duplicate key', () => {
    const p = planFile('dup.yaml', 'pmcheck: 1\nproject:\n  name: A\n  name: B\n');
    expectOneLineError(pmcheck(['audit', p]), new RegExp(`^pmcheck: ${p}:4:3: Map keys must be unique`));
  });
  it('a schema error: money as text', () => {
    const p = planFile('money.yaml', 'pmcheck: 1\nproject: { name: A }\nbudget:\n  total: "£12k"\n');
    expectOneLineError(
      pmcheck(['audit', p]),
      new RegExp(`^pmcheck: ${p}:4:10: budget\\.total: expected an amount as a plain number`),
    );
  });
  it('an unknown reference, with the nearest id', () => {
    const p = planFile('ref.yaml', 'pmcheck: 1\nproject:\n  name: A\n  manager: patt\npeople: [{ id: pat }]\n');
    expectOneLineError(
      pmcheck(['audit', p]),
      new RegExp(`^pmcheck: ${p}:4:12: project\\.manager: unknown person "patt"; did you mean "pat"\\?$`),
    );
  });
  it('an impossible date', () => {
    const p = planFile('date.yaml', 'pmcheck: 1\nproject:\n  name: A\n  deadline: 2026-02-30\n');
    expectOneLineError(
      pmcheck(['audit', p]),
      new RegExp(`^pmcheck: ${p}:4:13: project\\.deadline: "2026-02-30" is not a real calendar date$`),
    );
  });
  it('an unknown key is a warning, and an error under --strict', () => {
    const p = planFile('unknown.yaml', healthy().replace('  manager: priya\n', '  manager: priya\n  manger: pat\n'));
    const lenient = pmcheck(['audit', p]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('warning 15:3 unknown key "manger" in project (did you mean "manager"?)');
    expectOneLineError(pmcheck(['audit', '--strict', p]), new RegExp(`^pmcheck: ${p}:15:3: unknown key "manger"`));
  });
  it('one bad file among good ones: the good one is still reported, and the exit is 2', () => {
    const r = pmcheck(['audit', '--quiet', 'examples/cyber-essentials.plan.yaml', 'nope.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('examples/cyber-essentials.plan.yaml: 100/100 green');
    expect(r.stderr).toBe('pmcheck: nope.yaml: no such file\n');
  });
});

describe('other commands', () => {
  it('schema prints the checked-in plan schema', () => {
    const r = pmcheck(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, 'schemas/plan.schema.json'), 'utf8'));
  });
  it('--version and --help exit 0', () => {
    expect(pmcheck(['--version']).code).toBe(0);
    const help = pmcheck(['audit', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on <severity>');
  });
  it('an unknown command is exit 2', () => {
    expect(pmcheck(['audti']).code).toBe(2);
  });
});

describe('internal errors', () => {
  it('PMCHECK_DEBUG=1 shows the stack of an error; without it there is none', () => {
    const quiet = pmcheck(['audit', 'nope.yaml']);
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    const debug = pmcheck(['audit', 'nope.yaml'], { PMCHECK_DEBUG: '1' });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/InputError: no such file\n\s+at /);
    expect(debug.stderr.trimEnd().split('\n').at(-1)).toBe('pmcheck: nope.yaml: no such file');
  });
});

describe('config, rules and explain', () => {
  it('-c applies a config: presale turns off the progress rules, and the table says so', () => {
    const cfg = planFile('presale.pmcheck.yaml', 'extends: presale\nfail-on: critical\n');
    const r = pmcheck(['audit', '-c', cfg, 'examples/office-move.plan.yaml']);
    expect(r.stdout).toContain(`Config: ${cfg}; presets presale`);
    expect(r.stdout).not.toContain('watermelon-status');
    expect(r.stdout).toContain('Gate: failed: 2 critical findings (fail-on critical)\n');
    expect(r.code).toBe(1);
  });
  it('a config with an unknown rule is exit 2 at its line', () => {
    const cfg = planFile('bad.pmcheck.yaml', 'rules:\n  vendor-contacts: off\n');
    expectOneLineError(
      pmcheck(['audit', '-c', cfg, 'examples/office-move.plan.yaml']),
      new RegExp(`^pmcheck: ${cfg}:2:3: unknown rule "vendor-contacts"; did you mean "vendor-contact"\\?$`),
    );
  });
  it('rules --format json lists every rule with category, severity and description', () => {
    const out = JSON.parse(pmcheck(['rules', '--format', 'json']).stdout);
    expect(out.rules).toHaveLength(RULES.length);
    expect(out.rules.find((r: { id: string }) => r.id === 'pm-allocation')).toMatchObject({
      category: 'governance',
      severity: 'medium',
      description: expect.stringContaining('PM'),
      options: [{ name: 'min', default: 0.3, description: expect.any(String) }],
    });
  });
  it('rules prints a table that fits 80 columns', () => {
    const r = pmcheck(['rules']);
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain(`${RULES.length} rules.`);
  });
  it('explain renders the docs, and suggests the nearest id for a typo', () => {
    const r = pmcheck(['explain', 'watermelon-status']);
    expect(r.code).toBe(0);
    for (const heading of ['What it catches', 'Why it matters', 'How to fix it', 'Fails', 'Passes', 'Options'])
      expect(r.stdout).toContain(heading);
    expect(r.stdout).toContain('progressing well');
    expectOneLineError(
      pmcheck(['explain', 'watermellon-status']),
      /^pmcheck: unknown rule "watermellon-status"; did you mean "watermelon-status"\?$/,
    );
  });
  it('schema config prints the checked-in config schema', () => {
    expect(pmcheck(['schema', 'config']).stdout).toBe(readFileSync(join(root, 'schemas/config.schema.json'), 'utf8'));
  });
});

describe('standard input', () => {
  it('audit - reads the plan from stdin, reported as <stdin>', () => {
    const r = spawnSync(process.execPath, [bin, 'audit', '--quiet', '-'], {
      cwd: root,
      encoding: 'utf8',
      input: readFileSync(join(root, 'examples/cyber-essentials.plan.yaml')),
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('<stdin>: 100/100 green · no findings · 8 rules not applicable\n');
  });
  it('a bad plan on stdin names <stdin> with its line and column', () => {
    const r = spawnSync(process.execPath, [bin, 'audit', '-'], {
      cwd: root,
      encoding: 'utf8',
      input: 'pmcheck: 1\nproject:\n  name: A\n  start: 2026-02-30\n',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('pmcheck: <stdin>:4:10: project.start: "2026-02-30" is not a real calendar date\n');
  });
});
