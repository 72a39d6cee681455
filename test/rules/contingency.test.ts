import rule from '../../src/rules/contingency.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: '5% held', plan: 'pmcheck: 1\nproject: { name: M }\nbudget: { total: 20000, contingency: 1000 }\n' },
    {
      name: 'held as a contingency line',
      plan: 'pmcheck: 1\nproject: { name: M }\nbudget:\n  total: 20000\n  lines: [{ id: c, category: contingency, planned: 2000 }]\n',
    },
  ],
  invalid: [
    {
      name: 'too small',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        budget:
          total: 64000
          contingency: 1500`,
      errors: [
        {
          messageId: 'small',
          line: 5,
          column: 16,
          message: 'The contingency of 1,500 is 2.3% of the budget, below the minimum 5%.',
        },
      ],
    },
    {
      name: 'none at all',
      plan: 'pmcheck: 1\nproject: { name: M }\nbudget:\n  total: 64000\n',
      errors: [{ messageId: 'none', line: 3, column: 1 }],
    },
    {
      name: 'a higher bar by option',
      plan: 'pmcheck: 1\nproject: { name: M }\nbudget: { total: 20000, contingency: 1000 }\n',
      options: { minShare: 0.1 },
      errors: [{ messageId: 'small', line: 3, column: 38, data: { min: '10%' } }],
    },
  ],
  notApplicable: [
    { name: 'no total', plan: 'pmcheck: 1\nproject: { name: M }\nbudget: { contingency: 5 }\n', reason: /no total/ },
  ],
});
