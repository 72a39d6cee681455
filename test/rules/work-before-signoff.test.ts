import rule from '../../src/rules/work-before-signoff.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'build work starts on the sign-off date; scoping before it is exempt',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        scope:
          signed_off: { by: alice, on: 2026-01-12 }
        people: [{ id: alice }]
        tasks:
          - { id: survey, kind: scoping, start: 2026-01-05 }
          - { id: cabling, kind: build, start: 2026-01-12 }`,
    },
    {
      name: 'unsigned scope, but nothing has started yet',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        tasks:
          - { id: cabling, start: 2026-07-01, actual_start: 2026-07-01 }`,
      asOf: '2026-06-01',
    },
  ],
  invalid: [
    {
      name: 'a planned start and an actual start before sign-off',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        scope:
          signed_off: { by: alice, on: 2026-01-12 }
        people: [{ id: alice }]
        tasks:
          - id: cabling
            start: 2026-01-05
          - id: switches
            start: 2026-01-19
            actual_start: 2026-01-09`,
      errors: [
        {
          messageId: 'beforeSignoff',
          line: 8,
          column: 12,
          data: { verb: 'is planned to start', start: '2026-01-05', signoff: '2026-01-12' },
        },
        { messageId: 'beforeSignoff', line: 11, column: 19, data: { verb: 'started', start: '2026-01-09' } },
      ],
    },
    {
      name: 'unsigned scope: started tasks count, by actual start or by progress',
      plan: yaml`
        pmcheck: 1
        project: { name: Move, status_date: 2026-02-01 }
        tasks:
          - { id: a, actual_start: 2026-01-20 }
          - { id: b, progress: 25% }
          - { id: c, actual_start: 2026-03-01 }`,
      errors: [
        { messageId: 'unsigned', line: 4, column: 28, data: { evidence: 'actual start 2026-01-20' } },
        { messageId: 'unsigned', line: 5, column: 24, data: { evidence: '25% done' } },
      ],
    },
    {
      name: 'a sign-off with no date is no sign-off',
      plan: yaml`
        pmcheck: 1
        project: { name: Move, status_date: 2026-02-01 }
        scope:
          signed_off: { by: alice }
        people: [{ id: alice }]
        tasks:
          - { id: a, actual_start: 2026-01-20 }`,
      errors: [{ messageId: 'unsigned', line: 7, column: 28 }],
    },
  ],
  notApplicable: [
    {
      name: 'no tasks, or only scoping tasks',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        tasks: [{ id: workshop, kind: scoping }]`,
      reason: /no tasks/,
    },
  ],
});
