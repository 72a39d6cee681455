/**
 * GitHub Actions workflow commands: one ::error or ::warning annotation per finding, with
 * GitHub's own escaping, at most 10 of each (GitHub shows no more per step), then a notice
 * counting the rest. The markdown summary goes to $GITHUB_STEP_SUMMARY when it is set.
 * GitHub resolves `file=` against the repository's root, whatever folder pmcheck ran in.
 */
import type { RepoPaths } from '../core/fingerprint.js';
import { type AuditRun, gateSummary } from '../core/gate.js';
import type { Severity } from '../engine/types.js';
import { githubData, githubProperty } from './escape.js';
import { loadWarnings } from './warnings.js';

export const ANNOTATION_CAP = 10;
const COMMAND: Record<Severity, 'error' | 'warning'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'warning',
};

export { escapeData, escapeProperty } from './escape.js';

export function formatGithub(run: AuditRun, ctx: { repo: RepoPaths }): string {
  const lines: string[] = [];
  const shown = { error: 0, warning: 0 };
  let hidden = 0;
  // Load warnings first: a hidden or misspelt section changes what every finding means.
  for (const w of loadWarnings(run)) {
    const kind = w.severity === 'error' ? 'error' : 'warning';
    if (shown[kind] >= ANNOTATION_CAP) {
      hidden++;
      continue;
    }
    shown[kind]++;
    const props = [`file=${githubProperty(ctx.repo.relative(w.plan))}`, `line=${w.line}`, `col=${w.column}`];
    lines.push(
      `::${kind} ${props.join(',')},title=${githubProperty('pmcheck plan warning')}::${githubData(w.message)}`,
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
        `title=${githubProperty(`pmcheck ${f.ruleId} (${f.severity})`)}`,
      ];
      lines.push(`::${kind} ${props.join(',')}::${githubData(`${f.message} ${f.fix}`)}`);
    }
  }
  for (const e of run.errors) {
    const where = [
      `file=${githubProperty(ctx.repo.relative(e.where.file))}`,
      ...(e.where.line ? [`line=${e.where.line}`, `col=${e.where.column ?? 1}`] : []),
    ];
    lines.push(
      `::error ${where.join(',')},title=${githubProperty('pmcheck could not read this plan')}::${githubData(e.message)}`,
    );
  }
  if (hidden > 0)
    lines.push(
      `::notice title=pmcheck::${githubData(`${hidden} more finding${hidden === 1 ? ' is' : 's are'} not shown as annotations (GitHub shows ${ANNOTATION_CAP} errors and ${ANNOTATION_CAP} warnings); see the job summary or --format sarif.`)}`,
    );
  const verdict =
    run.errors.length > 0
      ? 'not run'
      : run.gate.passed
        ? 'passed'
        : `failed: ${gateSummary(run.gate, run.reports.length)}`;
  // A path is text from the repository: escaped, so that it cannot start a line of its own.
  const configs = [
    ...new Set(run.reports.map((r) => githubData(r.config.file ? ctx.repo.relative(r.config.file) : 'none'))),
  ];
  lines.push(
    `pmcheck: ${run.reports.length} plan${run.reports.length === 1 ? '' : 's'}, gate ${verdict} (config: ${configs.join(', ') || 'none'})`,
  );
  return `${lines.join('\n')}\n`;
}
