/**
 * The JSON report, format version 2. Its shape is documented in the README; fields are only
 * ever added within a version. Version 2 replaced the score's breakdown: the rules' pressure
 * adds up to `pressure`, and `formula` turns that and the band into `scoreExact`, by hand.
 */
import type { PlanReport } from '../core/audit.js';
import { type AuditRun, gateSummary, worstFirst } from '../core/gate.js';
import { FORMULA } from '../engine/score.js';
import type { Finding } from '../engine/types.js';
import { describeExceeded } from '../plan/describe.js';
import { formatPath } from '../plan/path.js';
import { jsonReplacer } from './escape.js';

export const JSON_SCHEMA_VERSION = 2;

function finding(file: string, f: Finding) {
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
    ...(f.suppressed ? { suppression: f.suppressed } : {}),
  };
}

export function planJson(r: PlanReport) {
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
    band: { top: r.score.band.top, bottom: r.score.band.bottom, reason: r.score.band.reason },
    pressure: r.score.pressure,
    k: r.score.band.k,
    formula: FORMULA,
    categories: r.score.categories,
    rules: r.score.rules.map((s) => {
      const o = byRule.get(s.ruleId)!;
      return {
        id: s.ruleId,
        category: s.category,
        severity: s.severity,
        applicable: s.applicable,
        ...(o.reason ? { notApplicableBecause: o.reason } : {}),
        ...(o.error ? { error: o.error } : {}),
        findings: s.findings,
        suppressed: s.suppressed,
        terms: s.terms,
        pressure: s.pressure,
      };
    }),
    findings: r.findings.map((f) => finding(r.file, f)),
    suppressed: r.suppressed.map((f) => finding(r.file, f)),
    known: r.known.map((f) => finding(r.file, f)),
    diagnostics: r.diagnostics.map((d) => ({ ...d, file: r.file, pathText: formatPath(d.path) })),
  };
}

export function formatJson(run: AuditRun): string {
  const out = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: run.tool,
    gate: {
      failOn: run.gate.failOn ?? null,
      minScore: run.gate.minScore ?? null,
      passed: run.gate.passed && run.errors.length === 0,
      summary: run.gate.passed ? null : gateSummary(run.gate, run.reports.length),
      reasons: run.gate.reasons,
    },
    plans: run.reports.map(planJson),
    portfolio: worstFirst(run.reports).map((r) => ({
      file: r.file,
      score: r.score.score,
      rating: r.score.rating,
      findings: r.findings.length,
    })),
    ...(run.baseline ? { baseline: { file: run.baseline.file, stale: run.baseline.stale } } : {}),
    errors: run.errors.map((e) => ({
      file: e.where.file,
      line: e.where.line ?? null,
      column: e.where.column ?? null,
      message: e.message,
      more: e.more,
    })),
  };
  return `${JSON.stringify(out, jsonReplacer, 2)}\n`;
}
