import rule from '../../src/rules/change-approved.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'approved before implemented; proposed and rejected changes need no approval',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        people: [{ id: alice }]
        changes:
          - id: CR-1
            status: implemented
            approved: { by: alice, on: 2026-02-03 }
            implemented_on: 2026-02-03
          - { id: CR-2, status: proposed }
          - { id: CR-3, status: rejected }`,
    },
  ],
  invalid: [
    {
      name: 'implemented with no approval, at the status line',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        changes:
          - id: CR-002
            title: Move the comms cabinet
            status: implemented
            implemented_on: 2026-01-30`,
      errors: [
        {
          messageId: 'noApproval',
          line: 6,
          column: 13,
          message: 'Change CR-002 ("Move the comms cabinet") is implemented with no approval record.',
        },
      ],
    },
    {
      name: 'an approval with no approver, and one implemented before its approval',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        people: [{ id: alice }]
        changes:
          - id: CR-1
            status: approved
            approved: { on: 2026-02-03 }
          - id: CR-2
            status: implemented
            approved: { by: alice, on: 2026-02-10 }
            implemented_on: 2026-02-06`,
      errors: [
        { messageId: 'incomplete', line: 7, column: 5, data: { missing: 'approver (by)' } },
        {
          messageId: 'implementedFirst',
          line: 11,
          column: 21,
          data: { implemented: '2026-02-06', approved: '2026-02-10' },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no approved or implemented change',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        changes: [{ id: CR-1, status: proposed }]`,
      reason: /no change is approved or implemented/,
    },
  ],
});
