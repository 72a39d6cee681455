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
      errors: [{ messageId: 'wrongApprover', line: 8, column: 11, data: { approver: 'Sam Lee (sam)' } }],
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
