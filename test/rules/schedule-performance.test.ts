import rule from '../../src/rules/schedule-performance.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (progress: number) => yaml`
  pmcheck: 1
  project: { name: M, status_date: 2026-02-13 }
  tasks:
    - { id: a, start: 2026-02-02, finish: 2026-02-06, progress: 1 }
    - { id: b, start: 2026-02-09, finish: 2026-02-13, progress: ${progress} }
    - { id: c, start: 2026-02-16, finish: 2026-02-20 }
  budget:
    lines: [{ id: labour, planned: 15000 }]`;

testRule(rule, {
  valid: [{ name: 'on plan', plan: plan(1) }],
  // As of the morning of 13 Feb, task b has 4 of its 5 days behind it: 5,000 + 4,000 planned.
  invalid: [
    {
      name: 'a week of work half done',
      plan: plan(0.5),
      errors: [
        {
          messageId: 'low',
          line: 7,
          column: 1,
          message: 'SPI is 0.83: 7,500 of work earned against 9,000 planned by 2026-02-13 (below 0.9).',
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'nothing planned yet',
      plan: plan(0).replace('status_date: 2026-02-13', 'status_date: 2026-01-13'),
      reason: /no work was planned/,
    },
  ],
});
