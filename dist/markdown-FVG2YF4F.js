import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  gateSummary,
  worstFirst
} from "./chunk-CVNDX4B7.js";
import {
  describeExceeded
} from "./chunk-ZTRHFLJF.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-URGRNCBU.js";
import "./chunk-IDS44EEY.js";
import {
  markdownCode,
  markdownText
} from "./chunk-MAJ6EBFJ.js";
import "./chunk-EN6KPABM.js";

// src/report/markdown.ts
var MARKDOWN_LIMIT = 1024 * 1024 - 4096;
var ICON = { green: "\u{1F7E2}", "amber-green": "\u{1F7E1}", amber: "\u{1F7E0}", "amber-red": "\u{1F534}", red: "\u26D4" };
var cell = markdownText;
function planSection(r) {
  const lines = [
    `### ${ICON[r.score.rating]} ${cell(r.project.name)} \u2014 ${r.score.score}/100 ${r.score.rating}`,
    "",
    `${markdownCode(r.file)} \xB7 as of ${r.asOf} \xB7 ${r.config.file ? `config ${markdownCode(r.config.file)}` : "no config file"}${r.pm.warranted ? ` \xB7 formal PM warranted: the project ${cell(describeExceeded(r.pm, r.project.currency).join("; "))}` : ""}`,
    ""
  ];
  for (const d of r.diagnostics) lines.push(`- \u26A0\uFE0F ${d.severity} at line ${d.line}:${d.column}: ${cell(d.message)}`);
  if (r.diagnostics.length > 0) lines.push("");
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
  let out = `## pmcheck: gate ${verdict}

`;
  let bytes = Buffer.byteLength(out);
  let cut = false;
  const add = (line) => {
    if (cut) return;
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > MARKDOWN_LIMIT) cut = true;
    else {
      out += `${line}
`;
      bytes += size;
    }
  };
  if (run.reports.length > 0) {
    add("| Plan | Score | Rating | Findings |\n| --- | --- | --- | --- |");
    for (const r of worstFirst(run.reports))
      add(
        `| ${markdownCode(r.file, true)} | ${r.score.score} | ${ICON[r.score.rating]} ${r.score.rating} | ${r.findings.length} |`
      );
  }
  if (run.errors.length > 0) add("");
  for (const e of run.errors) add(`- \u2757 ${cell(e.render())}`);
  for (const reason of run.gate.reasons) add(`- ${cell(reason)}`);
  if (cut) {
    out += `
_The report was cut here to stay under GitHub's 1 MiB limit; ${run.reports.length} plans in all. Use \`--format json\` for everything._
`;
    return out;
  }
  for (const r of worstFirst(run.reports)) {
    const section = `
${planSection(r)}
`;
    const size = Buffer.byteLength(section);
    if (bytes + size > MARKDOWN_LIMIT) {
      out += `
_The report was cut here to stay under GitHub's 1 MiB limit; ${run.reports.length} plans in all. Use \`--format json\` for everything._
`;
      break;
    }
    out += section;
    bytes += size;
  }
  return out;
}
export {
  MARKDOWN_LIMIT,
  cell,
  formatMarkdown
};
