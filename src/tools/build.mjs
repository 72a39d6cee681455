// Bundles the CLI into dist/ with esbuild. The published CLI runs this bundle, never tsx.
//
// One CommonJS script, dist/pmcheck.cjs, holds the whole CLI: bin/pmcheck.js compiles it with
// vm.Script and a V8 code cache (see the bin), which only a classic script can have on Node 20.
// In a worker thread the same script runs the audit worker instead (dist/worker.js, which the
// pool finds next to the bundle, is the bin again). Formatters and the rest that a run may not
// need stay lazily evaluated (esbuild turns their dynamic imports into lazy initialisers);
// date-holidays and tinyglobby are separate files, required on first use.
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

/**
 * yaml reads `process.env.LOG_TOKENS` for every token it lexes and `LOG_STREAM` for every one it
 * composes (debugging switches, ~12% of a parse), through its own binding of `process`, which
 * esbuild's `define` cannot reach: this is that define. The build fails if yaml's code changes
 * shape, so that an upgrade is looked at.
 */
const yamlLogSwitches = {
  name: 'yaml-log-switches',
  setup(b) {
    b.onLoad(
      { filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ },
      (a) => {
        const text = readFileSync(a.path, 'utf8');
        const out = text.replace(/\bnode_process\.env\.LOG_(TOKENS|STREAM)\b/g, 'false');
        if (out === text) throw new Error(`${a.path}: yaml no longer reads LOG_TOKENS or LOG_STREAM as it did`);
        return { contents: out, loader: 'js' };
      },
    );
  },
};

/**
 * tinyglobby (with picomatch and fdir) is needed only for a folder or a glob: discovery's import
 * of it becomes a stub that requires dist/glob.cjs on the first call.
 */
const lazyGlob = {
  name: 'lazy-glob',
  setup(b) {
    b.onResolve({ filter: /^tinyglobby$/ }, () => ({ path: 'tinyglobby', namespace: 'lazy-glob' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-glob' }, () => ({
      contents: `let library;
const load = () => (library ??= require('./glob.cjs'));
export const globSync = (...args) => load().globSync(...args);
export const glob = (...args) => load().glob(...args);
export const isDynamicPattern = (...args) => load().isDynamicPattern(...args);
export const escapePath = (...args) => load().escapePath(...args);
export const convertPathToPattern = (...args) => load().convertPathToPattern(...args);
`,
      loader: 'js',
    }));
  },
};

const common = {
  absWorkingDir: root,
  write: false,
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

const result = await build({
  ...common,
  // The CLI on the main thread; the pool's audit worker in a worker thread.
  stdin: {
    contents: `if (require('node:worker_threads').isMainThread) require('./src/main.ts');\nelse require('./src/run/worker.ts');\n`,
    resolveDir: root,
    sourcefile: 'pmcheck-entry.cjs',
    loader: 'js',
  },
  outfile: join(dist, 'pmcheck.cjs'),
  format: 'cjs',
  minify: false,
  sourcemap: false,
  // Modules find their neighbours in dist/ (the worker, holidays.cjs) from import.meta.url.
  define: { 'import.meta.url': '__pmcheckUrl' },
  banner: { js: "var __pmcheckUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Public holidays load only when a plan names them, from dist/holidays.cjs (below).
  external: ['date-holidays', './glob.cjs'],
  plugins: [yamlLogSwitches, lazyGlob],
});

// date-holidays and its data as one CommonJS file, required (src/run/holidays.ts) only when a
// plan names public holidays: most runs never load it, and one file loads faster than the package.
const holidays = await build({
  ...common,
  entryPoints: ['src/run/holidays-entry.cjs'],
  outfile: join(dist, 'holidays.cjs'),
  format: 'cjs',
  minify: true,
});

// tinyglobby for folders and globs, required on the first call (lazyGlob).
const glob = await build({
  ...common,
  stdin: { contents: "module.exports = require('tinyglobby');\n", resolveDir: root, sourcefile: 'glob-entry.cjs' },
  outfile: join(dist, 'glob.cjs'),
  format: 'cjs',
  minify: false,
});

const WORKER = `// A worker thread of the audit pool, which finds it next to the bundle: the bin again, which
// runs dist/pmcheck.cjs, and the bundle runs the worker when it is not on the main thread.
import '../bin/pmcheck.js';
`;

/** The fresh build, by path relative to dist/, with the notices of the code it bundles. */
const fresh = new Map(
  [...result.outputFiles, ...holidays.outputFiles, ...glob.outputFiles].map((f) => [
    relative(dist, f.path).split('\\').join('/'),
    f.contents,
  ]),
);
fresh.set('worker.js', new TextEncoder().encode(WORKER));
// esbuild escapes every character outside ASCII in code, but not in the comments it keeps:
// escaped there too, the bundle is ASCII, which V8 reads as a one-byte string (half the memory
// of two-byte, and a faster scan). An escape means the same character wherever else it stands.
{
  const text = new TextDecoder().decode(fresh.get('pmcheck.cjs'));
  const ascii = text.replace(/[^\0-\x7f]/g, (u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`);
  fresh.set('pmcheck.cjs', new TextEncoder().encode(ascii));
}
fresh.set(
  'THIRD-PARTY-NOTICES.md',
  Buffer.from(renderNotices(root, [result.metafile, holidays.metafile, glob.metafile])),
);

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
