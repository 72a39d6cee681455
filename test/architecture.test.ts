/**
 * The tiers' rules that dependency-cruiser cannot see (it checks imports; `npm run arch` runs
 * it): below the run tier, nothing reads the clock or the process's environment. A rule or the
 * core that did would give a different answer for the same plan on another day or machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const PURE = [
  'src/text.ts',
  'src/errors.ts',
  'src/version.ts',
  'src/plan',
  'src/readers',
  'src/engine',
  'src/rules',
  'src/config',
  'src/core',
  'src/report',
  'src/review',
  'src/init',
];

function files(path: string): string[] {
  const full = join(root, path);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

describe('the pure tiers', () => {
  const sources = PURE.flatMap(files).filter((f) => f.endsWith('.ts'));

  it.each(sources)('%s reads no clock and no process state', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const uses = [
      ...text.matchAll(/Date\.now\(\)|new Date\(\)|\bprocess\.(env|cwd|argv|stdout|stderr|stdin|exit|platform)\b/g),
    ].map((m) => m[0]);
    expect(uses).toEqual([]);
  });
});
