import rule from '../../src/rules/delivery-site-mismatch.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (site: string) => yaml`
  pmcheck: 1
  project: { name: M }
  sites: [{ id: york, name: York depot }, { id: hull, name: Hull depot }]
  vendors:
    - id: netdist
      deliveries:
        - id: hull-kit
          item: Hull switches
          site: ${site}
  tasks:
    - { id: stage, name: Stage, site: hull, depends_on: [hull-kit] }
    - { id: mount, name: Mount, site: hull, depends_on: [hull-kit] }
    - { id: elsewhere, depends_on: [hull-kit] }`;

testRule(rule, {
  valid: [{ name: 'delivered where the work is', plan: plan('hull') }],
  invalid: [
    {
      name: 'the Hull kit goes to York: one finding naming both tasks (article 002)',
      plan: plan('york'),
      errors: [
        {
          messageId: 'wrongSite',
          line: 9,
          column: 15,
          message:
            'Hull switches is being delivered to York depot, but "Stage" and "Mount", which need it, are at Hull depot.',
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no sites on deliveries',
      plan: plan('hull').replace('        site: hull\n', ''),
      reason: /no task with a site/,
    },
  ],
});
