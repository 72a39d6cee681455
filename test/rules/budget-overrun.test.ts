import rule from '../../src/rules/budget-overrun.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'spend within plan',
      plan: 'pmcheck: 1\nproject: { name: M }\nbudget:\n  total: 10000\n  lines: [{ id: a, planned: 5000, actual: 3000, committed: 2000 }]\n',
    },
  ],
  invalid: [
    {
      name: 'a line over by actual, one over by commitment, and the total over',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        budget:
          total: 30000
          lines:
            - id: cabling
              planned: 22000
              actual: 23800
            - id: phones
              planned: 8000
              committed: 9500`,
      errors: [
        {
          messageId: 'overrun',
          line: 8,
          column: 15,
          message: 'Spend on line cabling is 23,800 (actual plus committed) against 22,000 planned: 1,800 over.',
        },
        { messageId: 'overrun', line: 11, column: 18, data: { label: 'line phones' } },
        {
          messageId: 'overrun',
          line: 4,
          column: 10,
          data: { label: 'the budget total', spent: 33300, planned: 30000 },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no spend yet',
      plan: 'pmcheck: 1\nproject: { name: M }\nbudget: { lines: [{ id: a, planned: 5 }] }\n',
      reason: /both a plan and spend/,
    },
  ],
});

/** A 5% cost tolerance on 85,000 lets the PM absorb 4,250 of overrun before it is the sponsor's. */
const move = (actual: number) => yaml`
  pmcheck: 1
  project: { name: Acme HQ move, tolerance: { cost: 5% } }
  budget:
    total: 85000
    lines: [{ id: cabling, planned: 22000, actual: ${actual} }]`;

testRule(rule, {
  valid: [
    {
      name: 'on time',
      plan: 'pmcheck: 1\nproject: { name: M }\nmilestones: [{ id: m, due: 2026-03-13 }]\nbudget: { lines: [{ id: l, planned: 10, actual: 5 }] }\n',
      asOf: '2026-03-02',
    },
  ],
  invalid: [
    {
      name: 'within the cost tolerance: one level lower',
      plan: move(23800),
      severity: 'medium',
      errors: [
        {
          messageId: 'overrun',
          line: 5,
          column: 50,
          message:
            "Spend on line cabling is 23,800 (actual plus committed) against 22,000 planned: 1,800 over. That is within the cost tolerance of 5% of the budget (4,250): the PM's to manage, and to report.",
        },
      ],
    },
    {
      name: 'beyond it: full severity',
      plan: move(27000),
      severity: 'high',
      errors: [{ messageId: 'overrun', line: 5, column: 50, data: { over: 5000 } }],
    },
  ],
});
