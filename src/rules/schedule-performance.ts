import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { money } from '../text.js';

export default defineRule({
  id: 'schedule-performance',
  category: 'budget',
  severity: 'medium',
  description: 'The schedule performance index (SPI = earned value / planned value) is at least min.',
  fix: 'Find the tasks behind plan and re-plan them, or report the slip to the sponsor.',
  messages: {
    low: 'SPI is {{spi}}: {{ev}} of work earned against {{pv}} planned by {{asOf}} (below {{min}}).',
  },
  options: z.object({ min: z.number().positive().default(0.9).describe('Lowest acceptable SPI.') }).strict(),
  docs: {
    catches:
      'Earned value over the tasks, as in `cost-performance`: PV is the planned cost of the work scheduled to be done by the as-of date (by working days elapsed in each task), EV is progress × planned cost. The rule fires when SPI = EV / PV is below the option `min` (default 0.9).',
    why: 'SPI measures the schedule in money: below 0.9, a tenth of the work that should be done is not. Article 002: "When milestones slip, it surfaces early rather than in the final week"; SPI surfaces it before the milestone does.',
    sources: [cite('evm', 'schedule performance index (SPI)'), cite('tpm-guide', 'Timeline and milestone management')],
    howToFix: 'Update task progress honestly, find the tasks furthest behind, and re-plan them or add capacity.',
    failing: `project:\n  name: Move\n  status_date: 2026-02-13\nbudget:\n  lines: [{ id: labour, planned: 10000 }]\ntasks:\n  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 0.4 }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-13\nbudget:\n  lines: [{ id: labour, planned: 10000 }]\ntasks:\n  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 1 }`,
  },
  check(ctx) {
    const evm = ctx.model.earnedValue;
    if (!evm || evm.pv <= 0) return ctx.notApplicable('no work was planned to be done by the as-of date');
    const spi = evm.ev / evm.pv;
    if (spi < ctx.options.min) {
      ctx.report({
        messageId: 'low',
        path: ['budget'],
        data: { spi: spi.toFixed(2), ev: money(evm.ev), pv: money(evm.pv), asOf: ctx.asOf, min: ctx.options.min },
      });
    }
  },
});
