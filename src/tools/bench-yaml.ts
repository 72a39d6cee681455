/**
 * `npx tsx src/tools/bench-yaml.ts [sizes…]`: the fast YAML path against yaml's
 * parseDocument + toJS, on generated plans. Not a test: it prints figures and never fails.
 *
 * - warm: both run alternately in one process (so that load on the machine falls on both
 *   alike); medians and their ratio. No forced GC between runs: V8 shrinks the young
 *   generation after one, and the next run then pays several times its usual cost. The fast side is fastParse and
 *   toJS, the same output (tree and plain data) as yaml's Document and toJS.
 * - cold: the first parse in a fresh process, after imports: what a single `pmcheck audit` pays.
 * - peak RSS: one parse in a fresh process that has read the plan from a file; the peak RSS of
 *   that process, and its growth over the RSS just before the parse.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { fastParse, PARSE_OPTIONS } from '../readers/yaml/fast.js';
import { toJS } from '../readers/yaml/pos-tree.js';
import { generatePlan } from './generate-plan.js';

const SEED = 20261122;
const RUNS: Record<number, number> = { 100: 41, 1000: 21, 10000: 7, 50000: 3 };
const SELF = fileURLToPath(import.meta.url);

type Mode = 'yaml' | 'fast';

function parseWith(mode: Mode, text: string): unknown {
  if (mode === 'yaml') return parseDocument(text, PARSE_OPTIONS).toJS();
  const tree = fastParse(text);
  if (tree === undefined) throw new Error('the fast path declined a generated plan');
  return tree === null ? null : toJS(tree);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** In a child: the measurement asked for, printed as one JSON line. */
function child(what: string, mode: Mode, file: string, runs: number): void {
  const text = readFileSync(file, 'utf8');
  if (what === 'warm') {
    const times: Record<Mode, number[]> = { yaml: [], fast: [] };
    for (let i = 0; i < runs; i++) {
      for (const m of i % 2 === 0 ? (['yaml', 'fast'] as const) : (['fast', 'yaml'] as const)) {
        const t0 = performance.now();
        parseWith(m, text);
        times[m].push(performance.now() - t0);
      }
    }
    console.log(JSON.stringify({ yaml: median(times.yaml), fast: median(times.fast) }));
  } else {
    const before = process.memoryUsage.rss();
    const t0 = performance.now();
    const out = parseWith(mode, text);
    const ms = performance.now() - t0;
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(JSON.stringify({ ms, peakMb: peak / 2 ** 20, growthMb: (peak - before) / 2 ** 20, kept: out !== 0 }));
  }
}

function run(args: string[]): Record<string, number> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = r.stdout.trim().split('\n').at(-1);
  if (r.status !== 0 || !line) throw new Error(`bench child failed: ${args.join(' ')}\n${r.stderr}`);
  return JSON.parse(line) as Record<string, number>;
}

function main(sizes: number[]): void {
  const dir = join(tmpdir(), `pmcheck-bench-yaml-${SEED}`);
  mkdirSync(dir, { recursive: true });
  const f = (n: number, digits = 1) => n.toFixed(digits).padStart(8);
  console.log(`YAML parse of generated plans (seed ${SEED}), Node ${process.version}; times in ms, memory in MB`);
  console.log(
    `${'tasks'.padStart(7)} ${'MB'.padStart(6)} | ${'yaml'.padStart(8)} ${'fast'.padStart(8)} ${'ratio'.padStart(6)} | cold:${'yaml'.padStart(8)} ${'fast'.padStart(8)} | peak RSS:${'yaml'.padStart(8)} ${'fast'.padStart(8)} | growth:${'yaml'.padStart(8)} ${'fast'.padStart(8)}`,
  );
  for (const n of sizes) {
    const text = generatePlan(n, SEED);
    const file = join(dir, `plan-${n}.yaml`);
    writeFileSync(file, text);
    const warm = run(['warm', 'yaml', file, String(RUNS[n] ?? 3)]);
    // Cold and peak figures vary from process to process: the median of a few.
    const once = (mode: Mode) => {
      const samples = Array.from({ length: n >= 50_000 ? 1 : 3 }, () => run(['once', mode, file, '1']));
      return {
        ms: median(samples.map((s) => s.ms!)),
        peak: median(samples.map((s) => s.peakMb!)),
        growth: median(samples.map((s) => s.growthMb!)),
      };
    };
    const y = once('yaml');
    const q = once('fast');
    console.log(
      `${String(n).padStart(7)} ${(text.length / 2 ** 20).toFixed(2).padStart(6)} | ${f(warm.yaml!)} ${f(warm.fast!)} ${f(warm.yaml! / warm.fast!, 1).slice(2)}× | ${f(y.ms).padStart(13)} ${f(q.ms)} | ${f(y.peak, 0).padStart(17)} ${f(q.peak, 0)} | ${f(y.growth, 0).padStart(15)} ${f(q.growth, 0)}`,
    );
  }
}

const [what, mode, file, runs] = process.argv.slice(2);
if (what === 'warm' || what === 'once') child(what, mode as Mode, file!, Number(runs));
else main(process.argv.length > 2 ? process.argv.slice(2).map(Number) : [100, 1_000, 10_000, 50_000]);
