import rule from '../../src/rules/change-impact-assessed.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'an impact of zero days counts; rejected changes need none',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        changes:
          - { id: CR-1, status: proposed, impact: { days: 0 } }
          - { id: CR-2, status: rejected }`,
    },
  ],
  invalid: [
    {
      name: 'no impact at all, and an impact with only a scope note',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        changes:
          - id: CR-1
            title: Add Intune
            status: proposed
          - id: CR-2
            impact:
              scope: 10 more ports`,
      errors: [
        { messageId: 'unassessed', line: 4, column: 5, data: { id: 'CR-1', title: 'Add Intune' } },
        { messageId: 'unassessed', line: 8, column: 5, data: { id: 'CR-2', title: 'CR-2' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'only rejected changes',
      plan: 'pmcheck: 1\nproject: { name: M }\nchanges: [{ id: c, status: rejected }]\n',
      reason: /no live changes/,
    },
  ],
});
