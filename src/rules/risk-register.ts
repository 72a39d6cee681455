import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { warrantClause } from '../plan/describe.js';

export default defineRule({
  id: 'risk-register',
  category: 'risk',
  severity: 'high',
  description: 'The project keeps a risk register.',
  fix: 'Add a risks section: what could go wrong, how likely, how bad, who owns it, and the mitigation.',
  messages: {
    none: 'The plan has no risk register.{{warranted}}',
  },
  options: z.object({}).strict(),
  needs: ['risks'],
  docs: {
    catches:
      'A plan with no `risks`, or an empty list. On a project where the PM-warranted assessment is true the rule counts at its full severity and the message names the thresholds; on smaller work it counts as low.',
    why: 'Article 000, mistake 3: assuming engineers "will identify and flag every potential risk, early and clearly" — "what goes unnoticed often goes unmanaged." Article 002: "Every project has risks. The question is whether you identify them upfront and plan for them, or discover them when they become problems."',
    sources: [
      cite('partner-pm-mistakes', 'Mistake 3: relying on assumptions instead of proactive management'),
      cite('tpm-guide', 'Risk identification and mitigation'),
    ],
    howToFix:
      'Hold a risk workshop with the team and vendors, and record each risk with likelihood, impact, owner and mitigation. Review it at every status report.',
    failing: `project:\n  name: Migration\n  users_affected: 120`,
    fixed: `project:\n  name: Migration\n  users_affected: 120\n  manager: dan\npeople: [{ id: dan, role: project-manager }]\nrisks:\n  - { id: R1, title: Upload too slow, likelihood: 3, impact: 4, owner: dan, mitigation: Upgrade the line first }`,
  },
  check(ctx) {
    const pm = ctx.model.pmAssessment;
    if (!pm.warranted) ctx.relax(2);
    if (!ctx.plan.risks?.length)
      ctx.report({
        messageId: 'none',
        path: ['risks'],
        data: { warranted: warrantClause(pm, ctx.plan.project.currency) },
      });
  },
});
