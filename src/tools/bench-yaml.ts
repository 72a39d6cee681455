/**
 * `npx tsx src/tools/bench-yaml.ts [sizes…]`: the fast YAML path against yaml's
 * parseDocument + toJS, on generated plans. Not a test: it prints figures and never fails.
 *
 * - warm: both run alternately in one process (so that load on the machine falls on both
 *   alike); medians and their ratio, in wall time and in CPU time (the process's, all threads:
 *   on a busy machine wall time is stretched by the neighbours, CPU time much less). No forced GC between runs: V8 shrinks the young
 *   generation after one, and the next run then pays several times its usual cost. The fast side is fastParse and
 *   toJS, the same output (tree and plain data) as yaml's Document and toJS.
 * - cold: the first parse in a fresh process, after imports: what a single `pmcheck audit` pays;
 *   the median and the best of several processes (the best is the least disturbed by other
 *   load on the machine), and the median CPU time, which also counts the optimizing compiler's
 *   work on its background thread.
 * - peak RSS: one parse in a fresh process that has read the plan from a file; the peak RSS of
 *   that process, and its growth over the RSS just before the parse.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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

/** CPU time of this process (all its threads): unlike wall time, not stretched by other load. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** In a child: the measurement asked for, printed as one JSON line. */
function child(what: string, mode: Mode, file: string, runs: number): void {
  const text = readFileSync(file, 'utf8');
  if (what === 'warm') {
    const times: Record<Mode, number[]> = { yaml: [], fast: [] };
    const cpuTimes: Record<Mode, number[]> = { yaml: [], fast: [] };
    for (let i = 0; i < runs; i++) {
      for (const m of i % 2 === 0 ? (['yaml', 'fast'] as const) : (['fast', 'yaml'] as const)) {
        const c0 = cpuMs();
        const t0 = performance.now();
        parseWith(m, text);
        times[m].push(performance.now() - t0);
        cpuTimes[m].push(cpuMs() - c0);
      }
    }
    console.log(
      JSON.stringify({
        yaml: median(times.yaml),
        fast: median(times.fast),
        yamlCpu: median(cpuTimes.yaml),
        fastCpu: median(cpuTimes.fast),
      }),
    );
  } else {
    const before = process.memoryUsage.rss();
    const c0 = cpuMs();
    const t0 = performance.now();
    const out = parseWith(mode, text);
    const ms = performance.now() - t0;
    const cpu = cpuMs() - c0;
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(
      JSON.stringify({ ms, cpu, peakMb: peak / 2 ** 20, growthMb: (peak - before) / 2 ** 20, kept: out !== 0 }),
    );
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

/** One row of the table: right-aligned columns. */
function row(cells: (string | number)[]): string {
  const widths = [7, 6, 9, 8, 7, 15, 13, 9, 7, 8, 7, 9, 8, 7, 9, 7];
  return cells.map((c, i) => String(c).padStart(widths[i]!)).join(' ');
}

function main(sizes: number[]): void {
  const dir = join(tmpdir(), `pmcheck-bench-yaml-${SEED}`);
  mkdirSync(dir, { recursive: true });
  const load = () => loadavg()[0]!.toFixed(1);
  console.log(`YAML parse of generated plans (seed ${SEED}), Node ${process.version}, load average ${load()}`);
  console.log('times in ms (warm: median; cold: median/best of fresh processes), memory in MB');
  console.log(
    row([
      'tasks',
      'MB',
      'warm yaml',
      'fast',
      'ratio',
      'cold yaml',
      'fast',
      'peak yaml',
      'fast',
      'growth',
      'fast',
      'cpu yaml',
      'fast',
      'ratio',
      'cold cpu',
      'fast',
    ]),
  );
  for (const n of sizes) {
    const text = generatePlan(n, SEED);
    const file = join(dir, `plan-${n}.yaml`);
    writeFileSync(file, text);
    const warm = run(['warm', 'yaml', file, String(RUNS[n] ?? 3)]);
    // Cold and peak figures vary from process to process: several processes for each.
    const once = (mode: Mode) => {
      const count = n >= 50_000 ? 1 : n >= 10_000 ? 3 : 7;
      const samples = Array.from({ length: count }, () => run(['once', mode, file, '1']));
      const ms = samples.map((x) => x.ms!);
      return {
        cold: `${median(ms).toFixed(1)}/${Math.min(...ms).toFixed(1)}`,
        coldCpu: median(samples.map((x) => x.cpu!)).toFixed(1),
        peak: median(samples.map((x) => x.peakMb!)).toFixed(0),
        growth: median(samples.map((x) => x.growthMb!)).toFixed(0),
      };
    };
    const y = once('yaml');
    const q = once('fast');
    const ratio = `${(warm.yaml! / warm.fast!).toFixed(1)}x`;
    console.log(
      row([
        n,
        (text.length / 2 ** 20).toFixed(2),
        warm.yaml!.toFixed(1),
        warm.fast!.toFixed(1),
        ratio,
        y.cold,
        q.cold,
        y.peak,
        q.peak,
        y.growth,
        q.growth,
        warm.yamlCpu!.toFixed(1),
        warm.fastCpu!.toFixed(1),
        `${(warm.yamlCpu! / warm.fastCpu!).toFixed(1)}x`,
        y.coldCpu,
        q.coldCpu,
      ]),
    );
  }
  console.log(`load average at the end ${load()}`);
}

const [what, mode, file, runs] = process.argv.slice(2);
if (what === 'warm' || what === 'once') child(what, mode as Mode, file!, Number(runs));
else main(process.argv.length > 2 ? process.argv.slice(2).map(Number) : [100, 1_000, 10_000, 50_000]);
