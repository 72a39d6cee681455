/**
 * The CI gate: many plans in one run, the machine formats as their consumers read them
 * (SARIF against the official 2.1.0 schema, JUnit through an XML parser), and baselines.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../src/report/github.js';
import { formatMarkdown, MARKDOWN_LIMIT } from '../src/report/markdown.js';
import { RULES } from '../src/rules/index.js';
import { auditSources } from '../src/run/audit.js';
import { generatePlan } from '../src/tools/generate-plan.js';
import { PUBLISHED_FILES } from '../src/version.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const examples = ['office-move', 'cloud-migration', 'network-refresh', 'cyber-essentials'].map(
  (n) => `examples/${n}.plan.yaml`,
);

function pmcheck(args: string[], cwd = root, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS whose module.exports is the class; NodeNext types see a namespace.
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// unicodeRegExp off: the official schema has a pattern that is invalid under the u flag.
const validateSarif = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(sarifSchema);

describe('SARIF 2.1.0', () => {
  const run = pmcheck(['audit', '--format', 'sarif', ...examples]);
  const sarif = JSON.parse(run.stdout);

  it('validates against the official schema, for all four examples', () => {
    const ok = validateSarif(sarif);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(run.code).toBe(1);
  });

  it('has one run with every rule, its help and a helpUri to its page, and no security-severity', () => {
    expect(sarif.runs).toHaveLength(1);
    const driver = sarif.runs[0].tool.driver;
    expect(driver.informationUri).toBe(`${PUBLISHED_FILES}README.md`); // the multitool's SARIF2005
    const rules = driver.rules;
    expect(rules).toHaveLength(RULES.length);
    const seq = rules.find((r: { id: string }) => r.id === 'vendor-sequencing');
    expect(seq.help.markdown).toContain('### Why it matters');
    expect(seq.helpUri).toBe(`${PUBLISHED_FILES}docs/rules/vendor-sequencing.md`);
    // GitHub files any rule with security-severity as a security alert; these are quality findings.
    expect(JSON.stringify(sarif)).not.toContain('security-severity');
    expect(seq.properties).toEqual({
      tags: ['project-management', 'vendors'],
      precision: 'high',
      'problem.severity': 'error',
    });
    expect(rules.find((r: { id: string }) => r.id === 'escalation-path').properties['problem.severity']).toBe(
      'recommendation',
    );
    for (const r of rules) {
      expect(r.helpUri).toBe(`${PUBLISHED_FILES}docs/rules/${r.id}.md`); // SARIF2012
      expect(existsSync(join(root, 'docs', 'rules', `${r.id}.md`))).toBe(true); // the page it links to ships
      expect(r.properties.tags).not.toContain('security');
      expect(r.name.toLowerCase()).not.toBe(r.id.toLowerCase()); // SARIF1001 compares them ignoring case
    }
    expect(seq.name).toBe('VendorSequencing');
    expect(rules.find((r: { id: string }) => r.id === 'contingency').name).toBe('BudgetContingency');
    for (const r of rules) expect(r.name).toMatch(/^([A-Z][a-z0-9]+)+$/); // SARIF2012: one Pascal-case word
    expect(new Set(rules.map((r: { name: string }) => r.name)).size).toBe(RULES.length);
  });

  it('has 1-based regions, URIs relative to the repository root, and line-free fingerprints', () => {
    const results = sarif.runs[0].results;
    expect(results.length).toBe(64);
    for (const r of results) {
      const region = r.locations[0].physicalLocation.region;
      expect(region.startLine).toBeGreaterThan(0);
      expect(region.startColumn).toBeGreaterThan(0);
      expect(r.locations[0].physicalLocation.artifactLocation).toEqual({
        uri: expect.stringMatching(/^examples\/[a-z-]+\.plan\.yaml$/),
        uriBaseId: '%SRCROOT%',
      });
      expect(r.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(results[0].ruleIndex).toBe(
      sarif.runs[0].tool.driver.rules.findIndex((x: { id: string }) => x.id === results[0].ruleId),
    );
  });

  it('keeps the same fingerprint when lines are inserted above a finding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-fp-'));
    const text = readFileSync(join(root, examples[0]!), 'utf8');
    writeFileSync(join(dir, 'plan.yaml'), text);
    const before = JSON.parse(pmcheck(['audit', '--format', 'sarif', 'plan.yaml'], dir).stdout).runs[0].results;
    writeFileSync(join(dir, 'plan.yaml'), `# one\n# two\n# three\n${text}`);
    const after = JSON.parse(pmcheck(['audit', '--format', 'sarif', 'plan.yaml'], dir).stdout).runs[0].results;
    const byPrint = (
      rs: {
        partialFingerprints: { primaryLocationLineHash: string };
        locations: { physicalLocation: { region: { startLine: number } } }[];
      }[],
    ) =>
      new Map(
        rs.map((r) => [
          r.partialFingerprints.primaryLocationLineHash,
          r.locations[0]!.physicalLocation.region.startLine,
        ]),
      );
    const b = byPrint(before);
    const a = byPrint(after);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [fp, line] of b) expect(a.get(fp)).toBe(line + 3);
  });
});

describe('JUnit XML', () => {
  // test/junit.test.ts validates it against the Ant and Jenkins schemas.
  it('parses back: a testsuite per plan, a testcase per finding and per rule without one', () => {
    const xml = pmcheck(['audit', '--format', 'junit', examples[0]!, examples[3]!]).stdout;
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(suites).toHaveLength(2);
    const move = suites.find((s: { name: string }) => s.name.includes('office-move'));
    expect(move.failures).toBe('12');
    expect(move.testcase).toHaveLength(Number(move.tests));
    const failed = move.testcase.filter((t: { failure?: unknown }) => t.failure);
    expect(failed).toHaveLength(12);
    for (const t of failed) expect(Array.isArray(t.failure)).toBe(false); // one failure each: Jenkins shows them all
    const seq = failed.find((t: { name: string }) => t.name.startsWith('vendor-sequencing'));
    expect(seq.classname).toBe('examples/office-move.plan.yaml');
    expect(seq.failure.message).toContain('examples/office-move.plan.yaml:208:27');
    expect(suites.find((s: { name: string }) => s.name.includes('cyber')).failures).toBe('0');
  });
});

describe('GitLab Code Quality', () => {
  it('lists each finding with description, check_name, fingerprint, severity and location', () => {
    const issues = JSON.parse(pmcheck(['audit', '--format', 'gitlab', examples[0]!]).stdout);
    expect(issues).toHaveLength(12);
    expect(issues[0]).toEqual({
      type: 'issue',
      description: expect.stringContaining('Patch and terminate the core switches'),
      check_name: 'vendor-sequencing',
      categories: ['Style'],
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: 'blocker',
      location: { path: 'examples/office-move.plan.yaml', lines: { begin: 208, end: 208 } },
    });
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(12);
  });
});

describe('GitHub annotations', () => {
  it('escapes as the Actions toolkit does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('caps errors and warnings at 10 each, counts the rest in a notice, and appends the job summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-gh-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const r = pmcheck(['audit', '--format', 'github', ...examples], root, { GITHUB_STEP_SUMMARY: summary });
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(10);
    expect(lines.find((l) => l.startsWith('::notice '))).toBe(
      '::notice title=pmcheck::44 more findings are not shown as annotations (GitHub shows 10 errors and 10 warnings); see the job summary or --format sarif.',
    );
    expect(lines[0]).toMatch(
      /^::error file=examples\/office-move\.plan\.yaml,line=208,col=27,endLine=208,title=pmcheck vendor-sequencing \(critical\)::Task "Patch/,
    );
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# earlier step\n## pmcheck: gate ❌ failed')).toBe(true);
  });
});

describe('Markdown', () => {
  it('stays under 1 MiB, and says when it was cut', () => {
    // 40 plans with 600 findings each: about 3 MB of rows before the cut.
    const run = auditSources([examples[0]!], { today: '2026-11-22' });
    const big = run.reports[0]!;
    big.findings = Array.from({ length: 600 }, (_, i) => ({ ...big.findings[i % big.findings.length]! }));
    run.reports = Array.from({ length: 40 }, (_, i) => ({ ...big, file: `plans/p${i}.yaml` }));
    const md = formatMarkdown(run);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MARKDOWN_LIMIT + 300);
    expect(md).toContain('The report was cut here to stay under GitHub');
    expect(md).toContain('| `plans/p0.yaml` |'); // the portfolio still lists every plan
    expect(md).toContain('| `plans/p39.yaml` |');
  });

  it('escapes plan text so a name cannot break the table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-md-'));
    writeFileSync(join(dir, 'p.yaml'), 'pmcheck: 1\nproject:\n  name: "A | B <script>x</script> `c` # d"\n');
    const md = formatMarkdown(auditSources([join(dir, 'p.yaml')], { today: '2026-11-22' }));
    expect(md).toContain('A \\| B &lt;script&gt;x&lt;/script&gt; \\`c\\` \\# d');
    expect(md).not.toContain('<script>');
  });
});

describe('many plans in one run', () => {
  it('a folder of 50 plans: every plan found, node_modules and non-plans skipped, worst first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-portfolio-'));
    for (let i = 0; i < 50; i++) {
      const sub = join(dir, `team-${i % 5}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `plan-${i}.yaml`), generatePlan(20 + i, i + 1));
    }
    writeFileSync(join(dir, 'ci.yml'), 'on: push\n');
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'x', 'plan.yaml'), 'pmcheck: 1\nproject: { name: vendored }\n');
    const r = pmcheck(['audit', '--format', 'json', dir]);
    const out = JSON.parse(r.stdout);
    expect(out.plans).toHaveLength(50);
    expect(out.portfolio).toHaveLength(50);
    const scores = out.portfolio.map((p: { score: number }) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(out.plans.some((p: { file: string }) => p.file.includes('node_modules'))).toBe(false);
    expect([0, 1]).toContain(r.code);
    const table = pmcheck(['audit', dir]).stdout;
    expect(table).toContain('Portfolio: 50 plans, worst first');
  }, 60_000);

  it('a plan that fails to load is reported, the rest are audited, and exit 2 wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-mixed-'));
    writeFileSync(join(dir, 'good.plan.yaml'), readFileSync(join(root, 'examples/cyber-essentials.plan.yaml')));
    writeFileSync(join(dir, 'bad.plan.yaml'), 'pmcheck: 1\nproject:\n  name: A\n  start: 2026-02-30\n');
    const r = pmcheck(['audit', '--format', 'json', dir]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.plans.map((p: { file: string }) => p.file)).toEqual([join(dir, 'good.plan.yaml')]);
    expect(out.errors).toEqual([
      {
        file: join(dir, 'bad.plan.yaml'),
        line: 4,
        column: 10,
        message: 'project.start: "2026-02-30" is not a real calendar date',
        more: 0,
      },
    ]);
    expect(r.stderr).toBe(
      `pmcheck: ${join(dir, 'bad.plan.yaml')}:4:10: project.start: "2026-02-30" is not a real calendar date\n`,
    );
  });

  it('globs, and several formats in one run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-multi-'));
    const r = pmcheck([
      'audit',
      '--quiet',
      '--format',
      'table',
      '--format',
      `sarif:${join(dir, 'out.sarif')}`,
      '--format',
      `junit:${join(dir, 'out.xml')}`,
      'examples/*.plan.yaml',
    ]);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('examples/'))).toHaveLength(4);
    expect(validateSarif(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')))).toBe(true);
    expect(readFileSync(join(dir, 'out.xml'), 'utf8')).toMatch(/^<\?xml/);
  });
});

describe('baselines', () => {
  it('a baseline written, then a new finding added: only the new one fails; stale entries are reported and pruned', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-baseline-'));
    const plan = join(dir, 'plan.yaml');
    const text = readFileSync(join(root, 'examples/office-move.plan.yaml'), 'utf8');
    writeFileSync(plan, text);
    const write = pmcheck(['audit', '--write-baseline', 'baseline.json', 'plan.yaml'], dir);
    expect(write.code).toBe(0);
    expect(write.stderr).toBe('pmcheck: wrote 12 findings to the baseline baseline.json\n');
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).entries).toHaveLength(12);
    expect(pmcheck(['audit', '--baseline', 'baseline.json', 'plan.yaml'], dir).code).toBe(0);

    // A new finding (a cutover with no rollback plan) above the old ones, and one old one fixed.
    const changed = `# edited\n${text}`
      .replace(
        '    rollback_plan: Old Street network stays live until 2026-03-06; staff can return to their old desks.\n',
        '',
      )
      .replace('      actual: 23800', '      actual: 21000');
    writeFileSync(plan, changed);
    const r = pmcheck(['audit', '--format', 'json', '--baseline', 'baseline.json', 'plan.yaml'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.plans[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['rollback-plan']);
    expect(out.plans[0].known).toHaveLength(11);
    expect(out.baseline.stale).toEqual([
      {
        rule: 'budget-overrun',
        file: 'plan.yaml',
        path: ['budget', 'lines', { id: 'cabling' }, 'actual'],
        message: expect.any(String),
      },
    ]);
    expect(pmcheck(['audit', '--baseline', 'baseline.json', 'plan.yaml'], dir).stdout).toContain(
      'Baseline: 1 entry matches no finding any more',
    );

    const prune = pmcheck(
      ['audit', '--baseline', 'baseline.json', '--write-baseline', 'baseline.json', 'plan.yaml'],
      dir,
    );
    expect(prune.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).entries).toHaveLength(12); // 11 old + the new one, stale gone
  });

  it('a missing or malformed baseline is exit 2', () => {
    expect(pmcheck(['audit', '--baseline', 'nope.json', examples[0]!]).stderr).toBe(
      'pmcheck: nope.json: no such baseline file (write one with --write-baseline)\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-baseline-'));
    writeFileSync(join(dir, 'b.json'), '{"entries": 3}');
    const r = pmcheck(['audit', '--baseline', join(dir, 'b.json'), examples[0]!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/b\.json: not a pmcheck baseline/);
  });
});

describe('--base <git-ref> in a real repository', () => {
  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  const repo = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-git-'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'user.email', 'ci@example.com');
    git(dir, 'config', 'user.name', 'CI');
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'ce.plan.yaml'), readFileSync(join(root, 'examples/cyber-essentials.plan.yaml')));
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'plan');
    return dir;
  };
  const raise = (dir: string) => {
    const p = join(dir, 'plans', 'ce.plan.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace('  total: 28000', '  total: 31000'));
  };

  it('a budget raise with no change request fails the gate, at its line', () => {
    const dir = repo();
    raise(dir);
    const r = pmcheck(['audit', '--format', 'json', '--base', 'main', 'plans'], dir);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).plans[0].findings;
    expect(findings.map((f: { rule: string; line: number; message: string }) => [f.rule, f.line, f.message])).toEqual([
      [
        'undocumented-change',
        364,
        'budget.total changed from 28,000 to 31,000 since main, and no change request covers it.',
      ],
    ]);
  });

  it('the same raise with a change request passes', () => {
    const dir = repo();
    raise(dir);
    const p = join(dir, 'plans', 'ce.plan.yaml');
    writeFileSync(
      p,
      readFileSync(p, 'utf8').replace(
        'changes:\n',
        'changes:\n  - id: CR-003\n    title: Add the Hill Road kiosks to CE Plus\n    raised_on: 2026-03-16\n    requested_by: gemma\n    impact: { cost: 3000, days: 2 }\n    status: approved\n    approved: { by: helen, on: 2026-03-18 }\n    communicated_to: [tom, shield]\n',
      ),
    );
    const r = pmcheck(['audit', '--format', 'json', '--base', 'main', 'plans'], dir);
    expect(JSON.parse(r.stdout).plans[0].findings.map((f: { rule: string }) => f.rule)).not.toContain(
      'undocumented-change',
    );
    expect(r.code).toBe(0);
  });

  it('a plan that is new since the ref is not compared', () => {
    const dir = repo();
    writeFileSync(join(dir, 'plans', 'new.plan.yaml'), readFileSync(join(root, 'examples/cyber-essentials.plan.yaml')));
    const out = JSON.parse(pmcheck(['audit', '--format', 'json', '--base', 'main', 'plans/new.plan.yaml'], dir).stdout);
    expect(out.plans[0].rules.find((r: { id: string }) => r.id === 'undocumented-change').notApplicableBecause).toBe(
      'the plan is new since main',
    );
  });

  it('an unknown ref, or no repository, is exit 2 with a clear line', () => {
    const dir = repo();
    const unknown = pmcheck(['audit', '--base', 'origin/main', 'plans'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^pmcheck: --base: git does not know the ref "origin\/main" in .*\(fetch it first, e\.g\. git fetch origin main\)\n$/,
    );
    const outside = mkdtempSync(join(tmpdir(), 'pmcheck-nogit-'));
    writeFileSync(join(outside, 'p.plan.yaml'), readFileSync(join(root, 'examples/cyber-essentials.plan.yaml')));
    const none = pmcheck(['audit', '--base', 'main', 'p.plan.yaml'], outside);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'pmcheck: p.plan.yaml: --base needs the plan to be in a git repository, and this one is not\n',
    );
  });
});
