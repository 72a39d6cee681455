import { describe, expect, it } from 'vitest';
import { PlanModel } from '../../src/plan/model/index.js';
import { readYamlPlan } from '../../src/readers/yaml/index.js';
import rule from '../../src/rules/schedule-performance.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const plan = (progress: number) => yaml`
  pmcheck: 1
  project: { name: M, status_date: 2026-02-13 }
  tasks:
    - { id: a, start: 2026-02-02, finish: 2026-02-06, progress: 1 }
    - { id: b, start: 2026-02-09, finish: 2026-02-13, progress: ${progress} }
    - { id: c, start: 2026-02-16, finish: 2026-02-20 }
  budget:
    lines: [{ id: labour, planned: 15000 }]`;

testRule(rule, {
  valid: [{ name: 'on plan', plan: plan(1) }],
  // As of the morning of 13 Feb, task b has 4 of its 5 days behind it: 5,000 + 4,000 planned.
  invalid: [
    {
      name: 'a week of work half done',
      plan: plan(0.5),
      errors: [
        {
          messageId: 'low',
          line: 7,
          column: 1,
          message: 'SPI is 0.83: 7,500 of work earned against 9,000 planned by 2026-02-13 (below 0.9).',
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'nothing planned yet',
      plan: plan(0).replace('status_date: 2026-02-13', 'status_date: 2026-01-13'),
      reason: /no work was planned/,
    },
  ],
});

/**
 * The issue-16 network refresh, by hand. A switch order worth 40,000 and a cheap patch-lead
 * order worth 600 from the same distributor; the leads are two days late, the switches arrived.
 * Engineering labour of 10,000 over two weeks, on plan. As of Monday 16 March:
 *   PV = 40,000 (switches due 9 Mar) + 600 (leads due 11 Mar) + 10,000 × 5/10 (labour) = 45,600
 *   EV = 40,000 (received) + 0 (leads not received) + 10,000 × 0.5                       = 45,000
 *   SPI = 45,000 / 45,600 = 0.987: on plan. An even split of one 40,600 line over the two
 *   deliveries would have said PV = 20,300 + 20,300 + 5,000 and EV = 20,300 + 0 + 5,000: 0.55.
 */
const refresh = (leads: string) => yaml`
  pmcheck: 1
  project: { name: Network refresh, status_date: 2026-03-16 }
  vendors:
    - id: disti
      name: Westline Distribution
      deliveries:
        - { id: switches, item: 12 access switches, due: 2026-03-09, received_on: 2026-03-06, cost: 40000 }
        - { id: leads, item: Patch leads, due: 2026-03-11, ${leads} }
  tasks:
    - { id: install, name: Install the switches, start: 2026-03-09, finish: 2026-03-20, progress: 0.5, cost: 10000 }
  budget:
    lines:
      - { id: hardware, vendor: disti, planned: 40600, actual: 40000 }
      - { id: labour, planned: 10000, actual: 5000 }`;

testRule(rule, {
  valid: [
    { name: 'deliveries with their own values: the late leads barely move SPI', plan: refresh('cost: 600') },
    { name: 'pass-through hardware is left out altogether', plan: refresh('cost: 600, pass_through: true') },
  ],
  invalid: [
    {
      name: 'the install, not the late leads, is what is behind',
      plan: refresh('cost: 600').replace('progress: 0.5', 'progress: 0.1'),
      errors: [
        {
          messageId: 'low',
          line: 11,
          column: 1,
          message:
            'SPI is 0.899: 41,000 of work earned against 45,600 planned by 2026-03-16 (below 0.9). Furthest behind: "Install the switches" (4,000 behind) and "Patch leads" (600 behind). The work is worth 50,600 in all.',
        },
      ],
    },
  ],
});

describe('earned value by hand', () => {
  it('matches the worked figures above', () => {
    const loaded = readYamlPlan(refresh('cost: 600'), 'p.yaml');
    const evm = new PlanModel(loaded.plan, { asOf: '2026-03-16' }).earnedValue!;
    expect({ pv: evm.pv, ev: evm.ev, bac: evm.bac, basis: evm.basis }).toEqual({
      pv: 40000 + 600 + 10000 * (5 / 10),
      ev: 40000 + 0 + 10000 * 0.5,
      bac: 50600,
      basis: 'item costs',
    });
    expect(evm.ev / evm.pv).toBeCloseTo(0.987, 3);
  });

  it('never splits a line evenly over deliveries of unknown worth: it says so instead', () => {
    const text = refresh('cost: null')
      .replace(', cost: 40000', '')
      .replace('progress: 0.5, cost: 10000', 'progress: 0.5');
    const evm = new PlanModel(readYamlPlan(text, 'p.yaml').plan, { asOf: '2026-03-16' }).earnedValue!;
    expect(evm.basis).toBe('budget lines');
    expect(evm.unplaced).toEqual([
      {
        line: 'hardware',
        reason: 'its 2 deliveries carry no cost, and splitting the money evenly between them would be a guess',
      },
    ]);
    // Only the labour is measured: on plan.
    expect({ pv: evm.pv, ev: evm.ev, ac: evm.ac }).toEqual({ pv: 5000, ev: 5000, ac: 5000 });
  });
});
