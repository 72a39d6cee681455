/**
 * A plan's version at a git ref, for --base. Outside a repository, or with a ref git does not
 * know, the run cannot be done as asked: exit 2 with a clear message. A plan that did not exist
 * at the ref (under its name, or the name git's rename detection finds) is new, and nothing in
 * it can be an undocumented change.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import type { BaseVersion } from '../plan/model/index.js';
import { readPlan } from '../readers/index.js';

export type BaseText = { status: 'found'; ref: string; text: string; path: string } | { status: 'new'; ref: string };

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
}

export class GitBase {
  private verified = new Set<string>();
  /** Per repository: each renamed file's path now → its path at the ref. */
  private renames = new Map<string, Map<string, string>>();

  constructor(readonly ref: string) {}

  /**
   * Files renamed between the ref and the working tree, as git's rename detection finds them
   * (`git diff -M`: 50% similar or more). A plan renamed in the pull request is compared with
   * its old self, not treated as new: renaming must not be a way round change control.
   */
  private renamedIn(top: string): Map<string, string> {
    let map = this.renames.get(top);
    if (!map) {
      map = new Map();
      let out = '';
      try {
        out = git(top, ['diff', '-M', '--name-status', '-z', '--diff-filter=R', this.ref, '--']);
      } catch {
        // No diff (a shallow clone without the ref's objects, say): no renames to follow.
      }
      const parts = out.split('\0');
      for (let i = 0; i + 2 < parts.length; i += 3) {
        if (parts[i]!.startsWith('R')) map.set(parts[i + 2]!, parts[i + 1]!);
      }
      this.renames.set(top, map);
    }
    return map;
  }

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
    for (const candidate of [path, this.renamedIn(top).get(path)]) {
      if (candidate === undefined) continue;
      try {
        return {
          status: 'found',
          ref: this.ref,
          text: git(top, ['show', `${this.ref}:${candidate}`]),
          path: candidate,
        };
      } catch {
        // not at the ref under this name
      }
    }
    return { status: 'new', ref: this.ref };
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
 * The plan at the base ref, loaded leniently. A base that does not load (broken there, fixed in
 * the pull request) cannot be compared, so the plan is judged as new, and says why: failing the
 * run would punish the fix.
 */
export function baseVersion(git: GitBase, file: string): BaseVersion {
  if (file === '<stdin>') throw new UsageError("--base cannot compare standard input with git; give the plan's path");
  const found = git.textOf(file);
  if (found.status === 'new') return found;
  try {
    return {
      status: 'found',
      ref: found.ref,
      plan: readPlan(Buffer.from(found.text), `${found.ref}:${found.path}`).plan,
    };
  } catch (err) {
    if (err instanceof InputError) return { status: 'new', ref: found.ref, unreadable: err.render() };
    throw err;
  }
}
