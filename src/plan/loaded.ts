/**
 * What every reader produces: the validated plan, a locator into the file it came from, and
 * the problems found on the way that do not stop the audit. Rules and the engine see only this,
 * never the file format.
 */
import type * as z from 'zod';
import type { Locator, PlanPath } from './path.js';
import { type Plan, PlanSchema } from './schema.js';
import { defOf, unwrapFor } from './zod-def.js';

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

/**
 * Parts of the plan that the file's format has no place for (an MS Project file names no sponsor
 * and keeps no risk register). A rule that judges one of them is not applicable, with the reason,
 * rather than reporting as missing what the file could never have held.
 */
export interface Unrecorded {
  /** Plan paths as text, `[]` standing for every item of a list: `project.manager`, `scope`, `tasks[].kind`. */
  sections: readonly string[];
  /** The kind of file, for the reason: "an MS Project file", "a P6 export". */
  source: string;
}

export interface LoadedPlan {
  file: string;
  /**
   * The plan's name in reports when it is one of several in its file (`plan.xer#PROJ1`);
   * `file` stays the file itself, where spans, configs and --base are found.
   */
  name?: string;
  /** Which reader read it. */
  format: string;
  plan: Plan;
  locator: Locator;
  diagnostics: Diagnostic[];
  suppressions: Suppression[];
  /** What the format cannot hold; absent when it can hold the whole plan (YAML, or a schedule with a sidecar). */
  unrecorded?: Unrecorded;
}

/** How YAML is read: the fast path with `yaml` as its fallback, or `yaml` alone (PMCHECK_YAML=yaml). */
export type YamlParser = 'auto' | 'yaml';

export interface LoadOptions {
  /** Unknown keys are errors rather than warnings. */
  strict?: boolean;
  /** How YAML plans are read; the same data and positions either way. */
  yamlParser?: YamlParser;
  /**
   * Reads another file a plan names (a sidecar's schedule), with the run tier's checks; readers
   * never touch the file system themselves. Without it, such a plan cannot be read.
   */
  readFile?: (file: string) => Uint8Array;
}

/** Is `section` (as a rule needs it) at or below one of the unrecorded sections? The one that covers it. */
export function unrecordedSection(section: string, unrecorded: Unrecorded | undefined): string | undefined {
  return unrecorded?.sections.find((u) => section === u || section.startsWith(`${u}.`) || section.startsWith(`${u}[]`));
}

/** Does the plan schema have this section (`tasks[].kind`, `project.manager`)? Rules name only real ones. */
export function isPlanSection(section: string): boolean {
  let schema: z.ZodType | undefined = PlanSchema;
  for (const part of section.split('.')) {
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    const object: z.ZodType | undefined = schema && unwrapFor(schema, {});
    const shape: Record<string, z.ZodType> | undefined = object ? defOf(object).shape : undefined;
    schema = shape && Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!schema) return false;
    if (list) {
      const array: z.ZodType | undefined = unwrapFor(schema, []);
      schema = array ? defOf(array).element : undefined;
      if (!schema) return false;
    }
  }
  return true;
}
