import rule from '../../src/rules/pm-allocation.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (allocation: string) => yaml`
  pmcheck: 1
  project: { name: M, manager: pat, users_affected: 40 }
  people:
    - id: pat
      name: Pat Jones
      role: project-manager
      ${allocation}`;

testRule(rule, {
  valid: [
    { name: 'at the minimum', plan: plan('allocation: 0.3') },
    { name: 'a raised minimum, met', plan: plan('allocation: 60%'), options: { min: 0.5 } },
  ],
  invalid: [
    {
      name: 'a fifth of a week on a project that warrants PM names the thresholds',
      plan: plan('allocation: 0.2'),
      errors: [
        {
          messageId: 'below',
          line: 7,
          column: 17,
          message:
            'is allocated 20% of a week, below the minimum 30%. Formal PM is warranted: the project affects 40 users (more than 5).',
        },
      ],
    },
    {
      name: 'the option raises the bar',
      plan: plan('allocation: 0.4'),
      options: { min: 0.5 },
      errors: [{ messageId: 'below', line: 7, column: 17, data: { min: '50%' } }],
    },
    {
      name: 'no allocation recorded, at the person',
      plan: plan('x-note: none'),
      errors: [{ messageId: 'unknown', line: 4, column: 5 }],
    },
  ],
  notApplicable: [
    {
      name: 'a small job does not warrant formal PM',
      plan: 'pmcheck: 1\nproject: { name: M, manager: pat }\npeople: [{ id: pat, role: project-manager, allocation: 0.1 }]\n',
      reason: /not warranted/,
    },
  ],
});
