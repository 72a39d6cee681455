/**
 * JUnit XML as its consumers read it. Jenkins shows only the first failure of a test case, so
 * every finding is its own test case; `errors` counts what could not be judged; and the output
 * validates against the Ant JUnit schema and the one Jenkins' xUnit plugin uses
 * (test/fixtures/junit, with their sources), through xmllint (Debian: libxml2-utils).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { AuditRun } from '../src/core/gate.js';
import { formatJunit } from '../src/report/junit.js';
import { auditSources } from '../src/run/audit.js';
import { repoPaths } from '../src/run/repo.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const examples = ['office-move', 'cloud-migration', 'network-refresh', 'cyber-essentials'].map(
  (n) => `examples/${n}.plan.yaml`,
);
const ctx = { repo: repoPaths(root), now: '2026-11-22T09:30:00' };

/** The four examples, one rule crashed on the office move, and a file that does not exist. */
function run(): AuditRun {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const r = auditSources([...examples, 'plans/missing.plan.yaml'], { today: '2026-11-22' });
    const move = r.reports.find((p) => p.file === examples[0])!;
    const crashed = move.outcomes.find((o) => o.ruleId === 'kickoff-held')!;
    crashed.error = 'TypeError: boom';
    return r;
  } finally {
    process.chdir(cwd);
  }
}

type Case = { name: string; classname: string; failure?: { type: string; message: string }; error?: unknown };
type Suite = { name: string; tests: string; failures: string; errors: string; testcase: Case | Case[] };
const cases = (s: Suite): Case[] => (Array.isArray(s.testcase) ? s.testcase : [s.testcase]);

describe('JUnit XML', () => {
  const xml = formatJunit(run(), ctx);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
  const suites: Suite[] = doc.testsuites.testsuite;

  it('one test case per finding, named by rule and plan path, so Jenkins shows every finding', () => {
    const move = suites.find((s) => s.name === 'Acme head office relocation (examples/office-move.plan.yaml)')!;
    const failed = cases(move).filter((c) => c.failure);
    expect(failed).toHaveLength(12);
    expect(move.failures).toBe('12');
    expect(failed.map((c) => c.name)).toContain(
      'vendor-sequencing: tasks[id=patch-switches].depends_on[id=switches-delivered]',
    );
    const overdue = failed.filter((c) => c.name.startsWith('overdue-task: '));
    expect(overdue).toHaveLength(2); // two findings of one rule: two test cases, both visible
    expect(new Set(cases(move).map((c) => c.name)).size).toBe(cases(move).length);
    const seq = failed.find((c) => c.name.startsWith('vendor-sequencing'))!;
    expect(seq).toMatchObject({ classname: 'examples/office-move.plan.yaml', failure: { type: 'critical' } });
    expect(seq.failure!.message).toMatch(/^examples\/office-move\.plan\.yaml:208:27: Task "Patch/);
    // A rule with no finding is one passing test case; the healthy plan fails nothing.
    expect(cases(move).find((c) => c.name === 'pm-assigned')).toEqual({
      name: 'pm-assigned',
      classname: 'examples/office-move.plan.yaml',
      time: expect.any(String),
    });
    expect(suites.find((s) => s.name.includes('cyber-essentials'))!.failures).toBe('0');
  });

  it('errors counts the rules that crashed and the plans that could not be read', () => {
    const move = suites.find((s) => s.name.includes('office-move'))!;
    expect(move.errors).toBe('1');
    expect(cases(move).find((c) => c.name === 'kickoff-held')!.error).toBeDefined();
    const missing = suites.find((s) => s.name === 'plans/missing.plan.yaml')!;
    expect([missing.tests, missing.failures, missing.errors]).toEqual(['1', '0', '1']);
    expect(suites.filter((s) => s.errors !== '0')).toHaveLength(2);
  });

  const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!xmllint).each(['ant-junit.xsd', 'jenkins-junit-10.xsd'])(
    'validates against %s (xmllint --schema)',
    (xsd) => {
      const dir = mkdtempSync(join(tmpdir(), 'pmcheck-junit-'));
      writeFileSync(join(dir, 'pmcheck.xml'), xml);
      const r = spawnSync('xmllint', ['--noout', '--schema', join(root, 'test/fixtures/junit', xsd), 'pmcheck.xml'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('pmcheck.xml validates\n');
      expect(r.status).toBe(0);
    },
  );
});
