import rule from '../../src/rules/pilot-first.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a pilot two steps back counts; a small rollout needs none',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: pilot, kind: pilot, users_affected: 5 }
          - { id: review, depends_on: [pilot] }
          - { id: rollout, kind: rollout, users_affected: 45, depends_on: [review] }
          - { id: small, kind: rollout, users_affected: 20 }`,
    },
  ],
  invalid: [
    {
      name: 'rollouts to many users with no pilot before them (a pilot after does not count)',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - id: desks
            name: Set up desks
            kind: rollout
            users_affected: 40
          - { id: later-pilot, kind: pilot, depends_on: [desks] }
          - { id: again, kind: rollout, users_affected: 50, depends_on: [desks] }`,
      errors: [
        {
          messageId: 'noPilot',
          line: 7,
          column: 21,
          message: 'Rollout "Set up desks" affects 40 users but no pilot precedes it.',
        },
        { messageId: 'noPilot', line: 9, column: 49, data: { users: 50 } },
      ],
    },
    {
      name: 'the threshold is an option',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: r, kind: rollout, users_affected: 10 }]\n',
      options: { minUsers: 5 },
      errors: [{ messageId: 'noPilot', line: 3, column: 49 }],
    },
  ],
  notApplicable: [
    {
      name: 'no large rollout',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: r, kind: rollout, users_affected: 3 }]\n',
      reason: /no rollout affects more than 20/,
    },
  ],
});
