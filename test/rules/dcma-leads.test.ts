import rule from '../../src/rules/dcma-leads.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'lags and plain links are not leads',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-07-01, duration: 5d }
          - { id: b, duration: 2d, depends_on: [{ id: a, lag: 2d }] }
          - { id: c, duration: 2d, depends_on: [b] }`,
    },
  ],
  invalid: [
    {
      name: 'a lead in days and an elapsed lead, by the sign they were written with',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, name: Build, start: 2026-07-01, duration: 5d }
          - { id: b, name: Test, duration: 2d, depends_on: [{ id: a, lag: -2d }] }
          - { id: c, name: Train, duration: 2d, depends_on: [{ id: a, lag: -3, lag_unit: elapsed-days }] }
          - { id: d, name: Go, duration: 1d, depends_on: [b, c] }`,
      errors: [
        {
          messageId: 'leads',
          line: 3,
          column: 1,
          message:
            'DCMA check 2 (leads): 2 of 4 dependencies (50%) have a lead, more than the 0% allowed: "Test" (b, FS -2 days after a) and "Train" (c, FS -3 elapsed days after a). Counted: the dependencies into 4 unfinished tasks as of 2026-06-01',
          data: { count: 2, total: 4, first: ['b', 'c'] },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no dependencies',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: a, start: 2026-07-01, duration: 1d }\n',
      reason: /no dependencies into the unfinished tasks/,
    },
  ],
});
