import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { formatPath, identify, type PlanPath } from '../plan/path.js';
import { type Change, type Plan, PlanSchema } from '../plan/schema.js';
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
  /** The ids of the items the change is in, innermost first (a delivery, then its vendor); none for plan-wide fields. */
  ids: string[];
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
  /** The ids of the items it is, or sits in, innermost first. */
  ids: string[];
}

/** Every value change control watches, as the schema's metadata marks them (`tracked`). */
function trackedValues(plan: Plan): Map<string, Tracked> {
  const out = new Map<string, Tracked>();
  const keyOf = (path: PlanPath) => formatPath(identify(plan, path));
  walkPlan(PlanSchema, plan, ({ path, value, meta, owner }) => {
    const label = meta.tracked;
    if (!label) return;
    const within: string[] = [];
    const owners: string[] = [];
    for (let o = owner; o; o = o.parent) {
      owners.push(o.id);
      if (o.noun && out.get(keyOf(o.path))?.item) within.push(keyOf(o.path));
    }
    if (label === 'items') {
      const id = (value as Id).id;
      out.set(keyOf(path), {
        key: keyOf(path),
        path,
        what: `${meta.declares?.noun ?? 'item'} ${id}`,
        value,
        item: true,
        within,
        ids: [id, ...owners],
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
    out.set(keyOf(path), { key: keyOf(path), path, what, value, item: false, within, ids: owners });
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
      if (!was && bothHave(t))
        out.push({ path: [...t.path, 'id'], what: t.what, before: undefined, after: 'added', ids: t.ids });
    } else if (bothHave(t) && !same(was?.value, t.value)) {
      out.push({ path: t.path, what: t.what, before: was?.value, after: t.value, ids: t.ids });
    }
  }
  for (const t of before.values()) {
    if (after.has(t.key) || !bothHave(t)) continue;
    // Gone: point at the list it was in, or the nearest thing that still exists.
    if (t.item) out.push({ path: t.path.slice(0, -1), what: t.what, before: 'present', after: undefined, ids: t.ids });
    else out.push({ path: t.path, what: t.what, before: t.value, after: undefined, ids: t.ids });
  }
  return out;
}

/** Words as a change names things: lower case, and any run of other characters as one space. */
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * Whether a change entry covers a drift: the change must be about what moved, not merely be
 * new. It covers an item (a task, milestone, delivery, budget line or vendor, or a field of one)
 * when its `items` lists the item's id or the id of an item it sits in, or its title or
 * impact.scope names that id as whole words (ids of three or more characters, so that `a` is
 * not named by every sentence). It covers a plan-wide money field (budget.total, contingency)
 * with a cost impact, and a scope field with a scope impact.
 */
export function covers(change: Change, d: Drift): boolean {
  if (d.ids.length === 0) {
    if (d.path[0] === 'budget') return (change.impact?.cost ?? 0) !== 0;
    if (d.path[0] === 'scope') return Boolean(change.impact?.scope?.trim());
    return false;
  }
  const listed = new Set(change.items ?? []);
  if (d.ids.some((id) => listed.has(id))) return true;
  const text = words(`${change.title ?? ''} ${change.impact?.scope ?? ''}`);
  return d.ids.some((id) => {
    const w = words(id);
    return w.trim().length >= 3 && text.includes(w);
  });
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
      "Run with `--base <git-ref>` (for example `origin/main` in a pull request), pmcheck reads each plan as it was at that ref (following a rename, as `git diff -M` finds it) and compares the scope, the task and milestone dates, the budget total, contingency and lines, and the vendors and their delivery dates. Each change is reported at its line, with what it was and what it is now, unless a change-log entry added or edited in the same diff covers it. An entry covers an item (a task, milestone, delivery, budget line or vendor, or a date or amount of one) when its `items` lists the item's id, or the id of the item it sits in (a delivery's vendor), or its `title` or `impact.scope` names that id as whole words (ids of three or more characters; case, hyphens and underscores aside). It covers `budget.total` and `budget.contingency` when it has a non-zero `impact.cost`, and the scope lists when it has an `impact.scope`. An unrelated entry covers nothing. A plan that did not exist at the ref, or that does not load there, is judged as new, so the rule does not apply.",
    why: 'Article 002: "projects drift in ways that nobody notices until the invoice arrives", because scope creep comes as small, unrecorded edits: "Someone adds a feature during a meeting. A vendor suggests an upgrade." Change control means every modification to scope, timeline or budget is "documented, assessed for impact, approved by the right person". At review time, a diff that moves a date or a budget line with no change request is exactly that drift.',
    sources: [cite('tpm-guide', 'Change control'), cite('tpm-guide', 'Scope creep disguised as improvement')],
    howToFix:
      'Add a change-log entry in the same pull request that names what changed (`items: [cabling]`, or the id in its title), with its cost and days impact, who asked, and its approval. If the edit fixes a typo rather than changing the plan, suppress the finding with an `x-pmcheck-ignore` reason.',
    base: `budget:\n  total: 85000`,
    failing: `budget:\n  total: 95000`,
    fixed: `budget:\n  total: 95000\nchanges:\n  - id: CR-003\n    title: Extra floor of cabling\n    impact: { cost: 10000 }`,
  },
  check(ctx) {
    const base = ctx.model.base;
    if (!base) return ctx.notApplicable('it runs only with --base <git-ref>');
    if (base.status === 'new')
      return ctx.notApplicable(
        base.unreadable
          ? `the plan at ${base.ref} does not load (${base.unreadable}), so it is judged as new`
          : `the plan is new since ${base.ref}`,
      );
    const changes = drift(base.plan, ctx.plan);
    if (changes.length === 0) return;
    // A change-log entry added or edited in the same diff documents what it covers: any entry
    // at all did, so an unrelated one let a budget raise through.
    const before = byId(base.plan.changes);
    const edited = (ctx.plan.changes ?? []).filter((c) => !same(before.get(c.id), c));
    for (const d of changes) {
      if (edited.some((c) => covers(c, d))) continue;
      const data = { what: d.what, before: show(d.before), after: show(d.after), ref: base.ref };
      ctx.report({
        messageId: d.before === undefined ? 'added' : d.after === undefined ? 'removed' : 'changed',
        path: d.path,
        data,
      });
    }
  },
});
