import rule from '../../src/rules/vendor-sequencing.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'work starts on the day the delivery arrives, and after the other vendor finishes',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        vendors:
          - id: netco
            deliveries: [{ id: switches, due: 2026-02-02 }]
          - { id: cablecorp }
          - { id: voip }
        tasks:
          - { id: cabling, vendor: cablecorp, start: 2026-01-20, finish: 2026-01-30 }
          - { id: install, start: 2026-02-02, depends_on: [switches] }
          - { id: phones, vendor: voip, start: 2026-02-02, depends_on: [cabling] }`,
    },
    {
      name: 'the same vendor handing over to itself is not a vendor hand-off',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        vendors: [{ id: cablecorp, deliveries: [{ id: d, due: 2026-01-01 }] }]
        tasks:
          - { id: a, vendor: cablecorp, start: 2026-01-20, finish: 2026-01-30, depends_on: [d] }
          - { id: b, vendor: cablecorp, start: 2026-01-26, depends_on: [a] }`,
    },
  ],
  invalid: [
    {
      name: 'the contractor is booked before the switches arrive (article 002)',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        vendors:
          - id: netco
            name: NetCo
            deliveries:
              - { id: switches, item: 4x core switches, due: 2026-02-06 }
        tasks:
          - id: patch
            name: Patch switches
            start: 2026-02-02
            depends_on: [switches]`,
      errors: [
        {
          messageId: 'beforeDelivery',
          line: 12,
          column: 18,
          message: 'Task "Patch switches" starts 2026-02-02 but needs 4x core switches from NetCo, due 2026-02-06.',
        },
      ],
    },
    {
      name: 'actual dates win: a late delivery and an early actual start',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        vendors:
          - id: netco
            deliveries: [{ id: switches, due: 2026-02-02, received_on: 2026-02-10 }]
        tasks:
          - id: patch
            start: 2026-02-09
            actual_start: 2026-02-09
            depends_on:
              - switches`,
      errors: [{ messageId: 'beforeDelivery', line: 11, column: 9, data: { arrival: 'received 2026-02-10' } }],
    },
    {
      name: 'a task starts before another vendor finishes the work it depends on',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        vendors: [{ id: cablecorp, name: CableCorp }, { id: voip }]
        tasks:
          - { id: cabling, vendor: cablecorp, start: 2026-01-20, finish: 2026-01-30 }
          - { id: phones, vendor: voip, start: 2026-01-28, depends_on: [cabling] }`,
      errors: [
        {
          messageId: 'beforeHandoff',
          line: 6,
          column: 65,
          data: { pred: 'cabling', vendor: 'CableCorp', finish: '2026-01-30' },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no task depends on a delivery or another vendor',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        tasks:
          - { id: a, start: 2026-01-20 }
          - { id: b, start: 2026-01-21, depends_on: [a] }`,
      reason: /no task depends on a vendor delivery/,
    },
  ],
});
