import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  loadWarnings
} from "./chunk-2SNN5HXX.js";
import {
  fingerprint
} from "./chunk-V2YCGLJG.js";
import "./chunk-EN6KPABM.js";

// src/report/gitlab.ts
var SEVERITY = {
  critical: "blocker",
  high: "critical",
  medium: "major",
  low: "minor"
};
function formatGitlab(run, ctx) {
  const issues = run.reports.flatMap(
    (r) => [...r.findings, ...r.known].map((f) => {
      const path = ctx.repo.relative(f.span.file);
      return {
        type: "issue",
        description: f.message,
        check_name: f.ruleId,
        categories: ["Style"],
        fingerprint: fingerprint(path, f),
        severity: SEVERITY[f.severity],
        location: { path, lines: { begin: f.span.line, end: f.span.endLine } }
      };
    })
  );
  for (const w of loadWarnings(run))
    issues.push({
      type: "issue",
      description: w.message,
      check_name: `pmcheck-${w.code}`,
      categories: ["Style"],
      fingerprint: w.fingerprint,
      severity: w.severity === "error" ? "critical" : "minor",
      location: { path: w.plan.replace(/\\/g, "/"), lines: { begin: w.line, end: w.line } }
    });
  return `${JSON.stringify(issues, null, 2)}
`;
}
export {
  formatGitlab
};
