import rule from '../../src/rules/missing-logic.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'every unfinished task linked both ways; finished tasks and milestones are exempt',
      options: { minTasks: 2 },
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        milestones:
          - { id: start }
          - { id: done, depends_on: [b] }
        tasks:
          - { id: old, actual_finish: 2026-01-02 }
          - { id: a, depends_on: [start] }
          - { id: b, depends_on: [a] }`,
    },
    {
      name: 'one dangling task in 25 is within a raised limit',
      plan: `pmcheck: 1\nproject: { name: M }\ntasks:\n  - { id: t0 }\n${Array.from({ length: 24 }, (_, i) => `  - { id: t${i + 1}, depends_on: [t${i}] }`).join('\n')}\nmilestones: [{ id: end, depends_on: [t24] }]\n`,
      options: { maxShare: 0.05 },
    },
  ],
  invalid: [
    {
      name: 'two tasks with no logic out of three (judged when the minimum population is lowered)',
      options: { minTasks: 3 },
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        milestones: [{ id: start }, { id: end, depends_on: [a] }]
        tasks:
          - id: a
            depends_on: [start]
          - id: loose
            name: Loose end
          - id: tail
            depends_on: [a]`,
      errors: [
        {
          messageId: 'dangling',
          line: 7,
          column: 9,
          data: { task: 'Loose end', missing: 'predecessor or successor', count: 2, total: 3, share: 2 / 3, max: 0.05 },
        },
        { messageId: 'dangling', line: 9, column: 9, data: { missing: 'successor' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'a three-task job: a share of three says nothing',
      plan: yaml`
        pmcheck: 1
        project: { name: Printer swap }
        tasks:
          - { id: order, name: Order two printers }
          - { id: install, name: Install and map the printers }
          - { id: check, name: Check all four users can print }`,
      reason: /only 3 unfinished tasks: a share of so few says nothing/,
    },
    {
      name: 'all work finished',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: a, progress: 1 }]\n',
      reason: /no unfinished tasks/,
    },
  ],
});
