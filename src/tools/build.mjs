// Bundles the CLI into dist/ with esbuild. The published CLI runs this bundle, never tsx.
// Code splitting keeps formatters out of the start-up path: they load only when asked for.

import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  entryPoints: [`${root}src/main.ts`, `${root}src/run/worker.ts`],
  // dist/main.js and dist/worker.js side by side: the pool finds the worker next to itself.
  entryNames: '[name]',
  outdir: `${root}dist`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
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
await build({
  entryPoints: [`${root}src/run/holidays-entry.cjs`],
  outfile: `${root}dist/holidays.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
