import { describe, expect, it } from 'vitest';
import { PlanModel } from '../../src/plan/model/index.js';
import { readYamlPlan } from '../../src/readers/yaml/index.js';
import rule from '../../src/rules/cost-performance.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

// Two weeks of work, half done on 13 Feb; labour 10,000 spread over the task, kit 6,000 on delivery.
const plan = (labourActual: number, kitReceived: string) => yaml`
  pmcheck: 1
  project: { name: M, status_date: 2026-02-13 }
  vendors:
    - id: kitco
      deliveries: [{ id: kit, due: 2026-02-06${kitReceived} }]
  tasks:
    - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 0.5 }
  budget:
    lines:
      - { id: labour, planned: 10000, actual: ${labourActual} }
      - { id: hardware, vendor: kitco, planned: 6000, actual: 6000 }
      - { id: spare, category: contingency, planned: 1000 }`;

testRule(rule, {
  valid: [
    {
      name: 'kit bought up front is earned on delivery, not read as overspend',
      plan: plan(5000, ', received_on: 2026-02-06'),
    },
  ],
  invalid: [
    {
      name: 'labour running ahead of progress',
      plan: plan(8000, ', received_on: 2026-02-06'),
      errors: [
        {
          messageId: 'low',
          line: 8,
          column: 1,
          message:
            'CPI is 0.79: 11,000 of work earned for 14,000 spent (below 0.9); at this rate the budget of 16,000 becomes 20,364.',
        },
      ],
    },
    {
      name: 'paid for kit that has not arrived',
      plan: plan(5000, ''),
      errors: [{ messageId: 'low', line: 8, column: 1, data: { cpi: 0.455 } }],
    },
  ],
  notApplicable: [
    {
      name: 'nothing spent',
      plan: plan(0, '').replace('actual: 6000', 'actual: 0'),
      reason: /no planned costs and actual spend/,
    },
  ],
});

describe('earned value in the model', () => {
  it('uses task costs when tasks carry them, and ignores contingency', () => {
    const loaded = readYamlPlan(
      yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-02-02, finish: 2026-02-06, cost: 1000, progress: 1 }
          - { id: b, start: 2026-02-09, finish: 2026-02-13, cost: 3000, progress: 0.5 }
        budget: { lines: [{ id: x, planned: 99999, actual: 2000 }] }`,
      'p.yaml',
    );
    const evm = new PlanModel(loaded.plan, { asOf: '2026-02-11' }).earnedValue!;
    // As of the morning of 11 Feb, task b has 2 of its 5 days behind it.
    expect(evm).toMatchObject({ bac: 4000, pv: 1000 + 3000 * (2 / 5), ev: 1000 + 1500, ac: 2000, basis: 'item costs' });
  });
});
