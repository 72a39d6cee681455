import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'risk-owner',
  category: 'risk',
  severity: 'medium',
  description: 'Every open risk has an owner.',
  fix: 'Name the person who will watch the risk and act on it.',
  messages: {
    noOwner: 'Open risk {{id}} ("{{title}}") has no owner.',
  },
  options: z.object({}).strict(),
  needs: ['risks'],
  docs: {
    catches: 'A risk whose status is `open` (or unset) with no `owner`.',
    why: 'Article 002: a PM "maintains a risk register, assigns owners to each risk, and ensures mitigation plans exist before they are needed." A risk nobody owns is watched by nobody.',
    sources: [cite('tpm-guide', 'Risk identification and mitigation')],
    howToFix: 'Give each open risk an `owner` from `people`: the person best placed to see it coming and act.',
    failing: `risks:\n  - { id: R1, title: Switch lead times, status: open }`,
    fixed: `people: [{ id: lee }]\nrisks:\n  - { id: R1, title: Switch lead times, status: open, owner: lee }`,
  },
  check(ctx) {
    const open = (ctx.plan.risks ?? [])
      .map((risk, i) => ({ risk, i }))
      .filter(({ risk }) => (risk.status ?? 'open') === 'open');
    if (open.length === 0) return ctx.notApplicable('no open risks');
    for (const { risk, i } of open)
      if (!risk.owner)
        ctx.report({
          messageId: 'noOwner',
          path: ['risks', i, 'owner'],
          data: { id: risk.id, title: risk.title ?? risk.id },
        });
  },
});
