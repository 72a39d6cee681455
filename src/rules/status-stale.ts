import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { calendarDaysBetween } from '../plan/calendar.js';

const CADENCE_DAYS = { daily: 1, weekly: 7, fortnightly: 14, monthly: 31 } as const;

export default defineRule({
  id: 'status-stale',
  category: 'communication',
  severity: 'medium',
  description: 'The latest status report is no older than the agreed cadence allows.',
  fix: 'Send the overdue status report and record it in communication.status_reports.',
  messages: {
    stale:
      'The last status report was {{last}}, {{days}} days before {{asOf}}; a {{cadence}} cadence allows {{allowed}}.',
    none: 'No status report has been sent, though work started on {{started}} and the cadence is {{cadence}}.',
  },
  options: z
    .object({ graceDays: z.number().int().nonnegative().default(2).describe('Days of grace on top of the cadence.') })
    .strict(),
  needs: ['communication'],
  docs: {
    catches:
      'With a `communication.cadence`, the latest entry of `status_reports` is older at the as-of date than the cadence plus the option `graceDays` (default 2): daily 1, weekly 7, fortnightly 14, monthly 31 days. Once work has started, having no reports at all is also a finding.',
    why: 'Article 002: "honest, clear reporting that surfaces problems early enough to do something about them". A report that stops arriving is itself a signal that something is wrong; article 004 asks the client to agree how often updates come, so the PM can be held to it.',
    sources: [
      cite('tpm-guide', 'Poor communication between technical and non-technical stakeholders'),
      cite('pm-six-ways', '4. Be clear how you want to be updated'),
    ],
    howToFix: 'Send the report, and keep to the agreed cadence or agree a new one.',
    failing: `project:\n  name: Move\n  status_date: 2026-03-06\ncommunication:\n  cadence: weekly\n  status_reports:\n    - { on: 2026-02-20, rag: green }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-03-06\ncommunication:\n  cadence: weekly\n  status_reports:\n    - { on: 2026-02-20, rag: green }\n    - { on: 2026-03-06, rag: amber }`,
  },
  check(ctx) {
    const c = ctx.plan.communication;
    if (!c?.cadence) return ctx.notApplicable('no reporting cadence is set (comms-plan reports that)');
    const allowed = CADENCE_DAYS[c.cadence] + ctx.options.graceDays;
    const reports = (c.status_reports ?? []).map((r, i) => ({ r, i })).filter(({ r }) => r.on <= ctx.asOf);
    if (reports.length === 0) {
      let started: string | undefined;
      for (const item of ctx.model.items.values())
        if (item.actualStart && item.actualStart <= ctx.asOf && (!started || item.actualStart < started))
          started = item.actualStart;
      if (!started) return ctx.notApplicable('no work has started, so no report is due yet');
      return ctx.report({
        messageId: 'none',
        path: ['communication', 'status_reports'],
        data: { started, cadence: c.cadence },
      });
    }
    const latest = reports.reduce((a, b) => (b.r.on >= a.r.on ? b : a));
    const days = calendarDaysBetween(latest.r.on, ctx.asOf);
    if (days > allowed)
      ctx.report({
        messageId: 'stale',
        path: ['communication', 'status_reports', latest.i, 'on'],
        data: { last: latest.r.on, days, asOf: ctx.asOf, cadence: c.cadence, allowed: `${allowed} days` },
      });
  },
});
