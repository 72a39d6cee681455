import rule from '../../src/rules/owner-assigned.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'everything owned',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        people: [{ id: sam }]
        tasks: [{ id: t, owner: sam }]
        milestones: [{ id: m, owner: sam }]
        changes: [{ id: CR-1, requested_by: sam }]`,
    },
  ],
  invalid: [
    {
      name: 'a task, a milestone and a change with nobody on them, each at its item',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        people: [{ id: sam }]
        tasks:
          - { id: ok, owner: sam }
          - id: cabling
            name: Install cabling
        milestones:
          - id: go-live
        changes:
          - id: CR-1`,
      errors: [
        { messageId: 'noOwner', line: 6, column: 5, data: { kind: 'Task', name: 'Install cabling' } },
        { messageId: 'noOwner', line: 9, column: 5, data: { kind: 'Milestone', name: 'go-live' } },
        { messageId: 'noRequester', line: 11, column: 5, data: { id: 'CR-1' } },
      ],
    },
  ],
  notApplicable: [
    { name: 'nothing to own', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no tasks, milestones or changes/ },
  ],
});
