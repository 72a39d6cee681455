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
  ],
  invalid: [
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
