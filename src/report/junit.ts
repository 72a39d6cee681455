/**
 * JUnit XML, as Jenkins, GitLab and Azure DevOps read it, valid against both the Ant JUnit
 * schema (the strict one) and the schema Jenkins' xUnit plugin uses (test/junit.test.ts).
 *
 * One testsuite per plan. Each finding is its own test case, named by rule and plan path
 * (`vendor-sequencing: tasks[id=patch-core].start`), because Jenkins shows only the first
 * failure of a test case; a rule with no finding is one passing test case. A rule that crashed
 * is an error, and so is a plan that could not be read, and `errors` counts them. The Ant
 * schema has no `skipped`, so the rules that do not apply are listed in the suite's
 * system-out. It allows no attribute on `testsuites` either: readers sum the suites.
 */
import type { RepoPaths } from '../core/fingerprint.js';
import type { AuditRun } from '../core/gate.js';
import { formatPath } from '../plan/path.js';
import { xmlText } from './escape.js';

const seconds = (ms: number) => (ms / 1000).toFixed(3);

export interface JunitContext {
  repo: RepoPaths;
  /** When the run happened, UTC, as YYYY-MM-DDTHH:MM:SS (the Ant schema allows no zone). */
  now: string;
}

interface Suite {
  name: string;
  cases: string[];
  failures: number;
  errors: number;
  ms: number;
  properties: [string, string][];
  out: string[];
  /** Load warnings, for the suite's system-err. */
  err?: string[];
}

function renderSuite(s: Suite, id: number, now: string): string {
  const props = s.properties.map(([k, v]) => `      <property name="${xmlText(k)}" value="${xmlText(v)}"/>`);
  return [
    `  <testsuite name="${xmlText(s.name)}" package="pmcheck" id="${id}" timestamp="${now}" hostname="localhost" tests="${s.cases.length}" failures="${s.failures}" errors="${s.errors}" time="${seconds(s.ms)}">`,
    props.length > 0 ? `    <properties>\n${props.join('\n')}\n    </properties>` : '    <properties/>',
    ...s.cases,
    s.out.length > 0 ? `    <system-out>${xmlText(s.out.join('\n'))}</system-out>` : '    <system-out/>',
    s.err && s.err.length > 0 ? `    <system-err>${xmlText(s.err.join('\n'))}</system-err>` : '    <system-err/>',
    '  </testsuite>',
  ].join('\n');
}

export function formatJunit(run: AuditRun, ctx: JunitContext): string {
  const suites: Suite[] = [];
  for (const r of run.reports) {
    const file = ctx.repo.relative(r.file);
    const suite: Suite = {
      name: `${r.project.name} (${file})`,
      cases: [],
      failures: 0,
      errors: 0,
      ms: r.modelMs,
      properties: [
        ['file', file],
        ['score', String(r.score.score)],
        ['rating', r.score.rating],
        ['as-of', r.asOf],
      ],
      out: [],
    };
    const notApplicable: string[] = [];
    for (const o of r.outcomes) {
      suite.ms += o.ms;
      const open = r.findings.filter((f) => f.ruleId === o.ruleId);
      const each = seconds(o.ms / Math.max(1, open.length));
      const testcase = (name: string, time: string, body?: string) =>
        `    <testcase name="${xmlText(name)}" classname="${xmlText(file)}" time="${time}"${body ? `>\n${body}\n    </testcase>` : '/>'}`;
      if (o.error !== undefined) {
        suite.errors++;
        suite.cases.push(
          testcase(
            o.ruleId,
            seconds(o.ms),
            `      <error type="rule-crash" message="${xmlText(`rule ${o.ruleId} failed to run: ${o.error}`)}">${xmlText(`rule ${o.ruleId} failed to run, so this audit is incomplete: ${o.error}\nThis is a bug in pmcheck; please report it.`)}</error>`,
          ),
        );
      } else if (!o.applicable) {
        notApplicable.push(`  ${o.ruleId}: ${o.reason ?? 'does not apply'}`);
        continue;
      }
      if (open.length === 0) {
        if (o.error === undefined) suite.cases.push(testcase(o.ruleId, seconds(o.ms)));
        continue;
      }
      const seen = new Map<string, number>();
      for (const f of open) {
        const where = formatPath(f.path);
        const base = where === '' ? o.ruleId : `${o.ruleId}: ${where}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const at = `${ctx.repo.relative(f.span.file)}:${f.span.line}:${f.span.column}`;
        suite.failures++;
        suite.cases.push(
          testcase(
            n === 1 ? base : `${base} (${n})`,
            each,
            `      <failure type="${f.severity}" message="${xmlText(`${at}: ${f.message}`)}">${xmlText(`${f.severity} ${f.ruleId} at ${at}\n${f.message}\n${f.fix}`)}</failure>`,
          ),
        );
      }
    }
    // Load warnings as properties and on the suite's stderr: JUnit has no warnings of its own.
    const warned = r.diagnostics.map((d) => `${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
    suite.properties.push(
      ['config', r.config.file ?? '(none)'],
      ...warned.map((w): [string, string] => ['warning', w]),
    );
    suite.err = warned;
    if (notApplicable.length > 0) suite.out.push(`Rules that do not apply to this plan:`, ...notApplicable);
    suites.push(suite);
  }
  for (const e of run.errors) {
    const file = ctx.repo.relative(e.where.file);
    suites.push({
      name: file,
      cases: [
        `    <testcase name="load" classname="${xmlText(file)}" time="0.000">\n      <error type="unreadable-plan" message="${xmlText(e.message)}">${xmlText(e.render())}</error>\n    </testcase>`,
      ],
      failures: 0,
      errors: 1,
      ms: 0,
      properties: [['file', file]],
      out: [],
    });
  }
  const body = suites.map((s, i) => renderSuite(s, i, ctx.now));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${body.join('\n')}\n</testsuites>\n`;
}
