import rule from '../../src/rules/dcma-critical-path-test.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a finish-to-start chain carries the whole delay to the finish',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        milestones: [{ id: live, depends_on: [test] }]
        tasks:
          - { id: configure, start: 2026-07-01, duration: 5d }
          - { id: test, duration: 10d, depends_on: [configure] }`,
    },
  ],
  invalid: [
    {
      name: 'a start-to-start link out of the critical task breaks the path',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: configure, name: Configure, start: 2026-07-01, duration: 5d }
          - { id: test, duration: 10d, depends_on: [{ id: configure, type: SS, lag: 2d }] }`,
      // configure Wed 1 – Tue 7 July; test Fri 3 – Thu 16 finishes last. Configure, 600 days
      // longer, finishes 600 working days after 7 July: 593 after the old finish, not 600.
      errors: [
        {
          messageId: 'broken',
          line: 3,
          column: 1,
          message:
            'DCMA check 12 (critical path test): 600 working days added to "Configure" (configure), the first unfinished task on the critical path, move the forecast finish 593 working days (from 2026-07-16 to 2028-10-24), not 600: the path from it to the finish is broken. Critical path: "Configure" → "test".',
          data: { delay: 600, slip: 593 },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'a loop',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: a, start: 2026-07-01, duration: 1d, depends_on: [b] }\n  - { id: b, duration: 1d, depends_on: [a] }\n',
      reason: /loop/,
    },
    {
      name: 'everything on the critical path is done',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: a, start: 2026-05-04, finish: 2026-05-08, progress: 1 }\n',
      reason: /no unfinished task is on the critical path/,
    },
  ],
});
