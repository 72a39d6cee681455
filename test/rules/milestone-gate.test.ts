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

/** A scrum team's releases, decided at fortnightly sprint reviews. */
const releases = (review: string) => yaml`
  pmcheck: 1
  project: { name: Booking system rebuild, methodology: scrum }
  people: [{ id: omar, role: product-owner }, { id: helen, role: sponsor }]
  milestones:
    - { id: mvp, name: Minimum viable product live, due: 2026-05-29 }
    - { id: r2, name: Release 2, due: 2026-07-24 }
  communication:
    cadence: weekly
    audience: [helen]
    ${review}`;

testRule(rule, {
  valid: [
    {
      name: 'sprint reviews stand in for gates',
      plan: releases('sprint_review: { cadence: fortnightly, audience: [omar, helen] }'),
    },
  ],
  invalid: [
    {
      name: 'a sprint review with nobody invited is not a decision point',
      plan: releases('sprint_review: { cadence: fortnightly }'),
      errors: [
        { messageId: 'noGate', line: 5, column: 5 },
        { messageId: 'noGate', line: 6, column: 5 },
      ],
    },
  ],
});
