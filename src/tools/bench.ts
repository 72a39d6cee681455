/**
 * `npm run bench`: issue 12's targets, each measured and printed with a pass or a fail, and the
 * figures written to docs/performance.json, from which `npm run gen` (and this) renders the
 * README's Performance section. Not a test: the figures are wall times on whatever machine runs
 * it, and it never fails a build.
 *
 * Plans come from the generator with a fixed seed. Every run is a fresh process; the two sides
 * of a ratio are run alternately, the same number of times, and compared by their medians, so
 * that load on the machine falls on both alike. The load average is recorded with the figures.
 * pmcheck runs as installed, with its code cache warm (one run of each command first), which
 * is how every run but the first after an install or upgrade finds it; the first run's figure is
 * printed too. js-yaml and Spectral are installed in bench/ (npm ci on first use), never in the
 * package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL, type AdversarialCase } from './generate-adversarial.js';
import { generatePlan } from './generate-plan.js';
import { generateMspdi, generateXer } from './generate-schedule.js';
import { FIGURES_FILE, type Figures, GENERATED_FILES, type Target } from './generated.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'pmcheck.js');
const BENCH = join(ROOT, 'bench');
const SEED = 20261122;
const SIZES = [100, 1_000, 5_000, 10_000, 50_000];
const RUNS: Record<number, number> = { 100: 9, 1000: 5, 5000: 3, 10000: 3, 50000: 2 };
const dir = join(tmpdir(), `pmcheck-bench-${SEED}`);
const hook = join(dir, 'rss-hook.cjs');
const jsYamlLoad = join(dir, 'js-yaml-load.cjs');
const readSchedule = join(dir, 'read-schedule.ts');

interface Sample {
  ms: number;
  rssMb: number;
  /** User and system CPU time, all threads: less moved by other work on the machine than wall time. */
  cpuMs: number;
}

const load = () => Number(loadavg()[0]!.toFixed(1));

