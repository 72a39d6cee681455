import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

/** A criterion can be measured when it has a number, a date or a percentage: any digit. */
export const isMeasurable = (criterion: string): boolean => /\d/.test(criterion);

export default defineRule({
  id: 'success-criteria',
  category: 'scope',
  severity: 'medium',
  description: 'The scope has success criteria, and each one is measurable (it has a number, date or percentage).',
  fix: 'Rewrite the criterion with a measure: a number, a date or a percentage.',
  messages: {
    none: 'The scope has no success criteria.',
    vague: 'Success criterion "{{criterion}}" has nothing measurable in it (no number, date or percentage).',
  },
  options: z.object({}).strict(),
  needs: ['scope'],
  docs: {
    catches:
      'A plan with no `scope.success_criteria`, and each criterion with no digit in it: no number, date or percentage to measure it by.',
    why: 'Article 002: success is defined "not in vague terms, but in specific, measurable outcomes that business and technical stakeholders both agree on". "Users are happy" cannot be signed off; "all 40 users can log in and print by 09:00 on 2 March" can.',
    sources: [cite('tpm-guide', 'Scoping and requirements gathering')],
    howToFix:
      'Give each criterion a measure: how many, by when, or what share. Replace "everything works" with the checks that prove it.',
    failing: `scope:\n  success_criteria:\n    - Users are happy`,
    fixed: `scope:\n  success_criteria:\n    - 95% of users rate the move 4/5 or better in the 2026-03-09 survey`,
  },
  check(ctx) {
    const criteria = ctx.plan.scope?.success_criteria ?? [];
    if (criteria.length === 0) return ctx.report({ messageId: 'none', path: ['scope', 'success_criteria'] });
    criteria.forEach((c, i) => {
      if (!isMeasurable(c))
        ctx.report({ messageId: 'vague', path: ['scope', 'success_criteria', i], data: { criterion: c } });
    });
  },
});
