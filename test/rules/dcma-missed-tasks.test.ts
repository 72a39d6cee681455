import rule from '../../src/rules/dcma-missed-tasks.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'finished on its baseline; a task baselined for later is not counted',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-07-13 }
        tasks:
          - { id: a, start: 2026-07-01, finish: 2026-07-03, baseline_finish: 2026-07-03, actual_finish: 2026-07-03 }
          - { id: b, start: 2026-07-14, finish: 2026-07-20, baseline_finish: 2026-07-20 }`,
    },
  ],
  invalid: [
    {
      name: 'one finished late and one not done, of three baselined by the status date',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-07-13 }
        tasks:
          - { id: a, start: 2026-07-01, finish: 2026-07-03, baseline_finish: 2026-07-03, actual_finish: 2026-07-03 }
          - { id: b, name: Cabling, start: 2026-07-01, finish: 2026-07-07, baseline_finish: 2026-07-06, actual_finish: 2026-07-07 }
          - { id: c, name: Patching, start: 2026-07-08, finish: 2026-07-15, baseline_finish: 2026-07-10, actual_start: 2026-07-08 }
          - { id: d, start: 2026-07-14, finish: 2026-07-20, baseline_finish: 2026-07-20 }`,
      errors: [
        {
          messageId: 'missed',
          line: 3,
          column: 1,
          message:
            'DCMA check 11 (missed tasks): 2 of 3 tasks baselined to finish by 2026-07-13 (66.7%) finished after their baseline finish or not at all, more than the 5% allowed: "Cabling" (b, baseline 2026-07-06, finished 2026-07-07) and "Patching" (c, baseline 2026-07-10, not done). Counted from 4 tasks as of 2026-07-13',
          data: { count: 2, total: 3, max: 0.05 },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no baseline at all',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: a, start: 2026-07-01, duration: 1d }\n',
      reason: /no task has a baseline finish/,
    },
    {
      name: 'nothing baselined to finish yet',
      plan: 'pmcheck: 1\nproject: { name: M, status_date: 2026-06-01 }\ntasks:\n  - { id: a, start: 2026-07-01, duration: 1d, baseline_finish: 2026-07-01 }\n',
      reason: /no task was baselined to finish by 2026-06-01/,
    },
  ],
});
