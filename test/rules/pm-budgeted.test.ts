import rule from '../../src/rules/pm-budgeted.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a PM line of 10%',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        budget:
          total: 100000
          lines:
            - { id: pm, category: project-management, planned: 10000 }
            - { id: kit, category: hardware, planned: 90000 }`,
    },
  ],
  invalid: [
    {
      name: 'PM cut from the price (article 000, mistake 1)',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        budget:
          total: 100000
          lines:
            - { id: kit, category: hardware, planned: 100000 }`,
      errors: [{ messageId: 'missing', line: 5, column: 3 }],
    },
    {
      name: 'a PM line below the share, against the lines when there is no total',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        budget:
          lines:
            - id: pm
              category: project-management
              planned: 1000
            - { id: kit, category: hardware, planned: 49000 }`,
      errors: [
        { messageId: 'small', line: 7, column: 16, data: { share: '2%', amount: '1,000', total: '50,000', min: '5%' } },
      ],
    },
  ],
  notApplicable: [{ name: 'no budget', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no budget/ }],
});
