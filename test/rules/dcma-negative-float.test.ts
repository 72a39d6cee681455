import rule from '../../src/rules/dcma-negative-float.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'the deadline can be met',
      plan: yaml`
        pmcheck: 1
        project: { name: M, deadline: 2026-07-31 }
        tasks:
          - { id: build, start: 2026-07-01, duration: 10d }
          - { id: test, duration: 5d, depends_on: [build] }`,
    },
  ],
  invalid: [
    {
      name: 'the project deadline is missed by the chain: each task on it has negative float',
      plan: yaml`
        pmcheck: 1
        project: { name: M, deadline: 2026-07-17 }
        tasks:
          - { id: build, name: Build, start: 2026-07-01, duration: 10d }
          - { id: test, name: Test, duration: 5d, depends_on: [build] }
          - { id: docs, start: 2026-07-01, duration: 2d }`,
      // build Wed 1 – Tue 14 July, test Wed 15 – Tue 21: two working days past Fri 17 July.
      errors: [
        {
          messageId: 'negative',
          line: 3,
          column: 1,
          message:
            '2 of 3 tasks (66.7%) have negative total float, more than the 0% allowed: "Build" (build, -2 days of float) and "Test" (test, -2 days of float).',
          data: { count: 2, total: 3, max: 0 },
        },
      ],
    },
  ],
  notApplicable: [{ name: 'no tasks', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no unfinished tasks/ }],
});
