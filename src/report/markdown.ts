/**
 * Markdown for pull-request comments and $GITHUB_STEP_SUMMARY: the portfolio, then each
 * plan's findings. GitHub limits a step summary to 1 MiB, so the text is kept below that
 * and says when it was cut.
 */
import type { PlanReport } from '../core/audit.js';
import { type AuditRun, gateSummary, worstFirst } from '../core/gate.js';
import { describeExceeded } from '../plan/describe.js';

export const MARKDOWN_LIMIT = 1024 * 1024 - 4096;
const ICON = { green: '🟢', 'amber-green': '🟡', amber: '🟠', 'amber-red': '🔴', red: '⛔' } as const;

/**
 * Plan text in a table cell: no pipes, no line breaks, no HTML, no accidental formatting; and,
 * since this text is posted as a pull-request comment or job summary, no @mention that pings
 * someone and no bare URL that becomes a link: a zero-width space after the @, and inside the
 * scheme or www., breaks both and reads the same.
 */
export function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([`*_[\]#])/g, '\\$1')
    .replace(/@(?=[\p{L}\p{N}_-])/gu, '@&#8203;')
    .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1:&#8203;')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#8203;.`);
}

function planSection(r: PlanReport): string {
  const lines = [
    `### ${ICON[r.score.rating]} ${cell(r.project.name)} — ${r.score.score}/100 ${r.score.rating}`,
    '',
    `\`${r.file}\` · as of ${r.asOf} · ${r.config.file ? `config \`${r.config.file}\`` : 'no config file'}${r.pm.warranted ? ` · formal PM warranted: the project ${cell(describeExceeded(r.pm, r.project.currency).join('; '))}` : ''}`,
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
  const head = [`## pmcheck: gate ${verdict}`, ''];
  if (run.reports.length > 0) {
    head.push('| Plan | Score | Rating | Findings |', '| --- | --- | --- | --- |');
    for (const r of worstFirst(run.reports))
      head.push(
        `| \`${cell(r.file)}\` | ${r.score.score} | ${ICON[r.score.rating]} ${r.score.rating} | ${r.findings.length} |`,
      );
  }
  for (const e of run.errors) head.push('', `- ❗ ${cell(e.render())}`);
  for (const reason of run.gate.reasons) head.push(`- ${cell(reason)}`);
  let out = `${head.join('\n')}\n`;
  for (const r of worstFirst(run.reports)) {
    const section = `\n${planSection(r)}\n`;
    if (Buffer.byteLength(out) + Buffer.byteLength(section) > MARKDOWN_LIMIT) {
      out += `\n_The report was cut here to stay under GitHub's 1 MiB limit; ${run.reports.length} plans in all. Use \`--format json\` for everything._\n`;
      break;
    }
    out += section;
  }
  return out;
}
