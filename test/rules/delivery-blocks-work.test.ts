import rule from '../../src/rules/delivery-blocks-work.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

/** Monday 16 February: the switches were due last Thursday. */
const plan = (install: string, received = '') => yaml`
  pmcheck: 1
  project: { name: Acme HQ move, status_date: 2026-02-16 }
  vendors:
    - id: netsupply
      name: NetSupply Distribution
      deliveries: [{ id: switches, item: 4x core switches, due: 2026-02-12${received} }]
  tasks:
    - { id: install, name: Patch and terminate the core switches, ${install}, depends_on: [switches] }`;

testRule(rule, {
  valid: [
    { name: 'the install is three weeks away: delivery-overdue is enough for now', plan: plan('start: 2026-03-09') },
    {
      name: 'the engineers have already started with what they have',
      plan: plan('start: 2026-02-16, actual_start: 2026-02-16'),
    },
  ],
  invalid: [
    {
      name: 'the install starts on Wednesday',
      plan: plan('start: 2026-02-18'),
      errors: [
        {
          messageId: 'blocks',
          line: 6,
          column: 63,
          message:
            '4x core switches from NetSupply Distribution was due 2026-02-12 and has not arrived, and "Patch and terminate the core switches", which needs it, starts on 2026-02-18, in 2 working days.',
        },
      ],
    },
    {
      name: 'the install should have started last week',
      plan: plan('start: 2026-02-13'),
      errors: [{ messageId: 'blocks', line: 6, column: 63, data: { when: 'was due to start on 2026-02-13' } }],
    },
    {
      name: 'a tighter window by option still catches today',
      plan: plan('start: 2026-02-16'),
      options: { withinDays: 0 },
      errors: [{ messageId: 'blocks', line: 6, column: 63, data: { when: 'is due to start today (2026-02-16)' } }],
    },
  ],
  notApplicable: [
    {
      name: 'nothing overdue',
      plan: plan('start: 2026-02-18', ', received_on: 2026-02-13'),
      reason: /no overdue delivery/,
    },
  ],
});
