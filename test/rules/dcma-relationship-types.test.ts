import rule from '../../src/rules/dcma-relationship-types.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'all finish-to-start',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-07-01, duration: 2d }
          - { id: b, duration: 2d, depends_on: [a] }`,
    },
  ],
  invalid: [
    {
      name: 'one of three finish-to-start: the others are named with their types',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-07-01, duration: 5d }
          - { id: b, name: Patch, duration: 5d, depends_on: [{ id: a, type: SS, lag: 1d }] }
          - { id: c, name: Label, duration: 5d, depends_on: [{ id: b, type: FF }] }
          - { id: d, duration: 1d, depends_on: [c] }`,
      errors: [
        {
          messageId: 'notFinishToStart',
          line: 3,
          column: 1,
          message:
            'DCMA check 4 (relationship types): 1 of 3 dependencies (33.3%) are finish-to-start, fewer than the 90% required; the other 2: "Patch" (b, SS +1 day after a) and "Label" (c, FF after b).',
          data: { fs: 1, count: 2, total: 3, min: 0.9 },
        },
      ],
    },
  ],
  notApplicable: [{ name: 'no dependencies', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no dependencies/ }],
});
