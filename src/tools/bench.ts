/**
 * `npm run bench`: generated plans from a fixed seed, each timed in a fresh process, with
 * peak RSS, against the floors measured side by side in the same run. Not a test: it prints
 * figures and ratios against their targets, and never fails a build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './generate-plan.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'pmcheck.js');
const SEED = 20261122;
const SIZES = [100, 1_000, 5_000, 10_000, 50_000];
const RUNS: Record<number, number> = { 100: 9, 1000: 5, 5000: 3, 10000: 3, 50000: 1 };
const dir = join(tmpdir(), `pmcheck-bench-${SEED}`);

// Peak RSS of a child, reported by the child itself at exit through a preloaded hook.
const hook = join(dir, 'rss-hook.mjs');
const bareParse = join(dir, 'bare-parse.mjs');

interface Sample {
  ms: number;
  rssMb: number;
  stderr: string;
}

function once(args: string[], env: Record<string, string> = {}): Sample {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', hook, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /@@rss (\d+)/.exec(r.stderr)?.[1];
  if (r.status === 2 || rss === undefined) throw new Error(`bench run failed: ${args.join(' ')}\n${r.stderr}`);
  return { ms, rssMb: Number(rss) / 1024, stderr: r.stderr };
}

const median = (samples: Sample[]): Sample => [...samples].sort((a, b) => a.ms - b.ms)[Math.floor(samples.length / 2)]!;

/** The median wall time of n runs, with the peak RSS of the median run. */
function measure(n: number, args: string[], env?: Record<string, string>): Sample {
  return median(Array.from({ length: n }, () => once(args, env)));
}

/**
 * Two commands measured side by side: run alternately, n times each, so that load on the
 * machine falls on both alike, and compared by their medians.
 */
function sideBySide(n: number, a: string[], b: string[]): [Sample, Sample] {
  const as: Sample[] = [];
  const bs: Sample[] = [];
  for (let i = 0; i < n; i++) {
    as.push(once(a));
    bs.push(once(b));
  }
  return [median(as), median(bs)];
}

function planFile(tasks: number): string {
  const file = join(dir, `plan-${tasks}.yaml`);
  if (!existsSync(file)) writeFileSync(file, generatePlan(tasks, SEED));
  return file;
}

