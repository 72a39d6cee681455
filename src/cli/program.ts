/**
 * The command line: flags → audit → formatter → exit code. No side effects on import:
 * src/main.ts runs it; tests run `main` in-process with their own `io`.
 *   0  the gate passed
 *   1  the gate failed (a finding at or above --fail-on, or a score below --min-score)
 *   2  the run could not be completed (bad usage or input); one line on stderr, no stack
 */

import { appendFileSync, existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { supportsColor } from 'chalk';
import { Argument, Command, CommanderError, Option } from 'commander';
import { type FailOn, validateAsOf } from '../core/audit.js';
import { applyBaseline, renderBaseline } from '../core/baseline.js';
import { type AuditRun, judge } from '../core/gate.js';
import { SEVERITIES } from '../engine/types.js';
import { InputError, PmcheckError, renderUnexpected, UsageError } from '../errors.js';
import { closest } from '../plan/suggest.js';
import { terminalName, terminalText } from '../report/escape.js';
import { FORMATS, FORMATTERS, type OutputSpec, parseOutputs } from '../report/index.js';
import { AUDIENCES, DOC_KINDS, REVIEW_FORMATS, type ReviewOptions } from '../review/options.js';
import { auditSources } from '../run/audit.js';
import { existingBaseline, loadBaseline } from '../run/baseline-file.js';
import { AuditCache, cacheSecret, defaultCacheDir, userCacheDir } from '../run/cache.js';
import { findConfig } from '../run/config-files.js';
import { discoverPlans, type PlanSource, STDIN } from '../run/discover.js';
import { RunFiles } from '../run/inputs.js';
import { auditAll, defaultJobs } from '../run/pool.js';
import { readPlanBytes, readStdin } from '../run/read.js';
import { repoPaths } from '../run/repo.js';
import { writeFileAtomic } from '../run/write.js';
import { count } from '../text.js';
import { PUBLISHED_FILES, VERSION } from '../version.js';

/** Where the CLI writes and what it reads of its environment. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Terminal width when stdout is a terminal. */
  columns?: number;
  /** The colour level stdout supports (chalk's detection for the real process). */
  colorSupport: 0 | 1 | 2 | 3;
  /** All of standard input, for `pmcheck audit -`. */
  readStdin: () => Uint8Array;
  /** Whether stdout is a terminal (init lists its templates there). */
  isTTY?: boolean;
  /** The platform, which decides what an unset locale means (Windows consoles are Unicode). */
  platform?: NodeJS.Platform;
}

export const processIO = (): CliIO => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  columns: process.stdout.columns,
  colorSupport: supportsColor ? supportsColor.level : 0,
  readStdin: () => readStdin(0),
  isTTY: process.stdout.isTTY,
  platform: process.platform,
});

interface AuditFlags {
  format?: string[];
  output?: string;
  config?: string;
  failOn?: FailOn;
  minScore?: number;
  asOf?: string;
  strict?: boolean;
  quiet?: boolean;
  baseline?: string;
  writeBaseline?: string;
  base?: string;
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
}

/** Today in UTC, YYYY-MM-DD: the CLI is the only place that reads the clock. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Now in UTC, YYYY-MM-DDTHH:MM:SS, for reports that record when they ran (JUnit). */
function now(): string {
  return new Date().toISOString().slice(0, 19);
}

/** PMCHECK_YAML=yaml reads plans with the `yaml` package alone, skipping the fast path: for diagnosis. */
function yamlParser(io: CliIO): 'auto' | 'yaml' {
  return io.env.PMCHECK_YAML === 'yaml' ? 'yaml' : 'auto';
}

function colorLevel(io: CliIO, toFile: boolean): 0 | 1 | 2 | 3 {
  if (toFile) return 0;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  return io.colorSupport;
}

