/**
 * The reader seam: a reader turns a file's bytes into the validated plan, a locator into that
 * file and the diagnostics found on the way. Rules never see the format. The reader is chosen
 * by the content, not by the file name.
 */
import type { LoadedPlan, LoadOptions } from '../plan/loaded.js';
import { decodePlanBytes } from './bytes.js';
import { readYamlPlan } from './yaml/index.js';

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
