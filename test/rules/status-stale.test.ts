import rule from '../../src/rules/status-stale.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (cadence: string, last: string) => yaml`
  pmcheck: 1
  project: { name: M, status_date: 2026-05-04 }
  communication:
    cadence: ${cadence}
    status_reports:
      - { on: 2026-04-10, rag: green }
      - { on: ${last}, rag: amber }
      - { on: 2026-05-20, rag: green }`;

testRule(rule, {
  valid: [
    { name: 'weekly: 9 days with the grace is fine (a future report is ignored)', plan: plan('weekly', '2026-04-25') },
    { name: 'monthly', plan: plan('monthly', '2026-04-10') },
  ],
  invalid: [
    {
      name: 'weekly, 10 days old',
      plan: plan('weekly', '2026-04-24'),
      errors: [
        {
          messageId: 'stale',
          line: 7,
          column: 13,
          message: 'The last status report was 2026-04-24, 10 days before 2026-05-04; a weekly cadence allows 9 days.',
        },
      ],
    },
    {
      name: 'work started and no report at all',
      plan: 'pmcheck: 1\nproject: { name: M, status_date: 2026-05-04 }\ncommunication: { cadence: fortnightly }\ntasks: [{ id: t, actual_start: 2026-04-01 }]\n',
      errors: [{ messageId: 'none', line: 3, column: 1, data: { started: '2026-04-01' } }],
    },
  ],
  notApplicable: [
    {
      name: 'no cadence',
      plan: 'pmcheck: 1\nproject: { name: M }\ncommunication: { channel: email }\n',
      reason: /no reporting cadence/,
    },
    {
      name: 'nothing started yet',
      plan: 'pmcheck: 1\nproject: { name: M, status_date: 2026-05-04 }\ncommunication: { cadence: weekly }\n',
      reason: /no work has started/,
    },
  ],
});
