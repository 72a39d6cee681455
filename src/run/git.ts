/**
 * A plan's version at a git ref, for --base. Outside a repository, or with a ref git does not
 * know, the run cannot be done as asked: exit 2 with a clear message. A plan that did not exist
 * at the ref is new, and nothing in it can be an undocumented change.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import type { BaseVersion } from '../plan/model/index.js';
import { readPlan } from '../readers/index.js';

export type BaseText = { status: 'found'; ref: string; text: string } | { status: 'new'; ref: string };

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
}

export class GitBase {
  private verified = new Set<string>();

  constructor(readonly ref: string) {}

  /** The plan's text at the ref, or 'new' when the plan did not exist there. */
  textOf(file: string): BaseText {
    const real = realpathSync(resolve(file));
    let top: string;
    try {
      top = git(dirname(real), ['rev-parse', '--show-toplevel']).trim();
    } catch {
      throw new InputError('--base needs the plan to be in a git repository, and this one is not', { file });
    }
    if (!this.verified.has(top)) {
      try {
        git(top, ['rev-parse', '--verify', '--quiet', `${this.ref}^{commit}`]);
      } catch {
        throw new UsageError(
          `--base: git does not know the ref "${this.ref}" in ${top} (fetch it first, e.g. git fetch origin main)`,
        );
      }
      this.verified.add(top);
    }
    const path = relative(realpathSync(top), real).split('\\').join('/');
    try {
      return { status: 'found', ref: this.ref, text: git(top, ['show', `${this.ref}:${path}`]) };
    } catch {
      return { status: 'new', ref: this.ref };
    }
  }
}

const bases = new Map<string, GitBase>();

/** One GitBase per ref in a process, so each repository's ref is verified once. */
export function gitBase(ref: string): GitBase {
  let base = bases.get(ref);
  if (!base) {
    base = new GitBase(ref);
    bases.set(ref, base);
  }
  return base;
}

/**
 * The plan at the base ref, loaded leniently; a base that no longer loads is an input error.
 * `name` picks the project of a schedule that holds several (LoadedPlan.name).
 */
export function baseVersion(git: GitBase, file: string, name?: string): BaseVersion {
  if (file === '<stdin>') throw new UsageError("--base cannot compare standard input with git; give the plan's path");
  const found = git.textOf(file);
  if (found.status === 'new') return found;
  try {
    return {
      status: 'found',
      ref: found.ref,
      plan: readPlan(Buffer.from(found.text), `${found.ref}:${file}`, {}, name).plan,
    };
  } catch (err) {
    if (err instanceof InputError)
      throw new InputError(`the plan at ${found.ref} does not load, so it cannot be compared: ${err.message}`, {
        file,
      });
    throw err;
  }
}
