import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

const VERB = { FS: 'finishes', SS: 'starts', FF: 'finishes', SF: 'starts' } as const;

export default defineRule({
  id: 'predecessor-order',
  category: 'schedule',
  severity: 'high',
  description: 'Every item starts or finishes no earlier than its dependencies allow, lags included.',
  fix: "Move the item to the date its dependency allows, or correct the dependency's type or lag.",
  messages: {
    tooEarly:
      '"{{item}}" {{bound}}s {{date}}, but its {{type}} dependency on "{{pred}}" (which {{verb}} {{predDate}}{{lag}}) allows {{allowed}} at the earliest.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      "A successor whose dates break a dependency: with FS it must start after the predecessor finishes (the next working day after a task; the same day as a milestone or delivery), with SS start no earlier than it starts, with FF finish no earlier than it finishes, with SF finish no earlier than it starts; a lag adds working days (a negative lag is a lead). Actual dates win over planned ones. Dependencies on deliveries and hand-offs between vendors are `vendor-sequencing`'s, and dependencies inside a loop are `dependency-cycle`'s, so they are not reported twice.",
    why: 'Schedule logic that the dates contradict is a plan nobody can follow: the successor is scheduled to happen before the work it needs. The DCMA 14-point assessment checks logic first for this reason; in IT projects it is how a migration "starts before the network has sufficient bandwidth" (article 002).',
    sources: [cite('dcma-14', 'logic checks'), cite('tpm-guide', 'Cloud migration from on-premise servers')],
    howToFix: 'Move the successor to the date the message gives, or fix the dependency if its type or lag is wrong.',
    failing: `tasks:\n  - { id: bandwidth, start: 2026-02-16, finish: 2026-02-27 }\n  - { id: migrate, start: 2026-02-23, depends_on: [bandwidth] }`,
    fixed: `tasks:\n  - { id: bandwidth, start: 2026-02-16, finish: 2026-02-27 }\n  - { id: migrate, start: 2026-03-02, depends_on: [bandwidth] }`,
  },
  check(ctx) {
    const { model } = ctx;
    // Loops are dependency-cycle's: inside one, some dependency is always broken.
    const edges = model.graph.edges.filter((e) => !model.isVendorDependency(e) && !model.graph.isInLoop(e));
    if (edges.length === 0) return ctx.notApplicable('the plan has no dependencies between its own items');
    for (const edge of edges) {
      const needed = model.requirementOf(edge);
      const succ = model.items.get(edge.to)!;
      const date = needed?.bound === 'start' ? model.startOf(succ) : model.finishOf(succ);
      if (!needed || !date || date >= needed.date) continue;
      const pred = model.items.get(edge.from)!;
      const predDate = edge.type === 'FS' || edge.type === 'FF' ? model.finishOf(pred)! : model.startOf(pred)!;
      ctx.report({
        messageId: 'tooEarly',
        path: edge.path,
        data: {
          item: succ.name,
          bound: needed.bound === 'start' ? 'start' : 'finishe',
          date,
          type: edge.type,
          pred: pred.name,
          verb: VERB[edge.type],
          predDate,
          lag: edge.lag === 0 ? '' : `, lag ${edge.lag} working days`,
          allowed: needed.date,
        },
      });
    }
  },
});
