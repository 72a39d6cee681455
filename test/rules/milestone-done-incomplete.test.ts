import rule from '../../src/rules/milestone-done-incomplete.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const network = (vlans: string, milestone = 'done_on: 2026-02-13') => yaml`
  pmcheck: 1
  project: { name: Network refresh, status_date: 2026-02-16 }
  vendors:
    - id: netsupply
      deliveries: [{ id: switches, item: Core switches, due: 2026-02-02, received_on: 2026-02-03 }]
  tasks:
    - { id: vlans, name: Configure VLANs and core switching, start: 2026-02-02, finish: 2026-02-13, ${vlans} }
  milestones:
    - id: network-ready
      name: Network ready at 2 New Road
      due: 2026-02-13
      ${milestone}
      depends_on: [switches, vlans]`;

testRule(rule, {
  valid: [
    { name: 'done after the work finished', plan: network('actual_finish: 2026-02-13') },
    { name: 'progress 100% counts as complete', plan: network('progress: 1') },
  ],
  invalid: [
    {
      name: 'the network is declared ready while VLAN work is 60% done',
      plan: network('progress: 0.6'),
      errors: [
        {
          messageId: 'incomplete',
          line: 12,
          column: 14,
          message:
            'Milestone "Network ready at 2 New Road" is marked done on 2026-02-13, but "Configure VLANs and core switching", which it depends on, is only 60% done.',
        },
      ],
    },
    {
      name: 'the switches never arrived',
      plan: network('actual_finish: 2026-02-13').replace(', received_on: 2026-02-03', ''),
      errors: [
        {
          messageId: 'incomplete',
          line: 12,
          column: 14,
          data: { item: 'Core switches', state: 'has not been delivered' },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no milestone done',
      plan: network('progress: 0.6', 'forecast: 2026-02-20'),
      reason: /no milestone is marked done/,
    },
  ],
});