/**
 * Whether the terminal can show box drawing: the locale says UTF-8 (LC_ALL, else LC_CTYPE, else
 * LANG, as setlocale reads them). No locale at all is the C locale, so ASCII, except on Windows,
 * whose consoles are Unicode whatever LANG says. Files get what the locale says too.
 */
export function localeIsUtf8(env: CliIO['env'], platform: NodeJS.Platform | undefined): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  if (locale) return /utf-?8/i.test(locale);
  return platform === 'win32';
}

function terminalWidth(io: CliIO): number {
  const cols = io.columns || Number(io.env.COLUMNS) || 80;
  return Math.min(120, Math.max(60, cols));
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64, got "${value}"`);
  return n;
}

function parseMinScore(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n < 0 || n > 100)
    throw new UsageError(`--min-score must be a number from 0 to 100, got "${value}"`);
  return n;
}

async function audit(io: CliIO, paths: string[], flags: AuditFlags): Promise<number> {
  const asOf = flags.asOf === undefined ? undefined : validateAsOf(flags.asOf);
  const outputs = parseOutputs(flags.format ?? [], flags.output);
  const { sources, errors, skipped } = discoverPlans(paths, io.readStdin);
  // A file left out is named, so that nobody believes a plan passed that was never read.
  for (const s of skipped) io.stderr(`pmcheck: note: skipped ${terminalName(s.file)} (${s.why})\n`);
  refuseToWriteInputs(sources, outputs, flags, io.env);
  const baseline = flags.baseline ? loadBaseline(flags.baseline) : undefined;
  const previous = flags.writeBaseline ? existingBaseline(flags.writeBaseline) : undefined;
  // Baselines, SARIF, GitLab and GitHub name plans from the repository's root, so their paths and
  // fingerprints do not depend on the folder pmcheck ran in or on how a plan was named.
  const repo = repoPaths(process.cwd());
  const run = await auditAll(
    sources,
    {
      asOf,
      today: today(),
      strict: flags.strict,
      configFile: flags.config,
      gate: { failOn: flags.failOn, minScore: flags.minScore },
      baseRef: flags.base,
      yamlParser: yamlParser(io),
    },
    errors,
    {
      jobs: flags.jobs ?? defaultJobs(),
      cache: flags.cache
        ? new AuditCache(flags.cacheLocation ?? defaultCacheDir(io.env), cacheSecret(userCacheDir(io.env)))
        : undefined,
    },
  );
  if (flags.writeBaseline) {
    // Every current finding becomes known, and the old baseline's entries for the plans audited
    // here are pruned; entries for plans this run did not audit (not given, or failed to load)
    // are kept, since the run cannot vouch for them.
    const { text, kept } = renderBaseline(run.reports, (file) => repo.relative(file), previous?.entries);
    writeFileAtomic(flags.writeBaseline, text);
    const found = run.reports.reduce((n, r) => n + r.findings.length, 0);
    const also = kept > 0 ? ` (and kept ${count(kept, 'entry', 'entries')} for plans not audited in this run)` : '';
    io.stderr(`pmcheck: wrote ${found} findings to the baseline ${flags.writeBaseline}${also}\n`);
  }
  const effective = flags.writeBaseline ? loadBaseline(flags.writeBaseline) : baseline;
  if (effective) {
    run.baseline = {
      file: effective.file,
      stale: applyBaseline(run.reports, effective, (file) => repo.relative(file)),
    };
    Object.assign(run.gate, judge(run.reports, {}));
  }
  // What went wrong goes to stderr before the report goes anywhere: a terminal or a log that
  // shows both streams shows the errors first, never in the middle of a report.
  if (io.env.PMCHECK_TIMING) io.stderr(timingTable(run));
  // A file that could not be read is always exit 2, and its one line goes to stderr too,
  // so a CI log shows it even when stdout is a report file.
  for (const err of run.errors) {
    if (io.env.PMCHECK_DEBUG) io.stderr(`${err.stack}\n`);
    io.stderr(`pmcheck: ${err.render(terminalName)}\n`);
  }
  // A rule that crashed leaves the audit incomplete: its results are shown, but it is never a pass.
  const crashed = run.reports.flatMap((r) =>
    r.outcomes
      .filter((o) => o.error !== undefined)
      .map((o) => `${terminalName(r.file)}: rule ${o.ruleId} failed to run (${o.error})`),
  );
  for (const line of crashed) io.stderr(`pmcheck: ${line}; this is a bug in pmcheck, please report it\n`);
  for (const spec of outputs) {
    const formatter = await FORMATTERS[spec.format]();
    const toFile = spec.file !== undefined;
    const text = formatter(run, {
      width: toFile ? 80 : terminalWidth(io),
      color: colorLevel(io, toFile),
      quiet: Boolean(flags.quiet),
      repo,
      now: now(),
      unicode: localeIsUtf8(io.env, io.platform),
    });
    if (toFile) writeFileAtomic(spec.file!, text);
    else io.stdout(text);
    // In GitHub Actions, the annotations come with the markdown report as the job summary.
    if (spec.format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
      const { formatMarkdown } = await import('../report/markdown.js');
      appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatMarkdown(run));
    }
  }
  // --quiet prints a summary line per plan; a failed gate still says which findings failed it
  // (on stderr, so it never mixes into a report on stdout).
  if (flags.quiet && !run.gate.passed) {
    const { formatBlocking } = await import('../report/blocking.js');
    io.stderr(formatBlocking(run));
  }
  if (run.errors.length > 0 || crashed.length > 0) return 2;
  return run.gate.passed ? 0 : 1;
}

/**
 * Nothing the run writes may replace something it reads: a report aimed at the plan (-o, or
 * --format json:plan.yaml, through a link or a ./ spelling) is refused before anything is done.
 */
function refuseToWriteInputs(
  sources: readonly PlanSource[],
  outputs: readonly OutputSpec[],
  flags: AuditFlags,
  env: CliIO['env'],
): void {
  const files = new RunFiles();
  const configs = new Set<string>();
  for (const s of sources) {
    if (s.file === STDIN) continue;
    files.input(s.file, `the plan ${s.file}`);
    if (!flags.config) {
      const found = findConfig(dirname(resolve(s.file)));
      if (found) configs.add(found);
    }
  }
  if (flags.config) configs.add(flags.config);
  for (const c of configs) files.input(c, `the config ${c}`);
  if (flags.baseline) files.input(flags.baseline, `the baseline ${flags.baseline}`);
  for (const spec of outputs) {
    if (spec.file === undefined) continue;
    files.output(spec.file, spec.file === flags.output ? `-o ${spec.file}` : `--format ${spec.format}:${spec.file}`);
  }
  if (flags.writeBaseline)
    files.output(flags.writeBaseline, `--write-baseline ${flags.writeBaseline}`, { allowed: flags.baseline });
  if (env.GITHUB_STEP_SUMMARY && outputs.some((o) => o.format === 'github'))
    files.output(env.GITHUB_STEP_SUMMARY, `$GITHUB_STEP_SUMMARY ${env.GITHUB_STEP_SUMMARY}`, { append: true });
}

/** PMCHECK_TIMING=1: the time of the model and of each rule, summed over plans, slowest first. */
function timingTable(run: AuditRun): string {
  const totals = new Map<string, number>([['(model)', 0]]);
  for (const r of run.reports) {
    totals.set('(model)', totals.get('(model)')! + r.modelMs);
    for (const o of r.outcomes) totals.set(o.ruleId, (totals.get(o.ruleId) ?? 0) + o.ms);
  }
  const all = [...totals.values()].reduce((s, v) => s + v, 0) || 1;
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  return `${['rule                          ms      %', ...rows.map(([id, ms]) => `${id.padEnd(26)} ${ms.toFixed(2).padStart(8)} ${((100 * ms) / all).toFixed(1).padStart(5)}`)].join('\n')}\n`;
}

/**
 * The $schema a new plan points editors at; it gets committed, so it must mean the same on every
 * machine. The project's own install (node_modules/pmcheck, found up to the project's root) is
 * a relative path that follows upgrades. Without one (npx, a global install) the running copy
 * lives in a cache folder of this machine, so the schema of this version at its published URL.
 */
function schemaReference(target: string): string {
  const from = dirname(target);
  for (let dir = from; ; dir = dirname(dir)) {
    const installed = join(dir, 'node_modules', 'pmcheck', 'schemas', 'plan.schema.json');
    if (existsSync(installed)) return relative(from, installed).split(sep).join('/');
    const atRoot = existsSync(join(dir, 'package.json')) || existsSync(join(dir, '.git'));
    if (atRoot || dirname(dir) === dir) return `${PUBLISHED_FILES}schemas/plan.schema.json`;
  }
}

/** The real path of a file that may not exist yet: its folder's real path and its name. */
function realTarget(file: string): string {
  const full = resolve(file);
  try {
    return realpathSync(full);
  } catch {
    const dir = dirname(full);
    return existsSync(dir) ? join(realpathSync(dir), basename(full)) : full;
  }
}

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('pmcheck')
    .description('Audit the health of IT project plans.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    // Commander's errors, like ours, are one line: its "(Did you mean …?)" joins the message.
    .configureOutput({
      writeOut: (str) => io.stdout(str),
      writeErr: (str) => io.stderr(str),
      outputError: (str, write) =>
        write(
          `pmcheck: ${str
            .replace(/^error: /, '')
            .trim()
            .replace(/\s*\n\s*/g, ' ')}\n`,
        ),
    });

  program
    .command('audit')
    .description('Audit plan files and print a scored risk report.')
    .argument(
      '<paths...>',
      'plan files, folders (every plan below them; others are named as skipped) or globs; - for stdin',
    )
    .option(
      '-f, --format <name[:file]>',
      `output format, repeatable: ${FORMATS.join(', ')} (default table); name:file writes that format to a file`,
      (v: string, all: string[] = []) => [...all, v],
    )
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option(
      '-c, --config <file>',
      'config file (default: the nearest .pmcheck.yaml above each plan, within its repository)',
    )
    .addOption(
      new Option(
        '--fail-on <severity>',
        "exit 1 on any finding at or above this severity (default: high, or the config's fail-on)",
      ).choices([...SEVERITIES, 'none']),
    )
    .option('--min-score <n>', 'exit 1 if any plan scores below n (0-100)', parseMinScore)
    .option('--as-of <date>', 'judge dates as of this day (YYYY-MM-DD); default project.status_date, else today')
    .option('--base <git-ref>', 'compare each plan with its version at this git ref and report undocumented changes')
    .option('--baseline <file>', 'findings in this baseline are reported as known and do not fail the gate')
    .option(
      '--write-baseline <file>',
      'write every current finding to a baseline; entries of plans this run audited are replaced (pruning stale ones), others kept',
    )
    .option(
      '--jobs <n>',
      'audit plans in this many worker threads (default: the CPUs this process may use, container limits included, at most 8; 1 for none)',
      parseJobs,
    )
    .option(
      '--cache',
      'reuse results for unchanged plans (keyed on the plan, its config, the as-of date and pmcheck version)',
    )
    .option(
      '--cache-location <dir>',
      'where --cache keeps results (default: your cache folder, $XDG_CACHE_HOME or ~/.cache/pmcheck; entries are signed with a key kept there, so entries elsewhere cannot be forged)',
    )
    .option('--strict', 'treat every warning as an error (unknown keys, unused or malformed suppressions)')
    .option('-q, --quiet', "print each plan's summary line, and on stderr the findings that fail the gate")
    .action(async (files: string[], flags: AuditFlags) => setExit(await audit(io, files, flags)));

  program
    .command('review')
    .description(
      'Write the document a phase calls for: the scope review (presale, planning), a status report (delivery) or a closure report (closed), as Markdown or one self-contained HTML file.',
    )
    .argument('<plan>', 'the plan file')
    .option('-o, --output <file>', 'write the review to a file (atomically) instead of stdout')
    .option(
      '-c, --config <file>',
      'config file (default: the nearest .pmcheck.yaml above the plan, within its repository)',
    )
    .option('--as-of <date>', 'judge dates as of this day (YYYY-MM-DD); the review is the same for the same date')
    .addOption(
      new Option(
        '--kind <document>',
        'scope (review and sign-off), status (report to the sponsor) or closure (report); default: from project.phase',
      ).choices(DOC_KINDS),
    )
    .addOption(
      new Option(
        '--audience <reader>',
        'customer (plain English, no field names, rule ids or line numbers) or internal (the QA view, with rule ids and lines); default: customer for the scope review, internal otherwise',
      ).choices(AUDIENCES),
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'markdown (with a Mermaid timeline; default) or html (A4, prints to PDF)',
      ).choices(REVIEW_FORMATS),
    )
    .action(async (plan: string, flags: { output?: string; config?: string; asOf?: string } & ReviewOptions) => {
      const asOf = flags.asOf === undefined ? undefined : validateAsOf(flags.asOf);
      if (flags.output) {
        const files = new RunFiles();
        files.input(plan, `the plan ${plan}`);
        const config = flags.config ?? findConfig(dirname(resolve(plan)));
        if (config) files.input(config, `the config ${config}`);
        files.output(flags.output, `-o ${flags.output}`);
      }
      const run = auditSources([plan], { asOf, today: today(), configFile: flags.config, yamlParser: yamlParser(io) });
      if (run.errors.length > 0) throw run.errors[0]!;
      const { renderReview } = await import('../review/review.js');
      const text = renderReview(run.reports[0]!, { kind: flags.kind, audience: flags.audience, format: flags.format });
      if (flags.output) writeFileAtomic(flags.output, text);
      else io.stdout(text);
      setExit(0);
    });

  program
    .command('init')
    .description(
      'Write a commented starter plan: an office move, a cloud migration, Cyber Essentials or a network refresh.',
    )
    .argument('[file]', 'where to write it (default: <template>.plan.yaml)')
    .option('-t, --template <name>', 'office-move, cloud-migration, cyber-essentials or network-refresh')
    .option('--start <date>', 'the project start (default: the next Monday)')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string | undefined, flags: { template?: string; start?: string; force?: boolean }) => {
      const { TEMPLATES, renderTemplate, startMonday } = await import('../init/templates.js');
      const names = Object.keys(TEMPLATES);
      if (!flags.template) {
        const listing = names.map((n) => `  ${n.padEnd(18)} ${TEMPLATES[n]!.description}`).join('\n');
        if (io.isTTY) {
          io.stdout(
            `Choose a template with --template:\n${listing}\n\nFor example: pmcheck init --template office-move\n`,
          );
          return setExit(0);
        }
        throw new UsageError(`init needs --template: one of ${names.join(', ')}`);
      }
      if (!names.includes(flags.template)) {
        const near = closest(flags.template, names);
        throw new UsageError(
          `unknown template "${flags.template}"${near ? `; did you mean "${near}"?` : ''} (templates: ${names.join(', ')})`,
        );
      }
      const target = file ?? `${flags.template}.plan.yaml`;
      if (existsSync(target) && !flags.force)
        throw new UsageError(`${target} already exists; pmcheck init never overwrites a file unless given --force`);
      const { holidaySource } = await import('../run/holidays.js');
      const start = startMonday(flags.start === undefined ? today() : validateAsOf(flags.start), holidaySource);
      writeFileAtomic(target, renderTemplate(flags.template, start, holidaySource, schemaReference(resolve(target))));
      io.stdout(
        `Wrote ${target}: the ${TEMPLATES[flags.template]!.title.toLowerCase()} starter plan, starting ${start}.\nNext: fill in your people, vendors, dates and money, then run: pmcheck audit ${target}\n`,
      );
      setExit(0);
    });

  program
    .command('import')
    .description('Convert an MS Project XML or Primavera P6 XER schedule into a YAML plan: a starting point.')
    .argument('<schedule>', 'the .xml (MSPDI) or .xer file')
    .option('-o, --output <file>', 'write the plan to a file (atomically) instead of stdout')
    .option('--project <id>', 'the project to import when the file holds several (its P6 project code)')
    .option('--force', 'overwrite the output file if it exists')
    .action(async (file: string, flags: { output?: string; project?: string; force?: boolean }) => {
      const out = flags.output;
      if (out !== undefined) {
        if (existsSync(file) && realTarget(out) === realTarget(file))
          throw new UsageError(`pmcheck import never writes over the schedule it reads; give another file with -o`);
        if (existsSync(out) && !flags.force)
          throw new UsageError(`${out} already exists; pmcheck import never overwrites a file unless given --force`);
      }
      const { importSchedule } = await import('./import.js');
      const imported = importSchedule(
        readPlanBytes(file),
        file,
        flags.project,
        out === undefined ? undefined : schemaReference(resolve(out)),
      );
      for (const w of imported.warnings) io.stderr(`pmcheck: warning: ${w}\n`);
      if (out === undefined) io.stdout(imported.text);
      else {
        writeFileAtomic(out, imported.text);
        io.stderr(
          `Wrote ${out}. Next: add the governance the schedule does not hold, then run: pmcheck audit ${out}\n`,
        );
      }
      setExit(0);
    });

  program
    .command('rules')
    .description('List every rule: id, category, default severity and what it catches.')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (flags: { format: 'table' | 'json' }) => {
      const { formatRules } = await import('../report/rules.js');
      io.stdout(
        formatRules(flags.format, {
          width: terminalWidth(io),
          color: colorLevel(io, false),
          unicode: localeIsUtf8(io.env, io.platform),
        }),
      );
      setExit(0);
    });

  program
    .command('explain')
    .description("Print a rule's documentation: what it catches, why, how to fix it, examples and options.")
    .argument('<rule>', 'rule id, e.g. vendor-sequencing')
    .action(async (id: string) => {
      const { explainRule } = await import('../report/rules.js');
      io.stdout(explainRule(id, { width: terminalWidth(io), color: colorLevel(io, false) }));
      setExit(0);
    });

  program
    .command('schema')
    .description('Print the JSON Schema of the plan file.')
    .addArgument(new Argument('[which]', 'which schema').choices(['plan', 'config']).default('plan'))
    .action(async (which: 'plan' | 'config') => {
      const { GENERATED_SCHEMAS } = await import('./schemas.js');
      io.stdout(GENERATED_SCHEMAS[which]());
      setExit(0);
    });
  return program;
}

/**
 * Runs the command line and returns the exit code. Nothing escapes: a bad input or usage is
 * one line and exit 2; anything unexpected is a bug, also exit 2, with a request to report it.
 */
export async function main(argv: string[], given: CliIO = processIO()): Promise<number> {
  // Everything on stderr quotes file names, keys and plan text: it leaves as log-safe text, so
  // that none of it can recolour a terminal or run a CI runner's command (issue 14, class 6).
  const io: CliIO = { ...given, stderr: (t) => given.stderr(terminalText(t)) };
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
        return 0;
      return 2;
    }
    if (io.env.PMCHECK_DEBUG) io.stderr(`${(err as Error)?.stack ?? String(err)}\n`);
    if (err instanceof PmcheckError) {
      io.stderr(`pmcheck: ${err instanceof InputError ? err.render(terminalName) : err.message}\n`);
      return 2;
    }
    io.stderr(`${renderUnexpected(err)}\n`);
    return 2;
  }
}
