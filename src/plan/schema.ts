/**
 * The plan file, format 1, as a zod schema. This is the single source of truth:
 * the TypeScript types, the validation and schemas/plan.schema.json all come from it.
 * Field names are a public contract (see plan-format.md); never rename them.
 */
import * as z from 'zod';

export const SUPPORTED_FORMATS = [1] as const;

/** Keys and ids that name JavaScript object machinery: never meaningful in a plan, always refused. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
export function isRealDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** An ISO date kept as its string: YYYY-MM-DD strings sort and compare correctly as text. */
export const IsoDate = z
  .string({ error: (iss) => `expected a date as YYYY-MM-DD, got ${describe(iss.input)}` })
  .regex(DATE_RE, { error: (iss) => `expected a date as YYYY-MM-DD, got ${describe(iss.input)}`, abort: true })
  .refine(isRealDate, { error: (iss) => `${describe(iss.input)} is not a real calendar date` })
  .meta({ description: 'An ISO date, YYYY-MM-DD.' });

const DURATION_RE = /^(-?\d+)\s*([dw])$/;

/** Working days: `5d`, `2w` (10 working days) or a bare integer of days. */
export function parseDuration(input: unknown): number | undefined {
  if (typeof input === 'number' && Number.isInteger(input)) return input;
  if (typeof input !== 'string') return undefined;
  const m = DURATION_RE.exec(input.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] === 'w' ? n * 5 : n;
}

