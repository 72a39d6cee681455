import rule from '../../src/rules/float-mismatch.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'the file agrees within a day',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: build, start: 2026-07-01, duration: 10d, as_scheduled: { total_float: 0, critical: true } }
          - { id: docs, start: 2026-07-01, duration: 2d, as_scheduled: { total_float: 7.5, critical: false } }`,
    },
  ],
  invalid: [
    {
      name: 'float and critical flags the logic does not support',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: build, name: Build, start: 2026-07-01, duration: 10d, as_scheduled: { critical: false } }
          - { id: docs, name: Docs, start: 2026-07-01, duration: 2d, as_scheduled: { total_float: 0 } }
          - { id: train, name: Train, start: 2026-07-01, duration: 2d, as_scheduled: { critical: true } }`,
      errors: [
        {
          messageId: 'mismatch',
          line: 3,
          column: 1,
          message:
            '3 of 3 unfinished tasks and milestones disagree with pmcheck\'s backward pass on their float or whether they are critical: "Build" (build, not critical in the file, critical by pmcheck (float 0)), "Docs" (docs, float 0 in the file, 8 by pmcheck) and "Train" (train, critical in the file, 8 days of float by pmcheck).',
          data: { count: 3, total: 3 },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no stored float',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: a, start: 2026-07-01, duration: 1d }\n',
      reason: /no unfinished task or milestone says what float/,
    },
  ],
});
