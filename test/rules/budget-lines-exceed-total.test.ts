import rule from '../../src/rules/budget-lines-exceed-total.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'lines plus contingency equal the total',
      plan: 'pmcheck: 1\nproject: { name: M }\nbudget:\n  total: 28000\n  contingency: 2000\n  lines: [{ id: a, planned: 26000 }]\n',
    },
    {
      name: 'a contingency line is not counted twice',
      plan: 'pmcheck: 1\nproject: { name: M }\nbudget:\n  total: 10000\n  contingency: 1000\n  lines: [{ id: a, planned: 9000 }, { id: c, category: contingency, planned: 1000 }]\n',
    },
  ],
  invalid: [
    {
      name: 'the parts exceed the whole',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        budget:
          total: 50000
          contingency: 5000
          lines: [{ id: kit, planned: 48000 }]`,
      errors: [
        {
          messageId: 'exceeds',
          line: 4,
          column: 10,
          message: 'The planned lines and contingency add up to 53,000, 3,000 more than the budget total of 50,000.',
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no total',
      plan: 'pmcheck: 1\nproject: { name: M }\nbudget: { lines: [{ id: a, planned: 5 }] }\n',
      reason: /no total or no lines/,
    },
  ],
});
