/** The vocabulary shared by rules, the engine, the score and the formatters. */
import type { z } from 'zod';
import type { PlanModel } from '../plan/model/index.js';
import type { PlanPath, Span } from '../plan/path.js';
import type { Plan } from '../plan/schema.js';
import type { Citation } from './sources.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeverityOrOff = Severity | 'off';

/** Higher is worse: critical 3 … low 0. */
export const severityRank = (s: Severity): number => 3 - SEVERITIES.indexOf(s);

export const CATEGORIES = [
  'governance',
  'scope',
  'change',
  'vendors',
  'schedule',
  'budget',
  'risk',
  'communication',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface RuleDocs {
  /** What the rule catches, in a paragraph. */
  catches: string;
  /** Why it matters, in the domain articles' terms, naming the failure it prevents. */
  why: string;
  /** Where that failure is described: the sources, by key, with the section. */
  sources: readonly Citation[];
  /** How to fix a finding, in a paragraph. */
  howToFix: string;
  /** A YAML snippet that fails the rule. */
  failing: string;
  /** The same snippet, fixed. */
  fixed: string;
  /** For rules that compare with --base: the snippet as it was at the base ref. */
  base?: string;
  /**
   * How the project's phase, method or size changes the rule, beyond what the presets do
   * (`explain` lists the presets' effects itself): "on an agile project, a product owner may …".
   */
  context?: string;
}

/** A value a message can show: text, a number (formatted by the placeholder), or a list of text. */
export type MessageValue = string | number | readonly string[];

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type PlaceholderName<P extends string> = P extends `${infer N}:${string}` ? Trim<N> : Trim<P>;
/** The placeholder names of a message template: 'Late by {{days}} ({{share:percent}})' → 'days' | 'share'. */
export type Placeholders<T extends string> = T extends `${string}{{${infer P}}}${infer Rest}`
  ? PlaceholderName<P> | Placeholders<Rest>
  : never;
/**
 * The data a message needs: every placeholder, typed from the template itself, so a missing
 * value is a compile error. Extra values may ride along; they appear in the JSON output.
 */
export type MessageData<T extends string> = { [K in Placeholders<T>]: MessageValue } & Record<string, MessageValue>;

export type Report<Msgs extends Record<string, string>, K extends keyof Msgs & string> = {
  messageId: K;
  /** Where the problem is, as a plan path: the engine turns it into a line and column. */
  path: PlanPath;
  /**
   * Levels to lower this one finding below the rule's severity (a slip within tolerance is
   * less severe than one beyond it). The score, the rating and the gate use the finding's own
   * severity.
   */
  lower?: number;
} & ([Placeholders<Msgs[K]>] extends [never]
  ? { data?: Record<string, MessageValue> }
  : /** Values for the message's {{placeholders}}. */ { data: MessageData<Msgs[K]> });

export interface RuleContext<Msgs extends Record<string, string>, O> {
  readonly plan: Plan;
  readonly model: PlanModel;
  /** The "as of" date, YYYY-MM-DD. Rules never read the clock. */
  readonly asOf: string;
  readonly options: O;
  report<K extends keyof Msgs & string>(r: Report<Msgs, K>): void;
  /** The plan lacks what this rule inspects: the rule is left out of the score. */
  notApplicable(reason: string): void;
  /**
   * For this plan, the rule counts this many severity levels below its configured severity
   * (pm-assigned on a plan small enough not to need formal PM). It applies to the rule as a
   * whole; `lower` on a report lowers one finding further.
   */
  relax(levels: number): void;
}

export interface Rule<Msgs extends Record<string, string> = Record<string, string>, O = unknown> {
  id: string;
  category: Category;
  severity: Severity;
  /** One line, for `pmcheck rules` and SARIF. */
  description: string;
  /** One line telling a user what to do about a finding, shown under it. */
  fix: string;
  docs: RuleDocs;
  /**
   * Message templates by id. `{{name}}` shows a value as it is; `{{name:money}}`, `{{name:percent}}`,
   * `{{name:list}}` and `{{name:plural:noun}}` format it (see engine/message.ts).
   */
  messages: Msgs;
  /** The rule's options, with their defaults; `parse({})` gives the defaults. */
  options: z.ZodType<O>;
  /**
   * The parts of the plan the rule judges, as `project.manager`, `scope` or `tasks[].kind`.
   * When the plan was read from a file that cannot record one of them (an MS Project or P6
   * schedule without a sidecar), the engine does not run the rule: it is not applicable, and
   * says what the file does not record. Name what the rule would report as missing.
   */
  needs?: readonly string[];
  /**
   * The preset that turns the rule on: without it (or the rule's own severity in the config)
   * the rule does not run. The DCMA checks are `dcma`, which schedules get by themselves.
   */
  optIn?: string;
  check(ctx: RuleContext<Msgs, O>): void;
}

/** Identity with type inference, as ESLint's createRule: it keeps rules as plain data. */
export function defineRule<const Msgs extends Record<string, string>, O>(rule: Rule<Msgs, O>): Rule<Msgs, O> {
  return rule;
}

export interface Finding {
  ruleId: string;
  category: Category;
  messageId: string;
  severity: Severity;
  message: string;
  fix: string;
  path: PlanPath;
  span: Span;
  data: Record<string, MessageValue>;
  /** Present when an x-pmcheck-ignore entry with a reason covers this finding. */
  suppressed?: { reason: string; line: number };
}

export interface RuleOutcome {
  ruleId: string;
  category: Category;
  /** The severity for this run: the configured one, relaxed if the rule asked. */
  severity: Severity;
  applicable: boolean;
  /** Why the rule does not apply, when it does not. */
  reason?: string;
  findings: Finding[];
  /** The rule threw: a bug, reported as such and never counted as a pass. */
  error?: string;
  /** Milliseconds the rule's check took (PMCHECK_TIMING=1 prints them; no report includes them). */
  ms: number;
}

/**
 * A rule with its message ids and options type erased, for the registry and the engine.
 * `any` is deliberate: Rule is invariant in both parameters (check reads options, report takes
 * message ids), so no concrete type would admit every rule. Options are validated at run time.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnyRule = Rule<any, any>;
