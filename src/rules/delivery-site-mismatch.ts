import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'delivery-site-mismatch',
  category: 'vendors',
  severity: 'high',
  description: 'A delivery goes to the site of the work that needs it.',
  fix: 'Correct the delivery address with the vendor, or the site of the task that depends on it.',
  messages: {
    wrongSite: '{{item}} is being delivered to {{deliverySite}}, but {{task}}, which {{needs}} it, {{taskSite}}.',
  },
  options: z.object({}).strict(),
  needs: ['vendors'],
  docs: {
    catches: 'A vendor delivery whose `site` differs from the `site` of a task that depends on it.',
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
      if (!deliverySite) continue;
      const elsewhere: { name: string; site: string }[] = [];
      for (const edge of model.graph.successors(delivery.id)) {
        const taskSite = model.items.get(edge.to)!.task?.site;
        if (!taskSite) continue;
        checked++;
        if (taskSite !== deliverySite) elsewhere.push({ name: model.items.get(edge.to)!.name, site: taskSite });
      }
      if (elsewhere.length === 0) continue;
      const sites = [...new Set(elsewhere.map((t) => model.siteName(t.site)))].join(' and ');
      const tasks = elsewhere.map((t) => `"${t.name}"`);
      const list = tasks.length === 1 ? tasks[0]! : `${tasks.slice(0, -1).join(', ')} and ${tasks[tasks.length - 1]}`;
      ctx.report({
        messageId: 'wrongSite',
        path: [...delivery.path, 'site'],
        data: {
          item: delivery.name,
          deliverySite: model.siteName(deliverySite),
          task: list,
          needs: tasks.length === 1 ? 'needs' : 'need',
          taskSite: `${tasks.length === 1 ? 'is' : 'are'} at ${sites}`,
        },
      });
    }
    if (checked === 0) return ctx.notApplicable('no task with a site depends on a delivery with a site');
  },
});
