/**
 * The gate: whether a run passes, and why not. A run gathers the reports of every plan (from
 * this thread, workers or the cache) and the files that could not be read.
 */
import { SEVERITIES, severityRank } from '../engine/types.js';
import type { InputError } from '../errors.js';
import { count } from '../text.js';
import { VERSION } from '../version.js';
import type { FailOn, Gate, PlainReport, PlanReport } from './audit.js';
import type { BaselineEntry } from './baseline.js';

export interface GateVerdict {
  passed: boolean;
  /** Why the gate failed, one sentence each. */
  reasons: string[];
}

export interface AuditRun {
  tool: { name: 'pmcheck'; version: string };
  reports: PlanReport[];
  /** Files that could not be audited: each is an exit 2. */
  errors: InputError[];
  gate: GateVerdict & { failOn?: FailOn; minScore?: number };
  /** With --baseline: the file, and its entries for audited plans that matched nothing. */
  baseline?: { file: string; stale: BaselineEntry[] };
}

/** Judges each plan by its own gate (its config's, unless `override` sets it). */
export function judge(reports: readonly PlainReport[], override: Partial<Gate> = {}): GateVerdict {
  const reasons: string[] = [];
  for (const r of reports) {
    const gate = { ...r.gate, ...definedOnly(override) };
    const broken = r.outcomes.filter((o) => o.error !== undefined);
    // Under --strict, a warning found after loading (a suppression that matches nothing, say).
    const strict = r.diagnostics.filter((d) => d.severity === 'error');
    if (strict.length > 0)
      reasons.push(`${r.file}: ${count(strict.length, 'warning')} (--strict makes every warning an error)`);
    for (const o of broken) reasons.push(`${r.file}: rule ${o.ruleId} failed to run (${o.error})`);
    if (gate.failOn !== 'none') {
      const threshold = severityRank(gate.failOn);
      const over = r.findings.filter((f) => severityRank(f.severity) >= threshold);
      if (over.length > 0) {
        const worst = SEVERITIES.find((s) => over.some((f) => f.severity === s))!;
        reasons.push(`${r.file}: ${count(over.length, 'finding')} at or above ${gate.failOn} (worst: ${worst})`);
      }
    }
    if (gate.minScore !== undefined && r.score.score < gate.minScore) {
      reasons.push(`${r.file}: score ${r.score.score} is below the minimum ${gate.minScore}`);
    }
  }
  return { passed: reasons.length === 0, reasons };
}

function definedOnly(g: Partial<Gate>): Partial<Gate> {
  return Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined));
}

/** Reports and errors from anywhere (this thread, workers, the cache), gathered into a run. */
export function finishRun(reports: PlanReport[], errors: InputError[]): AuditRun {
  // The gate line shows the threshold when every plan shares it.
  const same = <T>(values: T[]) => (values.length > 0 && values.every((v) => v === values[0]) ? values[0] : undefined);
  return {
    tool: { name: 'pmcheck', version: VERSION },
    reports,
    errors,
    gate: {
      failOn: same(reports.map((r) => r.gate.failOn)),
      minScore: same(reports.map((r) => r.gate.minScore)),
      ...judge(reports),
    },
  };
}
