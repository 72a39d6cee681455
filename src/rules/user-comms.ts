import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'user-comms',
  category: 'schedule',
  severity: 'medium',
  description: 'Work that affects users or takes a service down is preceded by a communication or training task.',
  fix: 'Add a communication (or training) task that finishes before the work starts.',
  messages: {
    untold:
      '"{{task}}" {{effect}}, but no communication or training task {{where}}finishes before it starts on {{start}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'A task with `users_affected` above 0 or `downtime: true` when no task of kind `communication` or `training` at the same site (or with no site) finishes before it starts. A `pilot` task is exempt unless it takes a service down: its users are chosen and briefed to take part, and the announcement that matters comes before the rollout that follows it.',
    why: 'Article 002: "The cloud deployment was flawless, apart from the 200 users who weren\'t told it was happening." Article 003 puts communication ahead of every change users will feel: what is changing, when, and what they must do.',
    sources: [
      cite('tpm-guide', 'introduction: "the 200 users who weren\'t told"'),
      cite('tpm-guide', 'Cloud migration from on-premise servers'),
      cite('msp-operational-pm', 'communication with users'),
    ],
    howToFix:
      'Plan a communication task (an email, a briefing, a drop-in session) or training that finishes before the work, and link it as a dependency.',
    failing: `tasks:\n  - { id: cutover, start: 2026-03-16, finish: 2026-03-16, users_affected: 120, downtime: true }`,
    fixed: `tasks:\n  - { id: tell-users, kind: communication, start: 2026-03-09, finish: 2026-03-11 }\n  - { id: cutover, start: 2026-03-16, finish: 2026-03-16, users_affected: 120, downtime: true, depends_on: [tell-users] }`,
  },
  check(ctx) {
    const { model } = ctx;
    // The earliest finish of a communication or training task, per site ('' = no site, all sites).
    const earliestTold = new Map<string, string>();
    const affecting = [];
    for (const item of model.items.values()) {
      const t = item.task;
      if (!t) continue;
      if (t.kind === 'communication' || t.kind === 'training') {
        const f = model.finishOf(item);
        const key = t.site ?? '';
        if (f && (!earliestTold.has(key) || f < earliestTold.get(key)!)) earliestTold.set(key, f);
      }
      // Telling people, or training them, is the communication: it needs none before it.
      // Pilot users are recruited, so being told is part of taking part; downtime reaches everyone else too.
      else if (t.kind === 'pilot' && !t.downtime) continue;
      else if ((t.users_affected ?? 0) > 0 || t.downtime) affecting.push(item);
    }
    if (affecting.length === 0) return ctx.notApplicable('no work affects users or takes a service down');
    for (const item of affecting) {
      const start = model.startOf(item);
      if (!start) continue;
      const t = item.task!;
      const candidates = [earliestTold.get(''), t.site ? earliestTold.get(t.site) : undefined].filter(
        (d): d is string => d !== undefined,
      );
      if (candidates.some((f) => f < start)) continue;
      const effect =
        (t.users_affected ?? 0) > 0
          ? `affects ${t.users_affected} users${t.downtime ? ' with downtime' : ''}`
          : 'takes a service down';
      ctx.report({
        messageId: 'untold',
        path: [...item.path, (t.users_affected ?? 0) > 0 ? 'users_affected' : 'downtime'],
        data: { task: item.name, effect, where: t.site ? `for ${ctx.model.siteName(t.site)} ` : '', start },
      });
    }
  },
});
