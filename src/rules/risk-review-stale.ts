import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { calendarDaysBetween } from '../plan/calendar.js';

export default defineRule({
  id: 'risk-review-stale',
  category: 'risk',
  severity: 'low',
  description: 'Every open risk has been reviewed within maxDays.',
  fix: 'Review the risk (is it still likely? is the mitigation working?) and record reviewed_on.',
  messages: {
    stale: 'Open risk {{id}} was last reviewed {{reviewed}}, {{days}} days before {{asOf}}.',
    never: 'Open risk {{id}} has never been reviewed (no reviewed_on).',
  },
  options: z
    .object({ maxDays: z.number().int().positive().default(30).describe('Calendar days allowed between reviews.') })
    .strict(),
  needs: ['risks'],
  docs: {
    catches:
      'An open risk with no `reviewed_on`, or one more than the option `maxDays` (default 30) calendar days before the as-of date.',
    why: 'Article 000 describes PMs as "the early warning systems": a register written at kick-off and never read again warns nobody. Risks change as the project moves; the review is what keeps the register alive.',
    sources: [
      cite(
        'partner-pm-mistakes',
        'Mistake 3: relying on assumptions instead of proactive management, the "early warning systems"',
      ),
      cite('tpm-guide', 'Risk identification and mitigation'),
    ],
    howToFix: 'Walk the register at each status meeting and record the date in `reviewed_on`.',
    failing: `project:\n  name: Refresh\n  status_date: 2026-05-04\nrisks:\n  - { id: R1, status: open, reviewed_on: 2026-03-13 }`,
    fixed: `project:\n  name: Refresh\n  status_date: 2026-05-04\nrisks:\n  - { id: R1, status: open, reviewed_on: 2026-04-27 }`,
  },
  check(ctx) {
    const open = (ctx.plan.risks ?? [])
      .map((risk, i) => ({ risk, i }))
      .filter(({ risk }) => (risk.status ?? 'open') === 'open');
    if (open.length === 0) return ctx.notApplicable('no open risks');
    for (const { risk, i } of open) {
      if (!risk.reviewed_on) {
        ctx.report({ messageId: 'never', path: ['risks', i, 'reviewed_on'], data: { id: risk.id } });
        continue;
      }
      const days = calendarDaysBetween(risk.reviewed_on, ctx.asOf);
      if (days > ctx.options.maxDays)
        ctx.report({
          messageId: 'stale',
          path: ['risks', i, 'reviewed_on'],
          data: { id: risk.id, reviewed: risk.reviewed_on, days, asOf: ctx.asOf },
        });
    }
  },
});
