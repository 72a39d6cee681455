import rule from '../../src/rules/dependency-cycle.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a chain and a fan-in, across tasks, milestones and deliveries',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        vendors: [{ id: v, deliveries: [{ id: kit }] }]
        tasks:
          - { id: a }
          - { id: b, depends_on: [a, kit] }
          - { id: c, depends_on: [a, b] }
        milestones:
          - { id: done, depends_on: [c, { id: b, type: FF }] }`,
    },
  ],
  invalid: [
    {
      name: 'a three-step loop is listed whole, on the dependency that closes it',
      plan: yaml`
        pmcheck: 1
        project: { name: Refresh }
        tasks:
          - { id: config, depends_on: [review] }
          - { id: cutover, depends_on: [config] }
          - { id: review, depends_on: [cutover] }`,
      errors: [
        { messageId: 'loop', line: 4, column: 32, message: 'Dependency loop: config → cutover → review → config.' },
      ],
    },
    {
      name: 'two separate loops, one through a milestone',
      plan: yaml`
        pmcheck: 1
        project: { name: Refresh }
        tasks:
          - { id: a, depends_on: [b] }
          - { id: b, depends_on: [a] }
          - { id: x, depends_on: [gate] }
        milestones:
          - id: gate
            depends_on: [x]`,
      errors: [
        { messageId: 'loop', line: 4, column: 27, data: { loop: 'a → b → a' } },
        { messageId: 'loop', line: 9, column: 18, data: { loop: 'gate → x → gate' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no dependencies at all',
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        tasks: [{ id: a }, { id: b }]`,
      reason: /no dependencies/,
    },
  ],
});
