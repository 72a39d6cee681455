import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { formatPath, identify, type PlanPath } from '../plan/path.js';
import { type Plan, PlanSchema } from '../plan/schema.js';
import { walkPlan } from '../plan/walk.js';
import { count, money } from '../text.js';

type Id = { id: string };
const byId = <T extends Id>(list: readonly T[] | null | undefined) => new Map((list ?? []).map((x) => [x.id, x]));
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const show = (v: unknown): string => {
  if (v === undefined || v === null) return 'nothing';
  if (typeof v === 'number') return money(v);
  if (Array.isArray(v)) return count(v.length, 'item');
  return JSON.stringify(v);
};

interface Drift {
  path: PlanPath;
  what: string;
  before: unknown;
  after: unknown;
}

/** One tracked value or item of a plan, keyed by its id-based path so that order does not matter. */
interface Tracked {
  key: string;
  path: PlanPath;
  what: string;
  value: unknown;
  item: boolean;
  /** The keys of the tracked items it sits in: compared only when they exist on both sides. */
  within: string[];
}

/** Every value change control watches, as the schema's metadata marks them (`tracked`). */
function trackedValues(plan: Plan): Map<string, Tracked> {
  const out = new Map<string, Tracked>();
  const keyOf = (path: PlanPath) => formatPath(identify(plan, path));
  walkPlan(PlanSchema, plan, ({ path, value, meta, owner }) => {
    const label = meta.tracked;
    if (!label) return;
    const within: string[] = [];
    for (let o = owner; o; o = o.parent) if (o.noun && out.get(keyOf(o.path))?.item) within.push(keyOf(o.path));
    if (label === 'items') {
      const id = (value as Id).id;
      out.set(keyOf(path), {
        key: keyOf(path),
        path,
        what: `${meta.declares?.noun ?? 'item'} ${id}`,
        value,
        item: true,
        within,
      });
      return;
    }
    const field = String(path[path.length - 1]);
    const what =
      label === 'path' || !owner
        ? formatPath(path.filter((seg) => typeof seg === 'string'))
        : label === 'id.field'
          ? `${owner.id}.${field}`
          : label === 'noun id'
            ? `${owner.noun} ${owner.id}`
            : `${owner.noun} ${owner.id}.${field}`;
    out.set(keyOf(path), { key: keyOf(path), path, what, value, item: false, within });
  });
  return out;
}

/**
 * What moved between the base and now: every field the schema marks as tracked (scope, dates,
 * budget, deliveries) and the tracked items added or removed (tasks, milestones, budget lines,
 * vendors). Linear in plan size.
 */
export function drift(base: Plan, now: Plan): Drift[] {
  const before = trackedValues(base);
  const after = trackedValues(now);
  const bothHave = (t: Tracked) => t.within.every((k) => before.has(k) && after.has(k));
  const out: Drift[] = [];
  for (const t of after.values()) {
    const was = before.get(t.key);
    if (t.item) {
      if (!was && bothHave(t)) out.push({ path: [...t.path, 'id'], what: t.what, before: undefined, after: 'added' });
    } else if (bothHave(t) && !same(was?.value, t.value)) {
      out.push({ path: t.path, what: t.what, before: was?.value, after: t.value });
    }
  }
  for (const t of before.values()) {
    if (after.has(t.key) || !bothHave(t)) continue;
    // Gone: point at the list it was in, or the nearest thing that still exists.
    if (t.item) out.push({ path: t.path.slice(0, -1), what: t.what, before: 'present', after: undefined });
    else out.push({ path: t.path, what: t.what, before: t.value, after: undefined });
  }
  return out;
}

export default defineRule({
  id: 'undocumented-change',
  category: 'change',
  severity: 'high',
  description:
    'With --base: scope, dates, budget or vendors changed since the base revision only together with a change-log entry.',
  fix: 'Add (or update) a change-log entry for this change, with its impact and approval.',
  messages: {
    changed: '{{what}} changed from {{before}} to {{after}} since {{ref}}, and no change request covers it.',
    added: '{{what}} was added since {{ref}}, and no change request covers it.',
    removed: '{{what}} was removed since {{ref}}, and no change request covers it.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'Run with `--base <git-ref>` (for example `origin/main` in a pull request), pmcheck reads each plan as it was at that ref and compares the scope, the task and milestone dates, the budget total, contingency and lines, and the vendors and their delivery dates. When any of them changed and the change log gained or changed no entry in the same diff, each change is reported at its line, with what it was and what it is now. A plan that did not exist at the ref is new, so the rule does not apply.',
    why: 'Article 002: "projects drift in ways that nobody notices until the invoice arrives", because scope creep comes as small, unrecorded edits: "Someone adds a feature during a meeting. A vendor suggests an upgrade." Change control means every modification to scope, timeline or budget is "documented, assessed for impact, approved by the right person". At review time, a diff that moves a date or a budget line with no change request is exactly that drift.',
    sources: [cite('tpm-guide', 'Change control'), cite('tpm-guide', 'Scope creep disguised as improvement')],
    howToFix:
      'Add a change-log entry in the same pull request: what changed, its cost and days impact, who asked, and its approval. If the edit fixes a typo rather than changing the plan, suppress the finding with an `x-pmcheck-ignore` reason.',
    base: `budget:\n  total: 85000`,
    failing: `budget:\n  total: 95000`,
    fixed: `budget:\n  total: 95000\nchanges:\n  - id: CR-003\n    title: Extra floor of cabling\n    impact: { cost: 10000 }`,
  },
  check(ctx) {
    const base = ctx.model.base;
    if (!base) return ctx.notApplicable('it runs only with --base <git-ref>');
    if (base.status === 'new') return ctx.notApplicable(`the plan is new since ${base.ref}`);
    const changes = drift(base.plan, ctx.plan);
    if (changes.length === 0) return;
    // A change-log entry added or edited in the same diff documents the change.
    const before = byId(base.plan.changes);
    const documented = (ctx.plan.changes ?? []).some((c) => !same(before.get(c.id), c));
    if (documented) return;
    for (const d of changes) {
      const data = { what: d.what, before: show(d.before), after: show(d.after), ref: base.ref };
      ctx.report({
        messageId: d.before === undefined ? 'added' : d.after === undefined ? 'removed' : 'changed',
        path: d.path,
        data,
      });
    }
  },
});
