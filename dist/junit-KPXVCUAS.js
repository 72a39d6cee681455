import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  formatPath
} from "./chunk-CI5NGRGO.js";
import "./chunk-EN6KPABM.js";

// src/report/junit.ts
var xml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
var seconds = (ms) => (ms / 1e3).toFixed(3);
function renderSuite(s, id, now) {
  const props = s.properties.map(([k, v]) => `      <property name="${xml(k)}" value="${xml(v)}"/>`);
  return [
    `  <testsuite name="${xml(s.name)}" package="pmcheck" id="${id}" timestamp="${now}" hostname="localhost" tests="${s.cases.length}" failures="${s.failures}" errors="${s.errors}" time="${seconds(s.ms)}">`,
    props.length > 0 ? `    <properties>
${props.join("\n")}
    </properties>` : "    <properties/>",
    ...s.cases,
    s.out.length > 0 ? `    <system-out>${xml(s.out.join("\n"))}</system-out>` : "    <system-out/>",
    s.err && s.err.length > 0 ? `    <system-err>${xml(s.err.join("\n"))}</system-err>` : "    <system-err/>",
    "  </testsuite>"
  ].join("\n");
}
function formatJunit(run, ctx) {
  const suites = [];
  for (const r of run.reports) {
    const file = ctx.repo.relative(r.file);
    const suite = {
      name: `${r.project.name} (${file})`,
      cases: [],
      failures: 0,
      errors: 0,
      ms: r.modelMs,
      properties: [
        ["file", file],
        ["score", String(r.score.score)],
        ["rating", r.score.rating],
        ["as-of", r.asOf]
      ],
      out: []
    };
    const notApplicable = [];
    for (const o of r.outcomes) {
      suite.ms += o.ms;
      const open = r.findings.filter((f) => f.ruleId === o.ruleId);
      const each = seconds(o.ms / Math.max(1, open.length));
      const testcase = (name, time, body2) => `    <testcase name="${xml(name)}" classname="${xml(file)}" time="${time}"${body2 ? `>
${body2}
    </testcase>` : "/>"}`;
      if (o.error !== void 0) {
        suite.errors++;
        suite.cases.push(
          testcase(
            o.ruleId,
            seconds(o.ms),
            `      <error type="rule-crash" message="${xml(`rule ${o.ruleId} failed to run: ${o.error}`)}">${xml(`rule ${o.ruleId} failed to run, so this audit is incomplete: ${o.error}
This is a bug in pmcheck; please report it.`)}</error>`
          )
        );
      } else if (!o.applicable) {
        notApplicable.push(`  ${o.ruleId}: ${o.reason ?? "does not apply"}`);
        continue;
      }
      if (open.length === 0) {
        if (o.error === void 0) suite.cases.push(testcase(o.ruleId, seconds(o.ms)));
        continue;
      }
      const seen = /* @__PURE__ */ new Map();
      for (const f of open) {
        const where = formatPath(f.path);
        const base = where === "" ? o.ruleId : `${o.ruleId}: ${where}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const at = `${ctx.repo.relative(f.span.file)}:${f.span.line}:${f.span.column}`;
        suite.failures++;
        suite.cases.push(
          testcase(
            n === 1 ? base : `${base} (${n})`,
            each,
            `      <failure type="${f.severity}" message="${xml(`${at}: ${f.message}`)}">${xml(`${f.severity} ${f.ruleId} at ${at}
${f.message}
${f.fix}`)}</failure>`
          )
        );
      }
    }
    const warned = r.diagnostics.map((d) => `${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
    suite.properties.push(
      ["config", r.config.file ?? "(none)"],
      ...warned.map((w) => ["warning", w])
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
        `    <testcase name="load" classname="${xml(file)}" time="0.000">
      <error type="unreadable-plan" message="${xml(e.message)}">${xml(e.render())}</error>
    </testcase>`
      ],
      failures: 0,
      errors: 1,
      ms: 0,
      properties: [["file", file]],
      out: []
    });
  }
  const body = suites.map((s, i) => renderSuite(s, i, ctx.now));
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
${body.join("\n")}
</testsuites>
`;
}
export {
  formatJunit
};
