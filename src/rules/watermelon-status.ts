import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { describeOverrun, describeSlip } from '../plan/describe.js';
import { money } from '../text.js';

export default defineRule({
  id: 'watermelon-status',
  category: 'communication',
  severity: 'high',
  description: 'The latest status report is not green while the plan shows slips, overdue work or overspend.',
  fix: 'Re-issue the report at amber or red, naming each fact in the message and its recovery plan.',
  messages: {
    contradicted: 'The {{on}} report is green ("{{summary}}"), but on that date {{facts:semilist}}.{{why}}',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      "The latest entry of `communication.status_reports` (on or before the as-of date) has `rag: green` while, as of that report's date, a milestone had slipped, a delivery was overdue, a task was overdue, or a budget line or the total was overrun - the same facts `milestone-slipped`, `delivery-overdue`, `overdue-task` and `budget-overrun` judge. A green report is accepted when its summary names every such fact (the item's name or id) and each is small: within `project.tolerance` (days, or cost as a share of the total) or inside the item's float from the backward pass. The message lists the facts, and says whether the report named them.",
    why: 'Article 002: "Weekly status updates that say \'progressing well\' hide the fact that a critical dependency has slipped by three weeks." Green outside, red inside: the report tells the sponsor there is nothing to decide, just when there is.',
    sources: [cite('tpm-guide', 'Poor communication between technical and non-technical stakeholders')],
    howToFix:
      "Report the true status. Amber with a recovery plan is a normal, healthy report; a green that later turns red overnight costs the PM the sponsor's trust.",
    failing: `project:\n  name: Move\n  status_date: 2026-02-16\nmilestones:\n  - { id: network-ready, due: 2026-02-13, forecast: 2026-02-20 }\ncommunication:\n  status_reports:\n    - { on: 2026-02-13, rag: green, summary: Progressing well }`,
    context:
      'PRINCE2 tolerances make an honest green possible: a named two-day slip inside a five-day tolerance, or absorbed by float, is green. Off under the presale preset (nothing to report on) and the closed preset.',
    fixed: `project:\n  name: Move\n  status_date: 2026-02-16\nmilestones:\n  - { id: network-ready, due: 2026-02-13, forecast: 2026-02-20 }\ncommunication:\n  status_reports:\n    - { on: 2026-02-13, rag: amber, summary: Network one week late; switches arrived 10 Feb }`,
  },
  check(ctx) {
    const reports = (ctx.plan.communication?.status_reports ?? [])
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.on <= ctx.asOf);
    if (reports.length === 0) return ctx.notApplicable('no status report has been sent');
    const latest = reports.reduce((a, b) => (b.r.on >= a.r.on ? b : a));
    if (latest.r.rag !== 'green') return;
    const { model } = ctx;
    const p = model.problemsAt(latest.r.on);
    const tolerance = ctx.plan.project.tolerance;
    const lateBy = (due: string) => model.lateBy(due, latest.r.on);
    const allowance =
      tolerance?.cost != null && ctx.plan.budget?.total != null ? tolerance.cost * ctx.plan.budget.total : undefined;
    // Each fact, whether the report names it (its item's name or id in the summary), and whether
    // it is small enough for green: within the project's tolerance, or inside the item's float.
    const summary = (latest.r.summary ?? '').toLowerCase();
    const names = (...words: (string | undefined)[]) => words.some((w) => w && summary.includes(w.toLowerCase()));
    const small = (id: string, days: number) => model.absorbs(id, days);
    const facts = [
      ...p.slippedMilestones.map((m) => ({
        text: `milestone "${m.item.name}" had slipped (${describeSlip(m)})`,
        named: names(m.item.name, m.item.id),
        small: small(m.item.id, m.days),
      })),
      ...p.overdueDeliveries.map((d) => ({
        text: `${d.item.name} from ${d.item.vendor ? model.vendorName(d.item.vendor.id) : 'its vendor'} was overdue (due ${d.item.delivery!.due})`,
        named: names(d.item.name, d.item.id),
        small: small(d.item.id, lateBy(d.item.delivery!.due!)),
      })),
      ...p.overdueTasks.map((t) => ({
        text: `task "${t.item.name}" was overdue (due ${t.item.finish})`,
        named: names(t.item.name, t.item.id),
        small: small(t.item.id, lateBy(t.item.finish!)),
      })),
      ...p.overruns.map((o) => ({
        text: `${describeOverrun(o)} was overspent (${money(o.spent)} against ${money(o.planned)})`,
        named: o.line
          ? names(o.line.id, o.line.description ?? undefined, `${o.line.id} line`)
          : names('budget', 'overspend'),
        small: allowance !== undefined && o.spent - o.planned <= allowance,
      })),
    ];
    if (facts.length === 0) return;
    // PRINCE2: green within tolerance is honest, as long as the report says what is off.
    if (facts.every((f) => f.named && f.small)) return;
    const shown = facts.slice(0, 4).map((f) => f.text);
    if (facts.length > 4) shown.push(`${facts.length - 4} more`);
    const unnamed = facts.filter((f) => !f.named).length;
    const large = facts.filter((f) => f.named && !f.small).length;
    const why =
      unnamed === 0
        ? ` The report names them, but ${large === facts.length ? 'they are' : `${large} of them ${large === 1 ? 'is' : 'are'}`} beyond the tolerance and the float.`
        : unnamed < facts.length
          ? ` The report names ${facts.length - unnamed} of them, not the rest.`
          : '';
    ctx.report({
      messageId: 'contradicted',
      path: ['communication', 'status_reports', latest.i, 'rag'],
      data: { on: latest.r.on, summary: latest.r.summary ?? 'no summary', facts: shown, why },
    });
  },
});
