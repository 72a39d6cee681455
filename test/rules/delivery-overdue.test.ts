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

/** Handsets two working days late, the install seven working days away, a five-day tolerance. */
const phones = (install: string, tolerance = '{ days: 5 }') => yaml`
  pmcheck: 1
  project: { name: Phone system swap, status_date: 2026-03-11, tolerance: ${tolerance} }
  vendors:
    - id: voip
      name: Northern Voice
      deliveries: [{ id: handsets, item: 40 desk handsets, due: 2026-03-09 }]
  tasks:
    - { id: install, name: Install the handsets, ${install}, depends_on: [handsets] }`;

testRule(rule, {
  valid: [
    {
      name: 'received',
      plan: phones('start: 2026-03-20').replace('due: 2026-03-09 }', 'due: 2026-03-09, received_on: 2026-03-09 }'),
    },
  ],
  invalid: [
    {
      name: 'two days late, a week and more in hand, within tolerance: low',
      plan: phones('start: 2026-03-20'),
      severity: 'low',
      errors: [
        {
          messageId: 'overdue',
          line: 6,
          column: 63,
          message:
            '40 desk handsets from Northern Voice was due 2026-03-09 and has not arrived (2 days late as of 2026-03-11). It is needed on 2026-03-20 ("Install the handsets"), 7 working days away.',
        },
      ],
    },
    {
      name: 'the install is on Friday: full severity',
      plan: phones('start: 2026-03-13', '{ days: 1 }'),
      severity: 'high',
      errors: [{ messageId: 'overdue', line: 6, column: 63, data: { workingDaysAway: 2 } }],
    },
  ],
});
