import rule from '../../src/rules/vendor-contract.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'signed before the work starts',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        vendors: [{ id: w, contract: { signed_on: 2026-04-20 } }]
        tasks: [{ id: t, vendor: w, start: 2026-04-20 }]`,
    },
  ],
  invalid: [
    {
      name: 'no contract, and work before signing',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        vendors:
          - { id: a, name: Alpha }
          - id: w
            name: Wirewise
            contract: { signed_on: 2026-04-20 }
        tasks:
          - id: t
            vendor: w
            start: 2026-04-13`,
      errors: [
        { messageId: 'noContract', line: 4, column: 5, data: { vendor: 'Alpha' } },
        {
          messageId: 'startsBeforeContract',
          line: 11,
          column: 12,
          data: { vendor: 'Wirewise', start: '2026-04-13', signed: '2026-04-20' },
        },
      ],
    },
  ],
  notApplicable: [{ name: 'no vendors', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no vendors/ }],
});
