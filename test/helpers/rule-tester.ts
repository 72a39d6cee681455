/**
 * A RuleTester in ESLint's style: give it plans as YAML text and it asserts, for each
 * finding, the rule, the message id and the exact line and column, in report order.
 */
import { describe, expect, it } from 'vitest';
import { runRule } from '../../src/engine/run.js';
import type { AnyRule, MessageValue, RuleOutcome } from '../../src/engine/types.js';
import { type BaseVersion, PlanModel } from '../../src/plan/model/index.js';
import { readYamlPlan } from '../../src/readers/yaml/index.js';
import { holidaysFor } from '../../src/run/holidays.js';

export interface ValidCase {
  name: string;
  plan: string;
  asOf?: string;
  options?: unknown;
  /** The plan at the --base ref, for rules that compare with it; 'new' for a plan git has not seen. */
  base?: string | 'new';
}

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  /** Checked only when given: a substring of the rendered message. */
  message?: string;
  data?: Record<string, MessageValue>;
  /** Checked only when given: this finding's own severity (a rule may lower one finding). */
  severity?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The severity the findings carry, when the rule relaxes itself. */
  severity?: string;
}

export interface NotApplicableCase extends ValidCase {
  reason: RegExp;
}

/** Runs one rule over a plan text, as the engine does. */
export function runOn(
  rule: AnyRule,
  planText: string,
  asOf = '2026-06-01',
  options?: unknown,
  base?: string,
): RuleOutcome {
  const loaded = readYamlPlan(planText, 'plan.yaml');
  const baseVersion: BaseVersion | undefined =
    base === undefined
      ? undefined
      : base === 'new'
        ? { status: 'new', ref: 'origin/main' }
        : { status: 'found', ref: 'origin/main', plan: readYamlPlan(base, 'base.yaml').plan };
  const model = new PlanModel(loaded.plan, {
    asOf: loaded.plan.project.status_date ?? asOf,
    base: baseVersion,
    holidays: holidaysFor(loaded),
  });
  const parsed = rule.options.parse(options ?? {});
  return runRule({ rule, severity: rule.severity, options: parsed }, loaded, model);
}

export function testRule(
  rule: AnyRule,
  cases: { valid: ValidCase[]; invalid: InvalidCase[]; notApplicable?: NotApplicableCase[] },
): void {
  describe(rule.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const outcome = runOn(rule, c.plan, c.asOf, c.options, c.base);
          expect(outcome.error).toBeUndefined();
          expect(outcome.applicable, `${rule.id} should apply to this plan`).toBe(true);
          expect(outcome.findings.map((f) => `${f.span.line}:${f.span.column} ${f.messageId}: ${f.message}`)).toEqual(
            [],
          );
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const outcome = runOn(rule, c.plan, c.asOf, c.options, c.base);
          expect(outcome.error).toBeUndefined();
          const actual = outcome.findings.map((f, i) => {
            const want = c.errors[i];
            return {
              ruleId: f.ruleId,
              messageId: f.messageId,
              line: f.span.line,
              column: f.span.column,
              ...(want?.message !== undefined
                ? { message: f.message.includes(want.message) ? want.message : f.message }
                : {}),
              ...(want?.data !== undefined
                ? { data: Object.fromEntries(Object.keys(want.data).map((k) => [k, f.data[k]])) }
                : {}),
              ...(want?.severity !== undefined ? { severity: f.severity } : {}),
            };
          });
          expect(actual).toEqual(c.errors.map((e) => ({ ruleId: rule.id, ...e })));
          if (c.severity) for (const f of outcome.findings) expect(f.severity).toBe(c.severity);
        });
      }
    });
    if (cases.notApplicable) {
      describe('not applicable', () => {
        for (const c of cases.notApplicable!) {
          it(c.name, () => {
            const outcome = runOn(rule, c.plan, c.asOf, c.options, c.base);
            expect(outcome.applicable).toBe(false);
            expect(outcome.reason).toMatch(c.reason);
            expect(outcome.findings).toEqual([]);
          });
        }
      });
    }
  });
}
