import rule from '../../src/rules/change-communicated.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'communicated to a person and a vendor',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        people: [{ id: sam }]
        vendors: [{ id: cablecorp }]
        changes:
          - { id: CR-1, status: implemented, communicated_to: [sam, cablecorp] }`,
    },
  ],
  invalid: [
    {
      name: 'an approved change told to nobody, at the list or the change',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        changes:
          - id: CR-1
            status: approved
            communicated_to: []
          - id: CR-2
            status: implemented`,
      errors: [
        { messageId: 'untold', line: 6, column: 5, data: { id: 'CR-1', status: 'approved' } },
        { messageId: 'untold', line: 7, column: 5, data: { id: 'CR-2', status: 'implemented' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'nothing decided yet',
      plan: 'pmcheck: 1\nproject: { name: M }\nchanges: [{ id: c, status: proposed }]\n',
      reason: /no change is approved or implemented/,
    },
  ],
});
