import rule from '../../src/rules/dcma-high-float.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'float within 44 working days',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: long, start: 2026-07-01, duration: 40d }
          - { id: short, start: 2026-07-01, duration: 2d }`,
    },
  ],
  invalid: [
    {
      name: 'a loose task beside a long one: 50 working days of float, from the backward pass',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: long, start: 2026-07-01, duration: 60d }
          - { id: docs, name: Write docs, start: 2026-07-01, duration: 10d }`,
      // long runs 60 working days, Wed 1 July to Tue 22 September; docs (1 – 14 July) could
      // finish as late as 22 September: 50 working days later.
      errors: [
        {
          messageId: 'highFloat',
          line: 3,
          column: 1,
          message:
            '1 of 2 tasks (50%) have more than 44 working days of total float, more than the 5% allowed: "Write docs" (docs, 50 days of float).',
          data: { count: 1, total: 2, days: 44 },
        },
      ],
    },
    {
      name: 'thresholds are options',
      options: { maxDays: 5, maxShare: 0.5 },
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-07-01, duration: 20d }
          - { id: b, start: 2026-07-01, duration: 2d }
          - { id: c, start: 2026-07-01, duration: 3d }`,
      errors: [{ messageId: 'highFloat', line: 3, column: 1, data: { count: 2, total: 3, days: 5, max: 0.5 } }],
    },
  ],
  notApplicable: [{ name: 'no tasks', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no unfinished tasks/ }],
});
