import rule from '../../src/rules/kickoff-held.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'the kick-off is on the day work starts',
      plan: 'pmcheck: 1\nproject: { name: M }\ncommunication: { kickoff_on: 2026-01-12 }\ntasks: [{ id: a, start: 2026-01-12 }]\n',
    },
  ],
  invalid: [
    {
      name: 'the kick-off came after work started (actual start wins)',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        communication:
          kickoff_on: 2026-02-02
        tasks:
          - { id: discovery, name: Discovery, start: 2026-02-09, actual_start: 2026-01-26 }`,
      errors: [
        {
          messageId: 'late',
          line: 4,
          column: 15,
          data: { kickoff: '2026-02-02', started: '2026-01-26', task: 'Discovery' },
        },
      ],
    },
    {
      name: 'no kick-off recorded',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: a, start: 2026-01-12 }]\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
  notApplicable: [
    {
      name: 'no dated tasks',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: a }]\n',
      reason: /no task has a start date/,
    },
  ],
});
