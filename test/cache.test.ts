/**
 * Forged results (issue 14, class 4): the result cache lives in the user's cache folder, every
 * entry is signed with a per-user secret kept there, and an entry that is corrupt, forged, or
 * made for another file is a miss, never a result and never an internal error.
 */
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuditCache, cacheSecret, defaultCacheDir, userCacheDir } from '../src/run/cache.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const officeMove = readFileSync(join(root, 'examples/office-move.plan.yaml'), 'utf8');

function pmcheck(args: string[], cwd: string, env: Record<string, string>) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('where the cache lives', () => {
  it("the user's cache folder, by the platform's convention, never the working tree", () => {
    expect(userCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u')).toBe('/x/cache/pmcheck');
    expect(userCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/u')).toBe('/home/u/.cache/pmcheck');
    expect(userCacheDir({}, 'darwin', '/Users/u')).toBe('/Users/u/.cache/pmcheck');
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u')).toMatch(
      /AppData.Local.pmcheck.Cache$/,
    );
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/pmcheck/results');
  });

  it('--cache with no location writes nothing to the working tree', () => {
    const work = mkdtempSync(join(tmpdir(), 'pmcheck-cache-work-'));
    const home = mkdtempSync(join(tmpdir(), 'pmcheck-cache-home-'));
    writeFileSync(join(work, 'p.yaml'), officeMove);
    const r = pmcheck(['audit', '--cache', '--quiet', 'p.yaml'], work, { XDG_CACHE_HOME: home });
    expect(r.code).toBe(1);
    expect(readdirSync(work)).toEqual(['p.yaml']);
    // The results and their key, and the bin's V8 code cache: all in the user's cache folder.
    expect(readdirSync(join(home, 'pmcheck')).sort()).toEqual(['key', 'results', 'v8']);
    expect(readdirSync(join(home, 'pmcheck', 'results'))).toHaveLength(1);
  }, 30_000);

  it('the secret is 0600 in a 0700 folder, made once, and tightened if it was loosened', () => {
    const home = join(mkdtempSync(join(tmpdir(), 'pmcheck-secret-')), 'pmcheck');
    const a = cacheSecret(home)!;
    expect(a).toHaveLength(32);
    expect(statSync(join(home, 'key')).mode & 0o777).toBe(0o600);
    expect(statSync(home).mode & 0o777).toBe(0o700);
    chmodSync(join(home, 'key'), 0o644);
    expect(cacheSecret(home)!.equals(a)).toBe(true);
    expect(statSync(join(home, 'key')).mode & 0o777).toBe(0o600);
    writeFileSync(join(home, 'key'), 'not a key');
    expect(cacheSecret(home)).toBeUndefined();
  });
});

describe('a cached result cannot be forged', () => {
  // The attack: an entry committed in the pull request made office-move pass at 100/100.
  function attack(forge: (entry: Record<string, unknown>, file: string) => string) {
    const repo = mkdtempSync(join(tmpdir(), 'pmcheck-forge-'));
    const home = mkdtempSync(join(tmpdir(), 'pmcheck-forge-home-'));
    writeFileSync(join(repo, 'p.yaml'), officeMove);
    const args = ['audit', '--cache', '--cache-location', '.pmcheck-cache', '--format', 'json', 'p.yaml'];
    const honest = pmcheck(args, repo, { XDG_CACHE_HOME: home });
    expect(honest.code).toBe(1);
    const [name] = readdirSync(join(repo, '.pmcheck-cache'));
    const file = join(repo, '.pmcheck-cache', name!);
    writeFileSync(file, forge(JSON.parse(readFileSync(file, 'utf8')), file));
    // The next run in CI: a fresh machine, so a fresh secret; or the same one. Neither trusts it.
    for (const secretHome of [home, mkdtempSync(join(tmpdir(), 'pmcheck-forge-ci-'))]) {
      const r = pmcheck(args, repo, { XDG_CACHE_HOME: secretHome });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe(honest.stdout);
      expect(r.stderr).toBe('');
    }
  }
  // An entry holds the reports of a file, one per plan in it.
  const passing = (entry: Record<string, unknown>) => {
    const body = JSON.parse(entry.body as string);
    body[0].findings = [];
    body[0].score.score = 100;
    return JSON.stringify(body);
  };

  it('a body rewritten to pass, with the old signature', () => {
    attack((entry) => JSON.stringify({ ...entry, body: passing(entry) }));
  }, 60_000);

  it('a body rewritten to pass, signed with a key the attacker chose', () => {
    attack((entry) => {
      const body = passing(entry);
      const mac = createHmac('sha256', Buffer.alloc(32, 1)).update(String(entry.key)).update('\0').update(body);
      return JSON.stringify({ ...entry, body, mac: mac.digest('hex') });
    });
  }, 60_000);

  it('the old format: bare reports in the file', () => {
    attack((entry) => passing(entry));
  }, 60_000);

  it('an entry of the first version (one report, signed) for the same key', () => {
    attack((entry) => JSON.stringify({ ...entry, v: 1, body: JSON.stringify(JSON.parse(passing(entry))[0]) }));
  }, 60_000);
});

describe('a damaged entry is a miss, never an internal error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-damage-'));
  const secret = Buffer.alloc(32, 7);
  const cache = new AuditCache(join(dir, 'entries'), secret);
  const key = 'a'.repeat(64);
  const report = { file: 'p.yaml', outcomes: [], findings: [] } as never;
  cache.set(key, [report]);
  const good = readFileSync(join(dir, 'entries', `${key}.json`), 'utf8');

  it('the intact entry is a hit, for its own file only', () => {
    expect(cache.get(key, 'p.yaml')).toEqual([report]);
    expect(cache.get(key, 'other/p.yaml')).toBeUndefined();
    expect(new AuditCache(join(dir, 'entries'), Buffer.alloc(32, 8)).get(key, 'p.yaml')).toBeUndefined();
    expect(new AuditCache(join(dir, 'entries'), undefined).get(key, 'p.yaml')).toBeUndefined();
    expect(statSync(join(dir, 'entries', `${key}.json`)).mode & 0o777).toBe(0o600);
  });

  it('generated damage: truncation, a flipped byte, junk and wrong shapes are all misses', () => {
    const damage = fc.oneof(
      fc.nat(good.length - 1).map((n) => good.slice(0, n)),
      fc
        .tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 }))
        .map(([i, x]) => Buffer.from(good).map((b, j) => (j === i ? b ^ x : b))),
      fc.constantFrom(
        '',
        'null',
        '[]',
        '{}',
        '{"v":1}',
        '"text"',
        '\u0000\u0001',
        JSON.stringify({ ...JSON.parse(good), v: 1 }),
        JSON.stringify({ ...JSON.parse(good), v: 3 }),
      ),
    );
    fc.assert(
      fc.property(damage, (bytes) => {
        writeFileSync(join(dir, 'entries', `${key}.json`), bytes);
        const got = cache.get(key, 'p.yaml');
        // A flip inside the hex signature's case or whitespace may leave it valid; anything else is a miss.
        if (got !== undefined) expect(got).toEqual([report]);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('end to end: a corrupt entry is audited afresh, with the same output and no error', () => {
    const work = mkdtempSync(join(tmpdir(), 'pmcheck-corrupt-'));
    const home = mkdtempSync(join(tmpdir(), 'pmcheck-corrupt-home-'));
    writeFileSync(join(work, 'p.yaml'), officeMove);
    const args = ['audit', '--cache', '--format', 'json', 'p.yaml'];
    const fresh = pmcheck(args, work, { XDG_CACHE_HOME: home });
    const results = join(home, 'pmcheck', 'results');
    for (const junk of ['{', '{"v":1,"key":"x","mac":"00","body":"{}"}', 'null']) {
      for (const f of readdirSync(results)) writeFileSync(join(results, f), junk);
      const r = pmcheck(args, work, { XDG_CACHE_HOME: home });
      expect(r.code).toBe(fresh.code);
      expect(r.stdout).toBe(fresh.stdout);
      expect(r.stderr).toBe('');
    }
  }, 60_000);
});

describe('identical plans in different folders', () => {
  it('are each reported under their own name, cold and warm', () => {
    const work = mkdtempSync(join(tmpdir(), 'pmcheck-twins-'));
    const home = mkdtempSync(join(tmpdir(), 'pmcheck-twins-home-'));
    for (const team of ['alpha', 'beta', 'gamma']) {
      mkdirSync(join(work, team));
      writeFileSync(join(work, team, 'plan.yaml'), officeMove);
    }
    const args = ['audit', '--cache', '--jobs', '1', '--format', 'json', '.'];
    const files = (out: string) => JSON.parse(out).plans.map((p: { file: string }) => p.file);
    const cold = pmcheck(args, work, { XDG_CACHE_HOME: home });
    const warm = pmcheck(args, work, { XDG_CACHE_HOME: home });
    expect(files(cold.stdout)).toEqual(['alpha/plan.yaml', 'beta/plan.yaml', 'gamma/plan.yaml']);
    expect(warm.stdout).toBe(cold.stdout);
    expect(readdirSync(join(home, 'pmcheck', 'results'))).toHaveLength(3);
  }, 60_000);
});
