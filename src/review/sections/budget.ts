/**
 * Money, as each kind of document needs it: the price of a proposal (no "approved" column on
 * lines nobody has been asked to approve yet), spend against plan in a status report, and the
 * outturn in a closure report.
 */
import type { BudgetLine } from '../../plan/schema.js';
import { count, percent } from '../../text.js';
import type { ReviewContext } from '../context.js';
import { type Block, type Inline, list, para, type Section, strong } from '../doc.js';
import { pointBlocks } from './common.js';

const CATEGORY: Record<string, string> = {
  'project-management': 'Project management',
  labour: 'Labour',
  hardware: 'Hardware',
  software: 'Software',
  licences: 'Licences',
  services: 'Services',
  contingency: 'Contingency',
  other: 'Other',
};

function lineLabel(ctx: ReviewContext, l: BudgetLine): string {
  if (!ctx.customer) return `${l.id}${l.description ? `: ${l.description}` : ''}`;
  if (l.description) return l.description;
  const cat = l.category ? CATEGORY[l.category]! : undefined;
  const vendor = l.vendor ? ctx.model.vendorName(l.vendor) : undefined;
  return cat && vendor ? `${cat}: ${vendor}` : (cat ?? vendor ?? l.id);
}

function risksAgainst(ctx: ReviewContext): string {
  const open = ctx.model.openRisks.map((r) => r.item).filter((r) => r.likelihood != null && r.impact != null);
  if (open.length === 0) return '';
  const serious = open.filter((r) => r.likelihood! * r.impact! >= 12).length;
  return `, against ${count(open.length, 'open risk')}${serious > 0 ? ` (${serious} serious)` : ''}`;
}

/** Totals every kind shows: the total, project management, contingency and approved changes. */
function totals(ctx: ReviewContext): Inline[] {
  const b = ctx.plan.budget!;
  const items: Inline[] = [];
  items.push(['Total: ', b.total != null ? strong(ctx.money(b.total)) : 'not stated']);
  const pm = ctx.model.pmBudget;
  if (pm && pm.lines.length > 0 && !ctx.small)
    items.push(
      `Project management: ${ctx.money(pm.amount)}${pm.total > 0 ? ` (${percent(pm.amount / pm.total, 1)})` : ''}`,
    );
  if (b.contingency != null && b.contingency > 0)
    items.push(
      `Contingency: ${ctx.money(b.contingency)}${b.total ? ` (${percent(b.contingency / b.total, 1)} of the total)` : ''}${risksAgainst(ctx)}`,
    );
  else if (!ctx.small && !ctx.points.some((p) => p.finding.ruleId === 'contingency')) items.push('Contingency: none');
  const drawn = (b.drawdowns ?? []).reduce((s, d) => s + d.amount, 0);
  if (drawn > 0) items.push(`Drawn from the contingency so far: ${ctx.money(drawn)}`);
  const changes = ctx.model.decidedChanges.map((c) => c.item);
  if (changes.length > 0) {
    const cost = changes.reduce((s, c) => s + (c.impact?.cost ?? 0), 0);
    items.push(
      `Approved changes: ${changes.length}, adding ${ctx.money(cost)}: ${changes.map((c) => `${c.id}${c.title ? ` ${c.title}` : ''}`).join('; ')}`,
    );
  }
  return items;
}

const noBudget = (ctx: ReviewContext): Block =>
  para({
    em: ctx.customer
      ? 'The plan has no budget yet.'
      : 'The plan has no budget. A scope review should show the price, the PM line and the contingency.',
  });

/** The price of a proposal, or the budget of a plan not yet under way. */
export function priceSection(ctx: ReviewContext): Section {
  const b = ctx.plan.budget;
  if (!b) return { title: 'Budget', blocks: [noBudget(ctx)] };
  const lines = b.lines ?? [];
  const approvals = lines.some((l) => l.approved?.by);
  const head: Inline[] = ['Line', 'Category', 'Supplier', 'Planned', ...(approvals ? ['Approved'] : [])];
  const rows = lines.map((l): Inline[] => [
    lineLabel(ctx, l),
    l.category ? (ctx.customer ? CATEGORY[l.category]! : l.category) : '',
    l.vendor ? ctx.model.vendorName(l.vendor) : '',
    l.planned != null ? ctx.money(l.planned) : '',
    ...(approvals
      ? [
          l.approved?.by
            ? `${ctx.person(l.approved.by)}${l.approved.on ? `, ${ctx.date(l.approved.on)}` : ''}`
            : 'not yet',
        ]
      : []),
  ]);
  return {
    title: 'Budget',
    blocks: [
      lines.length > 0
        ? { kind: 'table', head, rows, align: ['left', 'left', 'left', 'right', 'left'] }
        : para({ em: 'No budget lines yet: break the total down so that spend can be tracked against it.' }),
      list(totals(ctx)),
      ...pointBlocks(ctx, ctx.pointsIn('budget', 'changes')),
    ],
  };
}