/** One run in a fresh process: wall time, and peak RSS as the process saw it at exit. */
function once(
  command: string[],
  env: Record<string, string | undefined> = {},
  exit2 = false,
): Sample & { stdout: string } {
  const [exe, ...args] = command[0] === 'node' ? [process.execPath, '--require', hook, ...command.slice(1)] : command;
  const started = process.hrtime.bigint();
  const r = spawnSync(exe!, args, {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /@@rss (\d+)/.exec(r.stderr)?.[1];
  const cpu = /@@cpu (\d+)/.exec(r.stderr)?.[1];
  if (r.status === null || r.status > 2 || (r.status === 2 && !exit2) || rss === undefined)
    throw new Error(`bench run failed (${r.status}): ${command.join(' ')}\n${r.stderr}`);
  return { ms, rssMb: Number(rss) / 1024, cpuMs: Number(cpu) / 1000, stdout: r.stdout };
}

/** The run of median wall time, with the median CPU time of all the runs. */
const median = (xs: Sample[]): Sample => ({
  ...[...xs].sort((a, b) => a.ms - b.ms)[Math.floor(xs.length / 2)]!,
  cpuMs: xs.map((x) => x.cpuMs).sort((a, b) => a - b)[Math.floor(xs.length / 2)]!,
});
const cpuRatio = (a: Sample, b: Sample) => Number((a.cpuMs / b.cpuMs).toFixed(2));

function measure(n: number, command: string[], env?: Record<string, string | undefined>): Sample {
  return median(Array.from({ length: n }, () => once(command, env)));
}

/** Two commands run alternately n times each, compared by their medians. */
function sideBySide(
  n: number,
  a: string[],
  b: string[],
  envA?: Record<string, string | undefined>,
  envB?: Record<string, string | undefined>,
): [Sample, Sample, number] {
  const as: Sample[] = [];
  const bs: Sample[] = [];
  const before = load();
  for (let i = 0; i < n; i++) {
    as.push(once(a, envA));
    bs.push(once(b, envB));
  }
  return [median(as), median(bs), Number(((before + load()) / 2).toFixed(1))];
}

function planFile(tasks: number): string {
  const file = join(dir, `plan-${tasks}.yaml`);
  if (!existsSync(file)) writeFileSync(file, generatePlan(tasks, SEED));
  return file;
}

/**
 * Issue 14, class 7: plans shaped to find quadratic paths, each at n and 10n. From each time,
 * the time of the same shape at n/100 is taken off (start-up and the shape's own fixed costs),
 * so the ratio is the growth of the work itself: about 10× when linear, 13× for n log n, and
 * 100× when quadratic. Exit 2 is expected where the shape is an error (unknown references, a
 * long unknown id).
 */
const SHAPES: [AdversarialCase, number][] = [
  ['unknown keys', 3_000],
  ['unknown references', 400],
  ['long id', 30_000],
  ['holidays', 1_000],
  ['blackouts × sites', 200],
  ['suppressions', 1_000],
];
const GROWTH_TARGET = 15;

function adversarial(audit: (file: string) => string[]): void {
  console.log(
    '\nQuadratic paths (issue 14, class 7): each shape at n and 10n, medians of 3, less the time of the same shape at n/100',
  );
  console.log(
    `    ${'shape'.padEnd(20)} ${'floor'.padStart(6)} ${'n'.padStart(7)} ${'KB'.padStart(6)} ${'ms'.padStart(7)}   ${'10n'.padStart(7)} ${'KB'.padStart(6)} ${'ms'.padStart(7)}   growth`,
  );
  for (const [shape, n] of SHAPES) {
    const sized = (size: number) => {
      const file = join(dir, `adversarial-${shape.replace(/\W+/g, '-')}-${size}.yaml`);
      writeFileSync(file, ADVERSARIAL[shape](size));
      const runs = Array.from({ length: 3 }, () => once(audit(file), {}, true));
      return { kb: Math.round(statSync(file).size / 1024), ms: median(runs).ms };
    };
    const floor = sized(Math.max(1, Math.round(n / 100))).ms;
    const small = sized(n);
    const large = sized(n * 10);
    const [a, b] = [small.ms - floor, large.ms - floor];
    // Below ~20 ms of work, the ratio is noise: the larger size alone is then the figure.
    const growth = b / Math.max(20, a);
    console.log(
      `${growth <= GROWTH_TARGET ? 'meets ' : 'MISSES'} ${shape.padEnd(18)} ${floor.toFixed(0).padStart(6)} ${String(n).padStart(7)} ${String(small.kb).padStart(6)} ${a.toFixed(0).padStart(7)}   ${String(n * 10).padStart(7)} ${String(large.kb).padStart(6)} ${b.toFixed(0).padStart(7)}   ${growth.toFixed(1).padStart(5)}×  (target ≤ ${GROWTH_TARGET}×; quadratic would be ~100×)`,
    );
  }
}

function setUp(): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    hook,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the template literal is in the script written out
    "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\n@@rss ${u.maxRSS}\\n@@cpu ${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
  );
  if (!existsSync(join(BENCH, 'node_modules', 'js-yaml'))) {
    console.error('bench: installing js-yaml and Spectral in bench/ (npm ci)');
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: BENCH, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm ci in bench/ failed');
  }
  writeFileSync(
    jsYamlLoad,
    `require(${JSON.stringify(join(BENCH, 'node_modules', 'js-yaml'))}).load(require('node:fs').readFileSync(process.argv[2], 'utf8'));\n`,
  );
  writeFileSync(
    readSchedule,
    `import { readFileSync } from 'node:fs';
import { readSchedule } from ${JSON.stringify(join(ROOT, 'src/readers/schedule/index.ts'))};
const bytes = readFileSync(process.argv[2]);
const t0 = performance.now();
const s = readSchedule(bytes, process.argv[2]);
const ms = performance.now() - t0;
const count = (k: 'tasks' | 'links') => s.projects.reduce((n, p) => n + p[k].length, 0);
console.log(JSON.stringify({ ms, tasks: count('tasks'), links: count('links') }));
`,
  );
}

/**
 * Issue 13: MS Project XML and P6 XER exports of 1,000 and 5,000 tasks, audited with the DCMA
 * rules (the dcma preset applies by itself), each less the time of the same format at 50 tasks
 * (start-up): about 5× when the growth stays linear, 25× when quadratic.
 */
const SCHEDULE_GROWTH = 7.5;

