import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import type { CostTarget, PlanModel } from '../plan/model/index.js';
import { indexAgainst, listOf, money } from '../text.js';
import { noEarnedValue } from './cost-performance.js';

/**
 * How many working days an item is behind: a delivery or milestone by the days since it was
 * due; a task by the share of its working days planned but not done.
 */
function daysBehind(model: PlanModel, target: CostTarget, asOf: string): number {
  const item = model.items.get(target.id)!;
  if (item.kind !== 'task') return model.lateBy(item.start!, asOf);
  const days = Math.max(1, item.calendar.workingDaysBetween(item.start!, item.finish!));
  return Math.ceil(((target.pv - target.ev) / target.cost) * days);
}

export default defineRule({
  id: 'schedule-performance',
  category: 'budget',
  severity: 'medium',
  description: 'The schedule performance index (SPI = earned value / planned value) is at least min.',
  fix: 'Find the tasks behind plan and re-plan them, or report the slip to the sponsor.',
  messages: {
    low: 'SPI is {{spiShown}}: {{ev:money}} of work earned against {{pv:money}} planned by {{asOf}} (below {{min}}). {{behind}} The work is worth {{bac:money}} in all.',
  },
  options: z.object({ min: z.number().positive().default(0.9).describe('Lowest acceptable SPI.') }).strict(),
  docs: {
    catches:
      "Earned value, placed on the work as in `cost-performance` (costs on tasks, deliveries and payment milestones; else budget lines on the work they pay for, never split evenly over deliveries of unknown worth; pass-through hardware left out). PV is the planned cost of the work scheduled to be done by the as-of date (by working days elapsed in each task, on arrival for deliveries), EV the cost of the work done. The rule fires when SPI = EV / PV is below the option `min` (default 0.9), and names the work furthest behind. It stays quiet when every item behind is behind by no more than the plan absorbs: within `project.tolerance.days`, or inside the item's total float (a delivery by the working days since it was due, a task by the share of its days planned but not done). On a six-week job, one delivery two days late inside a five-day tolerance can put SPI at 0.5; that is an artefact of lumpy money, and `delivery-overdue` already says it.",
    why: 'SPI measures the schedule in money: below 0.9, a tenth of the work that should be done is not. Article 002: "When milestones slip, it surfaces early rather than in the final week"; SPI surfaces it before the milestone does.',
    sources: [cite('evm', 'schedule performance index (SPI)'), cite('tpm-guide', 'Timeline and milestone management')],
    howToFix: 'Update task progress honestly, find the tasks furthest behind, and re-plan them or add capacity.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-13\nbudget:\n  lines: [{ id: labour, planned: 10000 }]\ntasks:\n  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 0.4 }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-13\nbudget:\n  lines: [{ id: labour, planned: 10000 }]\ntasks:\n  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 1 }`,
  },
  check(ctx) {
    const evm = ctx.model.earnedValue;
    if (!evm) return ctx.notApplicable(noEarnedValue(ctx.model.plan.budget?.lines?.length ?? 0));
    if (evm.pv <= 0) return ctx.notApplicable('no work was planned to be done by the as-of date');
    const spi = evm.ev / evm.pv;
    if (spi >= ctx.options.min) return;
    const { model } = ctx;
    const late = evm.targets.filter((t) => t.pv > t.ev);
    // A low index that is all slip the plan absorbs (within the tolerance, or inside float) is
    // the money-shaped echo of a two-day-late delivery, not a schedule in trouble.
    if (late.every((t) => model.absorbs(t.id, daysBehind(model, t, ctx.asOf)))) return;
    const behind = late
      .sort((a, b) => b.pv - b.ev - (a.pv - a.ev))
      .slice(0, 3)
      .map((t) => `"${t.name}" (${money(t.pv - t.ev)} behind)`);
    ctx.report({
      messageId: 'low',
      path: ['budget'],
      data: {
        spi: Math.round(spi * 1000) / 1000,
        spiShown: indexAgainst(spi, ctx.options.min),
        ev: Math.round(evm.ev),
        pv: Math.round(evm.pv),
        bac: evm.bac,
        asOf: ctx.asOf,
        min: ctx.options.min,
        behind: behind.length > 0 ? `Furthest behind: ${listOf(behind)}.` : `Basis: ${evm.basis}.`,
      },
    });
  },
});
