import rule from '../../src/rules/watermelon-status.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (rag: string) => yaml`
  pmcheck: 1
  project: { name: M, status_date: 2026-02-16 }
  vendors:
    - { id: fl, name: FibreLink, deliveries: [{ id: circuit, item: Leased line, due: 2026-02-09 }] }
  tasks:
    - { id: cfg, name: Configure switches, start: 2026-02-09, finish: 2026-02-12, progress: 0.6 }
    - { id: late, start: 2026-02-09, finish: 2026-02-13, actual_finish: 2026-02-16 }
  milestones:
    - { id: net, name: Network ready, due: 2026-02-13, forecast: 2026-02-20 }
  budget:
    lines: [{ id: cabling, planned: 22000, actual: 23800 }]
  communication:
    status_reports:
      - { on: 2026-02-06, rag: green }
      - { on: 2026-02-13, rag: ${rag}, summary: Progressing well }`;

testRule(rule, {
  valid: [
    { name: 'an honest amber', plan: plan('amber') },
    {
      name: 'a green report before the facts were true',
      plan: 'pmcheck: 1\nproject: { name: M, status_date: 2026-02-16 }\ntasks: [{ id: a, start: 2026-02-02, finish: 2026-02-13 }]\ncommunication:\n  status_reports: [{ on: 2026-02-12, rag: green }]\n',
    },
  ],
  invalid: [
    {
      name: '"Progressing well" over a slip, an overdue delivery and task, and an overspend (article 002)',
      plan: plan('green'),
      errors: [
        {
          messageId: 'contradicted',
          line: 15,
          column: 30,
          message:
            'The 2026-02-13 report is green ("Progressing well"), but on that date milestone "Network ready" had slipped (forecast 2026-02-20, due 2026-02-13); Leased line from FibreLink was overdue (due 2026-02-09); task "Configure switches" was overdue (due 2026-02-12); and line cabling was overspent (23,800 against 22,000).',
        },
      ],
    },
  ],
  notApplicable: [{ name: 'no reports', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no status report/ }],
});

/**
 * The issue-16 honest green: the switches are two days late, the report says so and says the
 * float absorbs it, and the project's tolerance is five days. A PM would call this green.
 */
const honest = (summary: string, tolerance = '{ days: 5, cost: 5% }') => yaml`
  pmcheck: 1
  project: { name: Network refresh, status_date: 2026-03-13, tolerance: ${tolerance} }
  vendors:
    - id: disti
      name: Westline Distribution
      deliveries: [{ id: switches, item: Access switches, due: 2026-03-09 }]
  budget:
    total: 140000
    lines: [{ id: cabling, planned: 22000, actual: 23500 }]
  communication:
    status_reports:
      - { on: 2026-03-11, rag: green, summary: "${summary}" }`;

testRule(rule, {
  valid: [
    {
      name: 'green within tolerance, naming the late switches and the cabling overspend',
      plan: honest('Access switches 2 days late, 3 days of float left; cabling 1,500 over, within tolerance'),
    },
  ],
  invalid: [
    {
      name: 'the same facts, not named: a watermelon',
      plan: honest('Progressing well'),
      errors: [{ messageId: 'contradicted', line: 12, column: 30, data: { why: '' } }],
    },
    {
      name: 'named, but beyond a one-day tolerance: amber, not green',
      plan: honest('Access switches 2 days late; cabling 1,500 over', '{ days: 1, cost: 1% }'),
      errors: [
        {
          messageId: 'contradicted',
          line: 12,
          column: 30,
          message:
            'The 2026-03-11 report is green ("Access switches 2 days late; cabling 1,500 over"), but on that date Access switches from Westline Distribution was overdue (due 2026-03-09); and line cabling was overspent (23,500 against 22,000). The report names them, but they are beyond the tolerance and the float.',
        },
      ],
    },
  ],
});
