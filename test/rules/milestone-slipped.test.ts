import rule from '../../src/rules/milestone-slipped.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'on forecast, done on time, due later',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-02-16 }
        milestones:
          - { id: a, due: 2026-02-13, done_on: 2026-02-13 }
          - { id: b, due: 2026-03-02, forecast: 2026-03-02 }
          - { id: c, due: 2026-02-16 }`,
    },
  ],
  invalid: [
    {
      name: 'a forecast past due, and a due date passed with nothing done',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-02-16 }
        milestones:
          - id: network-ready
            name: Network ready
            due: 2026-02-13
            forecast: 2026-02-20
          - id: scope
            due: 2026-02-06`,
      errors: [
        {
          messageId: 'slipped',
          line: 7,
          column: 15,
          message: 'Milestone "Network ready" has slipped: forecast 2026-02-20, due 2026-02-13.',
        },
        { messageId: 'slipped', line: 9, column: 10, data: { why: 'due 2026-02-06 and not done' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no due dates',
      plan: 'pmcheck: 1\nproject: { name: M }\nmilestones: [{ id: m }]\n',
      reason: /no milestone has a due date/,
    },
  ],
});

/** PRINCE2 tolerance: three days of slip on a five-day tolerance is the PM's to manage. */
const tolerant = (forecast: string) => yaml`
  pmcheck: 1
  project: { name: Network refresh, status_date: 2026-03-02, tolerance: { days: 5 } }
  milestones:
    - { id: york-live, name: York depot live, due: 2026-03-13, forecast: ${forecast} }`;

testRule(rule, {
  valid: [
    {
      name: 'on time',
      plan: 'pmcheck: 1\nproject: { name: M }\nmilestones: [{ id: m, due: 2026-03-13 }]\nbudget: { lines: [{ id: l, planned: 10, actual: 5 }] }\n',
      asOf: '2026-03-02',
    },
  ],
  invalid: [
    {
      name: 'three working days late, within a five-day tolerance: reported one level lower',
      plan: tolerant('2026-03-18'),
      severity: 'medium',
      errors: [
        {
          messageId: 'slipped',
          line: 4,
          column: 72,
          message:
            'Milestone "York depot live" has slipped: forecast 2026-03-18, due 2026-03-13. It is 3 working days late, within the 5-day tolerance: the PM\'s to manage, and to report.',
        },
      ],
    },
    {
      name: 'eight working days late: beyond tolerance, an exception at full severity',
      plan: tolerant('2026-03-25'),
      severity: 'high',
      errors: [{ messageId: 'slipped', line: 4, column: 72, data: { days: 8 } }],
    },
    {
      name: 'a recorded forecast the work before it cannot meet',
      plan: yaml`
        pmcheck: 1
        project: { name: Network refresh, status_date: 2026-03-02 }
        tasks:
          - { id: config, name: York switch configuration, start: 2026-03-02, finish: 2026-03-16 }
        milestones:
          - { id: york-live, name: York depot live, due: 2026-03-13, forecast: 2026-03-13, depends_on: [config] }`,
      errors: [
        {
          messageId: 'logicLater',
          line: 6,
          column: 72,
          message:
            'Milestone "York depot live" is forecast for 2026-03-13, but the work before it cannot be done until 2026-03-16 ("York switch configuration" drives it).',
        },
      ],
    },
  ],
});
