/**
 * Sections hidden in plain sight (issue 14, class 2): a key that hides a section or field from
 * every rule is an error, a YAML merge key is refused at its line, --strict makes every warning
 * an error, and every CI format carries the load warnings that remain.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadConfigText } from '../src/config/resolve.js';
import { InputError } from '../src/errors.js';
import { PlanSchema } from '../src/plan/schema.js';
import { defOf } from '../src/plan/zod-def.js';
import { readYamlPlan } from '../src/readers/yaml/index.js';
import { pmcheck } from './helpers/cli.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const healthy = readFileSync(join(root, 'examples/cyber-essentials.plan.yaml'), 'utf8');
const SECTIONS = Object.keys(defOf(PlanSchema).shape!).filter((k) => k !== 'pmcheck');

function refusal(text: string): string {
  try {
    readYamlPlan(text, 'plan.yaml');
  } catch (err) {
    if (err instanceof InputError) return err.render();
    throw err;
  }
  return 'accepted';
}

const upperFirst = (s: string) => s[0]!.toUpperCase() + s.slice(1);
/** Ways to write a key so that a reader of exact keys ignores it. */
const DISGUISES: [string, (k: string) => string][] = [
  ['Capitalised', upperFirst],
  ['UPPER', (k) => k.toUpperCase()],
  ['x-', (k) => `x-${k}`],
  ['X-', (k) => `X-${k}`],
  ['x_', (k) => `x_${k}`],
  ['x-Capitalised', (k) => `x-${upperFirst(k)}`],
  ['dashes', (k) => (k.includes('_') ? k.replace(/_/g, '-') : `${k.slice(0, -1)}-${k.slice(-1)}`)],
  ['singular or plural', (k) => (k.endsWith('s') ? k.slice(0, -1) : `${k}s`)],
];
/** One slip of the keyboard. */
const TYPOS: [string, (k: string) => string][] = [
  ['a letter dropped', (k) => k.slice(0, 2) + k.slice(3)],
  ['two letters swapped', (k) => k.slice(0, 1) + k[2] + k[1] + k.slice(3)],
  ['a letter doubled', (k) => k.slice(0, 2) + k[2] + k.slice(2)],
];

describe('a key that hides a section is an error, never a warning', () => {
  it("the issue's examples: Tasks, Budget, x-tasks, x-budget, x-changes", () => {
    for (const [key, line] of [
      ['Tasks', 'plan.yaml:3:1: "Tasks" at the top level is not "tasks"'],
      ['Budget', 'plan.yaml:3:1: "Budget" at the top level is not "budget"'],
      ['x-tasks', 'plan.yaml:3:1: "x-tasks" at the top level hides the tasks section'],
      ['x-budget', 'plan.yaml:3:1: "x-budget" at the top level hides the budget section'],
      ['x-changes', 'plan.yaml:3:1: "x-changes" at the top level hides the changes section'],
    ] as const) {
      expect(refusal(`pmcheck: 1\nproject: { name: A }\n${key}: {}\n`)).toMatch(
        new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
    }
  });

  it('generated: every section, in every disguise, at the top level', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SECTIONS), fc.constantFrom(...DISGUISES), (section, [, disguise]) => {
        const key = disguise(section);
        fc.pre(key !== section && !SECTIONS.includes(key));
        const r = refusal(`pmcheck: 1\nproject: { name: A }\n${key}: []\n`);
        expect(r).toMatch(/^plan\.yaml:3:1: /);
        expect(r).toContain(`rename it to "${section}"`);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('generated: every section name with one slip of the keyboard', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SECTIONS), fc.constantFrom(...TYPOS), (section, [, slip]) => {
        const key = slip(section);
        fc.pre(!SECTIONS.includes(key));
        expect(refusal(`pmcheck: 1\nproject: { name: A }\n${key}: []\n`)).toMatch(
          /^plan\.yaml:3:1: unknown key ".*" at the top level looks like the ".*" section/,
        );
      }),
      { numRuns: 200, seed: 20261122 },
    );
  });

  it('a field hidden the same way inside an item', () => {
    expect(refusal('pmcheck: 1\nproject: { name: A }\ntasks:\n  - id: a\n    x-finish: 2026-01-01\n')).toBe(
      `plan.yaml:5:5: "x-finish" in tasks[0] hides the finish field: keys that start with x- are never read, so no rule would see it; rename it to "finish", or give your own data a name that is not a field of the plan's`,
    );
    expect(refusal('pmcheck: 1\nproject: { name: A }\nbudget:\n  Total: 5000\n')).toMatch(
      /^plan\.yaml:4:3: "Total" in budget is not "total"/,
    );
    expect(refusal('pmcheck: 1\nproject: { name: A }\ncommunication:\n  status-reports: []\n')).toMatch(
      /^plan\.yaml:4:3: "status-reports" in communication is not "status_reports"/,
    );
  });

  it('your own x- keys, and unknown keys that resemble nothing, are as before', () => {
    const loaded = readYamlPlan(
      'pmcheck: 1\nproject: { name: A, x-internal-code: 42 }\nx-notes: fine\nx-pmcheck-ignore: []\nnotes: hi\n',
      'plan.yaml',
    );
    expect(loaded.diagnostics.map((d) => `${d.severity} ${d.message}`)).toEqual([
      'warning unknown key "notes" in (top level) (did you mean "sites"?)',
    ]);
  });

  it('end to end: the issue plan with Tasks and Budget no longer audits green, even without --strict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-hidden-'));
    writeFileSync(join(dir, 'p.yaml'), healthy.replace(/^tasks:/m, 'Tasks:').replace(/^budget:/m, 'Budget:'));
    const r = pmcheck(['audit', 'p.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^pmcheck: p\.yaml:\d+:1: "Tasks" at the top level is not "tasks".*\(and \d+ more problems in this file\)\n$/,
    );
  }, 30_000);
});

