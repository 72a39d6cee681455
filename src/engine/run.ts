/**
 * Runs the rules over one plan: options are parsed before a rule runs, paths become
 * line and column, suppressions are applied, and a rule that throws is caught and
 * recorded (it never turns into a pass).
 */
import type { Diagnostic, LoadedPlan, Suppression } from '../plan/loaded.js';
import type { PlanModel } from '../plan/model/index.js';
import { identify, isWithin, type PlanPath } from '../plan/path.js';
import { didYouMean } from '../plan/suggest.js';
import { renderMessage } from './message.js';
import { type AnyRule, type RuleOutcome, SEVERITIES, type Severity } from './types.js';

export interface ConfiguredRule {
  rule: AnyRule;
  severity: Severity;
  /** Already validated against rule.options. */
  options: unknown;
}

/** The severity `levels` below this one, never below low; a fraction counts whole levels only. */
export function relaxSeverity(severity: Severity, levels: number): Severity {
  const by = Number.isNaN(levels) ? 0 : Math.max(0, Math.floor(levels));
  const i = Math.min(SEVERITIES.length - 1, SEVERITIES.indexOf(severity) + by);
  return SEVERITIES[i]!;
}

export function runRule(configured: ConfiguredRule, loaded: LoadedPlan, model: PlanModel): RuleOutcome {
  const { rule, severity, options } = configured;
  const outcome: RuleOutcome = {
    ruleId: rule.id,
    category: rule.category,
    severity,
    applicable: true,
    findings: [],
    ms: 0,
  };
  // Each finding's own lowering, by index: applied once the rule's severity is final (relax may come last).
  const lowered: number[] = [];
  const started = performance.now();
  try {
    rule.check({
      plan: loaded.plan,
      model,
      asOf: model.asOf,
      options,
      report: (r) => {
        const template = rule.messages[r.messageId];
        if (template === undefined) throw new Error(`rule ${rule.id} reported unknown message id "${r.messageId}"`);
        const data = r.data ?? {};
        const path = identify(loaded.plan, r.path);
        lowered.push(r.lower ?? 0);
        outcome.findings.push({
          ruleId: rule.id,
          category: rule.category,
          messageId: r.messageId,
          severity,
          message: renderMessage(template, data),
          fix: rule.fix,
          path,
          span: loaded.locator.locate(path),
          data,
        });
      },
      notApplicable: (reason) => {
        outcome.applicable = false;
        outcome.reason = reason;
      },
      relax: (levels) => {
        outcome.severity = relaxSeverity(severity, levels);
      },
    });
  } catch (err) {
    outcome.error = err instanceof Error ? err.message : String(err);
    outcome.findings = [];
  }
  outcome.ms = performance.now() - started;
  if (!outcome.applicable) outcome.findings = [];
  outcome.findings.forEach((f, i) => {
    f.severity = relaxSeverity(outcome.severity, lowered[i] ?? 0);
  });
  return outcome;
}

/** A rule and a path as one key; an id segment and a field of the same name never collide. */
function scopeKey(rule: string, path: PlanPath): string {
  return JSON.stringify([rule, ...path.map((seg) => (typeof seg === 'object' ? { id: seg.id } : seg))]);
}

/**
 * Marks findings covered by an x-pmcheck-ignore entry that has a reason, and reports entries
 * with no reason, for an unknown rule, or that match nothing.
 */
export function applySuppressions(
  outcomes: RuleOutcome[],
  suppressions: Suppression[],
  knownRules: readonly string[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const used = new Set<Suppression>();
  for (const s of suppressions) {
    const where = { path: s.path, file: s.file, line: s.line, column: s.column };
    if (!knownRules.includes(s.rule)) {
      diagnostics.push({
        severity: 'warning',
        code: 'suppression',
        message: `x-pmcheck-ignore names unknown rule "${s.rule}"${didYouMean(s.rule, knownRules)}`,
        ...where,
      });
    } else if (!s.reason) {
      diagnostics.push({
        severity: 'warning',
        code: 'suppression',
        message: `x-pmcheck-ignore for ${s.rule} has no reason, so it suppresses nothing; say why the finding does not apply`,
        ...where,
      });
    }
  }
  // Entries with a reason, by rule and by the path they sit on: a finding looks up each path
  // above it, rather than every entry (findings × entries was quadratic: issue 14, class 7).
  const byScope = new Map<string, { s: Suppression; order: number }[]>();
  suppressions.forEach((s, order) => {
    if (!s.reason) return;
    const key = scopeKey(s.rule, s.scope);
    const list = byScope.get(key) ?? [];
    list.push({ s, order });
    byScope.set(key, list);
  });
  for (const outcome of byScope.size === 0 ? [] : outcomes) {
    for (const finding of outcome.findings) {
      let match: { s: Suppression; order: number } | undefined;
      for (let depth = 0; depth <= finding.path.length; depth++) {
        const here = byScope.get(scopeKey(finding.ruleId, finding.path.slice(0, depth)))?.[0];
        if (here && (!match || here.order < match.order)) match = here;
      }
      if (match && isWithin(finding.path, match.s.scope)) {
        finding.suppressed = { reason: match.s.reason!, line: match.s.line };
        used.add(match.s);
      }
    }
  }
  for (const s of suppressions) {
    if (s.reason && knownRules.includes(s.rule) && !used.has(s)) {
      diagnostics.push({
        severity: 'warning',
        code: 'suppression',
        message: `x-pmcheck-ignore for ${s.rule} matches no finding; remove it`,
        path: s.path,
        file: s.file,
        line: s.line,
        column: s.column,
      });
    }
  }
  return diagnostics;
}
