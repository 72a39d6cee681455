/**
 * The command line: flags → audit → formatter → exit code.
 *   0  the gate passed
 *   1  the gate failed (a finding at or above --fail-on, or a score below --min-score)
 *   2  the run could not be completed (bad usage or input); one line on stderr, no stack
 */
import { supportsColor } from 'chalk';
import { Argument, Command, CommanderError, Option } from 'commander';
import { auditFiles, validateAsOf, type FailOn } from './audit.js';
import { SEVERITIES } from './engine/types.js';
import { InputError, PmcheckError, UsageError, renderUnexpected } from './errors.js';
import { writeFileAtomic } from './io/write.js';
import { FORMATS, FORMATTERS, type FormatName } from './report/index.js';
import { VERSION } from './version.js';

interface AuditFlags {
  format: FormatName;
  output?: string;
  config?: string;
  failOn?: FailOn;
  minScore?: number;
  asOf?: string;
  strict?: boolean;
  quiet?: boolean;
}

/** Today in UTC, YYYY-MM-DD: the CLI is the only place that reads the clock. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function colorLevel(toFile: boolean): 0 | 1 | 2 | 3 {
  if (toFile) return 0;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return 0;
  return supportsColor ? supportsColor.level : 0;
}

function terminalWidth(): number {
  const cols = process.stdout.columns || Number(process.env.COLUMNS) || 80;
  return Math.min(120, Math.max(60, cols));
}

function parseMinScore(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n < 0 || n > 100) throw new UsageError(`--min-score must be a number from 0 to 100, got "${value}"`);
  return n;
}

async function audit(paths: string[], flags: AuditFlags): Promise<number> {
  const asOf = flags.asOf === undefined ? undefined : validateAsOf(flags.asOf);
  const run = auditFiles(paths, { asOf, today: today(), strict: flags.strict, configFile: flags.config, gate: { failOn: flags.failOn, minScore: flags.minScore } });
  const formatter = await FORMATTERS[flags.format]();
  const text = formatter(run, { width: flags.output ? 80 : terminalWidth(), color: colorLevel(Boolean(flags.output)), quiet: Boolean(flags.quiet) });
  if (flags.output) writeFileAtomic(flags.output, text);
  else process.stdout.write(text);
  // A file that could not be read is always exit 2, and its one line goes to stderr too,
  // so a CI log shows it even when stdout is a report file.
  if (process.env.PMCHECK_TIMING) process.stderr.write(timingTable(run));
  for (const err of run.errors) {
    if (process.env.PMCHECK_DEBUG) process.stderr.write(`${err.stack}\n`);
    process.stderr.write(`pmcheck: ${err.render()}\n`);
  }
  // A rule that crashed leaves the audit incomplete: its results are shown, but it is never a pass.
  const crashed = run.reports.flatMap((r) => r.outcomes.filter((o) => o.error !== undefined).map((o) => `${r.file}: rule ${o.ruleId} failed to run (${o.error})`));
  for (const line of crashed) process.stderr.write(`pmcheck: ${line}; this is a bug in pmcheck, please report it\n`);
  if (run.errors.length > 0 || crashed.length > 0) return 2;
  return run.gate.passed ? 0 : 1;
}

/** PMCHECK_TIMING=1: the time of the model and of each rule, summed over plans, slowest first. */
function timingTable(run: Awaited<ReturnType<typeof auditFiles>>): string {
  const totals = new Map<string, number>([['(model)', 0]]);
  for (const r of run.reports) {
    totals.set('(model)', totals.get('(model)')! + r.modelMs);
    for (const o of r.outcomes) totals.set(o.ruleId, (totals.get(o.ruleId) ?? 0) + o.ms);
  }
  const all = [...totals.values()].reduce((s, v) => s + v, 0) || 1;
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  return `${['rule                          ms      %', ...rows.map(([id, ms]) => `${id.padEnd(26)} ${ms.toFixed(2).padStart(8)} ${((100 * ms) / all).toFixed(1).padStart(5)}`)].join('\n')}\n`;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('pmcheck')
    .description('Audit the health of IT project plans.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    // Commander's errors, like ours, are one line: its "(Did you mean …?)" joins the message.
    .configureOutput({ outputError: (str, write) => write(`pmcheck: ${str.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`) });

  program
    .command('audit')
    .description('Audit plan files and print a scored risk report.')
    .argument('<files...>', 'plan files (YAML)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('table'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('-c, --config <file>', 'config file (default: the nearest .pmcheck.yaml above each plan)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 on any finding at or above this severity (default: high, or the config\'s fail-on)').choices([...SEVERITIES, 'none']))
    .option('--min-score <n>', 'exit 1 if any plan scores below n (0-100)', parseMinScore)
    .option('--as-of <date>', 'judge dates as of this day (YYYY-MM-DD); default project.status_date, else today')
    .option('--strict', 'treat unknown keys as errors')
    .option('-q, --quiet', 'print only the summary line of each plan')
    .action(async (files: string[], flags: AuditFlags) => setExit(await audit(files, flags)));

  program
    .command('rules')
    .description('List every rule: id, category, default severity and what it catches.')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (flags: { format: 'table' | 'json' }) => {
      const { formatRules } = await import('./report/rules.js');
      process.stdout.write(formatRules(flags.format, { width: terminalWidth(), color: colorLevel(false) }));
      setExit(0);
    });

  program
    .command('explain')
    .description("Print a rule's documentation: what it catches, why, how to fix it, examples and options.")
    .argument('<rule>', 'rule id, e.g. vendor-sequencing')
    .action(async (id: string) => {
      const { explainRule } = await import('./report/rules.js');
      process.stdout.write(explainRule(id, { width: terminalWidth(), color: colorLevel(false) }));
      setExit(0);
    });

  program
    .command('schema')
    .description('Print the JSON Schema of the plan file.')
    .addArgument(new Argument('[which]', 'which schema').choices(['plan', 'config']).default('plan'))
    .action(async (which: 'plan' | 'config') => {
      const { GENERATED_SCHEMAS } = await import('./plan/json-schema.js');
      process.stdout.write(GENERATED_SCHEMAS[which]());
      setExit(0);
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (process.env.PMCHECK_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    if (err instanceof PmcheckError) {
      process.stderr.write(`pmcheck: ${err instanceof InputError ? err.render() : err.message}\n`);
      return 2;
    }
    process.stderr.write(`${renderUnexpected(err)}\n`);
    return 2;
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`${renderUnexpected(err)}\n`);
    process.exitCode = 2;
  },
);
