import rule from '../../src/rules/dcma-hard-constraints.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'no-earlier-than constraints only hold work back: not hard',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-07-01, duration: 2d, constraint: { type: start-no-earlier-than, date: 2026-07-01 } }
          - { id: b, duration: 2d, depends_on: [a], constraint: { type: finish-no-earlier-than, date: 2026-07-03 } }`,
    },
  ],
  invalid: [
    {
      name: "a must-finish-on and P6's start-on are hard; a finished task's constraint is not counted",
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: done, start: 2026-05-04, finish: 2026-05-05, progress: 1, constraint: { type: must-start-on, date: 2026-05-04 } }
          - { id: a, name: Cutover, start: 2026-07-04, duration: 1d, constraint: { type: must-finish-on, date: 2026-07-04 } }
          - { id: b, name: Switch on, start: 2026-07-06, duration: 1d, constraint: { type: start-on, date: 2026-07-06 } }
          - { id: c, start: 2026-07-06, duration: 1d }`,
      errors: [
        {
          messageId: 'hard',
          line: 3,
          column: 1,
          message:
            '2 of 3 tasks (66.7%) have a hard constraint, more than the 5% allowed: "Cutover" (a, must-finish-on 2026-07-04) and "Switch on" (b, start-on 2026-07-06). Counted: 3 unfinished tasks as of 2026-06-01 (4 in the plan, less 1 complete;',
          data: { count: 2, total: 3 },
        },
      ],
    },
  ],
  notApplicable: [{ name: 'no tasks', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no unfinished tasks/ }],
});
