import rule from '../../src/rules/success-criteria.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'numbers, dates and percentages make criteria measurable',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        scope:
          success_criteria:
            - All 40 users can log in by 09:00 on 2026-03-02
            - 100% of accounts enrolled in MFA`,
    },
  ],
  invalid: [
    {
      name: 'vague criteria, each at its line (the cloud-migration example)',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        scope:
          success_criteria:
            - Everything works in the cloud
            - Mailboxes moved by 2026-03-17
            - Users are happy`,
      errors: [
        { messageId: 'vague', line: 5, column: 7, data: { criterion: 'Everything works in the cloud' } },
        { messageId: 'vague', line: 7, column: 7, data: { criterion: 'Users are happy' } },
      ],
    },
    {
      name: 'no criteria at all',
      plan: 'pmcheck: 1\nproject: { name: M }\nscope:\n  summary: Move\n',
      errors: [{ messageId: 'none', line: 3, column: 1 }],
    },
  ],
});