function main(): void {
  if (!existsSync(join(ROOT, 'dist', 'pmcheck.cjs'))) throw new Error('run `npm run bundle` first (npm run bench does)');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    hook,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the template literal is in the script written out
    "process.on('exit', () => process.stderr.write(`\\n@@rss ${process.resourceUsage().maxRSS}\\n`));\n",
  );
  writeFileSync(
    bareParse,
    `import { parseDocument, LineCounter } from ${JSON.stringify(join(ROOT, 'node_modules/yaml/dist/index.js'))};\nimport { readFileSync } from 'node:fs';\nparseDocument(readFileSync(process.argv[2], 'utf8'), { lineCounter: new LineCounter() });\n`,
  );
  const audit = (file: string) => [BIN, 'audit', '--quiet', '--fail-on', 'none', file];
  const started = Date.now();

  const rows: { tasks: number; kb: number; audit: Sample }[] = [];
  for (const tasks of SIZES) {
    const file = planFile(tasks);
    const kb = Math.round(statSync(file).size / 1024);
    rows.push({ tasks, kb, audit: measure(RUNS[tasks]!, audit(file)) });
  }
  const at = (n: number) => rows.find((r) => r.tasks === n)!.audit;
  // The ratios' two sides, each pair measured alternately in the same minute.
  const [cold100, nodeFloor] = sideBySide(9, audit(planFile(100)), ['-e', '0']);
  const [audit10k, bare10k] = sideBySide(5, audit(planFile(10_000)), [bareParse, planFile(10_000)]);
  const bare100 = measure(9, [bareParse, planFile(100)]);
  const timed = once(audit(planFile(10_000)), { PMCHECK_TIMING: '1' });
  const rules = [...timed.stderr.matchAll(/^(\S+)\s+([\d.]+)\s+[\d.]+$/gm)].map((m) => ({
    id: m[1]!,
    ms: Number(m[2]),
  }));

  const pad = (s: string | number, w: number) => String(s).padStart(w);
  console.log(
    `pmcheck bench: seed ${SEED}, node ${process.version}, ${process.arch}, ${cpus().length} CPUs; medians of 1 to 9 runs, each in a fresh process\n`,
  );
  console.log(`${'tasks'.padStart(7)} ${pad('size KB', 8)} ${pad('wall ms', 9)} ${pad('peak MB', 8)}`);
  console.log(
    `${'node -e 0'.padStart(7)} ${pad('', 8)} ${pad(nodeFloor.ms.toFixed(0), 9)} ${pad(nodeFloor.rssMb.toFixed(0), 8)}`,
  );
  for (const r of rows)
    console.log(
      `${pad(r.tasks, 7)} ${pad(r.kb, 8)} ${pad(r.audit.ms.toFixed(0), 9)} ${pad(r.audit.rssMb.toFixed(0), 8)}`,
    );
  console.log(
    `${'parse100'.padStart(7)} ${pad('', 8)} ${pad(bare100.ms.toFixed(0), 9)} ${pad(bare100.rssMb.toFixed(0), 8)}  (bare yaml import + parseDocument + LineCounter, fresh process)`,
  );
  console.log(
    `${'parse10k'.padStart(7)} ${pad('', 8)} ${pad(bare10k.ms.toFixed(0), 9)} ${pad(bare10k.rssMb.toFixed(0), 8)}  (the same, 10,000 tasks)`,
  );

  const check = (label: string, value: number, target: number, unit = '×') =>
    console.log(
      `${value <= target ? 'meets ' : 'MISSES'} ${label.padEnd(58)} ${value.toFixed(2)}${unit}  (target ≤ ${target}${unit})`,
    );
  console.log('\nRatios, measured side by side in this run:');
  check('(a) cold start: audit of 100 tasks ÷ node -e 0', cold100.ms / nodeFloor.ms, 1.5);
  console.log(
    `       for scale: a bare yaml parse of the same 100-task plan alone is ${(bare100.ms / nodeFloor.ms).toFixed(2)}× node -e 0`,
  );
  check('(b) audit of 10,000 tasks ÷ bare yaml parse of the same file', audit10k.ms / bare10k.ms, 1.3);
  check('(c) growth: time(50,000) ÷ time(5,000)', at(50_000).ms / at(5_000).ms, 11);
  check('    peak RSS at 10,000 tasks ÷ bare parse peak', audit10k.rssMb / bare10k.rssMb, 1.5);
  const total = audit10k.ms;
  const slowest = rules.filter((r) => r.id !== '(model)').sort((a, b) => b.ms - a.ms);
  check(
    `(d) slowest rule at 10,000 tasks (${slowest[0]?.id}) as a share of the audit`,
    (100 * (slowest[0]?.ms ?? 0)) / total,
    5,
    '%',
  );
  console.log(
    `\n(d) time per rule at 10,000 tasks, of a ${total.toFixed(0)} ms audit; the shared model is built once:`,
  );
  const model = rules.find((r) => r.id === '(model)');
  if (model)
    console.log(
      `    ${'(shared model)'.padEnd(26)} ${model.ms.toFixed(1).padStart(8)} ms ${((100 * model.ms) / total).toFixed(1).padStart(5)}%`,
    );
  for (const r of slowest.slice(0, 5))
    console.log(
      `    ${r.id.padEnd(26)} ${r.ms.toFixed(1).padStart(8)} ms ${((100 * r.ms) / total).toFixed(1).padStart(5)}%`,
    );
  const rest = slowest.slice(5).reduce((s, r) => s + r.ms, 0);
  console.log(
    `    ${`the other ${slowest.length - 5} rules`.padEnd(26)} ${rest.toFixed(1).padStart(8)} ms ${((100 * rest) / total).toFixed(1).padStart(5)}%`,
  );

  // A portfolio: 200 plans of 200 tasks, on one thread, across the CPUs, and from the cache.
  const folder = join(dir, 'portfolio');
  if (!existsSync(folder)) {
    mkdirSync(folder);
    for (let i = 0; i < 200; i++)
      writeFileSync(join(folder, `plan-${String(i).padStart(3, '0')}.yaml`), generatePlan(200, SEED + i));
  }
  const cacheDir = join(dir, 'cache');
  rmSync(cacheDir, { recursive: true, force: true });
  const folderAudit = (...extra: string[]) => [BIN, 'audit', '--quiet', '--fail-on', 'none', ...extra, folder];
  const serial = once(folderAudit('--jobs', '1'));
  const pooled = once(folderAudit());
  const cold = once(folderAudit('--cache', '--cache-location', cacheDir));
  const warm = measure(3, folderAudit('--cache', '--cache-location', cacheDir));
  console.log(`\nA portfolio of 200 plans of 200 tasks (${cpus().length} CPUs):`);
  console.log(`    one thread (--jobs 1)      ${serial.ms.toFixed(0).padStart(7)} ms`);
  console.log(
    `    worker pool (default)      ${pooled.ms.toFixed(0).padStart(7)} ms  ${(serial.ms / pooled.ms).toFixed(2)}× faster`,
  );
  console.log(`    --cache, first run         ${cold.ms.toFixed(0).padStart(7)} ms`);
  console.log(
    `    --cache, nothing changed   ${warm.ms.toFixed(0).padStart(7)} ms  ${(cold.ms / warm.ms).toFixed(1)}× faster`,
  );
  console.log(`\nGenerated plans are cached in ${dir}. Bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main();
