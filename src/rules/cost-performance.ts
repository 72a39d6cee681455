import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { money } from '../text.js';

export default defineRule({
  id: 'cost-performance',
  category: 'budget',
  severity: 'high',
  description: 'The cost performance index (CPI = earned value / actual cost) is at least min.',
  fix: 'Find where the money is going faster than the work, and re-forecast the budget with the sponsor.',
  messages: {
    low: 'CPI is {{cpi}}: {{ev}} of work earned for {{ac}} spent (below {{min}}); at this rate the budget of {{bac}} becomes {{eac}}.',
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
      "Earned value management. Planned cost sits on the work it pays for: each task's `cost` when tasks carry one; otherwise each budget line (contingency aside) is spread over its vendor's deliveries (earned on arrival, as kit is paid for on delivery), else over its vendor's tasks, and a line with no vendor over the tasks no vendor does, by working days. EV is progress × planned cost; AC is the actual spend on the budget lines. The rule fires when CPI = EV / AC is below the option `min` (default 0.9).",
    why: 'Article 002: a PM "tracks spend against budget in real time, flags variances early". A CPI below 1 means each pound buys less than a pound of planned work; below 0.9 the overrun is usually too large to recover without a change in scope or budget.',
    sources: [cite('evm', 'cost performance index (CPI)'), cite('tpm-guide', 'Budget tracking and cost control')],
    howToFix:
      'Compare line actuals with the progress of the work they pay for, find the overspend, and agree a re-forecast (estimate at completion) with the sponsor.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-13\nbudget:\n  lines: [{ id: labour, planned: 10000, actual: 8000 }]\ntasks:\n  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 0.5 }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-13\nbudget:\n  lines: [{ id: labour, planned: 10000, actual: 5000 }]\ntasks:\n  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 0.5 }`,
  },
  check(ctx) {
    const evm = ctx.model.earnedValue;
    if (!evm || evm.ac <= 0) return ctx.notApplicable('no planned costs and actual spend to compare');
    if (evm.ev <= 0 && evm.pv <= 0) return ctx.notApplicable('no work is planned or done yet');
    const cpi = evm.ev / evm.ac;
    if (cpi < ctx.options.min) {
      ctx.report({
        messageId: 'low',
        path: ['budget'],
        data: {
          cpi: cpi.toFixed(2),
          ev: money(evm.ev),
          ac: money(evm.ac),
          min: ctx.options.min,
          bac: money(evm.bac),
          eac: money(evm.bac / Math.max(cpi, 0.01)),
        },
      });
    }
  },
});
