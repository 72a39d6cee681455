import { describe, expect, it } from 'vitest';
import { readYamlPlan } from '../../src/readers/yaml/index.js';
import rule, { drift } from '../../src/rules/undocumented-change.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const base = yaml`
  pmcheck: 1
  project: { name: Move }
  scope:
    in_scope: [Cabling, Switching]
  vendors:
    - id: netco
      deliveries: [{ id: kit, due: 2026-02-02 }]
  tasks:
    - { id: cabling, start: 2026-01-20, finish: 2026-01-30 }
  milestones:
    - { id: live, due: 2026-03-02 }
  budget:
    total: 85000
    lines: [{ id: kit, planned: 18000 }]
  changes:
    - { id: CR-1, title: Hot desks, status: approved }`;

testRule(rule, {
  valid: [
    { name: 'nothing moved', plan: base, base },
    {
      name: 'the budget rose together with a new change request',
      plan:
        base.replace('total: 85000', 'total: 95000') +
        '  - { id: CR-2, title: Extra floor, impact: { cost: 10000 } }\n',
      base,
    },
    {
      // It must now be about the budget: an edit that touched only its status covered nothing (issue 14, class 10).
      name: 'an existing change request updated in the same diff documents it',
      plan: base
        .replace('total: 85000', 'total: 95000')
        .replace('status: approved', 'status: implemented, impact: { cost: 10000 }'),
      base,
    },
    {
      name: 'a date moved, covered by a change that lists the task in items',
      plan:
        base.replace('finish: 2026-01-30', 'finish: 2026-02-06') +
        '  - { id: CR-2, title: Late cabling, items: [cabling], impact: { days: 5 } }\n',
      base,
    },
    {
      name: 'a delivery moved, covered by a change that names its vendor in the title',
      plan: `${base.replace('due: 2026-02-02', 'due: 2026-02-09')}  - { id: CR-2, title: NetCo ships a week late }\n`,
      base,
    },
    {
      name: 'the scope grew, covered by a change with a scope impact',
      plan:
        base.replace('[Cabling, Switching]', '[Cabling, Switching, Wi-Fi]') +
        '  - { id: CR-2, title: Add Wi-Fi, impact: { scope: Wi-Fi on every floor } }\n',
      base,
    },
    {
      name: 'a milestone removed, covered by a change that lists it (a removed id is not an unknown reference)',
      plan:
        base.replace('milestones:\n  - { id: live, due: 2026-03-02 }\n', 'milestones: []\n') +
        '  - { id: CR-2, title: Merge the go-live into cutover, items: [live] }\n',
      base,
    },
  ],
  invalid: [
    {
      name: 'budget, scope, a date, a delivery and a new vendor, each at its line',
      base,
      plan: yaml`
        pmcheck: 1
        project: { name: Move }
        scope:
          in_scope: [Cabling, Switching, Wi-Fi]
        vendors:
          - id: netco
            deliveries: [{ id: kit, due: 2026-02-09 }]
          - id: voip
        tasks:
          - { id: cabling, start: 2026-01-20, finish: 2026-02-06 }
        milestones:
          - { id: live, due: 2026-03-02 }
        budget:
          total: 95000
          lines: [{ id: kit, planned: 18000 }]
        changes:
          - { id: CR-1, title: Hot desks, status: approved }`,
      errors: [
        {
          messageId: 'changed',
          line: 4,
          column: 3,
          message: 'scope.in_scope changed from 2 items to 3 items since origin/main, and no change request covers it.',
        },
        {
          messageId: 'changed',
          line: 10,
          column: 47,
          data: { what: 'cabling.finish', before: '"2026-01-30"', after: '"2026-02-06"' },
        },
        {
          messageId: 'changed',
          line: 14,
          column: 10,
          data: { what: 'budget.total', before: '85,000', after: '95,000' },
        },
        { messageId: 'changed', line: 7, column: 34, data: { what: 'delivery kit.due' } },
        { messageId: 'added', line: 8, column: 9, data: { what: 'vendor voip' } },
      ],
    },
    {
      name: 'an unrelated change request added in the same diff covers nothing (issue 14, class 10)',
      base,
      plan:
        base.replace('total: 85000', 'total: 95000').replace('finish: 2026-01-30', 'finish: 2026-02-06') +
        '  - { id: CR-2, title: Hot desks for the second floor, status: proposed }\n',
      errors: [
        { messageId: 'changed', line: 9, column: 47, data: { what: 'cabling.finish' } },
        { messageId: 'changed', line: 13, column: 10, data: { what: 'budget.total' } },
      ],
    },
    {
      name: 'a change covers only what it is about: a cost impact covers the total, not a line or a date',
      base,
      plan:
        base
          .replace('total: 85000', 'total: 95000')
          .replace('planned: 18000', 'planned: 28000')
          .replace('finish: 2026-01-30', 'finish: 2026-02-06') +
        '  - { id: CR-2, title: Extra floor, impact: { cost: 10000 } }\n',
      errors: [
        { messageId: 'changed', line: 9, column: 47, data: { what: 'cabling.finish' } },
        { messageId: 'changed', line: 14, column: 31, data: { what: 'budget line kit' } },
      ],
    },
    {
      name: 'a short id is not named by every sentence: a task "a" needs items',
      base: base.replace('id: cabling', 'id: a'),
      plan:
        base.replace('id: cabling', 'id: a').replace('finish: 2026-01-30', 'finish: 2026-02-06') +
        '  - { id: CR-2, title: Add a week to the cabling }\n',
      errors: [{ messageId: 'changed', line: 9, column: 41, data: { what: 'a.finish' } }],
    },
    {
      name: 'a milestone quietly deleted, reported at the list it was in',
      base,
      plan: base.replace('milestones:\n  - { id: live, due: 2026-03-02 }\n', 'milestones: []\n'),
      errors: [{ messageId: 'removed', line: 10, column: 1, data: { what: 'milestone live' } }],
    },
  ],
  notApplicable: [
    { name: 'without --base', plan: base, reason: /only with --base/ },
    { name: 'a plan that is new since the ref', plan: base, base: 'new', reason: /new since origin\/main/ },
  ],
});

describe('drift', () => {
  it('reports removed tasks, milestones, vendors and budget lines', () => {
    const before = readYamlPlan(base, 'b.yaml').plan;
    const after = readYamlPlan(
      'pmcheck: 1\nproject: { name: Move }\nscope:\n  in_scope: [Cabling, Switching]\nbudget: { total: 85000 }\nchanges: [{ id: CR-1, title: Hot desks, status: approved }]\n',
      'a.yaml',
    ).plan;
    expect(drift(before, after).map((d) => `${d.what}: ${String(d.before)} -> ${String(d.after)}`)).toEqual([
      'task cabling: present -> undefined',
      'milestone live: present -> undefined',
      'budget line kit: present -> undefined',
      'vendor netco: present -> undefined',
    ]);
  });
});
