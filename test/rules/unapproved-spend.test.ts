import rule from '../../src/rules/unapproved-spend.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const head = yaml`
  pmcheck: 1
  project: { name: M, status_date: 2026-03-01 }
  people: [{ id: ruth }]
  vendors: [{ id: cc, name: CableCorp }]
  tasks: [{ id: t, vendor: cc, start: 2026-02-09, actual_start: 2026-02-02 }]`;

testRule(rule, {
  valid: [
    {
      name: 'approved before the vendor started; unspent lines need no approval yet',
      plan:
        head +
        yaml`
        budget:
          lines:
            - { id: cabling, vendor: cc, planned: 9000, actual: 4000, approved: { by: ruth, on: 2026-02-02 } }
            - { id: later, planned: 900 }`,
    },
    {
      name: 'a line added by an approved change is covered by that approval; the vendor is judged by its first line',
      plan: yaml`
        pmcheck: 1
        project: { name: Stockport office, status_date: 2026-03-13 }
        people: [{ id: jonathan, name: Jonathan Welch, role: sponsor }]
        vendors: [{ id: nns, name: Northwest Network Supplies }]
        tasks:
          - { id: order-kit, vendor: nns, start: 2026-02-23, actual_start: 2026-02-23 }
          - { id: ups-swap, start: 2026-03-17 }
        changes:
          - id: CR-02
            title: Replace the failing UPS
            status: approved
            approved: { by: jonathan, on: 2026-03-05 }
        budget:
          lines:
            - { id: hardware, vendor: nns, planned: 21300, actual: 18400, approved: { by: jonathan, on: 2026-02-20 } }
            - { id: ups, vendor: nns, description: Manchester UPS, planned: 900, actual: 900, change: CR-02 }`,
    },
  ],
  invalid: [
    {
      name: 'spend on a line whose change is still proposed, and a vendor that started before any of its lines was approved',
      plan: yaml`
        pmcheck: 1
        project: { name: Stockport office, status_date: 2026-03-13 }
        people: [{ id: jonathan, name: Jonathan Welch, role: sponsor }]
        vendors: [{ id: metro, name: Metro Fibre Networks }]
        tasks:
          - { id: survey, vendor: metro, start: 2026-01-12, actual_start: 2026-01-12 }
        changes:
          - { id: CR-03, title: Second leased line, status: proposed }
          - { id: CR-04, title: Static IP block, status: approved }
        budget:
          lines:
            - { id: install, vendor: metro, planned: 3200, approved: { by: jonathan, on: 2026-01-19 } }
            - { id: second-line, vendor: metro, description: Second 500 Mbps circuit, planned: 4800, actual: 1200, change: CR-03 }
            - { id: ips, planned: 300, actual: 300, change: CR-04 }`,
      errors: [
        {
          messageId: 'changeUndecided',
          line: 13,
          column: 116,
          message:
            'Budget line second-line ("Second 500 Mbps circuit") has 1,200 spent, but the change that raised it, CR-03 ("Second leased line"), is proposed, not approved.',
        },
        {
          messageId: 'changeUndecided',
          line: 14,
          column: 53,
          message:
            'Budget line ips has 300 spent, but the change that raised it, CR-04 ("Static IP block"), is marked approved but records no approval (approved: { by, on }).',
        },
        {
          messageId: 'approvedLate',
          line: 12,
          column: 52,
          message:
            'Budget line install was approved on 2026-01-19, after Metro Fibre Networks started work on 2026-01-12, and its other lines were approved later still.',
        },
      ],
    },
    {
      name: 'spend with no approval, and approval after the vendor started',
      plan:
        head +
        yaml`
        budget:
          lines:
            - id: bandwidth
              planned: 1300
              actual: 1300
            - id: cabling
              vendor: cc
              planned: 9000
              approved: { by: ruth, on: 2026-02-06 }`,
      errors: [
        {
          messageId: 'unapproved',
          line: 10,
          column: 15,
          message: 'Budget line bandwidth has 1,300 spent but no approval.',
        },
        {
          messageId: 'approvedLate',
          line: 14,
          column: 7,
          data: { approved: '2026-02-06', vendor: 'CableCorp', started: '2026-02-02' },
        },
      ],
    },
  ],
  notApplicable: [
    { name: 'no lines', plan: 'pmcheck: 1\nproject: { name: M }\nbudget: { total: 5 }\n', reason: /no lines/ },
  ],
});
