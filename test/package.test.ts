/**
 * The package as users get it. dist/ is committed (installing from git must need no build), so
 * it must be exactly what src/ bundles to; and the tarball must install alone and run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(new URL('..', import.meta.url).pathname);

describe('the package', () => {
  it('dist/ is what src/ bundles to (if not: npm run bundle, and commit dist/)', () => {
    const r = spawnSync(process.execPath, [join(root, 'src/tools/build.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('has no runtime dependencies (they are bundled into dist/) and no script that npm runs on install or pack', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    // npm prepares a git dependency (installing its dev dependencies) when any of these exist,
    // and prints a lifecycle script's banner on `npm pack`'s stdout, which pre-commit reads.
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack', 'build'])
      expect(pkg.scripts[name], name).toBeUndefined();
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} pmcheck contributors\n/,
    );
  });

  it('npm pack, then a clean install into an empty project: only pmcheck in node_modules, and npx pmcheck works', () => {
    const r = spawnSync('bash', [join(root, 'test/integration/clean-install.sh')], { encoding: 'utf8' });
    expect(r.stderr.split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('node_modules: pmcheck (');
  }, 60_000);
});
