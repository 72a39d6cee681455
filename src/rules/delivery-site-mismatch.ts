import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { listOf } from '../text.js';

export default defineRule({
  id: 'delivery-site-mismatch',
  category: 'vendors',
  severity: 'high',
  description: 'A delivery goes to the site of the work that needs it.',
  fix: 'Correct the delivery address with the vendor, or the site of the task that depends on it.',
  messages: {
    wrongSite:
      '{{item}} is being delivered to {{deliverySite}}, but {{task}}, which {{needs}} it, {{taskSite}}.{{kindHint}}',
    arrivedElsewhere:
      '{{item}} was delivered to {{deliverySite}} on {{received}}, but {{task}}, which {{needs}} it, {{taskSite}}: arrange to move it there before {{start}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      "A vendor delivery of goods whose `site` differs from the `site` of every task that depends on it. Kit delivered centrally and worked on there first (a task at the delivery's own site depends on it) is a choice, not a mistake, and a delivery of `kind: service` (a circuit, a licence) is used from wherever it is switched on: neither is reported. Kit that has already arrived at the wrong site is reported as a move to arrange. A delivery not yet received whose `kind` is not given counts one level lower (medium), with a hint: it may be a service, and an address can still be corrected before anything ships.",
    why: 'Article 002\'s multi-site network refresh: "Without project management, equipment arrives at the wrong site." Kit at the wrong depot means a courier, a lost day, and an engineer standing in an empty comms room.',
    sources: [cite('tpm-guide', 'Multi-site network refresh')],
    howToFix:
      "Confirm the delivery address with the vendor and correct the delivery's `site`, or move the task if the plan had the wrong site.",
    failing: `sites: [{ id: york }, { id: hull }]\nvendors:\n  - id: netdist\n    deliveries: [{ id: hull-kit, item: Hull switches, site: york }]\ntasks:\n  - { id: hull-install, site: hull, depends_on: [hull-kit] }`,
    fixed: `sites: [{ id: york }, { id: hull }]\nvendors:\n  - id: netdist\n    deliveries: [{ id: hull-kit, item: Hull switches, site: hull }]\ntasks:\n  - { id: hull-install, site: hull, depends_on: [hull-kit] }`,
  },
  check(ctx) {
    const { model } = ctx;
    let checked = 0;
    for (const delivery of model.items.values()) {
      const deliverySite = delivery.delivery?.site;
      if (!deliverySite || delivery.delivery?.kind === 'service') continue;
      const elsewhere: { name: string; site: string; start?: string }[] = [];
      let usedThere = false;
      for (const edge of model.graph.successors(delivery.id)) {
        const succ = model.items.get(edge.to)!;
        const taskSite = succ.task?.site;
        if (!taskSite) continue;
        checked++;
        if (taskSite === deliverySite) usedThere = true;
        else elsewhere.push({ name: succ.name, site: taskSite, start: model.startOf(succ) });
      }
      // Delivered centrally and worked on there first (staged, imaged): the move is the plan.
      if (elsewhere.length === 0 || usedThere) continue;
      const sites = [...new Set(elsewhere.map((t) => model.siteName(t.site)))].join(' and ');
      const tasks = elsewhere.map((t) => `"${t.name}"`);
      const data = {
        item: delivery.name,
        deliverySite: model.siteName(deliverySite),
        task: listOf(tasks),
        needs: tasks.length === 1 ? 'needs' : 'need',
        taskSite: `${tasks.length === 1 ? 'is' : 'are'} at ${sites}`,
      };
      const received = delivery.actualFinish && delivery.actualFinish <= ctx.asOf ? delivery.actualFinish : undefined;
      const first = elsewhere
        .map((t) => t.start)
        .filter((d): d is string => d !== undefined)
        .sort()[0];
      if (received)
        ctx.report({
          messageId: 'arrivedElsewhere',
          path: [...delivery.path, 'site'],
          data: { ...data, received, start: first ?? 'the work starts' },
        });
      else {
        // Not shipped yet, and the plan does not say it is goods: it may be a circuit or a
        // licence, and an address is cheap to correct before anything ships.
        const unsure = delivery.delivery?.kind == null;
        ctx.report({
          messageId: 'wrongSite',
          path: [...delivery.path, 'site'],
          data: {
            ...data,
            kindHint: unsure ? ' If it is a service (a line, a licence), mark it kind: service.' : '',
          },
          ...(unsure ? { lower: 1 } : {}),
        });
      }
    }
    if (checked === 0) return ctx.notApplicable('no task with a site depends on a delivery with a site');
  },
});
