/**
 * The plan file, format 1, as a zod schema. This is the single source of truth:
 * the TypeScript types, the validation and schemas/plan.schema.json all come from it.
 * Field names are a public contract (see plan-format.md); never rename them.
 */
import * as z from 'zod';
import { didYouMean } from './suggest.js';

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

/**
 * The largest amount a plan may hold: a thousand trillion in any currency. Far above any real
 * budget, and far enough below the largest double that a plan's sums (at most a million amounts
 * in 16 MB) stay exact enough and finite: 1e308 added to itself is Infinity, and Infinity less
 * Infinity is NaN, which would make an index pass every comparison (issue 14, class 12).
 */
export const MAX_AMOUNT = 1e15;
const tooLarge = (iss: { input?: unknown }) =>
  `an amount this large (${describe(iss.input)}) is not one pmcheck can add up; the most is 1,000,000,000,000,000`;

/** Money in project.currency: a plain, non-negative number. */
export const Money = z
  .number({ error: (iss) => `expected an amount as a plain number (e.g. 12000), got ${describe(iss.input)}` })
  .nonnegative({ error: (iss) => `an amount cannot be negative, got ${describe(iss.input)}` })
  .max(MAX_AMOUNT, { error: tooLarge })
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

// ---------------------------------------------------------------------------------------------
// Metadata on the schema, so that the checks which follow ids and the fields that change
// control watches are derived from it, never kept as separate lists.

/** The id spaces: tasks, milestones and deliveries share one, so a dependency is never ambiguous. */
export type Namespace = 'person' | 'site' | 'vendor' | 'schedulable' | 'risk' | 'change' | 'budget line' | 'calendar';

/** The calendars every plan has without declaring them: a plan may name them, never redeclare them. */
export const BUILT_IN_CALENDARS = ['standard', '7-day'] as const;
/** Ids that exist in a namespace before the plan declares any. */
export const BUILT_IN_IDS: Partial<Record<Namespace, readonly string[]>> = { calendar: BUILT_IN_CALENDARS };

export interface FieldMeta {
  /** On a list item: its `id` is declared in this namespace, under this noun ("task"). */
  declares?: { namespace: Namespace; noun: string };
  /** The value (a list's each value) names an id in one of these namespaces. */
  ref?: readonly Namespace[];
  /** With ref on an object value: the field that holds the id (a dependency's `id`). */
  refField?: string;
  /** With ref: an item may not name itself (a task that depends on itself). */
  notSelf?: boolean;
  /** A date that may not come before the sibling field `field`; `what` names it in the message. */
  notBefore?: { field: string; what: string };
  /**
   * undocumented-change compares this field with the base revision. `label` names it in the
   * message: 'path' (scope.in_scope), 'id.field' (cabling.finish), 'noun id' (budget line kit)
   * or 'noun id.field' (delivery kit.due). On a list item: items added or removed are reported.
   */
  tracked?: 'path' | 'id.field' | 'noun id' | 'noun id.field' | 'items';
}

/** The plan schema's own metadata; kept out of the JSON Schema, which has its own descriptions. */
export const planMeta = z.registry<FieldMeta>();

const idText = () =>
  z
    .string({ error: (iss) => `expected an id (text), got ${describe(iss.input)}` })
    .min(1, { error: 'an id cannot be empty' });
const Id = idText();
/** A reference to an id in one of the namespaces; a new instance each time, for its own metadata. */
const ref = (...namespaces: Namespace[]) => withMeta(idText(), { ref: namespaces });
/**
 * Adds metadata to a schema, merged with any it has. Apply it last, outside `.meta()` and
 * `.describe()`: those return a copy that is not in this registry (wrappers such as `.nullish()`
 * are fine, as they keep the inner schema). test/plan/references.test.ts guards the spelling.
 */
function withMeta<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  const merged = { ...planMeta.get(schema), ...meta };
  planMeta.add(schema, merged);
  return schema;
}
/** A list item that declares its id; `items` when change control reports items added and removed. */
const declaring = <T extends z.ZodType>(item: T, namespace: Namespace, noun: string, trackItems = false): T =>
  withMeta(item, { declares: { namespace, noun }, ...(trackItems ? { tracked: 'items' as const } : {}) });
