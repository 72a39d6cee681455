import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { money } from '../text.js';

export default defineRule({
  id: 'watermelon-status',
  category: 'communication',
  severity: 'high',
  description: 'The latest status report is not green while the plan shows slips, overdue work or overspend.',
  fix: 'Re-issue the report at amber or red, naming each fact in the message and its recovery plan.',
  messages: {
    contradicted: 'The {{on}} report is green ("{{summary}}"), but on that date {{facts}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      "The latest entry of `communication.status_reports` (on or before the as-of date) has `rag: green` while, as of that report's date, a milestone had slipped, a delivery was overdue, a task was overdue, or a budget line or the total was overrun. The message lists the contradicting facts, from the same calculations `milestone-slipped`, `delivery-overdue`, `overdue-task` and `budget-overrun` use.",
    why: 'Article 002: "Weekly status updates that say \'progressing well\' hide the fact that a critical dependency has slipped by three weeks." Green outside, red inside: the report tells the sponsor there is nothing to decide, just when there is.',
    sources: [cite('tpm-guide', 'Poor communication between technical and non-technical stakeholders')],
    howToFix:
      "Report the true status. Amber with a recovery plan is a normal, healthy report; a green that later turns red overnight costs the PM the sponsor's trust.",
    failing: `project:\n  name: Move\n  status_date: 2026-02-16\nmilestones:\n  - { id: network-ready, due: 2026-02-13, forecast: 2026-02-20 }\ncommunication:\n  status_reports:\n    - { on: 2026-02-13, rag: green, summary: Progressing well }`,
    fixed: `project:\n  name: Move\n  status_date: 2026-02-16\nmilestones:\n  - { id: network-ready, due: 2026-02-13, forecast: 2026-02-20 }\ncommunication:\n  status_reports:\n    - { on: 2026-02-13, rag: amber, summary: Network one week late; switches arrived 10 Feb }`,
  },
  check(ctx) {
    const reports = (ctx.plan.communication?.status_reports ?? [])
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.on <= ctx.asOf);
    if (reports.length === 0) return ctx.notApplicable('no status report has been sent');
    const latest = reports.reduce((a, b) => (b.r.on >= a.r.on ? b : a));
    if (latest.r.rag !== 'green') return;
    const p = ctx.model.problemsAt(latest.r.on);
    const facts = [
      ...p.slippedMilestones.map((m) => `milestone "${m.item.name}" had slipped (${m.why})`),
      ...p.overdueDeliveries.map(
        (d) =>
          `${d.item.name} from ${d.item.vendor?.name ?? d.item.vendor?.id} was overdue (due ${d.item.delivery!.due})`,
      ),
      ...p.overdueTasks.map((t) => `task "${t.item.name}" was overdue (due ${t.item.finish})`),
      ...p.overruns.map((o) => `${o.label} was overspent (${money(o.spent)} against ${money(o.planned)})`),
    ];
    if (facts.length === 0) return;
    const shown = facts.length > 4 ? [...facts.slice(0, 4), `${facts.length - 4} more`] : facts;
    const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join('; ')}; and ${shown[shown.length - 1]}`;
    ctx.report({
      messageId: 'contradicted',
      path: ['communication', 'status_reports', latest.i, 'rag'],
      data: { on: latest.r.on, summary: latest.r.summary ?? 'no summary', facts: list },
    });
  },
});