/** Spend against plan, line by line, and earned value where the plan allows it. */
export function spendSection(ctx: ReviewContext, withPoints = true): Section {
  const b = ctx.plan.budget;
  const points = withPoints ? pointBlocks(ctx, ctx.pointsIn('budget', 'changes')) : [];
  if (!b) return { title: 'Budget', blocks: [noBudget(ctx), ...points] };
  const lines = b.lines ?? [];
  let planned = 0;
  let spent = 0;
  let committed = 0;
  const rows = lines.map((l): Inline[] => {
    const used = (l.actual ?? 0) + (l.committed ?? 0);
    planned += l.planned ?? 0;
    spent += l.actual ?? 0;
    committed += l.committed ?? 0;
    const left = (l.planned ?? 0) - used;
    return [
      lineLabel(ctx, l),
      l.planned != null ? ctx.money(l.planned) : '',
      l.actual != null ? ctx.money(l.actual) : '',
      l.committed != null ? ctx.money(l.committed) : '',
      l.planned == null ? '' : left < 0 ? strong(`${ctx.money(-left)} over`) : ctx.money(left),
    ];
  });
  const remaining = planned - spent - committed;
  rows.push([
    strong('All lines'),
    strong(ctx.money(planned)),
    strong(ctx.money(spent)),
    strong(ctx.money(committed)),
    strong(remaining < 0 ? `${ctx.money(-remaining)} over` : ctx.money(remaining)),
  ]);
  const blocks: Block[] = [
    {
      kind: 'table',
      head: ['Line', 'Planned', 'Spent', 'Committed', 'Left'],
      rows,
      align: ['left', 'right', 'right', 'right', 'right'],
    },
    list(totals(ctx)),
  ];
  const ev = ctx.model.earnedValue;
  const said = ctx.points.some(
    (p) => p.finding.ruleId === 'schedule-performance' || p.finding.ruleId === 'cost-performance',
  );
  if (ev && ev.pv > 0 && !said)
    blocks.push(
      para(
        `By ${ctx.date(ctx.model.asOf)}, work worth ${ctx.money(ev.pv)} was planned to be done and work worth ${ctx.money(ev.ev)} has been${ev.ac > 0 ? `, for ${ctx.money(ev.ac)} spent` : ''}.`,
      ),
    );
  blocks.push(...points);
  return { title: 'Budget', blocks };
}

/** The outturn: what each line cost against its plan. */
export function outturnSection(ctx: ReviewContext, withPoints = true): Section {
  const b = ctx.plan.budget;
  if (!b) return { title: 'Budget outturn', blocks: [noBudget(ctx)] };
  let planned = 0;
  let actual = 0;
  const variance = (p: number, a: number): Inline =>
    a > p ? strong(`${ctx.money(a - p)} over`) : a < p ? `${ctx.money(p - a)} under` : 'on budget';
  const rows = (b.lines ?? []).map((l): Inline[] => {
    const a = (l.actual ?? 0) + (l.committed ?? 0);
    planned += l.planned ?? 0;
    actual += a;
    return [
      lineLabel(ctx, l),
      l.planned != null ? ctx.money(l.planned) : '',
      ctx.money(a),
      variance(l.planned ?? 0, a),
    ];
  });
  rows.push([strong('All lines'), strong(ctx.money(planned)), strong(ctx.money(actual)), variance(planned, actual)]);
  const total = b.total;
  const blocks: Block[] = [
    {
      kind: 'table',
      head: ['Line', 'Planned', 'Actual', 'Variance'],
      rows,
      align: ['left', 'right', 'right', 'right'],
    },
  ];
  if (total != null)
    blocks.push(
      para(
        `Against the budget of ${ctx.money(total)}${b.baseline_total != null && b.baseline_total !== total ? ` (first approved at ${ctx.money(b.baseline_total)})` : ''}, ${ctx.plan.project.phase === 'closed' ? 'the project cost' : 'so far the project has cost'} ${ctx.money(actual)}: ${actual > total ? `${ctx.money(actual - total)} (${percent((actual - total) / total, 1)}) over` : `${ctx.money(total - actual)} under`}.`,
      ),
    );
  blocks.push(list(totals(ctx).slice(1)));
  if (withPoints) blocks.push(...pointBlocks(ctx, ctx.pointsIn('budget', 'changes')));
  return { title: 'Budget outturn', blocks };
}
