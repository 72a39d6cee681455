import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { calendarDaysBetween } from '../plan/calendar.js';

export default defineRule({
  id: 'change-decision-stale',
  category: 'change',
  severity: 'low',
  description: 'No change waits for a decision longer than maxDays.',
  fix: 'Get a decision on the change from the sponsor: approve it or reject it.',
  messages: {
    stale: 'Change {{id}} ("{{title}}") has waited {{days}} days for a decision (raised {{raised}}).',
  },
  options: z
    .object({ maxDays: z.number().int().positive().default(14).describe('Calendar days a change may stay proposed.') })
    .strict(),
  needs: ['changes'],
  docs: {
    catches:
      'A change with `status: proposed` whose `raised_on` is more than the option `maxDays` (default 14) calendar days before the as-of date.',
    why: 'Article 002: "Decisions stall because nobody is sure who should make them." A change left undecided still shapes the work: the team either waits, or builds it anyway and the change log stops telling the truth.',
    sources: [cite('tpm-guide', 'No single point of accountability')],
    howToFix: 'Take the change to the sponsor and record the decision: `approved` with its approval, or `rejected`.',
    failing: `project:\n  name: Move\n  status_date: 2026-03-01\nchanges:\n  - { id: CR-2, status: proposed, raised_on: 2026-02-01 }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-03-01\nchanges:\n  - { id: CR-2, status: proposed, raised_on: 2026-02-24 }`,
  },
  check(ctx) {
    const proposed = (ctx.plan.changes ?? [])
      .map((change, i) => ({ change, i }))
      .filter(({ change }) => change.status === 'proposed' && change.raised_on);
    if (proposed.length === 0) return ctx.notApplicable('no proposed change has a raised_on date');
    for (const { change, i } of proposed) {
      const days = calendarDaysBetween(change.raised_on!, ctx.asOf);
      if (days > ctx.options.maxDays)
        ctx.report({
          messageId: 'stale',
          path: ['changes', i, 'raised_on'],
          data: { id: change.id, title: change.title ?? change.id, days, raised: change.raised_on! },
        });
    }
  },
});
