import rule from '../../src/rules/risk-review-stale.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: '30 days is within the limit',
      plan: 'pmcheck: 1\nproject: { name: M, status_date: 2026-05-04 }\nrisks: [{ id: R1, reviewed_on: 2026-04-04 }]\n',
    },
  ],
  invalid: [
    {
      name: 'stale, and never reviewed',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-05-04 }
        risks:
          - id: R1
            reviewed_on: 2026-04-03
          - id: R2`,
      errors: [
        {
          messageId: 'stale',
          line: 5,
          column: 18,
          message: 'Open risk R1 was last reviewed 2026-04-03, 31 days before 2026-05-04.',
        },
        { messageId: 'never', line: 6, column: 5, data: { id: 'R2' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no open risks',
      plan: 'pmcheck: 1\nproject: { name: M }\nrisks: [{ id: R1, status: closed }]\n',
      reason: /no open risks/,
    },
  ],
});
