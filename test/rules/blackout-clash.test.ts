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
            '"Leeds cutover" (2026-05-11 to 2026-05-11 at leeds) falls in the blackout "Peak dispatch" (2026-05-11 to 2026-05-15).',
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
