/**
 * The repository root that SARIF, GitLab, GitHub annotations and baselines name files from:
 * CI systems resolve those paths against the checkout, whatever folder pmcheck ran in. It is
 * git's top level for the working directory, else the working directory itself.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { RepoPaths } from '../core/fingerprint.js';
import { STDIN } from './discover.js';

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function findRoot(cwd: string): string {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (top) return real(top);
  } catch {
    // Not a repository, or no git: the working directory is the root.
  }
  return real(cwd);
}

/** Paths from the root of the repository `cwd` is in; git is asked once, on first use. */
export function repoPaths(cwd: string): RepoPaths {
  let root: string | undefined;
  const rootOf = () => {
    root ??= findRoot(cwd);
    return root;
  };
  const known = new Map<string, string>();
  return {
    get root() {
      return rootOf();
    },
    relative(file: string): string {
      if (file === STDIN) return file;
      let named = known.get(file);
      if (named === undefined) {
        // Both sides real, so a symlinked working directory (macOS's /tmp) still lies inside the root.
        const path = real(resolve(cwd, file));
        const rel = relative(rootOf(), path);
        const outside = rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
        named = outside ? path : rel.split(sep).join('/');
        known.set(file, named);
      }
      return named;
    },
  };
}
