import rule from '../../src/rules/change-budget-reconciled.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (budget: string) =>
  yaml`
  pmcheck: 1
  project: { name: M }
  changes:
    - { id: CR-1, status: approved, impact: { cost: 3000 } }
    - { id: CR-2, status: implemented, impact: { cost: 2000 } }
    - { id: CR-3, status: proposed, impact: { cost: 9000 } }
  budget:
  ` + budget;

testRule(rule, {
  valid: [
    { name: 'the contingency covers the approved changes', plan: plan('  total: 50000\n  contingency: 5000\n') },
    {
      name: 'the total was raised by the excess',
      plan: plan('  baseline_total: 50000\n  total: 53000\n  contingency: 2000\n'),
    },
  ],
  invalid: [
    {
      name: 'changes beyond the contingency, total never raised',
      plan: plan('  total: 50000\n  contingency: 2000\n'),
      errors: [
        {
          messageId: 'unreconciled',
          line: 8,
          column: 10,
          message:
            'Approved changes add 5,000, 3,000 more than the contingency of 2,000, and the budget total was never raised.',
        },
      ],
    },
    {
      name: 'raised, but not by enough',
      plan: plan('  baseline_total: 50000\n  total: 51000\n  contingency: 2000\n'),
      errors: [{ messageId: 'unreconciled', line: 9, column: 10, data: { raise: 'raised by only 1,000' } }],
    },
  ],
  notApplicable: [
    {
      name: 'no approved cost',
      plan: plan('  total: 50000\n').replace(/cost: \d+/g, 'days: 1'),
      reason: /no approved change has a cost/,
    },
  ],
});
