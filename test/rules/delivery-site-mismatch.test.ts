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

/** A real multi-site refresh: kit staged centrally, a circuit at head office, kit that went astray. */
const refresh = (extra: string) => yaml`
  pmcheck: 1
  project: { name: Network refresh, status_date: 2026-06-08 }
  sites:
    - { id: hq, name: Lancaster head office }
    - { id: don, name: Doncaster depot }
  vendors:
    - id: disti
      deliveries:
        ${extra}
  tasks:
    - { id: image, name: Stage and configure the switches, site: hq, start: 2026-06-09, depends_on: [kit] }
    - { id: fit, name: Fit the Doncaster switches, site: don, start: 2026-06-15, depends_on: [kit, image] }`;

testRule(rule, {
  valid: [
    {
      name: 'delivered to head office, staged there, then taken to the depot',
      plan: refresh('- { id: kit, item: Switches, site: hq }'),
    },
    {
      name: 'a circuit at head office that the branches use is a service, not kit at the wrong site',
      plan: refresh(
        '- { id: kit, item: Switches, site: hq }\n        - { id: fttp, item: 900 Mbps FTTP line, kind: service, site: hq }',
      ).replace('depends_on: [kit, image] }', 'depends_on: [kit, image, fttp] }'),
    },
  ],
  invalid: [
    {
      name: 'kit that already arrived at the wrong depot: arrange the move',
      plan: refresh('- { id: kit, item: Switches, site: don, received_on: 2026-06-04 }')
        .replace('depends_on: [kit, image] }', 'depends_on: [image] }')
        .replace(
          '{ id: image, name: Stage and configure the switches, site: hq, start: 2026-06-09, depends_on: [kit] }',
          '{ id: image, name: Stage and configure the switches, site: hq, start: 2026-06-09, depends_on: [kit] }\n  - { id: fit2, name: Fit the head office switches, site: hq, start: 2026-06-10, depends_on: [kit] }',
        ),
      errors: [
        {
          messageId: 'arrivedElsewhere',
          line: 9,
          column: 42,
          message:
            'Switches was delivered to Doncaster depot on 2026-06-04, but "Stage and configure the switches" and "Fit the head office switches", which need it, are at Lancaster head office: arrange to move it there before 2026-06-09.',
        },
      ],
    },
  ],
});
