/**
 * The opt-in result cache (--cache): a plan's report is reused when nothing that could change it
 * has changed. The key covers the plan's text, its config file's text, the as-of date (or today,
 * when the plan has none and none was given), --strict, the gate settings and pmcheck's version.
 * Runs with --base are not cached, as they depend on git history too.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlainReport } from '../core/audit.js';
import { VERSION } from '../version.js';
import type { RunOptions } from './audit.js';
import { writeFileAtomic } from './write.js';

export function defaultCacheDir(): string {
  return existsSync('node_modules') ? join('node_modules', '.cache', 'pmcheck') : '.pmcheck-cache';
}

export class AuditCache {
  constructor(readonly dir: string) {}

  key(plan: Uint8Array, configText: string | undefined, options: RunOptions): string {
    const h = createHash('sha256');
    for (const part of [
      VERSION,
      options.asOf ?? `today:${options.today}`,
      String(options.strict ?? false),
      JSON.stringify(options.gate ?? {}),
      configText ?? '(no config)',
    ]) {
      h.update(part).update('\0');
    }
    return h.update(plan).digest('hex');
  }

  /** The reports of a file (one per plan in it), as they were cached. */
  get(key: string): PlainReport[] | undefined {
    const file = join(this.dir, `${key}.json`);
    try {
      const reports = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      // An entry from before a file could hold several plans: audit afresh.
      return Array.isArray(reports) ? (reports as PlainReport[]) : undefined;
    } catch {
      return undefined; // absent or unreadable: audit afresh
    }
  }

  set(key: string, reports: PlainReport[]): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(join(this.dir, `${key}.json`), JSON.stringify(reports));
    } catch {
      // A cache that cannot be written only costs speed, never a result.
    }
  }
}
