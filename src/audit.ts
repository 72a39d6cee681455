/**
 * The pipeline, as one readable function:
 *   load → validate → run rules → resolve locations → suppress → score → gate
 * Formatting and the exit code are the CLI's job; nothing here prints or reads the clock.
 */

import { dirname, join } from 'node:path';
import {
  EMPTY_CONFIG,
  findConfig,
  type LoadedConfig,
  loadConfigFile,
  pmThresholdsOf,
  resolveRules,
} from './config/load.js';
import type { PresetName } from './config/schema.js';
import type { BaselineEntry } from './engine/baseline.js';
import { applySuppressions, type ConfiguredRule, runRule } from './engine/run.js';
import { type ScoreCard, scorePlan } from './engine/score.js';
import { type Finding, type RuleOutcome, SEVERITIES, type Severity, severityRank } from './engine/types.js';
import { InputError, UsageError } from './errors.js';
import { type PlanSource, STDIN } from './io/discover.js';
import { baseVersion, gitBase } from './io/git.js';
import { type Diagnostic, type LoadedPlan, type LoadOptions, loadPlanFile, loadPlanText } from './plan/load.js';
import { PlanModel, type PmAssessment } from './plan/model.js';
import { isRealDate } from './plan/schema.js';
import { RULE_IDS, RULES } from './rules/index.js';
import { VERSION } from './version.js';

export type AsOfSource = 'option' | 'status_date' | 'today';

export interface AuditOptions extends LoadOptions {
  /** Config file given with -c (else each plan's nearest .pmcheck.yaml). */
  configFile?: string;
  /** --as-of: wins over project.status_date. */
  asOf?: string;
  /** Today's date, supplied by the caller: the last fallback for "as of". */
  today: string;
  /** The rules to run with their severities and options; else from the config. */
  rules?: readonly ConfiguredRule[];
  /** The config to use; when absent, the nearest .pmcheck.yaml above the plan, if any. */
  config?: LoadedConfig;
  /** Gate settings from the command line; they win over the config's. */
  gate?: Partial<Gate>;
  /** With --base: the git ref to compare each plan with. */
  baseRef?: string;
}

export interface PlanReport {
  file: string;
  project: { name: string; id?: string; client?: string; phase?: string };
  asOf: string;
  asOfSource: AsOfSource;
  /** The config file used, if any, and the presets applied in order. */
  config: { file?: string; presets: PresetName[] };
  gate: Gate;
  pm: PmAssessment;
  score: ScoreCard;
  /** Unsuppressed findings, worst first, then by line. */
  findings: Finding[];
  suppressed: Finding[];
  /** Findings the baseline already knows: reported, but they do not fail the gate. */
  known: Finding[];
  diagnostics: Diagnostic[];
  outcomes: RuleOutcome[];
  /** Milliseconds spent building the shared model (for PMCHECK_TIMING; in no report). */
  modelMs: number;
  /** The shared model, for the scope review; absent on reports from a worker or the cache. */
  model?: PlanModel;
}

export type FailOn = Severity | 'none';

export interface Gate {
  failOn: FailOn;
  minScore?: number;
}

export interface GateVerdict {
  passed: boolean;
  /** Why the gate failed, one sentence each. */
  reasons: string[];
}

export function defaultRules(): ConfiguredRule[] {
  return RULES.map((rule) => ({ rule, severity: rule.severity, options: rule.options.parse({}) }));
}

export function resolveAsOf(
  option: string | undefined,
  statusDate: string | null | undefined,
  today: string,
): { asOf: string; source: AsOfSource } {
  if (option) return { asOf: option, source: 'option' };
  if (statusDate) return { asOf: statusDate, source: 'status_date' };
  return { asOf: today, source: 'today' };
}

export function validateAsOf(value: string): string {
  if (!isRealDate(value)) throw new UsageError(`--as-of must be a real date as YYYY-MM-DD, got "${value}"`);
  return value;
}

export function auditLoaded(loaded: LoadedPlan, options: AuditOptions): PlanReport {
  const { plan } = loaded;
  const config = options.config ?? EMPTY_CONFIG;
  const { asOf, source } = resolveAsOf(options.asOf, plan.project.status_date, options.today);
  const modelStarted = performance.now();
  const base = options.baseRef ? baseVersion(gitBase(options.baseRef), loaded.file) : undefined;
  const model = new PlanModel(plan, { asOf, pmThresholds: pmThresholdsOf(config), base }).prepare();
  const modelMs = performance.now() - modelStarted;
  const resolved = options.rules
    ? { rules: [...options.rules], presets: [] }
    : resolveRules(config, plan.project.phase ?? undefined);
  const outcomes = resolved.rules.map((configured) => runRule(configured, loaded, model));
  const diagnostics = [...loaded.diagnostics, ...applySuppressions(outcomes, loaded.suppressions, RULE_IDS)];
  const all = outcomes.flatMap((o) => o.findings);
  return {
    file: loaded.file,
    project: {
      name: plan.project.name,
      id: plan.project.id ?? undefined,
      client: plan.project.client ?? undefined,
      phase: plan.project.phase ?? undefined,
    },
    asOf,
    asOfSource: source,
    config: { file: config.file, presets: resolved.presets },
    gate: {
      failOn: options.gate?.failOn ?? config.config['fail-on'] ?? 'high',
      minScore: options.gate?.minScore ?? config.config['min-score'],
    },
    pm: model.pmAssessment,
    score: scorePlan(outcomes),
    findings: sortFindings(all.filter((f) => !f.suppressed)),
    suppressed: sortFindings(all.filter((f) => f.suppressed)),
    known: [],
    diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column),
    outcomes,
    modelMs,
    model,
  };
}