function scheduleAudits(audit: (file: string) => string[]): void {
  console.log('\nSchedules (issue 13): MSPDI and XER at 1,000 and 5,000 tasks, medians of 3, less the time at 50');
  for (const [format, generate] of [
    ['xml', generateMspdi],
    ['xer', generateXer],
  ] as const) {
    const sized = (n: number) => {
      const file = join(dir, `schedule-${n}.${format}`);
      if (!existsSync(file)) writeFileSync(file, generate(n));
      return { kb: Math.round(statSync(file).size / 1024), run: measure(3, audit(file)) };
    };
    const floor = sized(50).run.ms;
    const small = sized(1_000);
    const large = sized(5_000);
    const growth = (large.run.ms - floor) / Math.max(20, small.run.ms - floor);
    console.log(
      `${growth <= SCHEDULE_GROWTH ? 'meets ' : 'MISSES'} ${format.padEnd(4)} 1,000: ${small.kb} KB ${small.run.ms.toFixed(0)} ms; 5,000: ${large.kb} KB ${large.run.ms.toFixed(0)} ms ${large.run.rssMb.toFixed(0)} MB; growth ${growth.toFixed(1)}×  (target ≤ ${SCHEDULE_GROWTH}×; quadratic would be ~25×)`,
    );
  }
}

