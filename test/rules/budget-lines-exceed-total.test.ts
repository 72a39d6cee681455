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

/** The honest bookkeeping: 2,250 drawn for CR-02 and put on the UPS line that spends it. */
const drawn = (ups: number) => yaml`
  pmcheck: 1
  project: { name: Stockport network }
  changes: [{ id: CR-02, status: approved, impact: { cost: 2250 } }]
  budget:
    total: 60000
    contingency: 3000
    drawdowns: [{ change: CR-02, amount: 2250 }]
    lines:
      - { id: kit, planned: 40000 }
      - { id: labour, planned: 17000 }
      - { id: ups, planned: ${ups} }`;

testRule(rule, {
  valid: [{ name: 'a drawdown moved onto a line is not counted twice', plan: drawn(2250) }],
  invalid: [
    {
      name: 'the line spends more than was drawn for it',
      plan: drawn(4000),
      errors: [
        {
          messageId: 'exceeds',
          line: 5,
          column: 10,
          message:
            'The planned lines and the contingency left after drawdowns (750) add up to 61,750, 1,750 more than the budget total of 60,000.',
        },
      ],
    },
  ],
});
