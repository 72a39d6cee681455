import rule from '../../src/rules/close-out.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

/** A closed office move, as a PM records it on the day of closure. */
const closed = (extra: { change?: string; risk?: string; task?: string }) => yaml`
  pmcheck: 1
  project: { name: Acme HQ move, phase: closed, status_date: 2026-04-10 }
  tasks:
    - { id: cabling, name: Install cabling, start: 2026-01-20, finish: 2026-01-30, actual_finish: 2026-01-30 }
    - { id: desks, name: Desk moves, start: 2026-02-27, finish: 2026-02-28, progress: 1 }
    - ${extra.task ?? '{ id: signage, name: Signage, start: 2026-03-02, finish: 2026-03-03, status: dropped }'}
  changes:
    - ${extra.change ?? '{ id: CR-1, title: Hot desks, status: implemented }'}
  risks:
    - ${extra.risk ?? '{ id: R-1, title: ISP lead time, status: closed }'}`;

testRule(rule, {
  valid: [
    { name: 'everything decided, closed, complete or dropped', plan: closed({}) },
    {
      name: 'a risk handed over to the service desk',
      plan: closed({
        risk: '{ id: R-2, title: Printer lease renewal, status: handed-over, mitigation: Service desk owns it }',
      }),
    },
  ],
  invalid: [
    {
      name: 'a proposed change, an open risk and a half-finished task left behind',
      plan: closed({
        change: '{ id: CR-2, title: Second floor Wi-Fi, status: proposed }',
        risk: '{ id: R-3, title: Landlord dilapidations claim }',
        task: '{ id: snagging, name: Snagging list, start: 2026-03-02, finish: 2026-03-06, progress: 0.6 }',
      }),
      errors: [
        { messageId: 'undecided', line: 8, column: 52, data: { change: 'CR-2' } },
        {
          messageId: 'openRisk',
          line: 10,
          column: 11,
          message:
            'The project is closed, but risk R-3 ("Landlord dilapidations claim") is still open: close it or hand it over to whoever runs the service now.',
        },
        {
          messageId: 'unfinished',
          line: 6,
          column: 91,
          message:
            'The project is closed, but task "Snagging list" is 60% done: record it as complete, or as dropped with the reason.',
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'a project still in delivery',
      plan: closed({}).replace('phase: closed', 'phase: delivery'),
      reason: /not closed/,
    },
  ],
});
