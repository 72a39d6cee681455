/**
 * Which plans to audit: files, folders and globs from the command line, and `-` for stdin.
 *
 * A gate must never pass a plan it did not read, so discovery decides what a plan is by the
 * rule `audit FILE` uses (the reader seam judges the content), and names every file it skipped:
 * - in a folder, a candidate is any file named like a plan (`*.plan.yaml`, `.yml` or `.json`,
 *   in any case) and any `.yaml`, `.yml` or `.json` file; a candidate is a plan when it is named
 *   like one or when its content is one (a top-level `pmcheck` key however it is written, in
 *   UTF-8, UTF-16 or Latin-1). A candidate named like a plan that cannot be read (a dangling
 *   link, no permission, a device, over the size cap) is an error; any other candidate that is
 *   not a plan is skipped, and named with the reason;
 * - a glob matches file names case-insensitively, and every match is audited, including links
 *   whose target is missing (an error, never silently left out);
 * - node_modules and .git are never searched. The order is stable: sorted by path.
 */
import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors.js';
import { decodeLeniently } from '../readers/bytes.js';
import { sniffPlan } from '../readers/index.js';
import { CONFIG_NAMES } from './config-files.js';
import { FileTooLarge, readHead, readPlanBytes } from './read.js';

export interface PlanSource {
  /** The path as reported: relative to the working directory where possible. */
  file: string;
  /** The bytes, when discovery already read them (folders, stdin). */
  bytes?: Uint8Array;
}

/** A file discovery looked at and did not audit, and why. */
export interface Skipped {
  file: string;
  why: string;
}

export interface Discovery {
  sources: PlanSource[];
  /** Files that must be plans but could not be read, and arguments that found nothing. */
  errors: InputError[];
  skipped: Skipped[];
}

export const STDIN = '<stdin>';
const IGNORED_FOLDERS = new Set(['node_modules', '.git']);
const GLOB_CHARS = /[*?[\]{}]/;
/** Files whose content is looked at in a folder. */
const DATA_FILE = /\.(ya?ml|json)$/i;
/** pmcheck's own config files: never plans, and never named as skipped. */
const CONFIG_FILE: ReadonlySet<string> = new Set(CONFIG_NAMES);
/** Files that are plans by their name: unreadable or not, they are audited. */
const PLAN_NAME = /\.plan\.(ya?ml|json)$/i;
/** How much of a file over the size cap is read to tell whether it is a plan. */
const HEAD_BYTES = 64 * 1024;

export function discoverPlans(args: readonly string[], readStdin: () => Uint8Array): Discovery {
  const sources = new Map<string, PlanSource>();
  const errors: InputError[] = [];
  const skipped: Skipped[] = [];
  const add = (s: PlanSource) => {
    if (!sources.has(s.file)) sources.set(s.file, s);
  };
  for (const arg of args) {
    if (arg === '-') {
      add({ file: STDIN, bytes: readStdin() });
      continue;
    }
    const stat = statOrUndefined(arg);
    if (stat?.isDirectory()) {
      const here: Skipped[] = [];
      let plans = 0;
      for (const file of walk(arg, (name) => DATA_FILE.test(name) && !CONFIG_FILE.has(name), errors)) {
        const verdict = classify(tidy(file));
        if (verdict instanceof InputError) errors.push(verdict);
        else if ('why' in verdict) here.push(verdict);
        else add(verdict);
        if (!('why' in verdict)) plans++;
      }
      if (plans === 0) {
        // One line: the skipped files are named in the error itself.
        const note = here.length > 0 ? `skipped ${listSkipped(arg, here)}; ` : '';
        errors.push(
          new InputError(
            `${note}no plans found in this folder (a plan is a .yaml or .yml file with \`pmcheck:\` at its top level)`,
            { file: arg },
          ),
        );
      } else skipped.push(...here);
    } else if (stat === undefined && !isLink(arg) && GLOB_CHARS.test(arg)) {
      const matches = globFiles(arg, errors);
      if (matches.length === 0) errors.push(new InputError('no files match this pattern', { file: arg }));
      for (const m of matches) add({ file: tidy(m) });
    } else add({ file: arg }); // a file, or a missing one: the loader says which, precisely
  }
  return { sources: [...sources.values()], errors, skipped };
}

/**
 * A candidate file in a folder: a plan source (with its bytes), an error (it must be a plan but
 * cannot be read), or skipped with the reason.
 */
function classify(file: string): PlanSource | InputError | Skipped {
  const named = PLAN_NAME.test(file);
  let bytes: Uint8Array;
  try {
    bytes = readPlanBytes(file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    if (named) return err;
    // Over the cap, and not named like a plan: a plan all the same if its head says so.
    if (err instanceof FileTooLarge && headMentionsPmcheck(file)) return err;
    return { file, why: err.message };
  }
  if (named) return { file, bytes }; // the loader reports whatever is wrong with it
  const sniff = sniffPlan(bytes);
  return sniff.plan ? { file, bytes } : { file, why: sniff.why };
}

function headMentionsPmcheck(file: string): boolean {
  try {
    const head = decodeLeniently(readHead(file, HEAD_BYTES));
    return 'text' in head && head.text.includes('pmcheck');
  } catch {
    return false;
  }
}

function listSkipped(folder: string, skipped: readonly Skipped[]): string {
  const shown = skipped.slice(0, 3).map((s) => `${relative(folder, s.file) || s.file} (${s.why})`);
  const rest = skipped.length - shown.length;
  return `${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}

/**
 * Every entry below `root` that is not a folder and whose name passes `wanted`: files, links
 * (followed; a link to nothing is still listed, so that it can be reported), devices and pipes
 * (listed, and refused by the reader). Linked folders are followed once each. Sorted by path.
 */
function walk(root: string, wanted: (name: string) => boolean, errors: InputError[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const go = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors.push(
        new InputError(`cannot list this folder (${code}), so the plans in it cannot be audited`, { file: dir }),
      );
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      const isFolder = e.isDirectory() || (e.isSymbolicLink() && statOrUndefined(path)?.isDirectory());
      if (isFolder) {
        if (!IGNORED_FOLDERS.has(e.name)) go(path);
      } else if (wanted(e.name)) out.push(path);
    }
  };
  go(root);
  return out.sort((a, b) => {
    const x = relative(root, a).split('\\').join('/');
    const y = relative(root, b).split('\\').join('/');
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/**
 * The entries a glob matches, matched case-insensitively and with dot files, below the glob's
 * fixed base folder. Unlike a globber that lists only readable files, a link to nothing or a
 * device that matches is returned, so the loader reports it rather than the run leaving it out.
 */
function globFiles(pattern: string, errors: InputError[]): string[] {
  const posix = pattern.split('\\').join('/');
  const scan = picomatch.scan(posix);
  const base = scan.base;
  const isMatch = picomatch(base ? `${base}/${scan.glob}` : scan.glob, { dot: true, nocase: true });
  if (base && !statOrUndefined(base)?.isDirectory()) return [];
  return walk(base || '.', () => true, errors).filter((file) => {
    const rel = relative(base || '.', file)
      .split('\\')
      .join('/');
    return isMatch(base ? `${base}/${rel}` : rel);
  });
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function tidy(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
