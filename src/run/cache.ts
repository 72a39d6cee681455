/**
 * The opt-in result cache (--cache): a plan's report is reused when nothing that could change it
 * has changed. The key covers the plan's path and text, its config file's path and text, the
 * as-of date (or today, when the plan has none and none was given), --strict, the gate settings
 * and pmcheck's version. Runs with --base are not cached, as they depend on git history too.
 *
 * A cached result decides a gate, so it must not be forgeable: the cache lives in the user's
 * cache folder (XDG_CACHE_HOME, ~/.cache, %LOCALAPPDATA%), never in the working tree unless asked
 * with --cache-location, and every entry carries an HMAC keyed by a secret that only the user can
 * read (0600, in that folder, never beside the entries). An entry that is missing, corrupt,
 * forged, for another key or another file is a miss: the plan is audited afresh.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, realpathSync, statSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { PlainReport } from '../core/audit.js';
import { VERSION } from '../version.js';
import type { RunOptions } from './audit.js';
import { writeFileAtomic } from './write.js';

const ENTRY_VERSION = 1;

/** The user's cache folder for pmcheck, by the platform's convention. */
export function userCacheDir(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'pmcheck');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'pmcheck', 'Cache');
  return join(home, '.cache', 'pmcheck');
}

/** Where results go by default: inside the user's cache folder, never the working tree. */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  return join(userCacheDir(env), 'results');
}

/**
 * The per-user secret that signs entries: created once (0600, in a 0700 folder), and refused
 * when anyone else could read or replace it. Undefined when there is no usable secret: the
 * cache is then off for the run, which only costs time.
 */
export function cacheSecret(cacheHome: string): Buffer | undefined {
  const file = join(cacheHome, 'key');
  try {
    mkdirSync(cacheHome, { recursive: true, mode: 0o700 });
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, randomBytes(32).toString('hex'));
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const stat = statSync(file);
    if (!stat.isFile()) return undefined;
    if (process.platform !== 'win32') {
      const uid = process.getuid?.();
      if (uid !== undefined && stat.uid !== uid) return undefined; // someone else's secret is no secret
      if ((stat.mode & 0o077) !== 0) chmodSync(file, 0o600);
    }
    const hex = readFileSync(file, 'utf8').trim();
    return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : undefined;
  } catch {
    return undefined;
  }
}

export class AuditCache {
  /**
   * @param dir where entries are kept
   * @param secret the per-user key that signs them; without one, nothing is read or written
   */
  constructor(
    readonly dir: string,
    private readonly secret: Buffer | undefined,
  ) {}

  /** The entry's name: every input that can change the report, the plan's path included. */
  key(
    file: string,
    plan: Uint8Array,
    config: { file?: string; text?: string },
    options: RunOptions,
    cwd: string = process.cwd(),
  ): string {
    const h = createHash('sha256');
    let real = resolve(cwd, file);
    try {
      real = realpathSync(real);
    } catch {
      // stdin, or a file that has gone: the path as given
    }
    for (const part of [
      `v${ENTRY_VERSION}`,
      VERSION,
      file,
      real,
      options.asOf ?? `today:${options.today}`,
      String(options.strict ?? false),
      JSON.stringify(options.gate ?? {}),
      config.file ?? '(no config)',
      config.text ?? '',
    ]) {
      h.update(part).update('\0');
    }
    return h.update(plan).digest('hex');
  }

  private mac(key: string, body: string): Buffer {
    return createHmac('sha256', this.secret!).update(key).update('\0').update(body).digest();
  }

  /** The report under `key` for `file`, or undefined when absent, corrupt, forged or for another file. */
  get(key: string, file: string): PlainReport | undefined {
    if (!this.secret || !/^[0-9a-f]{64}$/.test(key)) return undefined;
    try {
      const entry = JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as unknown;
      if (entry === null || typeof entry !== 'object') return undefined;
      const { v, key: named, mac, body } = entry as Record<string, unknown>;
      if (v !== ENTRY_VERSION || named !== key || typeof mac !== 'string' || typeof body !== 'string') return undefined;
      const given = Buffer.from(mac, 'hex');
      const expected = this.mac(key, body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      const report = JSON.parse(body) as PlainReport;
      return report.file === file && Array.isArray(report.outcomes) && Array.isArray(report.findings)
        ? report
        : undefined;
    } catch {
      return undefined; // absent or unreadable: audit afresh
    }
  }

  set(key: string, report: PlainReport): void {
    if (!this.secret) return;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const body = JSON.stringify(report);
      const entry = { v: ENTRY_VERSION, key, mac: this.mac(key, body).toString('hex'), body };
      writeFileAtomic(join(this.dir, `${key}.json`), JSON.stringify(entry), undefined, 0o600);
    } catch {
      // A cache that cannot be written only costs speed, never a result.
    }
  }
}
