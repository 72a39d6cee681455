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
    {
      name: 'a 10-user pilot needs no comms task of its own: its users volunteered; the rollout after it is announced',
      plan: yaml`
        pmcheck: 1
        project: { name: Laptops }
        tasks:
          - { id: pilot, name: Pilot with 10 users, kind: pilot, start: 2026-08-24, finish: 2026-09-03, users_affected: 10 }
          - { id: tell-all, name: All-staff email, kind: communication, start: 2026-09-01, finish: 2026-09-04 }
          - { id: wave-1, kind: rollout, start: 2026-09-07, users_affected: 15, depends_on: [pilot, tell-all] }`,
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
    {
      name: 'a pilot that takes a service down still needs telling: the outage reaches everyone',
      plan: yaml`
        pmcheck: 1
        project: { name: Phones }
        tasks:
          - { id: pilot, kind: pilot, start: 2026-08-24, users_affected: 10, downtime: true }`,
      errors: [{ messageId: 'untold', line: 4, column: 66, data: { effect: 'affects 10 users with downtime' } }],
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
