import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  loadWarnings
} from "./chunk-2SNN5HXX.js";
import "./chunk-V2YCGLJG.js";
import {
  gateSummary
} from "./chunk-CVNDX4B7.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-URGRNCBU.js";
import "./chunk-IDS44EEY.js";
import {
  escapeData,
  escapeProperty,
  githubData,
  githubProperty
} from "./chunk-MAJ6EBFJ.js";
import "./chunk-EN6KPABM.js";

// src/report/github.ts
var ANNOTATION_CAP = 10;
var COMMAND = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "warning"
};
function formatGithub(run, ctx) {
  const lines = [];
  const shown = { error: 0, warning: 0 };
  let hidden = 0;
  for (const w of loadWarnings(run)) {
    const kind = w.severity === "error" ? "error" : "warning";
    if (shown[kind] >= ANNOTATION_CAP) {
      hidden++;
      continue;
    }
    shown[kind]++;
    const props = [`file=${githubProperty(ctx.repo.relative(w.plan))}`, `line=${w.line}`, `col=${w.column}`];
    lines.push(
      `::${kind} ${props.join(",")},title=${githubProperty("pmcheck plan warning")}::${githubData(w.message)}`
    );
  }
  for (const r of run.reports) {
    for (const f of r.findings) {
      const kind = COMMAND[f.severity];
      if (shown[kind] >= ANNOTATION_CAP) {
        hidden++;
        continue;
      }
      shown[kind]++;
      const props = [
        `file=${githubProperty(ctx.repo.relative(f.span.file))}`,
        `line=${f.span.line}`,
        `col=${f.span.column}`,
        `endLine=${f.span.endLine}`,
        `title=${githubProperty(`pmcheck ${f.ruleId} (${f.severity})`)}`
      ];
      lines.push(`::${kind} ${props.join(",")}::${githubData(`${f.message} ${f.fix}`)}`);
    }
  }
  for (const e of run.errors) {
    const where = [
      `file=${githubProperty(ctx.repo.relative(e.where.file))}`,
      ...e.where.line ? [`line=${e.where.line}`, `col=${e.where.column ?? 1}`] : []
    ];
    lines.push(
      `::error ${where.join(",")},title=${githubProperty("pmcheck could not read this plan")}::${githubData(e.message)}`
    );
  }
  if (hidden > 0)
    lines.push(
      `::notice title=pmcheck::${githubData(`${hidden} more finding${hidden === 1 ? " is" : "s are"} not shown as annotations (GitHub shows ${ANNOTATION_CAP} errors and ${ANNOTATION_CAP} warnings); see the job summary or --format sarif.`)}`
    );
  const verdict = run.errors.length > 0 ? "not run" : run.gate.passed ? "passed" : `failed: ${gateSummary(run.gate, run.reports.length)}`;
  const configs = [
    ...new Set(run.reports.map((r) => githubData(r.config.file ? ctx.repo.relative(r.config.file) : "none")))
  ];
  lines.push(
    `pmcheck: ${run.reports.length} plan${run.reports.length === 1 ? "" : "s"}, gate ${verdict} (config: ${configs.join(", ") || "none"})`
  );
  return `${lines.join("\n")}
`;
}
export {
  ANNOTATION_CAP,
  escapeData,
  escapeProperty,
  formatGithub
};
