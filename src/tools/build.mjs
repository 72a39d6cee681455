// Bundles the CLI into dist/ with esbuild. The published CLI runs this bundle, never tsx.
// Code splitting keeps formatters out of the start-up path: they load only when asked for.
//
// dist/ is committed, as GitHub Actions do, so that installing pmcheck from git (pre-commit,
// the Action, `npm install -g git+…`) needs no dev dependency and runs no build. That is also
// why package.json has no `prepare` or `build` script: npm prints a lifecycle script's banner
// on `npm pack`'s stdout, which pre-commit reads as the tarball name, and npm prepares a git
// dependency (installing its dev dependencies) whenever one of those scripts exists.
//
//   node src/tools/build.mjs            rebuild dist/, touching only the files that changed
//   node src/tools/build.mjs --check    exit 1 if dist/ differs from a fresh build (CI)
//   node src/tools/build.mjs --out DIR  write a fresh build to DIR instead
//
// Nothing goes to stdout; what changed goes to stderr.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { renderNotices } from './notices.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const outAt = args.indexOf('--out');
const target = outAt === -1 ? join(root, 'dist') : resolve(args[outAt + 1] ?? '');
const dist = join(root, 'dist');

const result = await build({
  entryPoints: ['src/main.ts', 'src/run/worker.ts'],
  // Paths in the bundle's comments are relative to this, so the output is the same wherever the build runs.
  absWorkingDir: root,
  // dist/main.js and dist/worker.js side by side: the pool finds the worker next to itself.
  entryNames: '[name]',
  outdir: dist,
  write: false,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // Public holidays load only when a plan names them, from dist/holidays.cjs (below).
  external: ['date-holidays'],
  // cli-table3 and its dependencies are CommonJS and call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);",
  },
});

// date-holidays and its data as one CommonJS file, required (src/run/holidays.ts) only when a
// plan names public holidays: most runs never load it, and one file loads faster than the package.
const holidays = await build({
  entryPoints: ['src/run/holidays-entry.cjs'],
  absWorkingDir: root,
  outfile: join(dist, 'holidays.cjs'),
  write: false,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

/** The fresh build, by path relative to dist/, with the notices of the code it bundles. */
const fresh = new Map(
  [...result.outputFiles, ...holidays.outputFiles].map((f) => [
    relative(dist, f.path).split('\\').join('/'),
    f.contents,
  ]),
);
fresh.set('THIRD-PARTY-NOTICES.md', Buffer.from(renderNotices(root, [result.metafile, holidays.metafile])));

function filesIn(dir) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) =>
        relative(dir, join(e.parentPath ?? e.path, e.name))
          .split('\\')
          .join('/'),
      );
  } catch {
    return [];
  }
}

function differs(dir) {
  const old = filesIn(dir);
  const changed = [...fresh].filter(([name, bytes]) => {
    try {
      return !readFileSync(join(dir, name)).equals(bytes);
    } catch {
      return true;
    }
  });
  return { changed: changed.map(([name]) => name), removed: old.filter((name) => !fresh.has(name)) };
}

const { changed, removed } = differs(target);
if (check) {
  if (changed.length + removed.length > 0) {
    console.error(
      `pmcheck: ${relative(root, target) || target}/ is stale against src/ (${[...changed, ...removed].join(', ')}): run \`npm run bundle\` and commit dist/`,
    );
    process.exit(1);
  }
  process.exit(0);
}
for (const name of removed) rmSync(join(target, name));
for (const name of changed) {
  mkdirSync(dirname(join(target, name)), { recursive: true });
  writeFileSync(join(target, name), fresh.get(name));
}
if (target === dist && changed.length + removed.length > 0)
  console.error(
    `pmcheck: rebuilt dist/ (${changed.length} written, ${removed.length} removed); commit dist/ with your change`,
  );
