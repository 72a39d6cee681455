import rule from '../../src/rules/milestone-slipped.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'on forecast, done on time, due later',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-02-16 }
        milestones:
          - { id: a, due: 2026-02-13, done_on: 2026-02-13 }
          - { id: b, due: 2026-03-02, forecast: 2026-03-02 }
          - { id: c, due: 2026-02-16 }`,
    },
  ],
  invalid: [
    {
      name: 'a forecast past due, and a due date passed with nothing done',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-02-16 }
        milestones:
          - id: network-ready
            name: Network ready
            due: 2026-02-13
            forecast: 2026-02-20
          - id: scope
            due: 2026-02-06`,
      errors: [
        {
          messageId: 'slipped',
          line: 7,
          column: 15,
          message: 'Milestone "Network ready" has slipped: forecast 2026-02-20, due 2026-02-13.',
        },
        { messageId: 'slipped', line: 9, column: 10, data: { why: 'due 2026-02-06 and not done' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no due dates',
      plan: 'pmcheck: 1\nproject: { name: M }\nmilestones: [{ id: m }]\n',
      reason: /no milestone has a due date/,
    },
  ],
});
