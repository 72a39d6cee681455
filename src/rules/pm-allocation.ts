import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { warrantClause } from '../plan/describe.js';
import { percent } from '../text.js';

export default defineRule({
  id: 'pm-allocation',
  category: 'governance',
  severity: 'medium',
  description: 'On a project that warrants formal PM, the PM has at least a minimum share of their week for it.',
  fix: "Record the PM's real allocation and raise it to the minimum, or justify the lower figure.",
  messages: {
    below:
      'The project manager ({{pm}}) is allocated {{allocation}} of a week, below the minimum {{min}}.{{warranted}}',
    unknown: "The project manager's allocation is not recorded.{{warranted}}",
  },
  options: z
    .object({ min: z.number().min(0).max(1).default(0.3).describe('Minimum share of a full-time week, 0 to 1.') })
    .strict(),
  needs: ['project.manager'],
  docs: {
    catches:
      'The person named as `project.manager` has an `allocation` below the option `min` (default 0.3, i.e. 30% of a week), or none recorded, on a project where the PM-warranted assessment is true. On smaller work the rule does not apply.',
    why: 'Article 002: internal PMs "are often given project management as an additional responsibility on top of their existing role. Part-time project management produces part-time results." Article 000 adds that cut-down PM scope "simply shifts the cost into delays, rework, escalations".',
    sources: [
      cite('tpm-guide', 'In-house or external project management'),
      cite('partner-pm-mistakes', 'Mistake 1: cutting project management to save costs'),
    ],
    howToFix:
      "Set `allocation` on the PM's entry in `people` to the share of a week they will really spend, and plan for at least the minimum. Change the minimum with `rules: { pm-allocation: [medium, { min: 0.5 }] }` in `.pmcheck.yaml`.",
    failing: `project:\n  name: Office move\n  manager: pat\n  users_affected: 40\npeople:\n  - { id: pat, role: project-manager, allocation: 0.1 }`,
    fixed: `project:\n  name: Office move\n  manager: pat\n  users_affected: 40\npeople:\n  - { id: pat, role: project-manager, allocation: 0.4 }`,
  },
  check(ctx) {
    const pm = ctx.model.pmAssessment;
    if (!pm.warranted) return ctx.notApplicable('formal PM is not warranted for work this size');
    const person = ctx.model.manager;
    if (!person) return ctx.notApplicable('no project manager is named (pm-assigned reports that)');
    const i = ctx.plan.people!.indexOf(person);
    const warranted = warrantClause(pm, ctx.plan.project.currency);
    if (person.allocation == null)
      return ctx.report({ messageId: 'unknown', path: ['people', i, 'allocation'], data: { warranted } });
    if (person.allocation < ctx.options.min) {
      ctx.report({
        messageId: 'below',
        path: ['people', i, 'allocation'],
        data: {
          pm: ctx.model.personName(person.id),
          allocation: percent(person.allocation),
          min: percent(ctx.options.min),
          warranted,
        },
      });
    }
  },
});
