import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import {
  DCMA_CONTEXT,
  linkOffender,
  named,
  ratio,
  shareOption,
  showOption,
  working,
  writtenLag,
} from './dcma/shared.js';

export default defineRule({
  id: 'dcma-lags',
  category: 'schedule',
  severity: 'low',
  optIn: 'dcma',
  description: 'DCMA check 3: at most 5% of dependencies have a lag.',
  fix: 'Replace the lag with a task or milestone that says what the wait is (a delivery, a notice period), so it can be statused.',
  messages: {
    lags: 'DCMA check 3 (lags): {{count}} of {{total}} dependencies ({{share:percent1}}) have a lag, more than the {{max:percent}} allowed: {{names}}. Counted: the dependencies into {{working}}.',
  },
  options: z
    .object({
      maxShare: shareOption(0.05, 'Largest share of the dependencies counted that may have a lag (PAM 200.1: 5%).'),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      'Counts the dependencies into the unfinished tasks (not level of effort, not dropped) with a positive lag, in working days, elapsed days or percent. When they are more than `maxShare` (5%) of those dependencies, one finding gives the count, the total, the share, the threshold and the first `show` by their successor.',
    why: 'A lag is waiting that no one owns and no status update can change: three days after a delivery is usually a delivery that may slip, hidden in a link. DCMA-EA PAM 200.1 (check 3) allows lags on at most 5% of dependencies.',
    sources: [cite('dcma-14', 'check 3 (lags)')],
    howToFix:
      'Model the wait as work with an owner (a "Burn-in" task, a delivery with its due date), or remove lags that only push dates to where someone wanted them.',
    failing: `tasks:\n  - { id: order, start: 2026-07-01, duration: 2d }\n  - { id: install, duration: 3d, depends_on: [{ id: order, lag: 10d }] }`,
    fixed: `vendors:\n  - { id: acme, deliveries: [{ id: kit, due: 2026-07-16 }] }\ntasks:\n  - { id: order, start: 2026-07-01, duration: 2d }\n  - { id: install, duration: 3d, depends_on: [order, kit] }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.relationships.length === 0) return ctx.notApplicable('no dependencies into the unfinished tasks');
    const offenders = pop.relationships
      .filter((e) => writtenLag(e) > 0)
      .map((e) => linkOffender(e, ctx.model.items.get(e.to)!));
    const r = ratio(offenders.length, pop.relationships.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: 'lags',
      path: ['tasks'],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) },
    });
  },
});
