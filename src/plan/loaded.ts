/**
 * What every reader produces: the validated plan, a locator into the file it came from, and
 * the problems found on the way that do not stop the audit. Rules and the engine see only this,
 * never the file format.
 */
import type { Locator, PlanPath } from './path.js';
import type { Plan } from './schema.js';

/** A problem found while loading that does not stop the audit (an unknown key, say). */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /**
   * `format`: a reader's own warning about its file (a damaged calendar in a schedule, say).
   * `hidden-key`: a key that hides a section or field (`Tasks`, `x-budget`): always an error.
   * `base`: the plan at the --base ref could not be read, so the plan is judged as new.
   */
  code: 'unknown-key' | 'hidden-key' | 'reserved-key' | 'suppression' | 'format' | 'base';
  message: string;
  path: PlanPath;
  file: string;
  line: number;
  column: number;
}

/** An `x-pmcheck-ignore` entry, with the mapping it sits on. */
export interface Suppression {
  rule: string;
  reason?: string;
  /** Path of the mapping that carries the entry: findings at or below it are suppressed. */
  scope: PlanPath;
  /** Path of the entry itself, for reporting. */
  path: PlanPath;
  file: string;
  line: number;
  column: number;
}

export interface LoadedPlan {
  file: string;
  /** Which reader read it. */
  format: string;
  plan: Plan;
  locator: Locator;
  diagnostics: Diagnostic[];
  suppressions: Suppression[];
}

/** How YAML is read: the fast path with `yaml` as its fallback, or `yaml` alone (PMCHECK_YAML=yaml). */
export type YamlParser = 'auto' | 'yaml';

export interface LoadOptions {
  /** Unknown keys are errors rather than warnings. */
  strict?: boolean;
  /** How YAML plans are read; the same data and positions either way. */
  yamlParser?: YamlParser;
}
