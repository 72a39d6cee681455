/**
 * The gate: whether a run passes, and why not. A run gathers the reports of every plan (from
 * this thread, workers or the cache) and the files that could not be read.
 */
import { RATINGS } from '../engine/score.js';
import { SEVERITIES, type Severity, severityRank } from '../engine/types.js';
import type { InputError } from '../errors.js';
import { count, listOf } from '../text.js';
import { VERSION } from '../version.js';
import type { FailOn, Gate, PlainReport, PlanReport } from './audit.js';
import type { BaselineEntry } from './baseline.js';

/** Why one plan failed its gate: every cause, so the report can say it in one line. */
export interface PlanFailure {
  file: string;
  failOn: FailOn;
  minScore?: number;
  /** Unsuppressed findings at or above fail-on, counted by severity, worst first. */
  over: { severity: Severity; count: number }[];
  /** The plan's score, when it is below min-score. */
  below?: number;
  /** Rules that failed to run, with what they threw. */
  broken: { rule: string; error: string }[];
  /** Warnings that --strict made errors (found after loading: an unused suppression, say). */
  strictWarnings?: number;
}

export interface GateVerdict {
  passed: boolean;
  /** Why the gate failed, one sentence each, naming the plan. */
  reasons: string[];
  /** The plans that failed, and why. */
  failures: PlanFailure[];
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

/** Judges each plan by its own gate (its config's, unless `override` sets it). */
export function judge(reports: readonly PlainReport[], override: Partial<Gate> = {}): GateVerdict {
  const failures: PlanFailure[] = [];
  for (const r of reports) {
    const gate = { ...r.gate, ...definedOnly(override) };
    const failure: PlanFailure = {
      file: r.file,
      failOn: gate.failOn,
      ...(gate.minScore !== undefined ? { minScore: gate.minScore } : {}),
      over: [],
      broken: r.outcomes.filter((o) => o.error !== undefined).map((o) => ({ rule: o.ruleId, error: o.error! })),
    };
    // Under --strict, a warning found after loading (a suppression that matches nothing, say).
    const strict = (r.diagnostics ?? []).filter((d) => d.severity === 'error').length;
    if (strict > 0) failure.strictWarnings = strict;
    if (gate.failOn !== 'none') {
      const threshold = severityRank(gate.failOn);
      failure.over = SEVERITIES.filter((s) => severityRank(s) >= threshold)
        .map((s) => ({ severity: s, count: r.findings.filter((f) => f.severity === s).length }))
        .filter((x) => x.count > 0);
    }
    if (gate.minScore !== undefined && r.score.score < gate.minScore) failure.below = r.score.score;
    if (failure.over.length > 0 || failure.below !== undefined || failure.broken.length > 0 || failure.strictWarnings)
      failures.push(failure);
  }
  const reasons = failures.flatMap((f) => [
    ...(f.strictWarnings ? [`${f.file}: ${strictText(f)}`] : []),
    ...f.broken.map((b) => `${f.file}: rule ${b.rule} failed to run (${b.error})`),
    ...(f.over.length > 0 ? [`${f.file}: ${overText(f)}`] : []),
    ...(f.below !== undefined ? [`${f.file}: ${belowText(f)}`] : []),
  ]);
  return { passed: failures.length === 0, reasons, failures };
}

/** "1 high finding (fail-on high)", "2 critical and 1 high findings (fail-on high)" */
function overText(f: PlanFailure): string {
  const total = f.over.reduce((n, x) => n + x.count, 0);
  return `${listOf(f.over.map((x) => `${x.count} ${x.severity}`))} finding${total === 1 ? '' : 's'} (fail-on ${f.failOn})`;
}

/** "1 warning (--strict makes every warning an error)" */
function strictText(f: PlanFailure): string {
  return `${count(f.strictWarnings ?? 0, 'warning')} (--strict makes every warning an error)`;
}

/** "score 55 is below min-score 70" */
function belowText(f: PlanFailure): string {
  return `score ${f.below} is below min-score ${f.minScore}`;
}

/** Why one plan failed, in one phrase: "1 high finding (fail-on high); score 55 is below min-score 70". */
export function failureText(f: PlanFailure): string {
  const parts: string[] = [];
  if (f.strictWarnings) parts.push(strictText(f));
  if (f.broken.length > 0)
    parts.push(
      `${f.broken.length === 1 ? 'rule' : 'rules'} ${listOf(
        f.broken.map((b) => b.rule),
        { max: 3 },
      )} failed to run`,
    );
  if (f.over.length > 0) parts.push(overText(f));
  if (f.below !== undefined) parts.push(belowText(f));
  return parts.join('; ');
}

/**
 * The words after "Gate: failed: ", shared by every format: the one plan's causes, or with
 * several plans, how many failed and by which thresholds ("2 of 8 plans (fail-on high)").
 * Empty when the gate passed.
 */
export function gateSummary(gate: GateVerdict, plans: number): string {
  const { failures } = gate;
  if (failures.length === 0) return '';
  if (plans <= 1 && failures.length === 1) return failureText(failures[0]!);
  const causes = [
    ...new Set(
      failures.flatMap((f) => [
        ...(f.over.length > 0 ? [`fail-on ${f.failOn}`] : []),
        ...(f.below !== undefined ? [`min-score ${f.minScore}`] : []),
        ...(f.broken.length > 0 ? ['a rule failed to run'] : []),
      ]),
    ),
  ];
  return `${failures.length} of ${count(Math.max(plans, failures.length), 'plan')} (${causes.join(', ')})`;
}

/** Where a portfolio owner should look first: the worst rating, then the lowest score, then by file. */
export function worstFirst<R extends PlainReport>(reports: readonly R[]): R[] {
  const rank = (r: PlainReport) => RATINGS.indexOf(r.score.rating);
  return [...reports].sort(
    (a, b) => rank(b) - rank(a) || a.score.exact - b.score.exact || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
}

/** The findings that fail this plan's own gate: at or above its fail-on severity. */
export function blockingFindings(r: PlainReport): PlainReport['findings'] {
  if (r.gate.failOn === 'none') return [];
  const threshold = severityRank(r.gate.failOn);
  return r.findings.filter((f) => severityRank(f.severity) >= threshold);
}

function definedOnly(g: Partial<Gate>): Partial<Gate> {
  return Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined));
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
