import rule from '../../src/rules/pm-assigned.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

// Crosses every article-002 threshold, so formal PM is warranted.
const big = 'budget: { total: 90000 }\nvendors: [{ id: a }, { id: b }]\n';

testRule(rule, {
  valid: [
    {
      name: 'a manager with role project-manager',
      plan:
        yaml`
        pmcheck: 1
        project:
          name: Move
          manager: pat
        people:
          - { id: pat, role: project-manager }
      ` + big,
    },
  ],
  invalid: [
    {
      name: 'no manager on a plan that warrants PM names the thresholds',
      plan:
        yaml`
        pmcheck: 1
        project:
          name: Move
          users_affected: 40
      ` + big,
      severity: 'critical',
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 1,
          message:
            'Formal PM is warranted: the project involves 2 vendors (more than 1), budget 90,000 (more than 5,000), affects 40 users (more than 5).',
        },
      ],
    },
    {
      name: 'no manager on a small plan counts as medium and says nothing of thresholds',
      plan: yaml`
        pmcheck: 1
        project:
          name: Replace one laptop
        budget: { total: 900 }`,
      severity: 'medium',
      errors: [
        { messageId: 'missing', line: 2, column: 1, message: 'No project manager: project.manager is not set.' },
      ],
    },
    {
      name: 'the manager is an engineer (article 000, mistake 2)',
      plan:
        yaml`
        pmcheck: 1
        project:
          name: Move
          manager: dan
        people:
          - { id: dan, name: Dan Okafor, role: engineer }
      ` + big,
      severity: 'critical',
      errors: [
        { messageId: 'wrongRole', line: 4, column: 12, data: { id: 'dan', name: 'Dan Okafor', role: 'engineer' } },
      ],
    },
    {
      name: 'the manager has no role at all',
      plan: yaml`
        pmcheck: 1
        project:
          name: Move
          manager: dan
        people:
          - { id: dan }`,
      errors: [{ messageId: 'wrongRole', line: 4, column: 12, data: { role: 'unset' } }],
    },
  ],
});
