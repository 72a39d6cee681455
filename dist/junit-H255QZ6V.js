import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import "./chunk-EN6KPABM.js";

// src/report/junit.ts
var xml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
function formatJunit(run) {
  const suites = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of run.reports) {
    const cases = [];
    let suiteFailures = 0;
    let skipped = 0;
    for (const o of r.outcomes) {
      const open = r.findings.filter((f) => f.ruleId === o.ruleId);
      const head = `    <testcase classname="${xml(r.file)}" name="${xml(o.ruleId)}" time="${(o.ms / 1e3).toFixed(3)}"`;
      if (o.error !== void 0) {
        cases.push(`${head}>
      <error message="${xml(`rule failed to run: ${o.error}`)}"/>
    </testcase>`);
        errors++;
      } else if (!o.applicable) {
        cases.push(`${head}>
      <skipped message="${xml(o.reason ?? "does not apply")}"/>
    </testcase>`);
        skipped++;
      } else if (open.length === 0) cases.push(`${head}/>`);
      else {
        suiteFailures++;
        const body = open.map(
          (f) => `      <failure message="${xml(`${r.file}:${f.span.line}:${f.span.column}: ${f.message}`)}" type="${f.severity}">${xml(`${f.message}
${f.fix}
at ${r.file}:${f.span.line}:${f.span.column}`)}</failure>`
        );
        cases.push(`${head}>
${body.join("\n")}
    </testcase>`);
      }
    }
    tests += r.outcomes.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${xml(`${r.project.name} (${r.file})`)}" tests="${r.outcomes.length}" failures="${suiteFailures}" errors="0" skipped="${skipped}">
    <properties>
      <property name="score" value="${r.score.score}"/>
      <property name="rating" value="${r.score.rating}"/>
    </properties>
${cases.join("\n")}
  </testsuite>`
    );
  }
  for (const e of run.errors) {
    errors++;
    tests++;
    suites.push(
      `  <testsuite name="${xml(e.where.file)}" tests="1" failures="0" errors="1" skipped="0">
    <testcase classname="${xml(e.where.file)}" name="load">
      <error message="${xml(e.render())}"/>
    </testcase>
  </testsuite>`
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="pmcheck" tests="${tests}" failures="${failures}" errors="${errors}">
${suites.join("\n")}
</testsuites>
`;
}
export {
  formatJunit
};
