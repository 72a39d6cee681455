import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { chainOf } from '../text.js';
import { DCMA_CONTEXT } from './dcma/shared.js';

export default defineRule({
  id: 'dcma-critical-path-test',
  category: 'schedule',
  severity: 'high',
  optIn: 'dcma',
  description: 'DCMA check 12: a delay on the critical path moves the forecast finish by as much.',
  fix: 'Mend the path after the named task: link its finish to what waits for it, and let the logic, not fixed dates, place the work.',
  messages: {
    broken:
      'DCMA check 12 (critical path test): {{delay}} working days added to "{{task}}" ({{id}}), the first unfinished task on the critical path, move the forecast finish {{slip}} working days (from {{before}} to {{after}}), not {{delay}}: the path from it to the finish is broken. Critical path: {{path}}.',
  },
  options: z
    .object({
      delayDays: z
        .number()
        .int()
        .min(1)
        .default(600)
        .describe(
          'Working days added to the critical task (the PAM suggests an unrealistically large delay, such as 600).',
        ),
    })
    .strict(),
  docs: {
    catches:
      "Adds `delayDays` (600) working days to the first unfinished task on pmcheck's critical path and runs the forward pass again. An unbroken path carries the whole delay to the forecast finish; when the finish moves less (a start-to-start link out of the task, a successor held by its own dates), one finding gives the delay, the task, the slip and both finish dates, and names the path.",
    why: "The critical path is only worth watching if it is a chain of logic: if a delay on it does not reach the finish, the finish date is held up by something other than the work. DCMA-EA PAM 200.1 (check 12) tests exactly this. pmcheck's critical path is its own (the least-float chain back from the finish); where the file marks other tasks critical, float-mismatch says so.",
    sources: [cite('dcma-14', 'check 12 (critical path test)')],
    howToFix:
      'Follow the path after the named task: a start-to-start link out of it lets its successors start however long it runs; link its finish to them too. Give work that is held by a fixed date a predecessor instead.',
    failing: `tasks:\n  - { id: configure, start: 2026-07-01, duration: 5d }\n  - { id: test, duration: 10d, depends_on: [{ id: configure, type: SS, lag: 2d }] }`,
    fixed: `tasks:\n  - { id: configure, start: 2026-07-01, duration: 5d }\n  - { id: test, duration: 10d, depends_on: [configure] }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const { model } = ctx;
    if (model.forecast.loops)
      return ctx.notApplicable(
        'the dependencies contain a loop, so there is no critical path (dependency-cycle reports it)',
      );
    const test = model.criticalPathTest(ctx.options.delayDays);
    if (!test) return ctx.notApplicable('no unfinished task is on the critical path');
    if (test.slip >= test.delay) return;
    ctx.report({
      messageId: 'broken',
      path: ['tasks'],
      data: {
        delay: test.delay,
        task: test.task.name,
        id: test.task.id,
        slip: test.slip,
        before: test.before,
        after: test.after,
        path: chainOf(model.forecast.criticalPath.map((id) => `"${model.items.get(id)?.name ?? id}"`)),
      },
    });
  },
});
