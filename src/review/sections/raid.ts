/**
 * The status report's RAID summary (risks, assumptions, issues, dependencies) and the decisions
 * it needs from the sponsor. Issues are the findings about what is going wrong now; the sponsor's
 * decisions are the findings only the sponsor can settle, and the changes awaiting a decision.
 */
import type { ReviewContext } from '../context.js';
import { type Block, heading, type Inline, list, para, type Section, strong } from '../doc.js';
import type { Point } from '../points/index.js';
import { pointBlocks, pointText } from './common.js';
import { riskBlocks } from './risks.js';

/** Points that are decisions for the sponsor, in a status report. */
export const decisionsOf = (ctx: ReviewContext): Point[] => ctx.points.filter((p) => p.decision);

export function raidSection(ctx: ReviewContext): Section {
  const blocks: Block[] = [heading('Risks'), ...riskBlocks(ctx, 'sub')];
  const assumptions = ctx.plan.scope?.assumptions ?? [];
  blocks.push(
    heading('Assumptions'),
    assumptions.length > 0 ? list([...assumptions]) : para({ em: 'No assumptions are recorded.' }),
  );
  const issues = ctx.points.filter((p) => !p.decision && p.area !== 'risks');
  blocks.push(heading('Issues'));
  blocks.push(...(issues.length > 0 ? pointBlocks(ctx, issues) : [para('No open issues.')]));
  const asOf = ctx.model.asOf;
  const pending = [...ctx.model.items.values()].filter((i) => i.kind === 'delivery' && !i.actualFinish);
  blocks.push(heading('Dependencies'));
  if (pending.length === 0) blocks.push(para('Nothing is awaited from a supplier.'));
  else
    blocks.push({
      kind: 'table',
      head: ['Awaited', 'From', 'Due', 'Needed by'],
      rows: pending.map((d): Inline[] => {
        const needers = ctx.model.graph
          .successors(d.id)
          .map((e) => ctx.model.items.get(e.to))
          .filter((x) => x !== undefined);
        const due = d.delivery?.due;
        return [
          d.name,
          d.vendor?.name ?? d.vendor?.id ?? '',
          due ? (due < asOf ? strong(`${ctx.date(due)} (overdue)`) : ctx.date(due)) : 'no date',
          needers.length > 0 ? needers.map((n) => n.name).join('; ') : '—',
        ];
      }),
      widths: [30, 20, 18, 32],
    });
  return { title: 'Risks, assumptions, issues and dependencies', blocks };
}

export function decisionsSection(ctx: ReviewContext): Section {
  const sponsor = ctx.person(ctx.plan.project.sponsor, 'the sponsor');
  const decisions = decisionsOf(ctx);
  const proposed = ctx.model.changes.map((c) => c.item).filter((c) => (c.status ?? 'proposed') === 'proposed');
  const blocks: Block[] = [];
  if (proposed.length > 0)
    blocks.push(para(strong('Changes awaiting a decision:'), 'lead'), {
      kind: 'table',
      head: ['Change', 'Cost', 'Days', 'Raised'],
      rows: proposed.map((c): Inline[] => [
        `${c.id}${c.title ? `: ${c.title}` : ''}`,
        c.impact?.cost != null ? ctx.money(c.impact.cost) : 'not assessed',
        c.impact?.days != null ? String(c.impact.days) : 'not assessed',
        ctx.date(c.raised_on, '—'),
      ]),
      align: ['left', 'right', 'right', 'left'],
    });
  const rest = decisions.filter((p) => p.finding.ruleId !== 'change-decision-stale');
  if (rest.length > 0)
    blocks.push(list(rest.map((p): Inline => [strong(p.decide ?? p.action), ' ', pointText(ctx, p)])));
  const title = 'Decisions needed from the sponsor';
  if (blocks.length === 0) return { title, blocks: [para(`Nothing needs a decision from ${sponsor} this time.`)] };
  return { title, blocks: [para(`For ${sponsor}:`), ...blocks] };
}
