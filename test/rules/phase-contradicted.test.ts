import rule from '../../src/rules/phase-contradicted.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

/** The self-exemption of issue 14: a live project that calls itself presale. */
const presale = yaml`
  pmcheck: 1
  project: { name: Cloud migration, phase: presale, status_date: 2026-03-16 }
  budget:
    lines:
      - { id: labour, planned: 30000, actual: 12500 }
  tasks:
    - { id: migrate, name: Migrate file shares, start: 2026-02-16, finish: 2026-03-06, actual_start: 2026-02-16, progress: 0.7 }
  milestones:
    - { id: go-live, name: Go-live, due: 2026-03-13 }
  communication:
    status_reports:
      - { on: 2026-03-13, rag: green, summary: Progressing well }`;

testRule(rule, {
  valid: [
    {
      name: 'a real proposal: dates planned, nothing spent, started or reported',
      plan: yaml`
        pmcheck: 1
        project: { name: Cloud migration, phase: presale, status_date: 2026-01-10 }
        budget: { lines: [{ id: labour, planned: 30000 }] }
        tasks: [{ id: migrate, start: 2026-02-16, finish: 2026-03-06 }]`,
    },
    {
      name: 'a closed project whose unfinished work is all in the past (close-out reports it)',
      plan: yaml`
        pmcheck: 1
        project: { name: Move, phase: closed, status_date: 2026-04-10 }
        tasks: [{ id: snag, start: 2026-03-02, finish: 2026-03-06, progress: 0.6 }]`,
    },
  ],
  invalid: [
    {
      name: 'presale with spend, progress and a green report',
      plan: presale,
      errors: [
        {
          messageId: 'presale',
          line: 2,
          column: 42,
          message:
            'The plan says it is in presale, but budget line labour has 12,500 of actual spend; "Migrate file shares" started on 2026-02-16; and a status report was sent on 2026-03-13. A project already under way is judged as one: the presale preset was not applied.',
        },
      ],
    },
    {
      name: 'closed while the cutover is still to come',
      plan: yaml`
        pmcheck: 1
        project: { name: Move, phase: closed, status_date: 2026-03-02 }
        tasks: [{ id: cutover, name: Weekend cutover, start: 2026-03-07, finish: 2026-03-08 }]`,
      errors: [
        {
          messageId: 'closed',
          line: 2,
          column: 31,
          data: { facts: ['"Weekend cutover" is still to be done, by 2026-03-08'] },
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'a delivery plan',
      plan: presale.replace('phase: presale', 'phase: delivery'),
      reason: /not in the presale or closed phase/,
    },
  ],
});