/** A field undocumented-change watches. */
const tracked = <T extends z.ZodType>(field: T, label: NonNullable<FieldMeta['tracked']>): T =>
  withMeta(field, { tracked: label });
/** A date field that may not be before a sibling date. */
const notBefore = <T extends z.ZodType>(field: T, sibling: string, what: string): T =>
  withMeta(field, { notBefore: { field: sibling, what } });
const Text = z.string({ error: (iss) => `expected text, got ${describe(iss.input)}` });
const Count = z
  .number({ error: (iss) => `expected a whole number, got ${describe(iss.input)}` })
  .int({ error: (iss) => `expected a whole number, got ${describe(iss.input)}` })
  .nonnegative({ error: (iss) => `expected zero or more, got ${describe(iss.input)}` });
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();

/** An approval or sign-off record: who and when. */
export const Approval = z.object({
  by: ref('person').nullish().meta({ description: 'Person id of the approver.' }),
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
  'product-owner',
  'stakeholder',
  'vendor-contact',
  'other',
] as const;
export const PHASES = ['presale', 'planning', 'delivery', 'closed'] as const;
export const METHODOLOGIES = ['prince2', 'agile', 'scrum', 'kanban', 'waterfall', 'hybrid', 'other'] as const;
/** Methodologies in which a product owner runs the backlog and reviews stand in for gates. */
export const AGILE_METHODOLOGIES: ReadonlySet<string> = new Set(['agile', 'scrum', 'kanban']);
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
export const RISK_STATUSES = ['open', 'closed', 'occurred', 'handed-over'] as const;
export const TASK_STATUSES = ['dropped'] as const;
export const DELIVERY_KINDS = ['goods', 'service'] as const;
export const CADENCES = ['daily', 'weekly', 'fortnightly', 'monthly'] as const;
export const RAGS = ['green', 'amber', 'red'] as const;
/** Weekday names as plans write them, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** The public-holiday calendars a plan may name in words, and the region codes they stand for. */
export const PUBLIC_HOLIDAY_NAMES: Readonly<Record<string, string>> = {
  'england-and-wales': 'GB-ENG',
  scotland: 'GB-SCT',
  'northern-ireland': 'GB-NIR',
  wales: 'GB-WLS',
};
const REGION_CODE = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,10}){0,2}$/;

/** The fields a calendar has, the project's or a named one: a new instance each time, for its own metadata. */
const calendarFields = () => ({
  working_days: z
    .array(z.enum(WEEKDAYS))
    .min(1, { error: 'a calendar needs at least one working day' })
    .nullish()
    .meta({ description: 'The working weekdays, mon to sun; default [mon, tue, wed, thu, fri].' }),
  holidays: list(IsoDate).meta({ description: "The plan's own non-working days, such as an office closure." }),
  public_holidays: Text.refine((v) => Object.hasOwn(PUBLIC_HOLIDAY_NAMES, v) || REGION_CODE.test(v), {
    error: (iss) =>
      `expected england-and-wales, scotland, northern-ireland, wales or a region code such as GB-SCT, IE or US-NY, got ${describe(iss.input)}${typeof iss.input === 'string' ? didYouMean(iss.input, Object.keys(PUBLIC_HOLIDAY_NAMES)) : ''}`,
  })
    .nullish()
    .meta({
      description:
        'Public and bank holidays, merged with `holidays`: england-and-wales, scotland, northern-ireland, wales, or a region code such as GB-SCT, IE or US-NY.',
    }),
  working: list(IsoDate).meta({
    description: 'Extra working days, such as a Saturday the team works; they win over holidays.',
  }),
});

