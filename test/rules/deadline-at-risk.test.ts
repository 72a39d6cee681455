import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/deadline-at-risk.js';
import { yaml } from '../helpers/plan.js';
import { runOn, testRule } from '../helpers/rule-tester.js';

const plan = (deadline: string) => yaml`
  pmcheck: 1
  project:
    name: M
    status_date: 2026-02-16
    deadline: ${deadline}
  vendors:
    - id: netco
      deliveries: [{ id: switches, due: 2026-02-20 }]
  tasks:
    - { id: cabling, start: 2026-02-02, finish: 2026-02-13, actual_start: 2026-02-02, actual_finish: 2026-02-13 }
    - { id: install, duration: 3d, depends_on: [switches, cabling] }
    - { id: config, duration: 2d, depends_on: [install] }
    - { id: docs, start: 2026-02-23, duration: 1d }
  milestones:
    - { id: live, depends_on: [config] }`;

/** A weekend cutover straight after pre-staging that ends on the Friday, due by the Sunday. */
const cutover = (calendar: string) => yaml`
  pmcheck: 1
  project:
    name: Finance system cutover
    status_date: 2026-10-01
    deadline: 2026-10-18
  tasks:
    - { id: pre-stage, name: Pre-stage the new servers, start: 2026-10-12, finish: 2026-10-16 }
    - id: cutover
      name: Weekend cutover to the new finance system
      kind: cutover${calendar}
      start: 2026-10-17
      finish: 2026-10-18
      depends_on: [pre-stage]`;

testRule(rule, {
  valid: [
    { name: 'the chain finishes on the deadline: work starts the day the kit arrives', plan: plan('2026-02-26') },
    {
      name: 'a 7-day weekend cutover after Friday pre-staging finishes on the Sunday deadline',
      plan: cutover('\n      calendar: 7-day'),
    },
    {
      name: 'the same cutover with no calendar: it starts on a Saturday, so it is read as working the weekend',
      plan: cutover(''),
    },
  ],
  invalid: [
    {
      name: 'the delivery drives the chain past the deadline, named in the message',
      plan: plan('2026-02-25'),
      errors: [
        {
          messageId: 'late',
          line: 5,
          column: 13,
          message:
            'The earliest finish is 2026-02-26, 1 working day after the deadline 2026-02-25. Critical chain: "switches" → "install" → "config" → "live".',
        },
      ],
    },
    {
      name: 'the same cutover held to the standard calendar cannot start before Monday, after the Sunday deadline',
      plan: cutover('\n      calendar: standard'),
      errors: [
        {
          messageId: 'late',
          line: 5,
          column: 13,
          message:
            'The earliest finish is 2026-10-19, 1 working day after the deadline 2026-10-18 (a Sunday). Critical chain: "Pre-stage the new servers" → "Weekend cutover to the new finance system".',
        },
      ],
    },
    {
      name: 'an upgrade over Christmas finishes after Boxing Day: the message names the bank holidays',
      plan: yaml`
        pmcheck: 1
        project:
          name: Payroll upgrade
          status_date: 2026-12-01
          deadline: 2026-12-24
          calendar:
            public_holidays: england-and-wales
        tasks:
          - { id: upgrade, name: Upgrade the payroll server, start: 2026-12-21, duration: 5d }`,
      errors: [
        {
          messageId: 'late',
          line: 5,
          column: 13,
          message:
            'The earliest finish is 2026-12-29, 1 working day after the deadline 2026-12-24; 2026-12-25 (Christmas Day) and 2026-12-28 (Boxing Day, substitute day) are bank holidays. Critical chain: "Upgrade the payroll server".',
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no deadline',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: a, start: 2026-01-05, duration: 5d }]\n',
      reason: /no deadline/,
    },
    {
      name: 'a dependency loop makes the finish unknowable',
      plan: 'pmcheck: 1\nproject: { name: M, deadline: 2026-03-01 }\ntasks: [{ id: a, depends_on: [b] }, { id: b, depends_on: [a] }]\n',
      reason: /loop/,
    },
  ],
});

describe('the forward pass', () => {
  it('unfinished work cannot finish in the past: a late, unstarted task starts at the as-of date', () => {
    const outcome = runOn(
      rule,
      'pmcheck: 1\nproject: { name: M, status_date: 2026-03-02, deadline: 2026-03-04 }\ntasks: [{ id: a, start: 2026-02-02, duration: 5d }]\n',
    );
    expect(outcome.findings[0]?.data).toMatchObject({ finish: '2026-03-06', late: 2, chainIds: ['a'] });
  });
  it('in-progress work needs its remaining share of days from the as-of date', () => {
    const outcome = runOn(
      rule,
      'pmcheck: 1\nproject: { name: M, status_date: 2026-03-02, deadline: 2026-03-03 }\ntasks: [{ id: a, start: 2026-02-02, finish: 2026-02-13, actual_start: 2026-02-02, progress: 0.5 }]\n',
    );
    // 10 working days, half done: 5 left from Monday 2 March
    expect(outcome.findings[0]?.data).toMatchObject({ finish: '2026-03-06', late: 3 });
  });
});
