import rule from '../../src/rules/dcma-logic.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'every unfinished task linked both ways; complete work and milestones are not counted',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        milestones: [{ id: start, due: 2026-06-30 }, { id: end, depends_on: [b] }]
        tasks:
          - { id: old, start: 2026-05-04, finish: 2026-05-08, actual_finish: 2026-05-08 }
          - { id: a, start: 2026-07-01, duration: 2d, depends_on: [start] }
          - { id: b, duration: 2d, depends_on: [a] }`,
    },
  ],
  invalid: [
    {
      name: 'two of four counted tasks dangle (50%): the working shows the population, the exclusions and the first tasks',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        milestones: [{ id: start, due: 2026-06-30 }, { id: end, depends_on: [b] }]
        tasks:
          - { id: old, start: 2026-05-04, finish: 2026-05-08, actual_finish: 2026-05-08 }
          - { id: pm, name: Project management, level_of_effort: true }
          - { id: a, name: Racks, start: 2026-07-01, duration: 2d, depends_on: [start] }
          - { id: b, name: Cabling, duration: 2d, depends_on: [a] }
          - { id: c, name: Labels, start: 2026-07-01, duration: 1d }
          - { id: d, name: Photos, duration: 1d, depends_on: [c] }`,
      errors: [
        {
          messageId: 'dangling',
          line: 4,
          column: 1,
          message:
            'DCMA check 1 (logic): 2 of 4 tasks (50%) lack a predecessor or a successor, more than the 5% allowed: "Labels" (c, no predecessor) and "Photos" (d, no successor). Counted: 4 unfinished tasks as of 2026-06-01 (6 in the plan, less 1 complete and 1 level of effort; milestones and summary tasks are not counted).',
          data: {
            count: 2,
            total: 4,
            share: 0.5,
            max: 0.05,
            first: ['c', 'd'],
            rest: 0,
            inPlan: 6,
            completed: 1,
            levelOfEffort: 1,
          },
        },
      ],
    },
    {
      name: 'names the first `show` tasks and counts the rest',
      options: { show: 1 },
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-07-01, duration: 1d }
          - { id: b, start: 2026-07-01, duration: 1d }
          - { id: c, start: 2026-07-01, duration: 1d }`,
      errors: [
        {
          messageId: 'dangling',
          line: 3,
          column: 1,
          message:
            '3 of 3 tasks (100%) lack a predecessor or a successor, more than the 5% allowed: "a" (a, no predecessor or successor) and 2 more.',
          data: { first: ['a'], rest: 2 },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'nothing left to do',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: a, start: 2026-05-04, finish: 2026-05-08, progress: 1 }\n',
      reason: /no unfinished tasks to count/,
    },
  ],
});
