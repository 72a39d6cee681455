/**
 * Markdown for pull-request comments and $GITHUB_STEP_SUMMARY: the portfolio, then each
 * plan's findings. GitHub limits a step summary to 1 MiB, so the text is kept below that
 * and says when it was cut.
 */
import type { PlanReport } from '../core/audit.js';
import { type AuditRun, gateSummary, worstFirst } from '../core/gate.js';
import { describeExceeded } from '../plan/describe.js';
import { markdownCode, markdownText } from './escape.js';

export const MARKDOWN_LIMIT = 1024 * 1024 - 4096;
const ICON = { green: '🟢', 'amber-green': '🟡', amber: '🟠', 'amber-red': '🔴', red: '⛔' } as const;

/** Plan text in Markdown: markdownText, under the name the formatters have always used. */
export const cell = markdownText;

function planSection(r: PlanReport): string {
  const lines = [
    `### ${ICON[r.score.rating]} ${cell(r.project.name)} — ${r.score.score}/100 ${r.score.rating}`,
    '',
    `${markdownCode(r.file)} · as of ${r.asOf} · ${r.config.file ? `config ${markdownCode(r.config.file)}` : 'no config file'}${r.pm.warranted ? ` · formal PM warranted: the project ${cell(describeExceeded(r.pm, r.project.currency).join('; '))}` : ''}`,
    '',
  ];
  for (const d of r.diagnostics) lines.push(`- ⚠️ ${d.severity} at line ${d.line}:${d.column}: ${cell(d.message)}`);
  if (r.diagnostics.length > 0) lines.push('');
  if (r.findings.length === 0) lines.push('No findings.');
  else {
    lines.push('| Line | Severity | Rule | Finding |', '| --- | --- | --- | --- |');
    for (const f of r.findings)
      lines.push(`| ${f.span.line}:${f.span.column} | ${f.severity} | \`${f.ruleId}\` | ${cell(f.message)} |`);
  }
  const extra = [
    r.suppressed.length && `${r.suppressed.length} suppressed`,
    r.known.length && `${r.known.length} known from the baseline`,
  ].filter(Boolean);
  if (extra.length > 0) lines.push('', `_${extra.join(', ')}._`);
  return lines.join('\n');
}

export function formatMarkdown(run: AuditRun): string {
  const verdict =
    run.errors.length > 0
      ? '❌ not run: some plans could not be read'
      : run.gate.passed
        ? '✅ passed'
        : `❌ failed: ${cell(gateSummary(run.gate, run.reports.length))}`;
  // Every line counts against GitHub's limit, the portfolio and the errors as well as the sections.
  let out = `## pmcheck: gate ${verdict}\n\n`;
  let bytes = Buffer.byteLength(out);
  let cut = false;
  const add = (line: string) => {
    if (cut) return;
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > MARKDOWN_LIMIT) cut = true;
    else {
      out += `${line}\n`;
      bytes += size;
    }
  };
  if (run.reports.length > 0) {
    add('| Plan | Score | Rating | Findings |\n| --- | --- | --- | --- |');
    for (const r of worstFirst(run.reports))
      add(
        `| ${markdownCode(r.file, true)} | ${r.score.score} | ${ICON[r.score.rating]} ${r.score.rating} | ${r.findings.length} |`,
      );
  }
  if (run.errors.length > 0) add('');
  for (const e of run.errors) add(`- ❗ ${cell(e.render())}`);
  for (const reason of run.gate.reasons) add(`- ${cell(reason)}`);
  if (cut) {
    out += `\n_The report was cut here to stay under GitHub's 1 MiB limit; ${run.reports.length} plans in all. Use \`--format json\` for everything._\n`;
    return out;
  }
  for (const r of worstFirst(run.reports)) {
    const section = `\n${planSection(r)}\n`;
    const size = Buffer.byteLength(section);
    if (bytes + size > MARKDOWN_LIMIT) {
      out += `\n_The report was cut here to stay under GitHub's 1 MiB limit; ${run.reports.length} plans in all. Use \`--format json\` for everything._\n`;
      break;
    }
    out += section;
    bytes += size;
  }
  return out;
}
