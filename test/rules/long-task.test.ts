import rule from '../../src/rules/long-task.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: '44 working days exactly (2026-01-05 to 2026-03-05)',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: a, start: 2026-01-05, finish: 2026-03-05 }]\n',
    },
    {
      name: 'a longer limit',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: a, start: 2026-01-05, duration: 12w }]\n',
      options: { maxDays: 60 },
    },
  ],
  invalid: [
    {
      name: 'a four-month block, by finish and by duration',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - id: all
            start: 2026-01-05
            finish: 2026-04-30
          - id: dur
            start: 2026-01-05
            duration: 10w`,
      errors: [
        { messageId: 'long', line: 6, column: 13, data: { days: 84, max: 44 } },
        { messageId: 'long', line: 9, column: 15, data: { days: 50 } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'undated tasks',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: a }]\n',
      reason: /no task has dates/,
    },
  ],
});
