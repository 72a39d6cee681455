/**
 * The reader seam: a reader turns a file's bytes into the validated plan, a locator into that
 * file and the diagnostics found on the way. Rules never see the format. The reader is chosen
 * by the content, not by the file name.
 */
import type { LoadedPlan, LoadOptions } from '../plan/loaded.js';
import { decodeLeniently, decodePlanBytes } from './bytes.js';
import { isYamlPlan, readYamlPlan } from './yaml/index.js';

export interface Reader {
  /** The format's name, as LoadedPlan.format and the reports give it. */
  name: string;
  /** Whether these bytes are in this reader's format. */
  detect(bytes: Uint8Array): boolean;
  read(bytes: Uint8Array, file: string, options: LoadOptions): LoadedPlan;
}

export const YAML_READER: Reader = {
  name: 'yaml',
  detect: () => true,
  read: (bytes, file, options) => readYamlPlan(decodePlanBytes(bytes, file), file, options),
};

/** Readers in the order they are tried; YAML, the plan format itself, comes last and takes the rest. */
export const READERS: readonly Reader[] = [YAML_READER];

/** Whether a file's bytes hold a plan, and if not, why not. */
export type PlanSniff = { plan: true } | { plan: false; why: string };

/**
 * Whether these bytes are a plan by the rule `audit FILE` applies, so that discovery in a folder
 * never decides differently from auditing the file by name. Content the reader would refuse
 * (UTF-16, Latin-1) is still judged a plan when it is one: it is then reported, not skipped.
 */
export function sniffPlan(bytes: Uint8Array): PlanSniff {
  const reader = readerFor(bytes);
  if (reader !== YAML_READER) return { plan: true };
  const decoded = decodeLeniently(bytes);
  if ('binary' in decoded) return { plan: false, why: 'binary content (it contains a NUL byte)' };
  const found = isYamlPlan(decoded.text);
  if (found.plan || decoded.encoding === 'utf-8') return found;
  return { plan: false, why: `${found.why}, read as ${decoded.encoding}` };
}

export function readerFor(bytes: Uint8Array): Reader {
  return READERS.find((r) => r.detect(bytes)) ?? YAML_READER;
}

/** Reads a plan from its bytes with the reader its content calls for. */
export function readPlan(bytes: Uint8Array, file: string, options: LoadOptions = {}): LoadedPlan {
  return readerFor(bytes).read(bytes, file, options);
}

/** Reads plan text that is already decoded (stdin, discovery): YAML. */
export function readPlanText(text: string, file: string, options: LoadOptions = {}): LoadedPlan {
  return readYamlPlan(text, file, options);
}
