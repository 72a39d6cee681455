import rule from '../../src/rules/user-comms.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a plan-wide briefing, and a site training, each before the work',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        sites: [{ id: leeds }]
        tasks:
          - { id: brief, kind: communication, start: 2026-03-09, finish: 2026-03-11 }
          - { id: train, kind: training, site: leeds, start: 2026-03-02, finish: 2026-03-03 }
          - { id: cutover, start: 2026-03-16, users_affected: 120, downtime: true }
          - { id: leeds, site: leeds, start: 2026-03-05, users_affected: 20 }`,
    },
  ],
  invalid: [
    {
      name: 'the 200 users who were not told (article 002); comms the same day is too late',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        sites: [{ id: york }, { id: hull }]
        tasks:
          - { id: york-brief, kind: communication, site: york, start: 2026-05-18, finish: 2026-05-20 }
          - id: hull-cutover
            name: Hull cutover
            site: hull
            start: 2026-06-01
            downtime: true
          - id: migrate
            start: 2026-05-20
            users_affected: 200`,
      errors: [
        {
          messageId: 'untold',
          line: 10,
          column: 15,
          message:
            '"Hull cutover" takes a service down, but no communication or training task for hull finishes before it starts on 2026-06-01.',
        },
        { messageId: 'untold', line: 13, column: 21, data: { effect: 'affects 200 users', where: '' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no user-facing work',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: a }]\n',
      reason: /no work affects users/,
    },
  ],
});
