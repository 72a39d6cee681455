import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  gateSummary,
  worstFirst
} from "./chunk-C7SMVOUX.js";
import "./chunk-EYL3OJFZ.js";
import {
  describeExceeded
} from "./chunk-CIQLUKOZ.js";
import "./chunk-UIZSZRUV.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";

// src/report/markdown.ts
var MARKDOWN_LIMIT = 1024 * 1024 - 4096;
var ICON = { green: "\u{1F7E2}", "amber-green": "\u{1F7E1}", amber: "\u{1F7E0}", "amber-red": "\u{1F534}", red: "\u26D4" };
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([`*_[\]#])/g, "\\$1");
}
function planSection(r) {
  const lines = [
    `### ${ICON[r.score.rating]} ${cell(r.project.name)} \u2014 ${r.score.score}/100 ${r.score.rating}`,
    "",
    `\`${r.file}\` \xB7 as of ${r.asOf}${r.pm.warranted ? ` \xB7 formal PM warranted: the project ${cell(describeExceeded(r.pm, r.project.currency).join("; "))}` : ""}`,
    ""
  ];
  if (r.findings.length === 0) lines.push("No findings.");
  else {
    lines.push("| Line | Severity | Rule | Finding |", "| --- | --- | --- | --- |");
    for (const f of r.findings)
      lines.push(`| ${f.span.line}:${f.span.column} | ${f.severity} | \`${f.ruleId}\` | ${cell(f.message)} |`);
  }
  const extra = [
    r.suppressed.length && `${r.suppressed.length} suppressed`,
    r.known.length && `${r.known.length} known from the baseline`
  ].filter(Boolean);
  if (extra.length > 0) lines.push("", `_${extra.join(", ")}._`);
  return lines.join("\n");
}
function formatMarkdown(run) {
  const verdict = run.errors.length > 0 ? "\u274C not run: some plans could not be read" : run.gate.passed ? "\u2705 passed" : `\u274C failed: ${cell(gateSummary(run.gate, run.reports.length))}`;
  const head = [`## pmcheck: gate ${verdict}`, ""];
  if (run.reports.length > 0) {
    head.push("| Plan | Score | Rating | Findings |", "| --- | --- | --- | --- |");
    for (const r of worstFirst(run.reports))
      head.push(
        `| \`${cell(r.file)}\` | ${r.score.score} | ${ICON[r.score.rating]} ${r.score.rating} | ${r.findings.length} |`
      );
  }
  for (const e of run.errors) head.push("", `- \u2757 ${cell(e.render())}`);
  for (const reason of run.gate.reasons) head.push(`- ${cell(reason)}`);
  let out = `${head.join("\n")}
`;
  for (const r of worstFirst(run.reports)) {
    const section = `
${planSection(r)}
`;
    if (Buffer.byteLength(out) + Buffer.byteLength(section) > MARKDOWN_LIMIT) {
      out += `
_The report was cut here to stay under GitHub's 1 MiB limit; ${run.reports.length} plans in all. Use \`--format json\` for everything._
`;
      break;
    }
    out += section;
  }
  return out;
}
export {
  MARKDOWN_LIMIT,
  cell,
  formatMarkdown
};
