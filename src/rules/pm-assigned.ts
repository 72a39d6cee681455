import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { warrantClause } from '../plan/describe.js';

export default defineRule({
  id: 'pm-assigned',
  category: 'governance',
  severity: 'critical',
  description:
    'The project has one accountable project manager: project.manager names a person with role project-manager.',
  fix: 'Set project.manager to a person whose role is project-manager.',
  messages: {
    missing: 'No project manager: project.manager is not set.{{warranted}}',
    wrongRole: 'The project manager, {{name}}, has role {{role}}, not project-manager.{{warranted}}',
  },
  options: z.object({}).strict(),
  needs: ['project.manager'],
  docs: {
    catches:
      'A plan with no `project.manager`, or whose manager is not a person with `role: project-manager`. When the PM-warranted assessment is true (the work runs more than 10 working days, involves more than one vendor, costs more than 5,000 or affects more than 5 users), the message names the thresholds crossed. On a plan below every threshold the rule counts as medium, not critical.',
    why: 'Article 002 names "no single point of accountability" as the first reason IT projects fail: when work is shared between an IT provider, the internal team and a vendor or two, "nobody owns the outcome. Decisions stall ... tasks fall through the cracks." Article 000 calls cutting PM to hit a price the most common partner mistake: the cost comes back as delays, rework and change requests.',
    sources: [
      cite('partner-pm-mistakes', 'Mistake 1: cutting project management to save costs'),
      cite('tpm-guide', 'No single point of accountability'),
    ],
    howToFix:
      'Name one person as `project.manager` and give them `role: project-manager` in `people`, with an allocation that reflects real time on the project. If the PM comes from a partner or a distributor, say so in `organisation`.',
    failing: `project:\n  name: Office move\n  # no manager\npeople:\n  - { id: sam, name: Sam Lee, role: engineer }`,
    fixed: `project:\n  name: Office move\n  manager: pat\npeople:\n  - { id: pat, name: Pat Jones, role: project-manager, allocation: 0.5 }\n  - { id: sam, name: Sam Lee, role: engineer }`,
  },
  check(ctx) {
    const pm = ctx.model.pmAssessment;
    if (!pm.warranted) ctx.relax(2);
    const warranted = warrantClause(pm, ctx.plan.project.currency);
    const id = ctx.plan.project.manager;
    if (!id) return ctx.report({ messageId: 'missing', path: ['project'], data: { warranted } });
    // Validation has already refused a manager who is not in people.
    const person = ctx.model.manager;
    if (person && person.role !== 'project-manager') {
      ctx.report({
        messageId: 'wrongRole',
        path: ['project', 'manager'],
        data: { id, name: person.name ?? id, role: person.role ?? 'unset', warranted },
      });
    }
  },
});
