/**
 * Why the gate failed, one line per cause, for `--quiet`: a blocked commit (the pre-commit hook
 * runs `pmcheck audit --quiet`) must name what blocks it, not only count it. Each finding at or
 * above its plan's fail-on severity is `file:line:col severity rule message`; a score below
 * --min-score is one line too.
 */
import type { AuditRun } from '../core/gate.js';
import { blockingFindings } from '../core/gate.js';

/** One line, whatever the plan's text holds: control characters (newlines, escapes) become spaces. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing exactly these characters
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');

export function formatBlocking(run: AuditRun): string {
  const lines: string[] = [];
  for (const r of run.reports) {
    for (const f of blockingFindings(r))
      lines.push(oneLine(`${f.span.file}:${f.span.line}:${f.span.column} ${f.severity} ${f.ruleId} ${f.message}`));
    if (r.gate.minScore !== undefined && r.score.score < r.gate.minScore)
      lines.push(oneLine(`${r.file}: score ${r.score.score} is below the minimum ${r.gate.minScore}`));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
