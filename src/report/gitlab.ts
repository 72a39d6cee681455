/**
 * GitLab Code Quality JSON (the CodeClimate subset GitLab reads): description, check_name,
 * fingerprint, severity and location.path / lines.begin for each unsuppressed finding. GitLab
 * resolves location.path against the repository's root, whatever folder pmcheck ran in.
 */

import { fingerprint, type RepoPaths } from '../core/fingerprint.js';
import type { AuditRun } from '../core/gate.js';
import type { Severity } from '../engine/types.js';
import { jsonReplacer } from './escape.js';
import { loadWarnings } from './warnings.js';

const SEVERITY: Record<Severity, 'blocker' | 'critical' | 'major' | 'minor'> = {
  critical: 'blocker',
  high: 'critical',
  medium: 'major',
  low: 'minor',
};

export function formatGitlab(run: AuditRun, ctx: { repo: RepoPaths }): string {
  const issues = run.reports.flatMap((r) =>
    [...r.findings, ...r.known].map((f) => {
      const path = ctx.repo.relative(f.span.file);
      return {
        type: 'issue',
        description: f.message,
        check_name: f.ruleId,
        categories: ['Style'],
        fingerprint: fingerprint(path, f),
        severity: SEVERITY[f.severity],
        location: { path, lines: { begin: f.span.line, end: f.span.endLine } },
      };
    }),
  );
  // Load warnings as issues of their own, so a merge request shows them next to the findings.
  for (const w of loadWarnings(run))
    issues.push({
      type: 'issue',
      description: w.message,
      check_name: `pmcheck-${w.code}`,
      categories: ['Style'],
      fingerprint: w.fingerprint,
      severity: w.severity === 'error' ? 'critical' : 'minor',
      location: { path: w.plan.replace(/\\/g, '/'), lines: { begin: w.line, end: w.line } },
    });
  return `${JSON.stringify(issues, jsonReplacer, 2)}\n`;
}
