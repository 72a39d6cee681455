import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'kickoff-held',
  category: 'scope',
  severity: 'low',
  description: 'A kick-off meeting is recorded, on or before the day work starts.',
  fix: "Record communication.kickoff_on, no later than the first task's start.",
  messages: {
    missing: 'No kick-off meeting is recorded (communication.kickoff_on).',
    late: 'The kick-off on {{kickoff}} comes after work started on {{started}} ("{{task}}").',
  },
  options: z.object({}).strict(),
  needs: ['communication'],
  docs: {
    catches:
      'A plan with no `communication.kickoff_on`, or whose kick-off date is after the earliest task start (actual, else planned).',
    why: 'Article 004 puts the kick-off meeting first: it is where the client and the delivery team agree the goals, the method and how updates will be shared. Starting work before it means the team starts without that shared understanding.',
    sources: [cite('pm-six-ways', '1. Lay everything out at your kick-off meeting')],
    howToFix: 'Hold the kick-off before work starts and record its date in `communication.kickoff_on`.',
    failing: `communication:\n  kickoff_on: 2026-01-20\ntasks:\n  - { id: survey, start: 2026-01-12 }`,
    fixed: `communication:\n  kickoff_on: 2026-01-09\ntasks:\n  - { id: survey, start: 2026-01-12 }`,
  },
  check(ctx) {
    let first: { start: string; name: string } | undefined;
    for (const item of ctx.model.items.values()) {
      if (item.kind !== 'task') continue;
      const start = ctx.model.startOf(item);
      if (start && (!first || start < first.start)) first = { start, name: item.name };
    }
    if (!first) return ctx.notApplicable('no task has a start date');
    const kickoff = ctx.plan.communication?.kickoff_on;
    if (!kickoff) return ctx.report({ messageId: 'missing', path: ['communication', 'kickoff_on'] });
    if (kickoff > first.start)
      ctx.report({
        messageId: 'late',
        path: ['communication', 'kickoff_on'],
        data: { kickoff, started: first.start, task: first.name },
      });
  },
});
