/**
 * The bin's V8 code cache (bin/pmcheck.js) only ever costs or saves speed: the first run writes
 * it (in a folder only the user can write, atomically), the next runs use it and leave it alone,
 * and a damaged cache, one from another V8, an unwritable home or a folder others can write
 * change nothing in what a run prints or its exit code.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const ARGS = ['audit', '--format', 'json', '--as-of', '2026-03-01', 'examples/office-move.plan.yaml'];

function pmcheck(cacheHome: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...ARGS], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cacheHome, XDG_CACHE_HOME: cacheHome, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const base = mkdtempSync(join(tmpdir(), 'pmcheck-code-cache-'));
let n = 0;
const fresh = () => {
  const home = join(base, `home-${n++}`);
  mkdirSync(home);
  return home;
};
const cacheFolder = (home: string) => join(home, 'pmcheck', 'v8');
const cacheFiles = (home: string) => readdirSync(cacheFolder(home)).map((f) => join(cacheFolder(home), f));

/** The cache file with its checksum made right again after an edit of its payload. */
function rewrite(file: string, edit: (payload: Buffer) => void): void {
  const data = readFileSync(file);
  const payload = data.subarray(8);
  edit(payload);
  data.writeUInt32LE(crc32(payload) >>> 0, 4);
  writeFileSync(file, data);
}

let expected: ReturnType<typeof pmcheck>;
beforeAll(() => {
  expected = pmcheck(fresh(), { PMCHECK_CODE_CACHE: 'off' });
  expect(expected.code).toBe(1);
  expect(expected.stderr).toBe('');
});

describe.skipIf(typeof crc32 !== 'function')('the code cache', () => {
  it('is written by the first run, privately, and used untouched by the next', () => {
    const home = fresh();
    expect(pmcheck(home)).toEqual(expected);
    const [file, ...others] = cacheFiles(home);
    expect(others).toEqual([]);
    expect(file).toMatch(new RegExp(`${process.version}-${process.arch}-[0-9a-f]+-audit\\.cache$`));
    expect(statSync(cacheFolder(home)).mode & 0o777).toBe(0o700);
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    const written = statSync(file!).mtimeMs;
    expect(pmcheck(home)).toEqual(expected);
    expect(statSync(file!).mtimeMs).toBe(written);
  });

  it('is never written where a relative XDG_CACHE_HOME points, but in the home cache', () => {
    const home = fresh();
    const work = join(home, 'work');
    mkdirSync(work);
    const plan = join(root, ARGS.at(-1)!);
    const run = (env: Record<string, string>) => {
      const r = spawnSync(process.execPath, [bin, ...ARGS.slice(0, -1), plan], {
        cwd: work,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CACHE_HOME: 'cache', ...env },
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const uncached = run({ PMCHECK_CODE_CACHE: 'off' });
    expect(uncached.code).toBe(1);
    expect(run({})).toEqual(uncached);
    expect(readdirSync(work)).toEqual([]);
    expect(readdirSync(join(home, '.cache', 'pmcheck', 'v8'))).toHaveLength(1);
  });

  it('is off with PMCHECK_CODE_CACHE=off', () => {
    const home = fresh();
    expect(pmcheck(home, { PMCHECK_CODE_CACHE: 'off' })).toEqual(expected);
    expect(readdirSync(home)).toEqual([]);
  });

  it.each([
    [
      'damaged bytes',
      (f: string) => writeFileSync(f, Buffer.from(readFileSync(f).map((b, i) => (i > 64 ? b ^ 0x5a : b)))),
    ],
    ['a cut-off file', (f: string) => writeFileSync(f, readFileSync(f).subarray(0, 1000))],
    ['an empty file', (f: string) => writeFileSync(f, '')],
    [
      "another V8's cache",
      (f: string) =>
        rewrite(f, (payload) => {
          payload[4] = (payload[4] ?? 0) ^ 0xff; // V8's version hash
        }),
    ],
    [
      "another bundle's cache",
      (f: string) =>
        rewrite(f, (payload) => {
          payload[8] = (payload[8] ?? 0) ^ 0xff; // V8's source hash
        }),
    ],
  ])('is compiled anew from %s, with the same result, and rewritten', (_what, damage) => {
    const home = fresh();
    pmcheck(home);
    const [file] = cacheFiles(home);
    damage(file!);
    const damaged = readFileSync(file!);
    expect(pmcheck(home)).toEqual(expected);
    expect(readFileSync(file!).equals(damaged)).toBe(false);
    expect(pmcheck(home)).toEqual(expected);
  });

  it('costs nothing but speed where the home cannot be written', () => {
    const home = fresh();
    const notAFolder = join(home, 'file');
    writeFileSync(notAFolder, '');
    expect(pmcheck(notAFolder)).toEqual(expected);
    expect(pmcheck(join(notAFolder, 'below'))).toEqual(expected);
  });

  it('is neither read nor written in a folder that others can write', () => {
    const home = fresh();
    pmcheck(home);
    const [file] = cacheFiles(home);
    writeFileSync(file!, 'not a cache');
    chmodSync(cacheFolder(home), 0o777);
    expect(pmcheck(home)).toEqual(expected);
    expect(readFileSync(file!, 'utf8')).toBe('not a cache');
  });
});