const durationOf = (min: number) =>
  z
    .union([z.number(), z.string()])
    .transform((v, ctx) => {
      const days = parseDuration(v);
      if (days === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a duration in working days such as 5d, 2w or 3, got ${describe(v)}`,
        });
        return z.NEVER;
      }
      if (days < min) {
        ctx.addIssue({
          code: 'custom',
          message: `a duration must be at least ${min} working days, got ${describe(v)}`,
        });
        return z.NEVER;
      }
      return days;
    })
    .meta({ description: 'Working days: 5d, 2w (10 working days) or a bare integer of days.' });

/** A task's duration: zero (a point) or more working days. */
export const Duration = durationOf(0);
/** A dependency lag, which may be negative (a lead). */
export const Lag = durationOf(-10_000);

/** A share from 0 to 1, written as 0.5 or "50%". */
export const Percent = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    let n: number | undefined;
    if (typeof v === 'number') n = v;
    else {
      const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(v);
      if (m) n = Number(m[1]) / 100;
    }
    if (n === undefined || !Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: `expected a share such as 0.5 or "50%", got ${describe(v)}` });
      return z.NEVER;
    }
    if (n < 0 || n > 1) {
      ctx.addIssue({ code: 'custom', message: `a share must be between 0 and 1 (0% to 100%), got ${describe(v)}` });
      return z.NEVER;
    }
    return n;
  })
  .meta({ description: 'A share from 0 to 1, as 0.5 or "50%".' });

/** Money in project.currency: a plain, non-negative number. */
export const Money = z
  .number({ error: (iss) => `expected an amount as a plain number (e.g. 12000), got ${describe(iss.input)}` })
  .nonnegative({ error: (iss) => `an amount cannot be negative, got ${describe(iss.input)}` })
  .meta({ description: 'A plain number in project.currency.' });

/** Likelihood and impact: 1..5, or low | medium | high (2, 3 and 4). */
export const LEVEL_WORDS = { low: 2, medium: 3, high: 4 } as const;
export const Level = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    const n = typeof v === 'number' ? v : LEVEL_WORDS[v.trim().toLowerCase() as keyof typeof LEVEL_WORDS];
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > 5) {
      ctx.addIssue({ code: 'custom', message: `expected 1 to 5 or low | medium | high, got ${describe(v)}` });
      return z.NEVER;
    }
    return n;
  })
  .meta({ description: '1 to 5, or low | medium | high (2, 3, 4).' });

const Id = z
  .string({ error: (iss) => `expected an id (text), got ${describe(iss.input)}` })
  .min(1, { error: 'an id cannot be empty' });
const Ref = Id;
const Text = z.string({ error: (iss) => `expected text, got ${describe(iss.input)}` });
const Count = z
  .number({ error: (iss) => `expected a whole number, got ${describe(iss.input)}` })
  .int({ error: (iss) => `expected a whole number, got ${describe(iss.input)}` })
  .nonnegative({ error: (iss) => `expected zero or more, got ${describe(iss.input)}` });
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();

/** An approval or sign-off record: who and when. */
export const Approval = z.object({
  by: Ref.nullish().meta({ description: 'Person id of the approver.' }),
  on: IsoDate.nullish().meta({ description: 'Date of the approval.' }),
});

/** `x-pmcheck-ignore`: allowed on any mapping; every entry must say why. */
export const IgnoreEntry = z.object({
  rule: Id.meta({ description: 'The rule id to suppress in this mapping and below.' }),
  reason: Text.nullish().meta({
    description: 'Why the finding does not apply. Required: an entry without one is reported.',
  }),
});
export const IgnoreList = z.array(IgnoreEntry);

export const PERSON_ROLES = [
  'project-manager',
  'engineer',
  'sponsor',
  'stakeholder',
  'vendor-contact',
  'other',
] as const;
export const PHASES = ['presale', 'planning', 'delivery', 'closed'] as const;
export const METHODOLOGIES = ['prince2', 'agile', 'waterfall', 'hybrid', 'other'] as const;
export const TASK_KINDS = [
  'scoping',
  'build',
  'procurement',
  'migration',
  'cutover',
  'rollout',
  'pilot',
  'training',
  'communication',
  'testing',
  'other',
] as const;
export const DEP_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export const BUDGET_CATEGORIES = [
  'project-management',
  'labour',
  'hardware',
  'software',
  'licences',
  'services',
  'contingency',
  'other',
] as const;
export const CHANGE_STATUSES = ['proposed', 'approved', 'rejected', 'implemented'] as const;
export const RISK_STATUSES = ['open', 'closed', 'occurred'] as const;
export const CADENCES = ['daily', 'weekly', 'fortnightly', 'monthly'] as const;
export const RAGS = ['green', 'amber', 'red'] as const;

const Project = z.object({
  id: Id.nullish(),
  name: Text.min(1, { error: 'project.name cannot be empty' }).meta({ description: 'Required.' }),
  client: Text.nullish(),
  phase: z.enum(PHASES).nullish(),
  sponsor: Ref.nullish().meta({ description: 'Person id: the decision maker on the client side.' }),
  manager: Ref.nullish().meta({ description: 'Person id: the one accountable project manager.' }),
  start: IsoDate.nullish(),
  deadline: IsoDate.nullish(),
  status_date: IsoDate.nullish().meta({
    description: '"As of" date for every date rule; --as-of overrides; else today.',
  }),
  currency: Text.nullish(),
  users_affected: Count.nullish(),
  methodology: z.enum(METHODOLOGIES).nullish(),
  calendar: z.object({ holidays: list(IsoDate) }).nullish(),
});

const Person = z.object({
  id: Id,
  name: Text.nullish(),
  role: z.enum(PERSON_ROLES).nullish(),
  organisation: Text.nullish(),
  email: Text.nullish(),
  allocation: Percent.nullish().meta({ description: 'Share of a full-time week on this project, 0 to 1.' }),
});

const Site = z.object({ id: Id, name: Text.nullish(), address: Text.nullish() });

const Scope = z.object({
  summary: Text.nullish(),
  signed_off: Approval.nullish().meta({ description: 'Absent = scope not signed off.' }),
  in_scope: list(Text),
  out_of_scope: list(Text),
  assumptions: list(Text),
  constraints: list(Text),
  success_criteria: list(Text),
});

const Delivery = z.object({
  id: Id,
  item: Text.nullish(),
  site: Ref.nullish(),
  due: IsoDate.nullish(),
  received_on: IsoDate.nullish(),
});

const Vendor = z.object({
  id: Id,
  name: Text.nullish(),
  contact: Text.nullish(),
  contract: z.object({ signed_on: IsoDate.nullish(), po: Text.nullish() }).nullish(),
  deliveries: list(Delivery),
});

/** A dependency as written: an id, or { id, type, lag }. Normalised to the long form. */
export const Dependency = z
  .union([
    Ref,
    z.object({
      id: Ref,
      type: z.enum(DEP_TYPES).nullish(),
      lag: Lag.nullish(),
    }),
  ])
  .transform((d) =>
    typeof d === 'string'
      ? { id: d, type: 'FS' as const, lag: 0 }
      : { id: d.id, type: d.type ?? 'FS', lag: d.lag ?? 0 },
  );
export type Dependency = z.output<typeof Dependency>;

const Task = z.object({
  id: Id,
  name: Text.nullish(),
  owner: Ref.nullish().meta({ description: 'Person id.' }),
  vendor: Ref.nullish().meta({ description: 'Vendor id, when a vendor does the work.' }),
  site: Ref.nullish(),
  phase: Text.nullish().meta({ description: 'Free-text phase or workstream, used to group the timeline.' }),
  start: IsoDate.nullish(),
  finish: IsoDate.nullish(),
  duration: Duration.nullish(),
  actual_start: IsoDate.nullish(),
  actual_finish: IsoDate.nullish(),
  progress: Percent.nullish(),
  depends_on: list(Dependency),
  kind: z.enum(TASK_KINDS).nullish(),
  downtime: z.boolean().nullish(),
  users_affected: Count.nullish(),
  rollback_plan: Text.nullish(),
  cost: Money.nullish().meta({ description: 'Planned cost of this task, for earned value.' }),
});

const Milestone = z.object({
  id: Id,
  name: Text.nullish(),
  due: IsoDate.nullish().meta({ description: 'The baseline date.' }),
  forecast: IsoDate.nullish(),
  done_on: IsoDate.nullish(),
  owner: Ref.nullish(),
  depends_on: list(Dependency),
  gate: z.object({ criteria: list(Text), approver: Ref.nullish() }).nullish(),
});

const BudgetLine = z.object({
  id: Id,
  category: z.enum(BUDGET_CATEGORIES).nullish(),
  description: Text.nullish(),
  vendor: Ref.nullish(),
  planned: Money.nullish(),
  actual: Money.nullish(),
  committed: Money.nullish(),
  approved: Approval.nullish(),
});

const Budget = z.object({
  total: Money.nullish(),
  baseline_total: Money.nullish().meta({
    description: 'The total as first approved; a total above it has been raised by change control.',
  }),
  contingency: Money.nullish(),
  lines: list(BudgetLine),
});

const Change = z.object({
  id: Id,
  title: Text.nullish(),
  raised_on: IsoDate.nullish(),
  requested_by: Ref.nullish(),
  impact: z
    .object({
      cost: z.number({ error: (iss) => `expected an amount as a plain number, got ${describe(iss.input)}` }).nullish(),
      days: z.number({ error: (iss) => `expected a number of working days, got ${describe(iss.input)}` }).nullish(),
      scope: Text.nullish(),
    })
    .nullish(),
  status: z.enum(CHANGE_STATUSES).nullish(),
  approved: Approval.nullish(),
  implemented_on: IsoDate.nullish(),
  communicated_to: list(Ref).meta({ description: 'Person or vendor ids.' }),
});

const Risk = z.object({
  id: Id,
  title: Text.nullish(),
  likelihood: Level.nullish(),
  impact: Level.nullish(),
  owner: Ref.nullish(),
  mitigation: Text.nullish(),
  status: z.enum(RISK_STATUSES).nullish(),
  raised_on: IsoDate.nullish(),
  reviewed_on: IsoDate.nullish(),
});

const StatusReport = z.object({
  on: IsoDate,
  rag: z.enum(RAGS).nullish(),
  summary: Text.nullish(),
});

const Communication = z.object({
  cadence: z.enum(CADENCES).nullish(),
  channel: Text.nullish(),
  audience: list(Ref),
  escalation: Text.nullish(),
  kickoff_on: IsoDate.nullish(),
  status_reports: list(StatusReport),
});

const Blackout = z.object({
  id: Id.nullish(),
  name: Text.nullish(),
  from: IsoDate,
  to: IsoDate,
  sites: list(Ref).meta({ description: 'Site ids; absent = all sites.' }),
});

export const PlanSchema = z
  .object({
    pmcheck: z.literal(SUPPORTED_FORMATS, {
      error: (iss) =>
        `unsupported plan format ${describe(iss.input)}; this pmcheck reads format ${SUPPORTED_FORMATS.join(', ')} (write \`pmcheck: 1\`)`,
    }),
    project: Project,
    people: list(Person),
    sites: list(Site),
    scope: Scope.nullish(),
    vendors: list(Vendor),
    tasks: list(Task),
    milestones: list(Milestone),
    budget: Budget.nullish(),
    changes: list(Change),
    risks: list(Risk),
    communication: Communication.nullish(),
    blackouts: list(Blackout),
  })
  .meta({ title: 'pmcheck plan, format 1', description: 'An IT delivery project plan audited by pmcheck.' });

export type Plan = z.output<typeof PlanSchema>;
export type Task = z.output<typeof Task>;
export type Milestone = z.output<typeof Milestone>;
export type Delivery = z.output<typeof Delivery>;
export type Vendor = z.output<typeof Vendor>;
export type Person = z.output<typeof Person>;
export type Change = z.output<typeof Change>;
export type Risk = z.output<typeof Risk>;
export type BudgetLine = z.output<typeof BudgetLine>;

/** A short, safe rendering of a user's value for an error message. */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  return 'a mapping';
}
