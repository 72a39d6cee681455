/**
 * The smaller failures of issue 14 (class 12): EPIPE, a usage error in a worker, year 9999,
 * huge amounts and a NaN index, `__proto__` in a config, the default --jobs, output file modes,
 * @mentions and URLs in pull-request comments, and box drawing in a non-UTF-8 locale. (Identical
 * plans in different folders sharing a cache entry is in cache.test.ts.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeIsUtf8 } from '../src/cli/program.js';
import { loadConfigText } from '../src/config/resolve.js';
import { auditPlan } from '../src/core/audit.js';
import { runRule } from '../src/engine/run.js';
import { InputError } from '../src/errors.js';
import { PlanModel } from '../src/plan/model/index.js';
import { MAX_AMOUNT } from '../src/plan/schema.js';
import { readYamlPlan } from '../src/readers/yaml/index.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatTable } from '../src/report/table.js';
import costPerformance from '../src/rules/cost-performance.js';
import { auditSources } from '../src/run/audit.js';
import { cgroupCpuLimit, defaultJobs, MAX_DEFAULT_JOBS } from '../src/run/pool.js';
import { writeFileAtomic } from '../src/run/write.js';
import { money } from '../src/text.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const officeMove = join(root, 'examples/office-move.plan.yaml');
const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };

function pmcheck(args: string[], cwd = root, extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...env, ...extra } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('EPIPE: the reader went away', () => {
  it('exits quietly, with the exit code the audit decided', async () => {
    const child = spawn(process.execPath, [bin, 'audit', officeMove], { cwd: root, env });
    child.stdout.destroy(); // `| head` that has read its line and gone
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(1); // office-move fails the gate, piped or not
  }, 30_000);

  it('through a real pipe to head, with output larger than the pipe holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-epipe-'));
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `p${i}.plan.yaml`), readFileSync(officeMove));
    const r = spawnSync(
      'bash',
      [
        '--norc',
        '--noprofile',
        '-c',
        `set -o pipefail; "${process.execPath}" "${bin}" audit --format json --jobs 1 . | head -c 10 >/dev/null`,
      ],
      { cwd: dir, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  }, 60_000);
});

describe('a usage error in a worker', () => {
  it('is the same one line as without workers, never "internal error"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-worker-usage-'));
    spawnSync('git', ['init', '-q'], { cwd: dir });
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `p${i}.plan.yaml`), readFileSync(officeMove));
    const one = pmcheck(['audit', '--base', 'no-such-ref', '--jobs', '1', '.'], dir);
    const pool = pmcheck(['audit', '--base', 'no-such-ref', '--jobs', '3', '.'], dir);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/^pmcheck: --base: git does not know the ref "no-such-ref" in .*\n$/);
    expect(pool.code).toBe(2);
    expect(pool.stderr).toBe(one.stderr);
  }, 60_000);
});

describe('year 9999', () => {
  it('generated: a schedule that runs past 9999-12-31 stays there, and is not overdue in 2026', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 }),
        (day, durations) => {
          const tasks = durations.map(
            (d, i) =>
              `  - { id: t${i}, duration: ${d}d, ${i === 0 ? `start: 9999-12-${String(day).padStart(2, '0')}` : `depends_on: [t${i - 1}]`} }`,
          );
          const text = `pmcheck: 1\nproject: { name: Far, status_date: 2026-03-02 }\ntasks:\n${tasks.join('\n')}\n`;
          const report = auditPlan(readYamlPlan(text, 'p.yaml'), { today: '2026-03-02' });
          const json = JSON.stringify(report.findings);
          expect(json).not.toMatch(/\b1\d{4}-\d\d-\d\d/);
          expect(report.findings.filter((f) => f.ruleId === 'overdue-task')).toEqual([]);
          for (const item of report.model!.items.values()) {
            const finish = report.model!.finishOf(item);
            if (finish) expect(finish <= '9999-12-31').toBe(true);
          }
        },
      ),
      { seed: 20261122, numRuns: 60 },
    );
  });
});

describe('huge amounts, and a NaN index', () => {
  it('1e308 is refused at its line; an amount at the cap is fine', () => {
    const text = (n: string) => `pmcheck: 1\nproject: { name: Big }\nbudget:\n  total: ${n}\n`;
    expect(() => readYamlPlan(text('1e308'), 'p.yaml')).toThrow(
      'budget.total: an amount this large (1e+308) is not one pmcheck can add up; the most is 1,000,000,000,000,000',
    );
    expect(() => readYamlPlan(text(String(MAX_AMOUNT)), 'p.yaml')).not.toThrow();
    expect(() => readYamlPlan(`${text('1')}changes: [{ id: C, impact: { cost: -1e300 } }]\n`, 'p.yaml')).toThrow(
      /changes\[0\]\.impact\.cost: an amount this large/,
    );
  });

  it('money prints digits, however large', () => {
    expect(money(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(money(MAX_AMOUNT * 1e6)).toBe('1,000,000,000,000,000,000,000');
    expect(money(123456.7)).toBe('123,457');
  });

  it('generated: amounts up to the cap on many lines give a finite CPI, and the rule runs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (amounts) => {
          const lines = amounts.map((a, i) => `    - { id: l${i}, planned: ${a}, actual: ${a} }`).join('\n');
          const text = `pmcheck: 1\nproject: { name: Big, status_date: 2026-03-02 }\ntasks:\n  - { id: t, start: 2026-01-05, finish: 2026-06-30, progress: 0.2 }\nbudget:\n  lines:\n${lines}\n`;
          const report = auditPlan(readYamlPlan(text, 'p.yaml'), { today: '2026-03-02' });
          const evm = report.model!.earnedValue;
          if (evm) for (const v of [evm.bac, evm.pv, evm.ev, evm.ac]) expect(Number.isFinite(v)).toBe(true);
          expect(report.outcomes.find((o) => o.ruleId === 'cost-performance')!.error).toBeUndefined();
        },
      ),
      { seed: 20261122, numRuns: 100 },
    );
  });

  it('should a sum ever not be finite, the index rule fails loudly: never a pass', () => {
    const loaded = readYamlPlan(
      'pmcheck: 1\nproject: { name: Big, status_date: 2026-03-02 }\ntasks:\n  - { id: t, start: 2026-01-05, finish: 2026-06-30, progress: 0.5 }\nbudget:\n  lines: [{ id: a, planned: 1, actual: 1 }, { id: b, planned: 1, actual: 1 }]\n',
      'p.yaml',
    );
    for (const line of loaded.plan.budget!.lines!) [line.planned, line.actual] = [1e308, 1e308]; // past the schema
    const model = new PlanModel(loaded.plan, { asOf: '2026-03-02' }).prepare();
    const outcome = runRule({ rule: costPerformance, severity: 'high', options: { min: 0.9 } }, loaded, model);
    expect(outcome.error).toMatch(/earned value is not a finite number/);
    expect(outcome.findings).toEqual([]);
  });
});

describe('__proto__ in a config', () => {
  it('is refused at its line, as in a plan, wherever it is', () => {
    const refused = (text: string) => {
      try {
        loadConfigText(text, '.pmcheck.yaml');
      } catch (err) {
        if (err instanceof InputError) return err.render();
      }
      return 'accepted';
    };
    expect(refused('rules:\n  __proto__: { vendor-contact: off }\n')).toBe(
      '.pmcheck.yaml:2:3: "__proto__" cannot be used as a key in a config file',
    );
    expect(refused('rules:\n  vendor-contact: { constructor: 1 }\n')).toBe(
      '.pmcheck.yaml:2:21: "constructor" cannot be used as a key in a config file',
    );
    expect(refused('pm-warranted:\n  prototype: 3\n')).toMatch(/^\.pmcheck\.yaml:2:3: "prototype" cannot be used/);
    expect(({} as Record<string, unknown>)['vendor-contact']).toBeUndefined();
  });
});

describe('--jobs by default', () => {
  it('is the CPUs this process may use, container limits included, at most 8', () => {
    expect(MAX_DEFAULT_JOBS).toBe(8);
    expect(defaultJobs(64, undefined)).toBe(8);
    expect(defaultJobs(64, 2)).toBe(2);
    expect(defaultJobs(4, undefined)).toBe(4);
    expect(defaultJobs(1, 16)).toBe(1);
    expect(defaultJobs(0, undefined)).toBe(1);
  });

  it('reads the cgroup CPU quota, v2 and v1', () => {
    const fake = (files: Record<string, string>) => (path: string) => files[path];
    expect(cgroupCpuLimit(fake({ '/sys/fs/cgroup/cpu.max': '200000 100000\n' }), 'linux')).toBe(2);
    expect(cgroupCpuLimit(fake({ '/sys/fs/cgroup/cpu.max': '150000 100000\n' }), 'linux')).toBe(2);
    expect(cgroupCpuLimit(fake({ '/sys/fs/cgroup/cpu.max': 'max 100000\n' }), 'linux')).toBeUndefined();
    expect(
      cgroupCpuLimit(
        fake({ '/proc/self/cgroup': '0::/job/42\n', '/sys/fs/cgroup/job/42/cpu.max': '50000 100000\n' }),
        'linux',
      ),
    ).toBe(1);
    expect(
      cgroupCpuLimit(
        fake({ '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '300000\n', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n' }),
        'linux',
      ),
    ).toBe(3);
    expect(
      cgroupCpuLimit(
        fake({ '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1\n', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n' }),
        'linux',
      ),
    ).toBeUndefined();
    expect(cgroupCpuLimit(fake({ '/sys/fs/cgroup/cpu.max': '100000 100000' }), 'darwin')).toBeUndefined();
  });
});

describe('rewriting an output file', () => {
  it('keeps its mode; a new file is 0644 less the umask', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-mode-'));
    for (const mode of [0o600, 0o640, 0o664]) {
      const file = join(dir, `r${mode.toString(8)}.json`);
      writeFileSync(file, 'old');
      chmodSync(file, mode);
      writeFileAtomic(file, 'new');
      expect([readFileSync(file, 'utf8'), statSync(file).mode & 0o777]).toEqual(['new', mode]);
    }
    const fresh = join(dir, 'fresh.json');
    writeFileAtomic(fresh, 'x');
    expect(statSync(fresh).mode & 0o777).toBe(0o644 & ~process.umask());
  });

  it('through the CLI: a 0600 report rewritten with -o stays 0600', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-mode-cli-'));
    const out = join(dir, 'report.json');
    writeFileSync(out, '{}');
    chmodSync(out, 0o600);
    pmcheck(['audit', '--format', 'json', '-o', out, officeMove]);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8')).plans).toHaveLength(1);
  }, 30_000);
});

describe('@mentions and bare URLs in pull-request comments and summaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-mention-'));
  const withName = (name: string) => {
    const file = join(dir, `p${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, `pmcheck: 1\nproject:\n  name: ${JSON.stringify(name)}\n  manger: x\n`);
    return formatMarkdown(auditSources([file], { today: '2026-03-02' }));
  };

  it('neither ping anyone nor become links, and still read the same', () => {
    const md = withName('Move for @octocat and @acme/ops, see https://evil.example/x or www.evil.example');
    expect(md).toContain(
      'Move for @&#8203;octocat and @&#8203;acme/ops, see https:&#8203;//evil.example/x or www&#8203;.evil.example',
    );
  });

  it('generated: no @name and no scheme:// survives in the comment', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,8}$/);
    const piece = fc.oneof(
      word.map((w) => `@${w}`),
      word.map((w) => `https://${w}.example/${w}`),
      word.map((w) => `HTTP://${w}`),
      word.map((w) => `ftp://${w}`),
      word.map((w) => `www.${w}.com`),
      word,
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const md = withName(pieces.join(' '));
        expect(md).not.toMatch(/@[\p{L}\p{N}_-]/u);
        expect(md).not.toMatch(/[a-z]:\/\//i);
        expect(md).not.toMatch(/\bwww\./i);
      }),
      { seed: 20261122, numRuns: 60 },
    );
  }, 60_000);
});

describe('box drawing only where the locale can show it', () => {
  it('the locale decides: LC_ALL, then LC_CTYPE, then LANG; none is the C locale except on Windows', () => {
    expect(localeIsUtf8({ LANG: 'en_GB.UTF-8' }, 'linux')).toBe(true);
    expect(localeIsUtf8({ LANG: 'C.utf8' }, 'linux')).toBe(true);
    expect(localeIsUtf8({ LANG: 'C' }, 'linux')).toBe(false);
    expect(localeIsUtf8({ LANG: 'en_GB.ISO-8859-1' }, 'linux')).toBe(false);
    expect(localeIsUtf8({ LC_ALL: 'C', LANG: 'en_GB.UTF-8' }, 'linux')).toBe(false);
    expect(localeIsUtf8({ LC_CTYPE: 'en_US.UTF-8', LANG: 'C' }, 'linux')).toBe(true);
    expect(localeIsUtf8({}, 'linux')).toBe(false);
    expect(localeIsUtf8({}, 'win32')).toBe(true);
  });

  it('ASCII borders, bars and arrows in the C locale; box drawing in a UTF-8 one', () => {
    const ascii = pmcheck(['audit', officeMove], root, { LANG: 'C', COLUMNS: '80' }).stdout;
    expect(ascii).not.toMatch(/[─│┌┐└┘├┤┬┴┼█░→…]/);
    expect(ascii).toMatch(/^\+-+\+-+\+-+\+$/m);
    expect(ascii).toMatch(/\| 208:27 +\| critical \| vendor-sequencing/);
    const utf8 = pmcheck(['audit', officeMove], root, { LANG: 'en_GB.UTF-8', COLUMNS: '80' }).stdout;
    expect(utf8).toMatch(/│ 208:27 +│ critical │ vendor-sequencing/);
    // The same report, character for character, but for the drawing.
    expect(utf8.split('\n')).toHaveLength(ascii.split('\n').length);
  }, 30_000);

  it('the rules list too, and the formatter on its own keeps box drawing by default', () => {
    expect(pmcheck(['rules'], root, { LANG: 'C' }).stdout).not.toMatch(/[─│┌]/);
    const run = auditSources([officeMove], { today: '2026-03-02' });
    expect(formatTable(run, { width: 80, color: 0 })).toContain('│');
    expect(formatTable(run, { width: 80, color: 0, unicode: false })).not.toMatch(/[─│┌█░→]/);
  }, 30_000);
});
