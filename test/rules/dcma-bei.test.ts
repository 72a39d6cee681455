import rule from '../../src/rules/dcma-bei.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'work finished early counts too: 2 done against 2 due',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-07-13 }
        tasks:
          - { id: a, start: 2026-07-01, finish: 2026-07-03, baseline_finish: 2026-07-03, actual_finish: 2026-07-03 }
          - { id: b, start: 2026-07-06, finish: 2026-07-10, baseline_finish: 2026-07-10, progress: 0.5 }
          - { id: c, start: 2026-07-06, finish: 2026-07-08, baseline_finish: 2026-07-24, actual_finish: 2026-07-08 }`,
    },
  ],
  invalid: [
    {
      name: '2 done against 3 due: 0.67',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-07-13 }
        tasks:
          - { id: a, start: 2026-07-01, finish: 2026-07-03, baseline_finish: 2026-07-03, actual_finish: 2026-07-03 }
          - { id: b, start: 2026-07-06, finish: 2026-07-10, baseline_finish: 2026-07-10, actual_finish: 2026-07-10 }
          - { id: c, name: Patching, start: 2026-07-06, finish: 2026-07-10, baseline_finish: 2026-07-10, progress: 0.5 }`,
      errors: [
        {
          messageId: 'low',
          line: 3,
          column: 1,
          message:
            'DCMA check 14 (baseline execution index): 2 tasks are complete against 3 baselined to finish by 2026-07-13, an index of 0.67 (2 / 3), below 0.95. Baselined but not done: "Patching" (c).',
          data: { done: 2, due: 3, min: 0.95, bei: '0.67' },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no baseline',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: a, start: 2026-07-01, duration: 1d }\n',
      reason: /no task has a baseline finish/,
    },
  ],
});
