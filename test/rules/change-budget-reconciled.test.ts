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

/**
 * The issue-16 office move: a 6,000 contingency, two approved changes, each drawn on the
 * contingency and recorded against its change. The honest record must produce no finding.
 */
const move = (drawdowns: string, extra = '') => yaml`
  pmcheck: 1
  project: { name: Acme HQ move }
  changes:
    - { id: CR-001, title: Hot desks on floor 2, status: implemented, impact: { cost: 2500 } }
    - { id: CR-002, title: Comms cabinet move, status: approved, impact: { cost: 1800 } }
    - { id: CR-003, title: Meeting-room screens, status: proposed, impact: { cost: 3200 } }
  budget:
    total: 85000
    contingency: 6000${extra}
    drawdowns:
${drawdowns}`;

testRule(rule, {
  valid: [
    {
      name: 'each approved change drawn from the contingency it fits in',
      plan: move(
        '      - { change: CR-001, amount: 2500, on: 2026-02-03 }\n      - { change: CR-002, amount: 1800, on: 2026-02-12 }',
      ),
    },
    {
      name: 'one drawn, the other funded by a raise in the total',
      plan: move('      - { change: CR-001, amount: 2500, on: 2026-02-03 }', '\n    baseline_total: 83200').replace(
        'total: 85000',
        'total: 85000',
      ),
    },
  ],
  invalid: [
    {
      name: 'the cabinet move was approved but nothing funds it',
      plan: move('      - { change: CR-001, amount: 2500, on: 2026-02-03 }'),
      errors: [
        {
          messageId: 'unfunded',
          line: 10,
          column: 3,
          message:
            'Approved changes cost 4,300; drawdowns from the contingency cover 2,500, leaving 1,800 unfunded (CR-002).',
        },
      ],
    },
    {
      name: 'contingency spent on a change nobody approved',
      plan: move(
        '      - { change: CR-001, amount: 2500, on: 2026-02-03 }\n      - { change: CR-002, amount: 1800, on: 2026-02-12 }\n      - { change: CR-003, amount: 1000, on: 2026-02-20 }',
      ),
      errors: [
        { messageId: 'undecidedDrawdown', line: 13, column: 17, data: { change: 'CR-003', status: 'proposed' } },
      ],
    },
  ],
});
