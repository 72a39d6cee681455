import rule from '../../src/rules/milestone-gate.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'criteria and an approver',
      plan: 'pmcheck: 1\nproject: { name: M }\npeople: [{ id: a }]\nmilestones: [{ id: m, gate: { criteria: [UAT signed], approver: a } }]\n',
    },
  ],
  invalid: [
    {
      name: 'no gate, and a gate with no approver',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        milestones:
          - id: scope
            name: Scope signed
          - id: live
            gate:
              criteria: [UAT signed]`,
      errors: [
        { messageId: 'noGate', line: 4, column: 5, data: { milestone: 'Scope signed' } },
        { messageId: 'incomplete', line: 7, column: 5, data: { milestone: 'live', missing: 'approver' } },
      ],
    },
  ],
  notApplicable: [{ name: 'no milestones', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no milestones/ }],
});
