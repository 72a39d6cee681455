/**
 * The reader seam: a reader turns a file's bytes into validated plans, each with a locator into
 * that file and the diagnostics found on the way. Rules never see the format. The reader is
 * chosen by the content, not by the file name. A file holds one plan, except a P6 export with
 * several projects: each is a plan of its own, named `file#project` in reports.
 */
import type { LoadedPlan, LoadOptions } from '../plan/loaded.js';
import { decodeLeniently, decodePlanBytes } from './bytes.js';
import { detectSchedule } from './schedule/index.js';
import { readSchedulePlans } from './schedule/reader.js';
import { isSidecar, readSidecar } from './sidecar.js';
import { isYamlPlan, readYamlPlan } from './yaml/index.js';

export interface Reader {
  /** The format's name, as LoadedPlan.format and the reports give it. */
  name: string;
  /** Whether these bytes are in this reader's format. */
  detect(bytes: Uint8Array): boolean;
  /** Every plan in the file, in file order: one, unless the format holds several projects. */
  read(bytes: Uint8Array, file: string, options: LoadOptions): LoadedPlan[];
}

export const YAML_READER: Reader = {
  name: 'yaml',
  detect: () => true,
  read: (bytes, file, options) => [readYamlPlan(decodePlanBytes(bytes, file), file, options)],
};

/**
 * MS Project XML (MSPDI, as MS Project, ProjectLibre and most planning tools export it) and
 * Primavera P6 XER exports, one plan per project; LoadedPlan.format says which (mspdi, xer).
 * Any other XML is theirs to refuse too: a plan cannot start with `<`, and "not MS Project XML:
 * the root element is <html>" says more than a YAML error would.
 */
export const SCHEDULE_READER: Reader = {
  name: 'schedule',
  detect: (bytes) => detectSchedule(bytes) !== undefined || looksLikeXml(bytes),
  read: readSchedulePlans,
};

/** Whether the bytes start, after a byte order mark and white space, with `<`. */
function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    i < 4096 &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  return bytes[i] === 0x3c;
}

/** A YAML plan that names a `schedule:`: governance for an MS Project or P6 file, merged with it. */
export const SIDECAR_READER: Reader = {
  name: 'sidecar',
  detect: isSidecar,
  read: (bytes, file, options) => [readSidecar(decodePlanBytes(bytes, file), file, options)],
};

/** Readers in the order they are tried; YAML, the plan format itself, comes last and takes the rest. */
export const READERS: readonly Reader[] = [SCHEDULE_READER, SIDECAR_READER, YAML_READER];

/** Whether a file's bytes hold a plan, and if not, why not. */
export type PlanSniff = { plan: true } | { plan: false; why: string };

/**
 * Whether these bytes are a plan by the rule `audit FILE` applies, so that discovery in a folder
 * never decides differently from auditing the file by name. Content the reader would refuse
 * (UTF-16, Latin-1) is still judged a plan when it is one: it is then reported, not skipped.
 */
export function sniffPlan(bytes: Uint8Array): PlanSniff {
  const reader = readerFor(bytes);
  // XML that is not MS Project is refused when named, but a folder's other files are skipped.
  if (reader === SCHEDULE_READER && detectSchedule(bytes) === undefined)
    return { plan: false, why: 'XML, but not an MS Project file' };
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

/** Reads every plan in a file with the reader its content calls for. */
export function readPlans(bytes: Uint8Array, file: string, options: LoadOptions = {}): LoadedPlan[] {
  return readerFor(bytes).read(bytes, file, options);
}

/**
 * Reads the plan in a file. For a schedule with several projects, `name` (as LoadedPlan.name,
 * `file#project`, matched by its `#project` part) picks one; else the first is read.
 */
export function readPlan(bytes: Uint8Array, file: string, options: LoadOptions = {}, name?: string): LoadedPlan {
  const plans = readPlans(bytes, file, options);
  const tag = name?.slice(name.lastIndexOf('#'));
  return (tag && plans.find((p) => p.name?.endsWith(tag))) || plans[0]!;
}

/** Reads plan text that is already decoded (stdin, discovery): YAML. */
export function readPlanText(text: string, file: string, options: LoadOptions = {}): LoadedPlan {
  return readYamlPlan(text, file, options);
}
