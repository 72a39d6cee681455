import * as z from 'zod';
import { money } from '../engine/format.js';
import { defineRule } from '../engine/types.js';
import type { YamlPath } from '../plan/locate.js';
import type { Plan } from '../plan/schema.js';

type Id = { id: string };
const byId = <T extends Id>(list: readonly T[] | null | undefined) =>
  new Map((list ?? []).map((x, i) => [x.id, { x, i }]));
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const show = (v: unknown): string => {
  if (v === undefined || v === null) return 'nothing';
  if (typeof v === 'number') return money(v);
  if (Array.isArray(v)) return `${v.length} item${v.length === 1 ? '' : 's'}`;
  return JSON.stringify(v);
};

interface Drift {
  path: YamlPath;
  what: string;
  before: unknown;
  after: unknown;
}

/** What moved between the base and now in scope, dates, budget and vendors. Linear in plan size. */
export function drift(base: Plan, now: Plan): Drift[] {
  const out: Drift[] = [];
  const field = (path: YamlPath, what: string, before: unknown, after: unknown) => {
    if (!same(before, after)) out.push({ path, what, before, after });
  };
  for (const key of [
    'summary',
    'in_scope',
    'out_of_scope',
    'assumptions',
    'constraints',
    'success_criteria',
  ] as const) {
    field(['scope', key], `scope.${key}`, base.scope?.[key], now.scope?.[key]);
  }
  const dated = (section: 'tasks' | 'milestones', keys: readonly string[]) => {
    const before = byId<Id & Record<string, unknown>>(base[section] as never);
    (now[section] ?? []).forEach((item, i) => {
      const was = before.get(item.id)?.x;
      if (!was) {
        out.push({
          path: [section, i, 'id'],
          what: `${section === 'tasks' ? 'task' : 'milestone'} ${item.id}`,
          before: undefined,
          after: 'added',
        });
        return;
      }
      for (const k of keys) field([section, i, k], `${item.id}.${k}`, was[k], (item as Record<string, unknown>)[k]);
    });
    const nowIds = new Set((now[section] ?? []).map((x) => x.id));
    for (const [id] of before)
      if (!nowIds.has(id))
        out.push({
          path: [section],
          what: `${section === 'tasks' ? 'task' : 'milestone'} ${id}`,
          before: 'present',
          after: undefined,
        });
  };
  dated('tasks', ['start', 'finish', 'duration']);
  dated('milestones', ['due', 'forecast']);
  field(['budget', 'total'], 'budget.total', base.budget?.total, now.budget?.total);
  field(['budget', 'contingency'], 'budget.contingency', base.budget?.contingency, now.budget?.contingency);
  const lines = byId(base.budget?.lines);
  (now.budget?.lines ?? []).forEach((line, i) => {
    const was = lines.get(line.id)?.x;
    if (!was)
      out.push({
        path: ['budget', 'lines', i, 'id'],
        what: `budget line ${line.id}`,
        before: undefined,
        after: line.planned ?? 'added',
      });
    else field(['budget', 'lines', i, 'planned'], `budget line ${line.id}`, was.planned, line.planned);
  });
  const nowLines = new Set((now.budget?.lines ?? []).map((l) => l.id));
  for (const [id] of lines)
    if (!nowLines.has(id))
      out.push({ path: ['budget'], what: `budget line ${id}`, before: 'present', after: undefined });
  const vendors = byId(base.vendors);
  (now.vendors ?? []).forEach((v, i) => {
    const was = vendors.get(v.id)?.x;
    if (!was) {
      out.push({ path: ['vendors', i, 'id'], what: `vendor ${v.id}`, before: undefined, after: 'added' });
      return;
    }
    const deliveries = byId(was.deliveries);
    (v.deliveries ?? []).forEach((d, j) => {
      field(['vendors', i, 'deliveries', j, 'due'], `delivery ${d.id}.due`, deliveries.get(d.id)?.x.due, d.due);
    });
  });
  const nowVendors = new Set((now.vendors ?? []).map((v) => v.id));
  for (const [id] of vendors)
    if (!nowVendors.has(id)) out.push({ path: ['vendors'], what: `vendor ${id}`, before: 'present', after: undefined });
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
    source: '002 "Change control"; "Scope creep disguised as improvement"',
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
    ctx.checked(Math.max(1, changes.length));
    if (changes.length === 0) return;
    // A change-log entry added or edited in the same diff documents the change.
    const before = byId(base.plan.changes);
    const documented = (ctx.plan.changes ?? []).some((c) => !same(before.get(c.id)?.x, c));
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
