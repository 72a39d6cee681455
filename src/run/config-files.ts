/**
 * Finding and reading `.pmcheck.yaml`: the nearest one above each plan within its repository
 * (outside a repository, in the plan's own folder), or the one given with -c.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EMPTY_CONFIG, type LoadedConfig, loadConfigText } from '../config/resolve.js';
import { readTextFile } from './read.js';

export const CONFIG_NAMES = ['.pmcheck.yaml', '.pmcheck.yml'] as const;

/**
 * Where a config search from `dir` stops: the top level of the git repository it is in (the
 * nearest folder at or above it with a .git folder or file, which covers worktrees and
 * submodules), else `dir` itself. A config above the repository is not the project's: anyone
 * who can write one folder up (a shared runner's workspace, a home folder) must not be able to
 * turn the gate off.
 */
export function searchRoot(dir: string): string {
  const start = resolve(dir);
  for (let cur = start; ; cur = dirname(cur)) {
    if (existsSync(join(cur, '.git'))) return cur;
    if (dirname(cur) === cur) return start;
  }
}

/** The nearest config file in `dir` or above it, up to the repository's top level; or undefined. */
export function findConfig(dir: string, root: string = searchRoot(dir)): string | undefined {
  for (let cur = resolve(dir); ; cur = dirname(cur)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(cur, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    if (cur === root || dirname(cur) === cur) return undefined;
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  return loadConfigText(readTextFile(file), file);
}

/** Config files by folder, so that a portfolio in one folder reads its config once. */
export class ConfigResolver {
  private byDir = new Map<string, LoadedConfig>();
  private byFile = new Map<string, LoadedConfig>();

  constructor(private readonly explicit?: string) {}

  forPlan(planFile: string): LoadedConfig {
    if (this.explicit) return this.load(this.explicit);
    const dir = dirname(planFile);
    let found = this.byDir.get(dir);
    if (!found) {
      const file = findConfig(dir);
      found = file ? this.load(file) : EMPTY_CONFIG;
      this.byDir.set(dir, found);
    }
    return found;
  }

  private load(file: string): LoadedConfig {
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = loadConfigFile(file);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }
}
