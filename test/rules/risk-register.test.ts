import rule from '../../src/rules/risk-register.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'a register', plan: 'pmcheck: 1\nproject: { name: M }\nrisks: [{ id: R1 }]\n' }],
  invalid: [
    {
      name: 'none, where PM is warranted (article 000, mistake 3)',
      plan: 'pmcheck: 1\nproject: { name: M, users_affected: 120 }\n',
      severity: 'high',
      errors: [
        {
          messageId: 'none',
          line: 1,
          column: 1,
          message:
            'The plan has no risk register. Formal PM is warranted: the project affects 120 users (more than 5).',
        },
      ],
    },
    {
      name: 'an empty list on a small job counts as low',
      plan: 'pmcheck: 1\nproject: { name: M }\nrisks: []\n',
      severity: 'low',
      errors: [{ messageId: 'none', line: 3, column: 1 }],
    },
  ],
});
