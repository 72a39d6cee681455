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

testRule(rule, {
  valid: [
    { name: 'the chain finishes on the deadline: work starts the day the kit arrives', plan: plan('2026-02-26') },
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
            'The earliest finish is 2026-02-26, 1 working day after the deadline 2026-02-25. Critical chain: switches → install → config → live.',
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
    expect(outcome.findings[0]?.data).toMatchObject({ finish: '2026-03-06', late: 2, chain: 'a' });
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
