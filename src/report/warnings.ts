/**
 * The load warnings of a run (an unknown key, a suppression that matches nothing), for the CI
 * formats: a warning that only the table shows is a warning nobody in a pull request sees, and
 * a plan that hides data behind one audits green. Each formatter carries them its own way.
 */

import { fingerprint } from '../core/fingerprint.js';
import type { AuditRun } from '../core/gate.js';
import type { Diagnostic } from '../plan/loaded.js';

export interface LoadWarning extends Diagnostic {
  /** The plan's file as the report names it. */
  plan: string;
  /** A line-free identity, as findings have (rule, file and path). */
  fingerprint: string;
}

export function loadWarnings(run: AuditRun): LoadWarning[] {
  return run.reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ...d,
      plan: r.file,
      fingerprint: fingerprint(r.file, { ruleId: `load:${d.code}:${d.message}`, path: d.path }),
    })),
  );
}