describe('YAML merge keys', () => {
  const plan = [
    'pmcheck: 1',
    'project: { name: M }',
    'budget:',
    '  total: 1000',
    '  lines:',
    '    - &base { id: a, planned: 500, actual: 100 }',
    '    - <<: *base',
    '      id: b',
    '      actual: 5000',
    '',
  ].join('\n');

  it('are refused at their line: YAML 1.1 tools apply them and YAML 1.2 tools do not', () => {
    expect(refusal(plan)).toMatch(/^plan\.yaml:7:7: YAML merge keys \(<<\) are not allowed: YAML 1\.1 tools copy/);
  });

  it('anywhere, and in config files too', () => {
    expect(refusal('pmcheck: 1\n<<: { project: { name: A } }\n')).toMatch(/^plan\.yaml:2:1: YAML merge keys/);
    expect(() => loadConfigText('base: &b { fail-on: none }\n<<: *b\n', '.pmcheck.yaml')).toThrow(
      /YAML merge keys \(<<\) are not allowed/,
    );
  });

  it('a quoted "<<" is an ordinary (unknown) key, as in YAML 1.1', () => {
    const loaded = readYamlPlan('pmcheck: 1\nproject: { name: A }\n"<<": 1\n', 'plan.yaml');
    expect(loaded.diagnostics.map((d) => d.message)).toEqual(['unknown key "<<" in (top level)']);
  });
});

describe('--strict makes every warning an error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-strict-'));

  it('a malformed x-pmcheck-ignore: exit 2 at its line', () => {
    writeFileSync(join(dir, 'ignore.yaml'), healthy.replace('project:\n', 'project:\n  x-pmcheck-ignore: nope\n'));
    expect(pmcheck(['audit', 'ignore.yaml'], dir).code).toBe(0);
    const r = pmcheck(['audit', '--strict', 'ignore.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^pmcheck: ignore\.yaml:\d+:\d+: x-pmcheck-ignore must be a list of \{ rule, reason \} entries; it was ignored \(--strict makes every warning an error\)\n$/,
    );
  }, 30_000);

  it('a suppression that matches nothing fails the gate, and says why', () => {
    writeFileSync(
      join(dir, 'unused.yaml'),
      healthy.replace('project:\n', 'project:\n  x-pmcheck-ignore: [{ rule: overdue-task, reason: old }]\n'),
    );
    expect(pmcheck(['audit', 'unused.yaml'], dir).code).toBe(0);
    const r = pmcheck(['audit', '--strict', '--format', 'json', 'unused.yaml'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).gate.reasons).toEqual([
      'unused.yaml: 1 warning (--strict makes every warning an error)',
    ]);
  }, 30_000);
});

describe('every CI format carries the load warnings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-warn-'));
  writeFileSync(join(dir, 'p.yaml'), healthy.replace('project:\n', 'project:\n  manger: pat\n'));
  const at = (format: string) => pmcheck(['audit', '--format', format, 'p.yaml'], dir).stdout;
  const message = 'unknown key "manger" in project (did you mean "manager"?)';

  it('SARIF, as a tool notification at the key, still valid SARIF 2.1.0', () => {
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    const sarif = JSON.parse(at('sarif'));
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: { text: message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'p.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 9, startColumn: 3 },
            },
          },
        ],
        properties: { code: 'unknown-key' },
      },
    ]);
  }, 30_000);

  it('GitHub, as a warning annotation', () => {
    expect(at('github').split('\n')[0]).toBe(
      `::warning file=p.yaml,line=9,col=3,title=pmcheck plan warning::${message}`,
    );
  }, 30_000);

  it('GitLab, as a Code Quality issue', () => {
    const issues = JSON.parse(at('gitlab'));
    expect(issues.find((i: { check_name: string }) => i.check_name === 'pmcheck-unknown-key')).toMatchObject({
      description: message,
      severity: 'minor',
      location: { path: 'p.yaml', lines: { begin: 9 } },
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  }, 30_000);

  it('JUnit, as a suite property and on its stderr', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(at('junit'));
    const suite = doc.testsuites.testsuite;
    expect(suite.properties.property).toContainEqual({ name: 'warning', value: `p.yaml:9:3: warning: ${message}` });
    expect(suite['system-err']).toBe(`p.yaml:9:3: warning: ${message}`);
  }, 30_000);

  it('Markdown, under the plan', () => {
    expect(at('markdown')).toContain(
      '- ⚠️ warning at line 9:3: unknown key "manger" in project (did you mean "manager"?)',
    );
  }, 30_000);
});