function main(): void {
  if (!existsSync(join(ROOT, 'dist', 'pmcheck.cjs')))
    throw new Error('run `npm run bundle` first (npm run bench does)');
  const started = Date.now();
  setUp();
  const quiet = (file: string) => ['node', BIN, 'audit', '--quiet', '--fail-on', 'none', file];
  if (process.argv.includes('--adversarial')) {
    // npm run bench -- --adversarial: the class 7 shapes alone.
    adversarial(quiet);
    return;
  }
  if (process.argv.includes('--schedules')) {
    // npm run bench -- --schedules: MS Project and P6 audits through the CLI, with the DCMA rules.
    scheduleAudits(quiet);
    return;
  }
  const loadBefore = load();
  const audit = (file: string, ...flags: string[]) => ['node', BIN, 'audit', '--fail-on', 'none', ...flags, file];
  const json = (file: string) => audit(file, '--format', 'json');
  const table = (file: string) => audit(file, '--format', 'table');
  // The code cache is made by a run and used by the next: one run of each command first.
  const cacheHome = join(dir, 'cache-home');
  rmSync(cacheHome, { recursive: true, force: true });
  const env = { XDG_CACHE_HOME: cacheHome };
  once(json(planFile(100)), env);
  const noCa = { ...env, NODE_EXTRA_CA_CERTS: undefined };

  console.log(
    `pmcheck bench: seed ${SEED}, Node ${process.version}, ${process.arch}, ${cpus().length} CPUs, load average ${loadBefore}; medians of fresh processes\n`,
  );

  const sizes: Figures['sizes'] = [];
  for (const tasks of SIZES) {
    const file = planFile(tasks);
    const s = measure(RUNS[tasks]!, json(file), env);
    sizes.push({
      tasks,
      kb: Math.round(statSync(file).size / 1024),
      ms: Math.round(s.ms),
      peakMb: Math.round(s.rssMb),
    });
    console.log(
      `${String(tasks).padStart(7)} tasks ${String(sizes.at(-1)!.kb).padStart(6)} KB ${String(sizes.at(-1)!.ms).padStart(7)} ms ${String(sizes.at(-1)!.peakMb).padStart(5)} MB`,
    );
  }
  const at = (n: number) => sizes.find((s) => s.tasks === n)!;

  const targets: Target[] = [];
  const report = (t: Target) => {
    targets.push(t);
    const verdict = t.pass ? 'pass' : 'FAIL';
    const moon =
      t.moonshot === undefined ? '' : `, moonshot ${t.moonshot}${t.unit}${t.value <= t.moonshot ? ' reached' : ''}`;
    console.log(
      `${verdict.padEnd(5)}${t.id} ${t.label.padEnd(62)} ${t.value.toFixed(2)}${t.unit}  (target ${t.target}${t.unit}${moon}; load ${t.load}${t.cpu === undefined ? '' : `; CPU time ${t.cpu}×`})`,
    );
    if (t.detail) console.log(`      ${t.detail}`);
  };
  console.log('\nTargets (each ratio measured side by side, alternately, in this run):');

  // (a) cold start: this machine's NODE_EXTRA_CA_CERTS makes every node start slower, so the
  // ratio is shown with it (as the issue measured) and without it (as most machines start).
  const [a100, aNode, aLoad] = sideBySide(11, json(planFile(100)), ['node', '-e', '0'], env);
  const extraCa = process.env.NODE_EXTRA_CA_CERTS !== undefined;
  const [b100, bNode, bLoad] = extraCa
    ? sideBySide(11, json(planFile(100)), ['node', '-e', '0'], noCa, noCa)
    : [a100, aNode, aLoad];
  const [first100, cached100, firstLoad] = sideBySide(
    7,
    json(planFile(100)),
    json(planFile(100)),
    { ...env, PMCHECK_CODE_CACHE: 'off' },
    env,
  );
  report({
    id: 'a',
    label: 'cold start: json audit of 100 tasks ÷ node -e 0',
    value: a100.ms / aNode.ms,
    unit: '×',
    target: 2,
    pass: a100.ms / aNode.ms <= 2,
    cpu: cpuRatio(a100, aNode),
    load: aLoad,
    detail: `${a100.ms.toFixed(0)} ms against ${aNode.ms.toFixed(0)} ms${extraCa ? `, with this machine's NODE_EXTRA_CA_CERTS (${aNode.ms.toFixed(0)} ms of node's own start-up); without it ${b100.ms.toFixed(0)} ms against ${bNode.ms.toFixed(0)} ms, ${(b100.ms / bNode.ms).toFixed(2)}× (load ${bLoad})` : ''}; the first run, before the code cache exists, ${first100.ms.toFixed(0)} ms (${(first100.ms / cached100.ms).toFixed(2)}× a cached run, load ${firstLoad})`,
    ...(extraCa ? { without: { value: b100.ms / bNode.ms, pass: b100.ms / bNode.ms <= 2, load: bLoad } } : {}),
  });

  for (const n of [100, 1_000]) {
    const [t, j, l] = sideBySide(n === 100 ? 9 : 5, table(planFile(n)), json(planFile(n)), env, env);
    report({
      id: 'b',
      label: `table ÷ json, the same ${n.toLocaleString('en')}-task plan`,
      value: t.ms / j.ms,
      unit: '×',
      target: 1.5,
      pass: t.ms / j.ms <= 1.5,
      cpu: cpuRatio(t, j),
      load: l,
      detail: `${t.ms.toFixed(0)} ms against ${j.ms.toFixed(0)} ms`,
    });
  }

  const [c10k, jsy, cLoad] = sideBySide(5, json(planFile(10_000)), ['node', jsYamlLoad, planFile(10_000)], env);
  report({
    id: 'c',
    label: "audit of 10,000 tasks ÷ js-yaml's load of the same file",
    value: c10k.ms / jsy.ms,
    unit: '×',
    target: 3,
    moonshot: 2,
    pass: c10k.ms / jsy.ms <= 3,
    cpu: cpuRatio(c10k, jsy),
    load: cLoad,
    detail: `${c10k.ms.toFixed(0)} ms against ${jsy.ms.toFixed(0)} ms (js-yaml ${readJsYamlVersion()}, plain data without positions)`,
  });

  report({
    id: 'd',
    label: 'growth: time(50,000 tasks) ÷ time(5,000 tasks)',
    value: at(50_000).ms / at(5_000).ms,
    unit: '×',
    target: 11,
    pass: at(50_000).ms / at(5_000).ms <= 11,
    load: load(),
    detail: `${at(50_000).ms} ms against ${at(5_000).ms} ms; the file is ${(at(50_000).kb / at(5_000).kb).toFixed(1)}× as large`,
  });

  report({
    id: 'e',
    label: 'peak RSS, audit of 50,000 tasks',
    value: at(50_000).peakMb,
    unit: ' MB',
    target: 700,
    moonshot: 400,
    pass: at(50_000).peakMb <= 700,
    load: load(),
    detail: `a ${(at(50_000).kb / 1024).toFixed(1)} MB plan; node -e 0 peaks at ${aNode.rssMb.toFixed(0)} MB`,
  });

  const spectral = [
    'node',
    join(BENCH, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js'),
    'lint',
    planFile(10_000),
    '--ruleset',
    join(BENCH, 'spectral.yaml'),
    '--quiet',
  ];
  const [f10k, spec, fLoad] = sideBySide(3, json(planFile(10_000)), spectral, env);
  report({
    id: 'f',
    label: 'audit of 10,000 tasks ÷ Spectral with two trivial rules, same file',
    value: f10k.ms / spec.ms,
    unit: '×',
    target: 1,
    pass: f10k.ms < spec.ms,
    cpu: cpuRatio(f10k, spec),
    load: fLoad,
    detail: `${f10k.ms.toFixed(0)} ms for ${RULE_COUNT()} rules against ${spec.ms.toFixed(0)} ms for 2 (Spectral ${readVersion('@stoplight/spectral-cli')})`,
  });

  // The schedule readers (src/readers/schedule/) on a 5,000-task file, in a fresh process run
  // through tsx, from the bytes to the model; `--schedules` times whole audits through the CLI.
  console.log('\nSchedule readers at 5,000 tasks (the reader alone, first call in a fresh process):');
  const schedules: Figures['schedules'] = [];
  for (const [format, text] of [
    ['MS Project XML', generateMspdi(5_000)],
    ['Primavera P6 XER', generateXer(5_000)],
  ] as const) {
    const file = join(dir, `schedule-5000.${format.startsWith('MS') ? 'xml' : 'xer'}`);
    writeFileSync(file, text);
    const runs = Array.from({ length: 3 }, () => {
      const s = once(['node', '--import', 'tsx', readSchedule, file], { NODE_OPTIONS: undefined });
      const out = JSON.parse(s.stdout.trim().split('\n').at(-1) ?? 'null') as { ms: number; tasks: number } | null;
      if (out?.tasks !== 5_000) throw new Error(`the ${format} reader did not read 5,000 tasks: ${s.stdout}`);
      return { ...s, ms: out.ms };
    });
    const m = median(runs);
    schedules.push({ format, kb: Math.round(text.length / 1024), ms: Math.round(m.ms), peakMb: Math.round(m.rssMb) });
    console.log(
      `    ${format.padEnd(18)} ${String(schedules.at(-1)!.kb).padStart(6)} KB ${String(schedules.at(-1)!.ms).padStart(6)} ms ${String(schedules.at(-1)!.peakMb).padStart(5)} MB peak (process)`,
    );
  }

  const figures: Figures = {
    note: 'Written by `npm run bench` (src/tools/bench.ts); the README Performance section is rendered from it.',
    node: process.version,
    arch: process.arch,
    cpus: cpus().length,
    loadBefore,
    loadAfter: load(),
    extraCaCerts: extraCa,
    seed: SEED,
    nodeFloor: { ms: Math.round(aNode.ms), peakMb: Math.round(aNode.rssMb) },
    sizes,
    targets: targets.map((t) => ({
      ...t,
      value: Number(t.value.toFixed(2)),
      ...(t.without ? { without: { ...t.without, value: Number(t.without.value.toFixed(2)) } } : {}),
    })),
    schedules,
  };
  writeFileSync(join(ROOT, FIGURES_FILE), `${JSON.stringify(figures, null, 2)}\n`);
  writeFileSync(join(ROOT, 'README.md'), GENERATED_FILES['README.md']!());
  console.log(`\nWrote ${FIGURES_FILE} and the README's Performance section.`);
  adversarial(quiet);
  console.log(
    `\nLoad average at the end ${load()}. Generated plans are cached in ${dir}. Bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
}

function readVersion(pkg: string): string {
  return (JSON.parse(readFileSync(join(BENCH, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
    .version;
}
const readJsYamlVersion = () => readVersion('js-yaml');
const RULE_COUNT = () => {
  const r = spawnSync(process.execPath, [BIN, 'rules', '--format', 'json'], { encoding: 'utf8' });
  return (JSON.parse(r.stdout) as { rules: unknown[] }).rules.length;
};

main();
