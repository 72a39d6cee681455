import rule from '../../src/rules/predecessor-order.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'FS the next working day (over a weekend), SS with a lag, FF, and a milestone on the finish day',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-01-26, finish: 2026-01-30 }
          - { id: b, start: 2026-02-02, finish: 2026-02-06, depends_on: [a] }
          - { id: c, start: 2026-02-04, finish: 2026-02-06, depends_on: [{ id: b, type: SS, lag: 2d }, { id: b, type: FF }] }
        milestones:
          - { id: m, due: 2026-02-06, depends_on: [c] }`,
    },
  ],
  invalid: [
    {
      name: 'migration before the bandwidth upgrade finishes (article 002)',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: bandwidth, name: Upgrade the line, start: 2026-02-16, finish: 2026-02-27 }
          - id: migrate
            name: Migrate files
            start: 2026-02-23
            depends_on:
              - bandwidth`,
      errors: [
        {
          messageId: 'tooEarly',
          line: 9,
          column: 9,
          message:
            '"Migrate files" starts 2026-02-23, but its FS dependency on "Upgrade the line" (which finishes 2026-02-27) allows 2026-03-02 at the earliest.',
        },
      ],
    },
    {
      name: 'an SS lag and an FF, each broken',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-02-02, finish: 2026-02-13 }
          - id: b
            start: 2026-02-03
            finish: 2026-02-10
            depends_on:
              - { id: a, type: SS, lag: 3d }
              - { id: a, type: FF }`,
      errors: [
        {
          messageId: 'tooEarly',
          line: 9,
          column: 9,
          data: { bound: 'start', type: 'SS', allowed: '2026-02-05', lag: ', lag 3 working days' },
        },
        { messageId: 'tooEarly', line: 10, column: 9, data: { bound: 'finishe', type: 'FF', allowed: '2026-02-13' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'only vendor dependencies, which vendor-sequencing judges',
      plan: 'pmcheck: 1\nproject: { name: M }\nvendors: [{ id: v, deliveries: [{ id: kit, due: 2026-02-02 }] }]\ntasks: [{ id: t, start: 2026-01-02, depends_on: [kit] }]\n',
      reason: /no dependencies between its own items/,
    },
  ],
});
