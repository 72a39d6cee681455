import rule from '../../src/rules/dcma-cpli.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'three days to spare: (11 + 3) / 11 = 1.27',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-06-29, deadline: 2026-07-17 }
        tasks:
          - { id: build, start: 2026-07-01, duration: 10d }`,
    },
  ],
  invalid: [
    {
      name: 'two days late against the deadline: (11 - 2) / 11 = 0.82',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-06-29, deadline: 2026-07-10 }
        tasks:
          - { id: build, start: 2026-07-01, duration: 10d }`,
      // As of Mon 29 June, build runs Wed 1 – Tue 14 July: 11 working days away (30 June to
      // 14 July). The deadline, Fri 10 July, is 2 working days earlier: float -2.
      errors: [
        {
          messageId: 'low',
          line: 2,
          column: 56,
          message:
            'DCMA check 13 (CPLI): the critical path length index is 0.82, below 0.95: 11 working days from 2026-06-29 to the forecast finish 2026-07-14, and -2 working days of float to 2026-07-10 (the deadline), so (11 − 2) / 11. Critical chain: "build".',
          data: { cpl: 11, float: -2, target: '2026-07-10' },
        },
      ],
    },
    {
      name: 'without a deadline, against the latest baseline finish',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-06-29 }
        tasks:
          - { id: build, start: 2026-07-01, duration: 10d, baseline_start: 2026-07-01, baseline_finish: 2026-07-10 }`,
      errors: [{ messageId: 'low', line: 3, column: 1, data: { float: -2, targetIs: 'the latest baseline finish' } }],
    },
  ],
  notApplicable: [
    {
      name: 'nothing to measure against',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: a, start: 2026-07-01, duration: 1d }\n',
      reason: /no project.deadline and no baseline finish/,
    },
  ],
});
