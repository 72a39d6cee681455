import rule from '../../src/rules/dcma-invalid-dates.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a statused schedule: actuals in the past, forecasts after the status date',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-07-06 }
        tasks:
          - { id: a, start: 2026-06-29, finish: 2026-07-03, actual_start: 2026-06-29, actual_finish: 2026-07-03 }
          - { id: b, start: 2026-07-01, finish: 2026-07-10, actual_start: 2026-07-01, progress: 0.4 }
          - { id: c, start: 2026-07-13, duration: 2d }`,
    },
  ],
  invalid: [
    {
      name: 'a start and a finish in the past, and an actual in the future',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-07-06 }
        tasks:
          - { id: a, name: Racks, start: 2026-06-29, finish: 2026-07-03 }
          - { id: b, name: Cabling, start: 2026-07-01, finish: 2026-07-03, actual_start: 2026-07-01 }
          - { id: c, name: Patching, start: 2026-07-06, finish: 2026-07-08, actual_start: 2026-07-07 }
          - { id: d, start: 2026-07-13, duration: 2d }`,
      errors: [
        {
          messageId: 'invalid',
          line: 3,
          column: 1,
          message:
            'DCMA check 9 (invalid dates): 3 of 4 tasks (75%) have a forecast date before 2026-07-06 or an actual date after it, more than the 0% allowed: "Racks" (a, starts 2026-06-29, not started), "Cabling" (b, finishes 2026-07-03, not done) and "Patching" (c, actual start 2026-07-07). Counted: 4 tasks as of 2026-07-06 (4 in the plan; milestones and summary tasks are not counted).',
          data: { count: 3, total: 4, first: ['a', 'b', 'c'] },
        },
      ],
    },
  ],
  notApplicable: [{ name: 'no tasks', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no tasks to count/ }],
});
