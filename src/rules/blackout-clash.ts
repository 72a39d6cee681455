import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'blackout-clash',
  category: 'schedule',
  severity: 'high',
  description: 'No downtime, cutover or migration work falls in a blackout window at its site.',
  fix: 'Move the work out of the blackout window, or agree an exception with the business owner.',
  messages: {
    clash: '"{{task}}" ({{start}} to {{finish}}{{at}}) falls in the blackout "{{blackout}}" ({{from}} to {{to}}).',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'A task with `downtime: true`, or of kind `cutover` or `migration`, whose dates overlap a `blackouts` window at the same site. A blackout with no `sites` covers every site; a task with no site clashes only with such all-site blackouts.',
    why: 'Article 002 opens with it: "The server migration was technically sound, but it clashed with the busiest week of the quarter." In the multi-site network refresh, "Downtime windows clash with business-critical periods."',
    sources: [
      cite('tpm-guide', 'introduction: the migration that "clashed with the busiest week of the quarter"'),
      cite('tpm-guide', 'Multi-site network refresh'),
    ],
    howToFix:
      'Reschedule the work to a window the business has agreed. If the business accepts the clash, record who agreed it in an `x-pmcheck-ignore` reason.',
    failing: `sites: [{ id: leeds }]\nblackouts:\n  - { name: Peak dispatch, from: 2026-05-11, to: 2026-05-15, sites: [leeds] }\ntasks:\n  - { id: cutover, kind: cutover, site: leeds, start: 2026-05-11, finish: 2026-05-11 }`,
    fixed: `sites: [{ id: leeds }]\nblackouts:\n  - { name: Peak dispatch, from: 2026-05-11, to: 2026-05-15, sites: [leeds] }\ntasks:\n  - { id: cutover, kind: cutover, site: leeds, start: 2026-05-18, finish: 2026-05-18 }`,
  },
  check(ctx) {
    const blackouts = ctx.plan.blackouts ?? [];
    if (blackouts.length === 0) return ctx.notApplicable('the plan has no blackout windows');
    const disruptive = [...ctx.model.items.values()].filter(
      (i) => i.task && (i.task.downtime || i.task.kind === 'cutover' || i.task.kind === 'migration'),
    );
    if (disruptive.length === 0) return ctx.notApplicable('no downtime, cutover or migration work');
    // Each task against each window: linear in tasks, as a plan has a handful of windows.
    for (const item of disruptive) {
      const start = ctx.model.startOf(item);
      const finish = ctx.model.finishOf(item) ?? start;
      if (!start || !finish) continue;
      const site = item.task!.site;
      for (const b of blackouts) {
        const sameSite = !b.sites?.length || (site !== undefined && site !== null && b.sites.includes(site));
        if (sameSite && start <= b.to && finish >= b.from) {
          ctx.report({
            messageId: 'clash',
            path: [...item.path, item.actualStart ? 'actual_start' : 'start'],
            data: {
              task: item.name,
              start,
              finish,
              at: site ? ` at ${site}` : '',
              blackout: b.name ?? b.id ?? `${b.from} to ${b.to}`,
              from: b.from,
              to: b.to,
            },
          });
          break;
        }
      }
    }
  },
});
