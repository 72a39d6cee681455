import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { indexAgainst, listOf, money, percent } from '../text.js';

export default defineRule({
  id: 'cost-performance',
  category: 'budget',
  severity: 'high',
  description: 'The cost performance index (CPI = earned value / actual cost) is at least min.',
  fix: 'Find where the money is going faster than the work, and re-forecast the budget with the sponsor.',
  messages: {
    low: 'CPI is {{cpiShown}}: {{ev:money}} of work earned for {{ac:money}} spent (below {{min}}); {{forecast}}. {{gap}}',
  },
  options: z
    .object({
      min: z
        .number()
        .positive()
        .default(0.9)
        .describe('Lowest acceptable CPI (0.95 is amber, 0.90 red in common practice).'),
    })
    .strict(),
  docs: {
    catches:
      "Earned value management. Planned cost sits on the work it pays for: the `cost` of tasks, deliveries (earned on arrival) and payment milestones (earned when done) when the plan gives them; otherwise each budget line goes to its vendor's one delivery, or is spread over its vendor's tasks (or, with no vendor, the tasks no vendor does) by working days. A vendor line with several deliveries and no costs on them is not split evenly - that would be a guess - and is left out, as are contingency and anything marked `pass_through`. EV is progress × planned cost; AC is the actual spend on the lines counted. The rule fires when CPI = EV / AC is below the option `min` (default 0.9); the message names the lines furthest behind, and gives an estimate at completion only once a fifth of the work is done.",
    why: 'Article 002: a PM "tracks spend against budget in real time, flags variances early". A CPI below 1 means each pound buys less than a pound of planned work; below 0.9 the overrun is usually too large to recover without a change in scope or budget.',
    sources: [cite('evm', 'cost performance index (CPI)'), cite('tpm-guide', 'Budget tracking and cost control')],
    howToFix:
      'Compare line actuals with the progress of the work they pay for, find the overspend, and agree a re-forecast (estimate at completion) with the sponsor.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-13\nbudget:\n  lines: [{ id: labour, planned: 10000, actual: 8000 }]\ntasks:\n  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 0.5 }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-13\nbudget:\n  lines: [{ id: labour, planned: 10000, actual: 5000 }]\ntasks:\n  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 0.5 }`,
  },
  check(ctx) {
    const evm = ctx.model.earnedValue;
    if (!evm) return ctx.notApplicable(noEarnedValue(ctx.model.plan.budget?.lines?.length ?? 0));
    if (evm.ac <= 0)
      return ctx.notApplicable('no planned costs and actual spend to compare: nothing has been spent yet');
    if (evm.ev <= 0 && evm.pv <= 0) return ctx.notApplicable('no work is planned or done yet');
    const cpi = evm.ev / evm.ac;
    if (cpi >= ctx.options.min) return;
    // An estimate at completion from a CPI this early is noise: quote one from a fifth done.
    const share = evm.ev / evm.bac;
    const forecast =
      share >= 0.2
        ? `at this rate the budget of ${money(evm.bac)} becomes ${money(evm.bac / Math.max(cpi, 0.01))}`
        : `only ${percent(share)} of the work (${money(evm.bac)}) is done, too little to forecast the final cost`;
    const worst = evm.groups
      .filter((g) => g.ac > g.ev)
      .sort((a, b) => b.ac - b.ev - (a.ac - a.ev))
      .slice(0, 3)
      .map((g) => `${g.label} (${money(g.ac)} spent on ${listOf(g.lines)}, ${money(g.ev)} earned)`);
    const gap = [
      worst.length > 0 ? `Most of the gap: ${listOf(worst)}.` : '',
      evm.unplaced.length > 0
        ? `Not counted: ${listOf(
            [...new Set(evm.unplaced.map((u) => u.reason))].map(
              (reason) => `${listOf(evm.unplaced.filter((u) => u.reason === reason).map((u) => u.line))}, as ${reason}`,
            ),
            { separator: ';' },
          )}.`
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    ctx.report({
      messageId: 'low',
      path: ['budget'],
      data: {
        cpi: Math.round(cpi * 1000) / 1000,
        cpiShown: indexAgainst(cpi, ctx.options.min),
        ev: Math.round(evm.ev),
        ac: evm.ac,
        min: ctx.options.min,
        bac: evm.bac,
        forecast,
        gap: gap || `Basis: ${evm.basis}.`,
      },
    });
  },
});

/** Why earned value cannot be measured: the reason a PM can act on. */
export function noEarnedValue(lines: number): string {
  return lines === 0
    ? 'the plan has no budget lines or costs on its work'
    : 'no planned cost can be put on the work without guessing (give deliveries, tasks or payment milestones a cost)';
}
