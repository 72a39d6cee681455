/**
 * Which plans to audit: files, folders and globs from the command line, and `-` for stdin.
 * A folder means every *.yaml or *.yml below it whose top level has `pmcheck:`, skipping
 * node_modules and .git. The order is stable: sorted by path.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { InputError } from '../errors.js';
import { decodePlanBytes } from '../readers/bytes.js';
import { readPlanBytes } from './read.js';

export interface PlanSource {
  /** The path as reported: relative to the working directory where possible. */
  file: string;
  /** The bytes, when discovery already read them (folders, stdin). */
  bytes?: Uint8Array;
}

export const STDIN = '<stdin>';
const IGNORE = ['**/node_modules/**', '**/.git/**'];
const GLOB_CHARS = /[*?[\]{}]/;
/** A top-level `pmcheck:` key: at the start of a line, not indented. */
const PLAN_MARKER = /^pmcheck\s*:/m;

export function discoverPlans(
  args: readonly string[],
  readStdin: () => Uint8Array,
): { sources: PlanSource[]; errors: InputError[] } {
  const sources = new Map<string, PlanSource>();
  const errors: InputError[] = [];
  const add = (s: PlanSource) => {
    if (!sources.has(s.file)) sources.set(s.file, s);
  };
  for (const arg of args) {
    if (arg === '-') {
      add({ file: STDIN, bytes: readStdin() });
    } else if (existsSync(arg) && statSync(arg).isDirectory()) {
      const found = globSync(['**/*.yaml', '**/*.yml'], { cwd: arg, ignore: IGNORE, onlyFiles: true, dot: true })
        .sort()
        .map((rel) => tidy(join(arg, rel)))
        .flatMap((file): PlanSource[] => {
          const bytes = readIfPlan(file);
          if (bytes === null) return [{ file }]; // named as a plan but unreadable: the loader reports why
          return bytes === undefined ? [] : [{ file, bytes }];
        });
      if (found.length === 0)
        errors.push(
          new InputError(
            'no plans found in this folder (a plan is a .yaml or .yml file with `pmcheck:` at its top level)',
            { file: arg },
          ),
        );
      found.forEach(add);
    } else if (!existsSync(arg) && GLOB_CHARS.test(arg)) {
      const matches = globSync([arg], { ignore: IGNORE, onlyFiles: true, dot: true }).sort();
      if (matches.length === 0) errors.push(new InputError('no files match this pattern', { file: arg }));
      for (const m of matches) add({ file: tidy(m) });
    } else add({ file: arg }); // a file, or a missing one: the loader says which, precisely
  }
  return { sources: [...sources.values()], errors };
}

/**
 * The bytes of a file in a folder if it is a plan; undefined for other YAML (CI configs, say).
 * null when it cannot be read but is named like a plan (*.plan.yaml): a gate must never skip,
 * and so pass, a plan it failed to read.
 */
function readIfPlan(file: string): Uint8Array | undefined | null {
  try {
    // Read as any plan is: only a regular file, and never more than the size cap.
    const bytes = readPlanBytes(file);
    return PLAN_MARKER.test(decodePlanBytes(bytes, file)) ? bytes : undefined;
  } catch {
    return /\.plan\.ya?ml$/.test(file) ? null : undefined;
  }
}

function tidy(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
