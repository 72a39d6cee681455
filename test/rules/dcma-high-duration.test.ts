import rule from '../../src/rules/dcma-high-duration.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'the baseline duration counts: a task that grew past 44 days was planned at 20',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-07-01, finish: 2026-10-30, baseline_start: 2026-07-01, baseline_finish: 2026-07-28 }`,
    },
  ],
  invalid: [
    {
      name: 'a 64-day task in the baseline and a 45-day task as planned',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, name: Migrate, start: 2026-07-01, finish: 2026-07-14, baseline_start: 2026-07-01, baseline_finish: 2026-09-28 }
          - { id: b, name: Rollout, start: 2026-07-01, duration: 45d }
          - { id: c, start: 2026-07-01, duration: 5d }`,
      errors: [
        {
          messageId: 'long',
          line: 3,
          column: 1,
          message:
            '2 of 3 tasks (66.7%) run more than 44 working days, more than the 5% allowed: "Migrate" (a, 64 days in the baseline) and "Rollout" (b, 45 days). Counted: 3 unfinished tasks as of 2026-06-01 (3 in the plan; milestones and summary tasks are not counted); durations are the baseline\'s for 1 of them, else as planned.',
          data: { count: 2, total: 3, fromBaseline: 1 },
        },
      ],
    },
  ],
  notApplicable: [{ name: 'no tasks', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no unfinished tasks/ }],
});
