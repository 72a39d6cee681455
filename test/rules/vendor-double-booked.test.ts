import rule from '../../src/rules/vendor-double-booked.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const head = yaml`
  pmcheck: 1
  project: { name: M }
  sites: [{ id: leeds }, { id: york }, { id: hull }]
  vendors: [{ id: w, name: Wirewise }, { id: x }]`;

testRule(rule, {
  valid: [
    {
      name: 'one site after another; overlaps at the same site or by other vendors are fine',
      plan:
        head +
        yaml`
        tasks:
          - { id: a, vendor: w, site: york, start: 2026-05-18, finish: 2026-05-21 }
          - { id: b, vendor: w, site: york, start: 2026-05-19, finish: 2026-05-20 }
          - { id: c, vendor: w, site: hull, start: 2026-05-22, finish: 2026-05-27 }
          - { id: d, vendor: x, site: leeds, start: 2026-05-18, finish: 2026-05-29 }`,
    },
  ],
  invalid: [
    {
      name: 'York and Hull overlap; a later Leeds booking overlaps the long York one',
      plan:
        head +
        yaml`
        tasks:
          - { id: york, vendor: w, site: york, start: 2026-05-18, finish: 2026-05-29 }
          - { id: york2, vendor: w, site: york, start: 2026-05-19, finish: 2026-05-20 }
          - id: hull
            vendor: w
            site: hull
            start: 2026-05-19
            finish: 2026-05-22
          - id: leeds
            vendor: w
            site: leeds
            start: 2026-05-26
            finish: 2026-05-27`,
      errors: [
        {
          messageId: 'overlap',
          line: 11,
          column: 12,
          data: { site: 'hull', otherSite: 'york', other: 'york', otherFinish: '2026-05-29' },
        },
        { messageId: 'overlap', line: 16, column: 12, data: { site: 'leeds', otherSite: 'york' } },
      ],
    },
    {
      name: 'the clash is found even when the latest booking is at the same site',
      plan:
        head +
        yaml`
        tasks:
          - { id: h, vendor: w, site: hull, start: 2026-05-18, finish: 2026-05-28 }
          - { id: y, vendor: w, site: york, start: 2026-05-18, finish: 2026-05-29 }
          - id: y2
            vendor: w
            site: york
            start: 2026-05-25
            finish: 2026-05-26`,
      errors: [
        { messageId: 'overlap', line: 7, column: 44, data: { site: 'york', otherSite: 'hull' } },
        { messageId: 'overlap', line: 11, column: 12, data: { site: 'york', otherSite: 'hull', other: 'h' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'each vendor at one site',
      plan: `${head}tasks: [{ id: a, vendor: w, site: york, start: 2026-05-18, finish: 2026-05-21 }]\n`,
      reason: /no vendor works at more than one site/,
    },
  ],
});