/** Config files by folder, so that a portfolio in one folder reads its config once. */
export class ConfigResolver {
  private byDir = new Map<string, LoadedConfig>();
  private byFile = new Map<string, LoadedConfig>();

  constructor(private readonly explicit?: string) {}

  forPlan(planFile: string): LoadedConfig {
    if (this.explicit) return this.load(this.explicit);
    const dir = dirname(planFile);
    let found = this.byDir.get(dir);
    if (!found) {
      const file = findConfig(dir);
      found = file ? this.load(file) : EMPTY_CONFIG;
      this.byDir.set(dir, found);
    }
    return found;
  }

  private load(file: string): LoadedConfig {
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = loadConfigFile(file);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }
}

export function auditFile(
  file: string | PlanSource,
  options: AuditOptions,
  configs = new ConfigResolver(),
): PlanReport {
  const source = typeof file === 'string' ? { file } : file;
  const loaded =
    source.text === undefined ? loadPlanFile(source.file, options) : loadPlanText(source.text, source.file, options);
  const configFor = source.file === STDIN ? join(process.cwd(), STDIN) : source.file;
  return auditLoaded(loaded, { ...options, config: options.config ?? configs.forPlan(configFor) });
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      a.span.line - b.span.line ||
      a.span.column - b.span.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/** Judges each plan by its own gate (its config's, unless `override` sets it). */
export function judge(reports: readonly PlanReport[], override: Partial<Gate> = {}): GateVerdict {
  const reasons: string[] = [];
  for (const r of reports) {
    const gate = { ...r.gate, ...definedOnly(override) };
    const broken = r.outcomes.filter((o) => o.error !== undefined);
    for (const o of broken) reasons.push(`${r.file}: rule ${o.ruleId} failed to run (${o.error})`);
    if (gate.failOn !== 'none') {
      const threshold = severityRank(gate.failOn);
      const over = r.findings.filter((f) => severityRank(f.severity) >= threshold);
      if (over.length > 0) {
        const worst = SEVERITIES.find((s) => over.some((f) => f.severity === s))!;
        reasons.push(
          `${r.file}: ${over.length} finding${over.length === 1 ? '' : 's'} at or above ${gate.failOn} (worst: ${worst})`,
        );
      }
    }
    if (gate.minScore !== undefined && r.score.score < gate.minScore) {
      reasons.push(`${r.file}: score ${r.score.score} is below the minimum ${gate.minScore}`);
    }
  }
  return { passed: reasons.length === 0, reasons };
}

function definedOnly(g: Partial<Gate>): Partial<Gate> {
  return Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined));
}

export interface AuditRun {
  tool: { name: 'pmcheck'; version: string };
  reports: PlanReport[];
  /** Files that could not be audited: each is an exit 2. */
  errors: InputError[];
  gate: GateVerdict & { failOn?: FailOn; minScore?: number };
  /** With --baseline: the file, and its entries for audited plans that matched nothing. */
  baseline?: { file: string; stale: BaselineEntry[] };
}

/** A plan report as plain data: what crosses to and from a worker thread or the cache. */
export type PlainReport = Omit<PlanReport, 'model'>;

/** The outcome of auditing one plan, as plain data. */
export type JobResult =
  | { report: PlainReport }
  | { error: { message: string; where: InputError['where']; more: number } };

export function toPlain(report: PlanReport): PlainReport {
  const { model: _model, ...rest } = report;
  return rest;
}

/** Audits one plan and never throws for bad input: the unit of work for a worker thread. */
export function auditJob(source: string | PlanSource, options: AuditOptions, configs: ConfigResolver): JobResult {
  try {
    return { report: toPlain(auditFile(source, options, configs)) };
  } catch (err) {
    if (err instanceof InputError) return { error: { message: err.message, where: err.where, more: err.more } };
    throw err;
  }
}

/** Reports and errors from anywhere (this thread, workers, the cache), gathered into a run. */
export function finishRun(reports: PlanReport[], errors: InputError[]): AuditRun {
  // The gate line shows the threshold when every plan shares it.
  const same = <T>(values: T[]) => (values.length > 0 && values.every((v) => v === values[0]) ? values[0] : undefined);
  return {
    tool: { name: 'pmcheck', version: VERSION },
    reports,
    errors,
    gate: {
      failOn: same(reports.map((r) => r.gate.failOn)),
      minScore: same(reports.map((r) => r.gate.minScore)),
      ...judge(reports),
    },
  };
}

export function auditFiles(
  files: readonly (string | PlanSource)[],
  options: AuditOptions & { configFile?: string },
  discoveryErrors: InputError[] = [],
): AuditRun {
  const reports: PlanReport[] = [];
  const errors: InputError[] = [...discoveryErrors];
  const configs = new ConfigResolver(options.configFile);
  for (const file of files) {
    try {
      reports.push(auditFile(file, options, configs));
    } catch (err) {
      if (err instanceof InputError) errors.push(err);
      else throw err;
    }
  }
  return finishRun(reports, errors);
}
