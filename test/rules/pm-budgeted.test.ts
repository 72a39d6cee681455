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
        { messageId: 'small', line: 7, column: 16, data: { share: 0.02, amount: 1000, total: 50000, min: 0.05 } },
      ],
    },
  ],
  notApplicable: [{ name: 'no budget', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no budget/ }],
});

/** 180 laptops passed through at cost: the PM line is judged against the services, not the kit. */
const rollout = (pm: number) => yaml`
  pmcheck: 1
  project: { name: Laptop refresh }
  budget:
    total: 214400
    lines:
      - { id: laptops, category: hardware, planned: 174600, pass_through: true }
      - { id: pm, category: project-management, planned: ${pm} }
      - { id: engineering, category: labour, planned: 30800 }`;

testRule(rule, {
  valid: [{ name: '9,000 of PM on 39,800 of services is plenty', plan: rollout(9000) }],
  invalid: [
    {
      name: 'too little even once the kit is left out, and the message says it was',
      plan: rollout(1500),
      errors: [
        {
          messageId: 'small',
          line: 7,
          column: 56,
          message:
            'Project management is 3.8% of the budget (1,500 of 39,800, leaving out 174,600 of pass-through hardware), below the minimum 5%.',
        },
      ],
    },
  ],
});
