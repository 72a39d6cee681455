import rule from '../../src/rules/dcma-resources.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'resources, an owner, a vendor or a cost each load a task',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        people: [{ id: sam }]
        vendors: [{ id: acme }]
        tasks:
          - { id: a, start: 2026-07-01, duration: 1d, resources: [Crane] }
          - { id: b, start: 2026-07-01, duration: 1d, owner: sam }
          - { id: c, start: 2026-07-01, duration: 1d, vendor: acme }
          - { id: d, start: 2026-07-01, duration: 1d, cost: 900 }`,
    },
  ],
  invalid: [
    {
      name: 'one task of a resource-loaded schedule has nobody',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-07-01, duration: 1d, resources: [Engineer 1] }
          - { id: b, name: Patch, start: 2026-07-01, duration: 1d }`,
      errors: [
        {
          messageId: 'unresourced',
          line: 3,
          column: 1,
          message: '1 of 2 tasks (50%) have no resource, owner, vendor or cost, more than the 0% allowed: "Patch" (b).',
          data: { count: 1, total: 2 },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'a schedule that is not resource-loaded',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: a, start: 2026-07-01, duration: 1d }\n',
      reason: /not resource-loaded/,
    },
  ],
});
