import rule from '../../src/rules/blackout-clash.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const head = yaml`
  pmcheck: 1
  project: { name: M }
  sites: [{ id: leeds }, { id: york }]
  blackouts:
    - { name: Peak dispatch, from: 2026-05-11, to: 2026-05-15, sites: [leeds] }
    - { name: Stocktake, from: 2026-06-29, to: 2026-06-30 }`;

testRule(rule, {
  valid: [
    {
      name: 'outside the windows, at another site, or not disruptive',
      plan:
        head +
        yaml`
        tasks:
          - { id: a, kind: cutover, site: leeds, start: 2026-05-18, finish: 2026-05-18 }
          - { id: b, kind: cutover, site: york, start: 2026-05-12, finish: 2026-05-12 }
          - { id: c, kind: build, site: leeds, start: 2026-05-12, finish: 2026-05-12 }`,
    },
  ],
  invalid: [
    {
      name: 'a cutover in a site window, downtime in an all-sites window, and a siteless migration',
      plan:
        head +
        yaml`
        tasks:
          - id: leeds-cutover
            name: Leeds cutover
            kind: cutover
            site: leeds
            start: 2026-05-11
            finish: 2026-05-11
          - { id: y, downtime: true, site: york, start: 2026-06-26, finish: 2026-06-29 }
          - { id: m, kind: migration, start: 2026-06-30, finish: 2026-07-02 }
          - { id: n, kind: migration, start: 2026-05-12, finish: 2026-05-12 }`,
      errors: [
        {
          messageId: 'clash',
          line: 12,
          column: 12,
          message:
            '"Leeds cutover" (2026-05-11 at leeds) falls in the blackout "Peak dispatch" (2026-05-11 to 2026-05-15).',
        },
        { messageId: 'clash', line: 14, column: 49, data: { blackout: 'Stocktake' } },
        { messageId: 'clash', line: 15, column: 38, data: { at: '' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no blackouts',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: a, kind: cutover }]\n',
      reason: /no blackout windows/,
    },
    {
      name: 'no disruptive work',
      plan: `${head}tasks: [{ id: a, kind: build }]\n`,
      reason: /no downtime, cutover or migration/,
    },
  ],
});

/** A UK laptop refresh: the payroll freeze at head office, and a cutover chain that slips. */
const payroll = (rollout: string, tasks = '') => yaml`
  pmcheck: 1
  project: { name: Laptop refresh, status_date: 2026-03-16 }
  sites: [{ id: hq, name: Sheffield head office }]
  blackouts:
    - { name: Payroll freeze, from: 2026-03-25, to: 2026-03-27, sites: [hq] }
  tasks:
    - { id: imaging, name: Build the laptop image, start: 2026-03-16, finish: 2026-03-20, progress: 0 }
    - { id: swap, name: Swap finance laptops, kind: rollout, users_affected: 12, site: hq, ${rollout} }${tasks}`;

testRule(rule, {
  valid: [
    {
      name: 'the finance swap is the week before payroll',
      plan: payroll('start: 2026-03-23, finish: 2026-03-24, depends_on: [imaging]'),
    },
  ],
  invalid: [
    {
      name: 'a user-facing rollout on payroll day, named by its site',
      plan: payroll('start: 2026-03-26, finish: 2026-03-26'),
      errors: [
        {
          messageId: 'clash',
          line: 8,
          column: 97,
          message:
            '"Swap finance laptops" (2026-03-26 at Sheffield head office) falls in the blackout "Payroll freeze" (2026-03-25 to 2026-03-27).',
        },
      ],
    },
    {
      name: 'planned clear of the freeze, but the late image pushes it in',
      plan: payroll('start: 2026-03-23, finish: 2026-03-24, depends_on: [imaging]')
        .replace('finish: 2026-03-20, progress: 0', 'finish: 2026-03-20, actual_start: 2026-03-16, progress: 0.2')
        .replace('status_date: 2026-03-16', 'status_date: 2026-03-20'),
      errors: [
        {
          messageId: 'forecastClash',
          line: 8,
          column: 97,
          message:
            '"Swap finance laptops" is planned for 2026-03-23 to 2026-03-24 at Sheffield head office, but the work before it pushes it to 2026-03-26 to 2026-03-27, into the blackout "Payroll freeze" (2026-03-25 to 2026-03-27).',
        },
      ],
    },
  ],
});
