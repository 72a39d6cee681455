import rule from '../../src/rules/dcma-lags.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'one lag in 25 dependencies is within a raised limit',
      options: { maxShare: 0.05 },
      plan: `pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: t0, start: 2026-07-01, duration: 1d }\n${Array.from({ length: 25 }, (_, i) => `  - { id: t${i + 1}, duration: 1d, depends_on: [${i === 0 ? '{ id: t0, lag: 1d }' : `t${i}`}] }`).join('\n')}\n`,
    },
  ],
  invalid: [
    {
      name: 'a percent lag is a lag',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-07-01, duration: 10d }
          - { id: b, name: Burn-in, duration: 2d, depends_on: [{ id: a, type: SS, lag: 50, lag_unit: percent }] }`,
      errors: [
        {
          messageId: 'lags',
          line: 3,
          column: 1,
          message: '1 of 1 dependencies (100%) have a lag, more than the 5% allowed: "Burn-in" (b, SS +50% after a).',
          data: { count: 1, total: 1, share: 1, max: 0.05 },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no dependencies',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: a, start: 2026-07-01, duration: 1d }\n',
      reason: /no dependencies/,
    },
  ],
});