const Project = z.object({
  id: Id.nullish(),
  name: Text.min(1, { error: 'project.name cannot be empty' }).meta({ description: 'Required.' }),
  client: Text.nullish(),
  phase: z.enum(PHASES).nullish(),
  sponsor: ref('person').nullish().meta({ description: 'Person id: the decision maker on the client side.' }),
  manager: ref('person').nullish().meta({ description: 'Person id: the one accountable project manager.' }),
  start: IsoDate.nullish(),
  deadline: notBefore(IsoDate.nullish(), 'start', 'the deadline'),
  status_date: IsoDate.nullish().meta({
    description: '"As of" date for every date rule; --as-of overrides; else today.',
  }),
  currency: Text.nullish(),
  users_affected: Count.nullish(),
  methodology: z.enum(METHODOLOGIES).nullish(),
  tolerance: z
    .object({
      days: Count.nullish().meta({
        description: 'Working days a milestone or the finish may slip before it is an exception.',
      }),
      cost: Percent.nullish().meta({
        description: 'Share of budget.total that spend may exceed its plan by, e.g. 5%.',
      }),
    })
    .nullish()
    .meta({
      description:
        "PRINCE2-style project tolerances: a slip or overrun within them is the PM's to manage; beyond them it goes to the sponsor.",
    }),
  calendar: z
    .object(calendarFields())
    .nullish()
    .meta({ description: 'The project calendar: the working time of every item without a calendar of its own.' }),
});

/** A named calendar that tasks can use (`tasks[].calendar`). */
const Calendar = declaring(
  z.object({
    id: Id.meta({ description: 'How tasks name it. Not standard or 7-day, which every plan has.' }),
    name: Text.nullish().meta({ description: 'What the calendar is for, e.g. "Night shift".' }),
    ...calendarFields(),
    base: z.enum(['standard']).nullish().meta({
      description:
        "standard: start from the project calendar (its week, holidays and working days), then apply this calendar's fields.",
    }),
  }),
  'calendar',
  'calendar',
);

const Person = declaring(
  z.object({
    id: Id,
    name: Text.nullish(),
    role: z.enum(PERSON_ROLES).nullish(),
    organisation: Text.nullish(),
    email: Text.nullish(),
    allocation: Percent.nullish().meta({ description: 'Share of a full-time week on this project, 0 to 1.' }),
  }),
  'person',
  'person',
);

const Site = declaring(z.object({ id: Id, name: Text.nullish(), address: Text.nullish() }), 'site', 'site');

const Scope = z.object({
  summary: tracked(Text.nullish(), 'path'),
  signed_off: Approval.nullish().meta({ description: 'Absent = scope not signed off.' }),
  in_scope: tracked(list(Text), 'path'),
  out_of_scope: tracked(list(Text), 'path'),
  assumptions: tracked(list(Text), 'path'),
  constraints: tracked(list(Text), 'path'),
  success_criteria: tracked(list(Text), 'path'),
  moscow: z
    .object({
      must: tracked(list(Text), 'path'),
      should: tracked(list(Text), 'path'),
      could: tracked(
        list(Text).meta({ description: 'Could-have items: the scope an agile team drops first, its contingency.' }),
        'path',
      ),
      wont: tracked(list(Text), 'path'),
      could_share: Percent.nullish().meta({ description: 'Share of the effort in the Could items.' }),
    })
    .nullish()
    .meta({ description: 'Agile scope priorities (MoSCoW). Non-empty could items are a scope contingency.' }),
});

const Delivery = declaring(
  z.object({
    id: Id,
    item: Text.nullish(),
    site: ref('site').nullish(),
    due: tracked(IsoDate.nullish(), 'noun id.field'),
    received_on: IsoDate.nullish(),
    cost: Money.nullish().meta({
      description: 'What this delivery is worth, for earned value: earned when it arrives.',
    }),
    kind: z.enum(DELIVERY_KINDS).nullish().meta({
      description:
        'goods (default): kit that arrives at a site; service: something switched on there, such as a circuit or a licence, which other sites may use.',
    }),
    pass_through: z
      .boolean()
      .nullish()
      .meta({ description: 'Hardware passed through at cost: left out of the cost and schedule indices (CPI, SPI).' }),
  }),
  'schedulable',
  'delivery',
);

const Vendor = declaring(
  z.object({
    id: Id,
    name: Text.nullish(),
    contact: Text.nullish(),
    contract: z.object({ signed_on: IsoDate.nullish(), po: Text.nullish() }).nullish(),
    deliveries: list(Delivery),
  }),
  'vendor',
  'vendor',
  true,
);

