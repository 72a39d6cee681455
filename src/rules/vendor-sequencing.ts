import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'vendor-sequencing',
  category: 'vendors',
  severity: 'critical',
  description: "Work does not start before the delivery or the other vendor's work it depends on is finished.",
  fix: 'Move the task after the delivery or hand-off it depends on, or bring that date forward with the vendor.',
  messages: {
    beforeDelivery: 'Task "{{task}}" starts {{start}} but needs {{item}} from {{vendor}}, {{arrival}}.',
    beforeHandoff:
      'Task "{{task}}" starts {{start}} but depends on "{{pred}}" by {{vendor}}, which finishes {{finish}}.',
  },
  options: z.object({}).strict(),
  needs: ['vendors'],
  docs: {
    catches:
      "A task that depends on a vendor delivery and starts before the delivery arrives (its `received_on`, else its `due` date); and a task that depends (finish-to-start) on another vendor's task and starts before that task finishes. Actual dates win over planned ones on both sides.",
    why: 'Article 002\'s office relocation: "Without project management, the cabling contractor finishes before the network switches arrive." Each vendor has "their own timeline, their own priorities, and their own definition of done"; a PM coordinates them "so that they work in sequence rather than in conflict". A contractor booked before the kit is on site is a wasted day rate and a second visit.',
    sources: [
      cite('tpm-guide', 'Vendor and supplier coordination'),
      cite('tpm-guide', 'Office relocation with IT infrastructure'),
    ],
    howToFix:
      "Start the dependent task on or after the delivery date, or agree an earlier delivery with the vendor and record the new `due`. For a hand-off between vendors, schedule the second vendor after the first one's finish.",
    failing: `vendors:\n  - id: netco\n    deliveries:\n      - { id: switches, item: 4x core switches, due: 2026-02-02 }\ntasks:\n  - id: install-switches\n    start: 2026-01-26\n    depends_on: [switches]`,
    fixed: `vendors:\n  - id: netco\n    deliveries:\n      - { id: switches, item: 4x core switches, due: 2026-02-02 }\ntasks:\n  - id: install-switches\n    start: 2026-02-03\n    depends_on: [switches]`,
  },
  check(ctx) {
    const { model } = ctx;
    let checked = 0;
    for (const item of model.items.values()) {
      if (item.kind !== 'task') continue;
      const start = model.startOf(item);
      for (const edge of model.graph.predecessors(item.id)) {
        if (!model.isVendorDependency(edge)) continue;
        checked++;
        const pred = model.items.get(edge.from)!;
        const needed = model.requirementOf(edge);
        if (!start || !needed || needed.bound !== 'start' || start >= needed.date) continue;
        const vendor = pred.vendor ? model.vendorName(pred.vendor.id) : 'the vendor';
        if (pred.kind === 'delivery') {
          const arrival = model.finishOf(pred)!;
          ctx.report({
            messageId: 'beforeDelivery',
            path: edge.path,
            data: {
              task: item.name,
              start,
              item: pred.name,
              vendor,
              arrival: pred.actualFinish ? `received ${arrival}` : `due ${arrival}`,
            },
          });
        } else {
          ctx.report({
            messageId: 'beforeHandoff',
            path: edge.path,
            data: { task: item.name, start, pred: pred.name, vendor, finish: model.finishOf(pred)! },
          });
        }
      }
    }
    if (checked === 0) return ctx.notApplicable("no task depends on a vendor delivery or on another vendor's task");
  },
});
