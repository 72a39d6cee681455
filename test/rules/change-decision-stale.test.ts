import rule from '../../src/rules/change-decision-stale.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (raised: string) => yaml`
  pmcheck: 1
  project: { name: M, status_date: 2026-03-06 }
  changes:
    - id: CR-2
      title: Add Intune
      status: proposed
      raised_on: ${raised}`;

testRule(rule, {
  valid: [
    { name: 'exactly 14 days is still fine', plan: plan('2026-02-20') },
    { name: 'a longer limit', plan: plan('2026-02-01'), options: { maxDays: 40 } },
  ],
  invalid: [
    {
      name: '16 days waiting',
      plan: plan('2026-02-18'),
      errors: [{ messageId: 'stale', line: 7, column: 16, data: { days: 16, raised: '2026-02-18' } }],
    },
  ],
  notApplicable: [
    {
      name: 'no proposed change with a date',
      plan: 'pmcheck: 1\nproject: { name: M }\nchanges: [{ id: c, status: proposed }]\n',
      reason: /no proposed change/,
    },
  ],
});
