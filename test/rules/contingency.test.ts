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
      errors: [{ messageId: 'small', line: 3, column: 38, data: { min: 0.1 } }],
    },
  ],
  notApplicable: [
    {
      name: 'no total, and no scope contingency either',
      plan: 'pmcheck: 1\nproject: { name: M, methodology: scrum }\nbudget: { contingency: 5 }\n',
      reason: /no total/,
    },
    { name: 'no total', plan: 'pmcheck: 1\nproject: { name: M }\nbudget: { contingency: 5 }\n', reason: /no total/ },
  ],
});

/** A scrum team's booking-system rebuild: contingency in scope, not in money. */
const agile = (moscow: string, budget = '  total: 120000\n') => yaml`
  pmcheck: 1
  project: { name: Booking system rebuild, methodology: scrum }
  scope:
    moscow:
      must: [Book and pay online, Staff calendar]
      should: [SMS reminders]
      ${moscow}
  budget:
  ${budget}`;

/** An office move that drew on its contingency twice, recorded honestly. */
const drawn = (second: number) => yaml`
  pmcheck: 1
  project: { name: Acme HQ move }
  changes:
    - { id: CR-1, status: approved, impact: { cost: 2500 } }
    - { id: CR-2, status: approved, impact: { cost: ${second} } }
  budget:
    total: 85000
    contingency: 6000
    drawdowns:
      - { change: CR-1, amount: 2500, on: 2026-02-03 }
      - { change: CR-2, amount: ${second}, on: 2026-02-20 }`;

testRule(rule, {
  valid: [
    { name: 'Could-have items are an agile scope contingency', plan: agile('could: [Loyalty points, Gift vouchers]') },
    {
      name: 'Could-have items, and no money total at all',
      plan: agile('could: [Loyalty points]', '  lines: [{ id: dev, planned: 90000 }]\n'),
    },
    { name: 'two drawdowns within the 6,000 held: nothing to report', plan: drawn(3000) },
  ],
  invalid: [
    {
      name: 'Could items that are too small a share of the effort',
      plan: agile('could: [Dark mode]\n      could_share: 2%'),
      errors: [{ messageId: 'none', line: 9, column: 1 }],
    },
    {
      name: 'drawn past what it held',
      plan: drawn(4500),
      errors: [
        {
          messageId: 'overdrawn',
          line: 9,
          column: 3,
          message: 'The contingency of 6,000 has had 7,000 drawn from it (CR-1 and CR-2): 1,000 more than it held.',
        },
      ],
    },
  ],
});
