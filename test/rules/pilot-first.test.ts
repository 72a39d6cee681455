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

/** 180 users in 12 waves of 15, none of them a pilot: each wave is under 20, the rollout is not. */
const waves = (linked: boolean, pilot = '') => {
  const lines = Array.from({ length: 12 }, (_, i) => {
    const week = String(2 + i).padStart(2, '0');
    const after = linked && i > 0 ? `, depends_on: [wave-${i}]` : '';
    return `  - { id: wave-${i + 1}, name: Laptop swap wave ${i + 1}, kind: rollout, phase: Laptop refresh, users_affected: 15, start: 2026-03-${week}${after} }`;
  });
  return `pmcheck: 1\nproject: { name: Laptop refresh }\ntasks:\n${pilot}${lines.join('\n')}\n`;
};

testRule(rule, {
  valid: [
    {
      name: 'twelve waves after a marked pilot',
      plan: waves(
        true,
        '  - { id: pilot, name: Pilot with IT and finance, kind: pilot, users_affected: 8, start: 2026-02-23 }\n',
      ).replace('start: 2026-03-02 }', 'start: 2026-03-02, depends_on: [pilot] }'),
    },
  ],
  invalid: [
    {
      name: 'twelve linked waves of 15 with no pilot (the issue-16 miss)',
      plan: waves(true),
      errors: [
        {
          messageId: 'noPilotWaves',
          line: 4,
          column: 99,
          message:
            'Rollout "Laptop swap wave 1" is the first of 12 waves that reach 180 users in all, and no pilot precedes it; a first wave is not a pilot unless it is marked as one.',
        },
      ],
    },
    {
      name: 'waves that only share a phase add up too',
      plan: waves(false),
      errors: [{ messageId: 'noPilotWaves', line: 4, column: 99, data: { waves: 12, users: 180 } }],
    },
  ],
});
