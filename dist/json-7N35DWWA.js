import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  worstFirst
} from "./chunk-LKYBE262.js";
import "./chunk-KM2FOI6R.js";
import {
  describeExceeded
} from "./chunk-ERAV6FVM.js";
import "./chunk-IVILEFZV.js";
import "./chunk-NKGJ4FUO.js";
import {
  formatPath
} from "./chunk-CI5NGRGO.js";
import "./chunk-EN6KPABM.js";

// src/report/json.ts
var JSON_SCHEMA_VERSION = 1;
function finding(file, f) {
  return {
    rule: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    category: f.category,
    message: f.message,
    fix: f.fix,
    file,
    line: f.span.line,
    column: f.span.column,
    endLine: f.span.endLine,
    endColumn: f.span.endColumn,
    path: f.path,
    pathText: formatPath(f.path),
    data: f.data,
    ...f.suppressed ? { suppression: f.suppressed } : {}
  };
}
function planJson(r) {
  const byRule = new Map(r.outcomes.map((o) => [o.ruleId, o]));
  return {
    file: r.file,
    project: r.project,
    asOf: r.asOf,
    asOfSource: r.asOfSource,
    config: { file: r.config.file ?? null, presets: r.config.presets },
    gate: { failOn: r.gate.failOn, minScore: r.gate.minScore ?? null },
    pmWarranted: { ...r.pm, crossed: describeExceeded(r.pm, r.project.currency) },
    score: r.score.score,
    scoreExact: r.score.exact,
    rating: r.score.rating,
    ratingCapped: r.score.capped,
    totalWeight: r.score.totalWeight,
    categories: r.score.categories,
    rules: r.score.rules.map((s) => {
      const o = byRule.get(s.ruleId);
      return {
        id: s.ruleId,
        category: s.category,
        severity: s.severity,
        weight: s.weight,
        applicable: s.applicable,
        ...o.reason ? { notApplicableBecause: o.reason } : {},
        ...o.error ? { error: o.error } : {},
        checked: s.checked,
        failed: s.failed,
        suppressed: o.findings.filter((f) => f.suppressed).length,
        score: s.score,
        contribution: s.contribution,
        lost: s.lost
      };
    }),
    findings: r.findings.map((f) => finding(r.file, f)),
    suppressed: r.suppressed.map((f) => finding(r.file, f)),
    known: r.known.map((f) => finding(r.file, f)),
    diagnostics: r.diagnostics.map((d) => ({ ...d, file: r.file, pathText: formatPath(d.path) }))
  };
}
function formatJson(run) {
  const out = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: run.tool,
    gate: {
      failOn: run.gate.failOn ?? null,
      minScore: run.gate.minScore ?? null,
      passed: run.gate.passed && run.errors.length === 0,
      reasons: run.gate.reasons
    },
    plans: run.reports.map(planJson),
    portfolio: worstFirst(run.reports).map((r) => ({
      file: r.file,
      score: r.score.score,
      rating: r.score.rating,
      findings: r.findings.length
    })),
    ...run.baseline ? { baseline: { file: run.baseline.file, stale: run.baseline.stale } } : {},
    errors: run.errors.map((e) => ({
      file: e.where.file,
      line: e.where.line ?? null,
      column: e.where.column ?? null,
      message: e.message,
      more: e.more
    }))
  };
  return `${JSON.stringify(out, null, 2)}
`;
}
export {
  JSON_SCHEMA_VERSION,
  formatJson,
  planJson
};
