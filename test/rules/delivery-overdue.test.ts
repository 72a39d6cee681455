import rule from '../../src/rules/delivery-overdue.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (delivery: string) => yaml`
  pmcheck: 1
  project: { name: M, status_date: 2026-02-16 }
  vendors:
    - id: fibrelink
      name: FibreLink
      deliveries:
        - id: circuit
          item: Leased line
          ${delivery}`;

testRule(rule, {
  valid: [
    { name: 'received', plan: plan('due: 2026-02-09\n          received_on: 2026-02-10') },
    { name: 'due today is not overdue', plan: plan('due: 2026-02-16') },
  ],
  invalid: [
    {
      name: 'a week late (the office-move example)',
      plan: plan('due: 2026-02-09'),
      errors: [
        {
          messageId: 'overdue',
          line: 9,
          column: 14,
          message: 'Leased line from FibreLink was due 2026-02-09 and has not arrived (7 days late as of 2026-02-16).',
        },
      ],
    },
    {
      name: 'received after the as-of date counts as not yet arrived',
      plan: plan('due: 2026-02-09\n          received_on: 2026-02-20'),
      errors: [{ messageId: 'overdue', line: 9, column: 14 }],
    },
  ],
  notApplicable: [{ name: 'no due dates', plan: plan('x-note: tbc'), reason: /no vendor delivery has a due date/ }],
});