/** A dependency as written: an id, or { id, type, lag }. Normalised to the long form. */
export const Dependency = withMeta(
  z
    .union([
      Id,
      z.object({
        id: Id,
        type: z.enum(DEP_TYPES).nullish(),
        lag: Lag.nullish(),
      }),
    ])
    .transform((d) =>
      typeof d === 'string'
        ? { id: d, type: 'FS' as const, lag: 0 }
        : { id: d.id, type: d.type ?? 'FS', lag: d.lag ?? 0 },
    ),
  { ref: ['schedulable'], refField: 'id', notSelf: true },
);
export type Dependency = z.output<typeof Dependency>;

const Task = declaring(
  z.object({
    id: Id,
    name: Text.nullish(),
    owner: ref('person').nullish().meta({ description: 'Person id.' }),
    vendor: ref('vendor').nullish().meta({ description: 'Vendor id, when a vendor does the work.' }),
    site: ref('site').nullish(),
    phase: Text.nullish().meta({ description: 'Free-text phase or workstream, used to group the timeline.' }),
    start: tracked(IsoDate.nullish(), 'id.field'),
    finish: withMeta(IsoDate.nullish(), { tracked: 'id.field', notBefore: { field: 'start', what: 'finish' } }),
    duration: tracked(Duration.nullish(), 'id.field'),
    actual_start: IsoDate.nullish(),
    actual_finish: notBefore(IsoDate.nullish(), 'actual_start', 'actual_finish'),
    progress: Percent.nullish(),
    depends_on: list(Dependency),
    kind: z.enum(TASK_KINDS).nullish(),
    downtime: z.boolean().nullish(),
    users_affected: Count.nullish(),
    rollback_plan: Text.nullish(),
    cost: Money.nullish().meta({ description: 'Planned cost of this task, for earned value.' }),
    allocation: Percent.nullish().meta({
      description: "Share of the owner's week this task takes, for person-overbooked (default: the whole week).",
    }),
    status: z
      .enum(TASK_STATUSES)
      .nullish()
      .meta({ description: 'dropped: the work was taken out of scope and will not be done (for close-out).' }),
    out_of_hours: z
      .boolean()
      .nullish()
      .meta({ description: 'The work happens outside business hours (evenings or nights).' }),
    calendar: ref('calendar').nullish().meta({
      description:
        "The task's working time: standard (the project calendar), 7-day (every day, holidays included) or a calendars id. Absent: the project calendar, or 7-day when the task's own planned start or finish is on a non-working day of it.",
    }),
  }),
  'schedulable',
  'task',
  true,
);

const Milestone = declaring(
  z.object({
    id: Id,
    name: Text.nullish(),
    due: tracked(IsoDate.nullish().meta({ description: 'The baseline date.' }), 'id.field'),
    forecast: tracked(IsoDate.nullish(), 'id.field'),
    done_on: IsoDate.nullish(),
    owner: ref('person').nullish(),
    depends_on: list(Dependency),
    gate: z.object({ criteria: list(Text), approver: ref('person').nullish() }).nullish(),
    cost: Money.nullish().meta({ description: 'A payment milestone: the value earned when it is done.' }),
    calendar: ref('calendar').nullish().meta({
      description:
        'The days the milestone can fall on: standard, 7-day or a calendars id. Absent: the project calendar, or 7-day when its own date is on a non-working day of it (a Sunday go-live).',
    }),
  }),
  'schedulable',
  'milestone',
  true,
);

const BudgetLine = declaring(
  z.object({
    id: Id,
    category: z.enum(BUDGET_CATEGORIES).nullish(),
    description: Text.nullish(),
    vendor: ref('vendor').nullish(),
    planned: tracked(Money.nullish(), 'noun id'),
    actual: Money.nullish(),
    committed: Money.nullish(),
    approved: Approval.nullish(),
    change: ref('change').nullish().meta({
      description: "The change that added or raised this line: the change's approval covers the line.",
    }),
    pass_through: z
      .boolean()
      .nullish()
      .meta({ description: 'Hardware passed through at cost: left out of the cost and schedule indices (CPI, SPI).' }),
  }),
  'budget line',
  'budget line',
  true,
);

