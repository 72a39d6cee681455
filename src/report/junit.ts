/**
 * JUnit XML, as Jenkins, GitLab and Azure DevOps read it: one testsuite per plan, one
 * testcase per rule (classname the file, name the rule id), each finding a failure.
 * A rule that does not apply is skipped; a plan that could not be read is an error.
 */
import type { AuditRun } from '../core/gate.js';

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 cannot carry most control characters, even escaped.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly these characters
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export function formatJunit(run: AuditRun): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of run.reports) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let skipped = 0;
    for (const o of r.outcomes) {
      const open = r.findings.filter((f) => f.ruleId === o.ruleId);
      const head = `    <testcase classname="${xml(r.file)}" name="${xml(o.ruleId)}" time="${(o.ms / 1000).toFixed(3)}"`;
      if (o.error !== undefined) {
        cases.push(`${head}>\n      <error message="${xml(`rule failed to run: ${o.error}`)}"/>\n    </testcase>`);
        errors++;
      } else if (!o.applicable) {
        cases.push(`${head}>\n      <skipped message="${xml(o.reason ?? 'does not apply')}"/>\n    </testcase>`);
        skipped++;
      } else if (open.length === 0) cases.push(`${head}/>`);
      else {
        suiteFailures++;
        const body = open.map(
          (f) =>
            `      <failure message="${xml(`${r.file}:${f.span.line}:${f.span.column}: ${f.message}`)}" type="${f.severity}">${xml(`${f.message}\n${f.fix}\nat ${r.file}:${f.span.line}:${f.span.column}`)}</failure>`,
        );
        cases.push(`${head}>\n${body.join('\n')}\n    </testcase>`);
      }
    }
    tests += r.outcomes.length;
    failures += suiteFailures;
    // Load warnings as properties and on the suite's stderr: JUnit has no warnings of its own.
    const warned = r.diagnostics.map((d) => `${r.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
    const warnProps = warned.map((w) => `\n      <property name="warning" value="${xml(w)}"/>`).join('');
    const stderr = warned.length > 0 ? `\n    <system-err>${xml(warned.join('\n'))}</system-err>` : '';
    suites.push(
      `  <testsuite name="${xml(`${r.project.name} (${r.file})`)}" tests="${r.outcomes.length}" failures="${suiteFailures}" errors="0" skipped="${skipped}">\n` +
        `    <properties>\n      <property name="score" value="${r.score.score}"/>\n      <property name="rating" value="${r.score.rating}"/>\n      <property name="config" value="${xml(r.config.file ?? '(none)')}"/>${warnProps}\n    </properties>\n` +
        `${cases.join('\n')}${stderr}\n  </testsuite>`,
    );
  }
  for (const e of run.errors) {
    errors++;
    tests++;
    suites.push(
      `  <testsuite name="${xml(e.where.file)}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="${xml(e.where.file)}" name="load">\n      <error message="${xml(e.render())}"/>\n    </testcase>\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pmcheck" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
