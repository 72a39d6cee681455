/**
 * The pure core: one loaded plan in, one report out.
 *   model → run rules → locate → suppress → score
 * No file system, no git and no clock: the run tier reads files, finds configs, asks git for the
 * base version and knows today's date, and hands all of it in.
 */

import { AUTOMATIC_PRESETS } from '../config/presets.js';
import type { LoadedConfig } from '../config/resolve.js';
import { EMPTY_CONFIG, pmThresholdsOf, resolveRules } from '../config/resolve.js';
import type { PresetName } from '../config/schema.js';
import { applySuppressions, type ConfiguredRule, runRule } from '../engine/run.js';
import { type ScoreCard, scorePlan } from '../engine/score.js';
import { type AnyRule, type Finding, type RuleOutcome, type Severity, severityRank } from '../engine/types.js';
import { UsageError } from '../errors.js';
import type { Diagnostic, LoadedPlan } from '../plan/loaded.js';
import { type BaseVersion, type HolidaySource, PlanModel, type PmAssessment } from '../plan/model/index.js';
import { isRealDate } from '../plan/schema.js';
import { RULE_IDS, RULES } from '../rules/index.js';

export type AsOfSource = 'option' | 'status_date' | 'today';

export type FailOn = Severity | 'none';

export interface Gate {
  failOn: FailOn;
  minScore?: number;
}

/** Everything the core needs besides the plan, decided by the run tier. */
export interface AuditSettings {
  /** --as-of: wins over project.status_date. */
  asOf?: string;
  /** Today's date: the last fallback for "as of". */
  today: string;
  /** The config that applies to this plan (EMPTY_CONFIG for none). */
  config?: LoadedConfig;
  /** The rules to run with their severities and options; else resolved from the config. */
  rules?: readonly ConfiguredRule[];
  /** Gate settings from the command line; they win over the config's. */
  gate?: Partial<Gate>;
  /** With --base: the plan as it was at the base ref. */
  base?: BaseVersion;
  /** --strict: every warning is an error; the ones found after loading fail the gate. */
  strict?: boolean;
  /** Public holidays, for a plan that names `public_holidays` (the run tier has checked its regions). */
  holidays?: HolidaySource;
}

export interface PlanReport {
  file: string;
  /** Which reader read the plan (yaml, mspdi, xer). */
  format: string;
  project: { name: string; id?: string; client?: string; phase?: string; currency?: string };
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

/** A plan report as plain data: what crosses to and from a worker thread or the cache. */
export type PlainReport = Omit<PlanReport, 'model'>;

export function toPlain(report: PlanReport): PlainReport {
  const { model: _model, ...rest } = report;
  return rest;
}

export function defaultRules(): ConfiguredRule[] {
  // jitless: zod would compile a fast path (new Function) for each rule's options schema, once per
  // run, to parse one empty object: 55 compilations that a code cache cannot keep.
  return RULES.map((rule) => ({ rule, severity: rule.severity, options: rule.options.parse({}, { jitless: true }) }));
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

/** Audits one loaded plan. Pure: the same plan and settings always give the same report. */
export function auditPlan(loaded: LoadedPlan, settings: AuditSettings): PlanReport {
  const { plan } = loaded;
  const config = settings.config ?? EMPTY_CONFIG;
  const { asOf, source } = resolveAsOf(settings.asOf, plan.project.status_date, settings.today);
  const modelStarted = performance.now();
  const model = new PlanModel(plan, {
    asOf,
    pmThresholds: pmThresholdsOf(config),
    base: settings.base,
    holidays: settings.holidays,
  }).prepare();
  const modelMs = performance.now() - modelStarted;
  const resolved = settings.rules
    ? { rules: [...settings.rules], presets: [], offByPreset: [] }
    : resolveRules(config, {
        phase: plan.project.phase,
        pm: model.pmAssessment.status,
        phaseContradicted: model.phaseContradictions.length > 0,
        schedule: loaded.format !== 'yaml',
      });
  const outcomes = [
    ...resolved.rules.map((configured) => runRule(configured, loaded, model)),
    ...resolved.offByPreset.map(({ rule, preset }) => offOutcome(rule, preset)),
  ].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const late = applySuppressions(outcomes, loaded.suppressions, RULE_IDS);
  if (settings.strict) for (const d of late) d.severity = 'error';
  const diagnostics = [...loaded.diagnostics, ...late];
  const all = outcomes.flatMap((o) => o.findings);
  return {
    file: loaded.name ?? loaded.file,
    format: loaded.format,
    project: {
      name: plan.project.name,
      id: plan.project.id ?? undefined,
      client: plan.project.client ?? undefined,
      phase: plan.project.phase ?? undefined,
      currency: plan.project.currency ?? undefined,
    },
    asOf,
    asOfSource: source,
    config: { file: config.file, presets: resolved.presets },
    gate: {
      failOn: settings.gate?.failOn ?? config.config['fail-on'] ?? 'high',
      minScore: settings.gate?.minScore ?? config.config['min-score'],
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

/** A rule a preset turned off, reported as not applicable with the reason. */
function offOutcome(rule: AnyRule, preset: PresetName): RuleOutcome {
  const why = AUTOMATIC_PRESETS[preset];
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    applicable: false,
    reason: `off under the ${preset} preset${why ? ` (${why})` : ''}`,
    findings: [],
    ms: 0,
  };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) ||
      a.span.line - b.span.line ||
      a.span.column - b.span.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