const Budget = z.object({
  total: tracked(Money.nullish(), 'path'),
  baseline_total: Money.nullish().meta({
    description: 'The total as first approved; a total above it has been raised by change control.',
  }),
  contingency: tracked(
    Money.nullish().meta({
      description: 'The contingency as planned: keep the original amount and record each use in drawdowns.',
    }),
    'path',
  ),
  drawdowns: list(
    z.object({
      change: withMeta(idText().meta({ description: 'The change id this draw funds.' }), { ref: ['change'] }),
      amount: Money,
      on: IsoDate.nullish(),
    }),
  ).meta({ description: 'Each draw on the contingency, linked to the change it funds.' }),
  lines: list(BudgetLine),
});

const Change = declaring(
  z.object({
    id: Id,
    title: Text.nullish(),
    raised_on: IsoDate.nullish(),
    requested_by: ref('person').nullish(),
    impact: z
      .object({
        cost: z
          .number({ error: (iss) => `expected an amount as a plain number, got ${describe(iss.input)}` })
          .min(-MAX_AMOUNT, { error: tooLarge })
          .max(MAX_AMOUNT, { error: tooLarge })
          .nullish(),
        days: z.number({ error: (iss) => `expected a number of working days, got ${describe(iss.input)}` }).nullish(),
        scope: Text.nullish(),
      })
      .nullish(),
    status: z.enum(CHANGE_STATUSES).nullish(),
    approved: Approval.nullish(),
    implemented_on: IsoDate.nullish(),
    communicated_to: list(ref('person', 'vendor')).meta({ description: 'Person or vendor ids.' }),
    // Not references: a change may name an item it removes, which no longer exists.
    items: list(Id).meta({
      description:
        'Ids of the tasks, milestones, deliveries, budget lines or vendors this change moves, adds or removes. With --base, a change covers an item it names here (or in its title or impact.scope).',
    }),
  }),
  'change',
  'change',
);

const Risk = declaring(
  z.object({
    id: Id,
    title: Text.nullish(),
    likelihood: Level.nullish(),
    impact: Level.nullish(),
    owner: ref('person').nullish(),
    mitigation: Text.nullish(),
    status: z.enum(RISK_STATUSES).nullish(),
    raised_on: IsoDate.nullish(),
    reviewed_on: IsoDate.nullish(),
  }),
  'risk',
  'risk',
);

const StatusReport = z.object({
  on: IsoDate,
  rag: z.enum(RAGS).nullish(),
  summary: Text.nullish(),
});

const Communication = z.object({
  cadence: z.enum(CADENCES).nullish(),
  channel: Text.nullish(),
  audience: list(ref('person')),
  escalation: Text.nullish(),
  kickoff_on: IsoDate.nullish(),
  status_reports: list(StatusReport),
  sprint_review: z
    .object({ cadence: z.enum(CADENCES).nullish(), audience: list(ref('person')) })
    .nullish()
    .meta({ description: 'Agile: the regular sprint or iteration review, where go/no-go decisions are made.' }),
});

const Blackout = z.object({
  id: Id.nullish(),
  name: Text.nullish(),
  from: IsoDate,
  to: notBefore(IsoDate, 'from', 'the blackout end'),
  sites: list(ref('site')).meta({ description: 'Site ids; absent = all sites.' }),
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
    // Change control reports drift in the order of this shape: scope, dates, money, suppliers.
    tasks: list(Task),
    milestones: list(Milestone),
    budget: Budget.nullish(),
    vendors: list(Vendor),
    changes: list(Change),
    risks: list(Risk),
    communication: Communication.nullish(),
    blackouts: list(Blackout),
    calendars: list(Calendar).meta({
      description: 'Named working calendars for tasks, besides the built-in standard and 7-day.',
    }),
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
export type StatusReport = z.output<typeof StatusReport>;
export type CalendarDef = z.output<typeof Calendar>;
export type ProjectCalendar = NonNullable<z.output<typeof Project>['calendar']>;

/** A short, safe rendering of a user's value for an error message. */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  return 'a mapping';
}
