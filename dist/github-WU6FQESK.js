import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  gateSummary
} from "./chunk-6HCUZ7GM.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-T4DUGMBT.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";

// src/report/github.ts
var ANNOTATION_CAP = 10;
var COMMAND = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "warning"
};
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function formatGithub(run, ctx) {
  const lines = [];
  const shown = { error: 0, warning: 0 };
  let hidden = 0;
  for (const r of run.reports) {
    for (const f of r.findings) {
      const kind = COMMAND[f.severity];
      if (shown[kind] >= ANNOTATION_CAP) {
        hidden++;
        continue;
      }
      shown[kind]++;
      const props = [
        `file=${escapeProperty(ctx.repo.relative(f.span.file))}`,
        `line=${f.span.line}`,
        `col=${f.span.column}`,
        `endLine=${f.span.endLine}`,
        `title=${escapeProperty(`pmcheck ${f.ruleId} (${f.severity})`)}`
      ];
      lines.push(`::${kind} ${props.join(",")}::${escapeData(`${f.message} ${f.fix}`)}`);
    }
  }
  for (const e of run.errors) {
    const where = [
      `file=${escapeProperty(ctx.repo.relative(e.where.file))}`,
      ...e.where.line ? [`line=${e.where.line}`, `col=${e.where.column ?? 1}`] : []
    ];
    lines.push(
      `::error ${where.join(",")},title=${escapeProperty("pmcheck could not read this plan")}::${escapeData(e.message)}`
    );
  }
  if (hidden > 0)
    lines.push(
      `::notice title=pmcheck::${escapeData(`${hidden} more finding${hidden === 1 ? " is" : "s are"} not shown as annotations (GitHub shows ${ANNOTATION_CAP} errors and ${ANNOTATION_CAP} warnings); see the job summary or --format sarif.`)}`
    );
  const verdict = run.errors.length > 0 ? "not run" : run.gate.passed ? "passed" : `failed: ${gateSummary(run.gate, run.reports.length)}`;
  lines.push(`pmcheck: ${run.reports.length} plan${run.reports.length === 1 ? "" : "s"}, gate ${verdict}`);
  return `${lines.join("\n")}
`;
}
export {
  ANNOTATION_CAP,
  escapeData,
  escapeProperty,
  formatGithub
};
