import rule from '../../src/rules/person-overbooked.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

/** A three-site network refresh: Sam is the field engineer, Pat the PM. */
const refresh = (rotherham: string, extra = '') => yaml`
  pmcheck: 1
  project: { name: Network refresh, status_date: 2026-03-02 }
  people:
    - { id: pat, name: Pat Jones, role: project-manager }
    - { id: sam, name: Sam Lee, role: engineer }
  sites:
    - { id: leeds, name: Leeds office }
    - { id: roth, name: Rotherham depot }
  tasks:
    - { id: leeds-swap, name: Leeds switch swap, owner: sam, site: leeds, start: 2026-03-09, finish: 2026-03-11 }
    - { id: roth-swap, name: Rotherham switch swap, owner: sam, site: roth, ${rotherham} }
    - { id: leeds-check, name: Leeds site check, owner: pat, site: leeds, start: 2026-03-09, finish: 2026-03-13 }
    - { id: roth-check, name: Rotherham site check, owner: pat, site: roth, start: 2026-03-09, finish: 2026-03-13 }${extra}`;

testRule(rule, {
  valid: [
    {
      name: 'an evening swap at Rotherham on a day of Leeds work: both can be done',
      plan: refresh('start: 2026-03-10, finish: 2026-03-10, out_of_hours: true'),
    },
    { name: 'one site after the other', plan: refresh('start: 2026-03-12, finish: 2026-03-13') },
    {
      name: 'the PM owning checks at both sites is overseeing, not on site',
      plan: refresh('start: 2026-03-16, finish: 2026-03-17'),
    },
    {
      name: 'half-time on two tasks adds up to a full week, not more',
      plan: refresh(
        'start: 2026-03-12, finish: 2026-03-13',
        '\n    - { id: doc-a, owner: pat, start: 2026-03-16, finish: 2026-03-20, allocation: 50% }\n    - { id: doc-b, owner: pat, start: 2026-03-16, finish: 2026-03-20, allocation: 50% }',
      ),
    },
  ],
  invalid: [
    {
      name: 'two evening jobs at two sites on the same night clash like two day jobs; the date is given once',
      plan: refresh(
        'start: 2026-03-10, finish: 2026-03-10, out_of_hours: true',
        `
    - { id: leeds-ups, name: Leeds UPS swap, owner: sam, site: leeds, start: 2026-03-10, finish: 2026-03-10, out_of_hours: true }`,
      ),
      errors: [
        {
          messageId: 'twoSites',
          line: 14,
          column: 62,
          message:
            'Sam Lee is booked at Rotherham depot for "Rotherham switch swap" and at Leeds office for "Leeds UPS swap" on 2026-03-10.',
        },
      ],
    },
    {
      name: 'Sam is booked in Leeds and Rotherham on the same days',
      plan: refresh('start: 2026-03-10, finish: 2026-03-12'),
      errors: [
        {
          messageId: 'twoSites',
          line: 11,
          column: 69,
          message:
            'Sam Lee is booked at Leeds office for "Leeds switch swap" and at Rotherham depot for "Rotherham switch swap" from 2026-03-10 to 2026-03-11.',
        },
      ],
    },
    {
      name: 'Pat is booked for 130% of a week',
      plan: refresh(
        'start: 2026-03-12, finish: 2026-03-13',
        '\n    - { id: doc-a, name: As-built drawings, owner: pat, start: 2026-03-16, finish: 2026-03-20, allocation: 80% }\n    - { id: doc-b, name: Handover pack, owner: pat, start: 2026-03-18, finish: 2026-03-27, allocation: 50% }',
      ),
      errors: [
        {
          messageId: 'overAllocated',
          line: 15,
          column: 102,
          message:
            'Pat Jones is booked for 130% of a week from 2026-03-18 to 2026-03-20: "As-built drawings" (80%) and "Handover pack" (50%).',
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'nobody owns two dated tasks',
      plan: yaml`
        pmcheck: 1
        project: { name: A }
        people: [{ id: sam }]
        tasks: [{ id: a, owner: sam, start: 2026-03-02, finish: 2026-03-03 }]`,
      reason: /nobody owns two/,
    },
  ],
});
