import rule from '../../src/rules/change-approver.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (by: string) => yaml`
  pmcheck: 1
  project: { name: M, sponsor: alice, manager: pat }
  people: [{ id: alice }, { id: pat }, { id: cfo }, { id: sam, name: Sam Lee }]
  changes:
    - id: CR-1
      status: approved
      approved:
        by: ${by}
        on: 2026-02-03`;

testRule(rule, {
  valid: [
    { name: 'approved by the sponsor', plan: plan('alice') },
    { name: 'approved by the PM', plan: plan('pat') },
    { name: 'approved by someone in the approvers option', plan: plan('cfo'), options: { approvers: ['cfo'] } },
  ],
  invalid: [
    {
      name: 'approved by an engineer',
      plan: plan('sam'),
      errors: [{ messageId: 'wrongApprover', line: 8, column: 11, data: { approver: 'Sam Lee' } }],
    },
    {
      name: 'the cfo is not allowed unless configured',
      plan: plan('cfo'),
      errors: [{ messageId: 'wrongApprover', line: 8, column: 11, data: { approver: 'cfo' } }],
    },
  ],
  notApplicable: [
    {
      name: 'no approvals recorded',
      plan: 'pmcheck: 1\nproject: { name: M }\nchanges: [{ id: c }]\n',
      reason: /no change records an approver/,
    },
  ],
});

/** A scrum team: the product owner swaps equal-size backlog items; money and dates stay the sponsor's. */
const scrum = (impact: string) => yaml`
  pmcheck: 1
  project: { name: Booking system rebuild, methodology: scrum, sponsor: helen, manager: priya }
  people:
    - { id: helen, name: Helen Ward, role: sponsor }
    - { id: priya, name: Priya Shah, role: project-manager }
    - { id: omar, name: Omar Reid, role: product-owner }
  changes:
    - id: CR-7
      title: Swap gift vouchers for SMS reminders
      status: approved
      impact: ${impact}
      approved: { by: omar, on: 2026-04-02 }`;

testRule(rule, {
  valid: [
    {
      name: 'an equal-size backlog swap approved by the product owner',
      plan: scrum('{ cost: 0, days: 0, scope: Same size }'),
    },
  ],
  invalid: [
    {
      name: 'the product owner approving a change that adds budget',
      plan: scrum('{ cost: 4000, days: 0 }'),
      errors: [
        {
          messageId: 'ownerBeyondBacklog',
          line: 12,
          column: 21,
          message:
            "Change CR-7 was approved by the product owner, Omar Reid, but it moves 4,000 of budget: a backlog swap is theirs, a change to the budget or the date is the sponsor's.",
        },
      ],
    },
    {
      name: 'on a waterfall project the product owner role gives no authority',
      plan: scrum('{ cost: 0, days: 0 }').replace('methodology: scrum', 'methodology: waterfall'),
      errors: [{ messageId: 'wrongApprover', line: 12, column: 21, data: { approver: 'Omar Reid' } }],
    },
  ],
});
