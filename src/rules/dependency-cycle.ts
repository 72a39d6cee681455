import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'dependency-cycle',
  category: 'schedule',
  severity: 'critical',
  description: 'The dependencies between tasks, milestones and deliveries contain no loop.',
  fix: 'Remove or reverse one dependency in the loop.',
  messages: {
    loop: 'Dependency loop: {{loop}}. None of these can ever start.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'A chain of `depends_on` entries that leads back to where it started (a → b → c → a), across tasks, milestones and deliveries. The message lists the whole loop; the finding is placed on the dependency that closes it. A task that depends on itself is already a validation error.',
    why: "A loop makes the schedule logic meaningless: no item in it can start, so every date that follows from it is fiction. Schedule-quality checks (the DCMA 14-point assessment's logic check; TaskJuggler's loop_detected error) refuse such a network outright. In a plan kept by hand it is usually a dependency typed the wrong way round.",
    sources: [cite('dcma-14', 'check 1 (logic)'), cite('taskjuggler', 'loop detection')],
    howToFix:
      'Read the loop in the message and decide which dependency is wrong, usually the one that points backwards in time, then remove or reverse it.',
    failing: `tasks:\n  - { id: design, depends_on: [build] }\n  - { id: build, depends_on: [design] }`,
    fixed: `tasks:\n  - { id: design }\n  - { id: build, depends_on: [design] }`,
  },
  check(ctx) {
    const graph = ctx.model.graph;
    if (graph.edges.length === 0) return ctx.notApplicable('the plan has no dependencies');
    for (const loop of graph.cycles()) {
      const names = [loop[0]!.from, ...loop.map((e) => e.to)];
      // The edge that closes the loop: written in the depends_on of the loop's first item.
      ctx.report({ messageId: 'loop', path: loop[loop.length - 1]!.path, data: { loop: names.join(' → ') } });
    }
  },
});
