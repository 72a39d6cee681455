import rule from '../../src/rules/overdue-task.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'finished, or not due yet',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-02-16 }
        tasks:
          - { id: a, start: 2026-02-02, finish: 2026-02-06, progress: 1 }
          - { id: b, start: 2026-02-02, finish: 2026-02-06, actual_finish: 2026-02-09 }
          - { id: c, start: 2026-02-16, finish: 2026-02-20 }`,
    },
  ],
  invalid: [
    {
      name: 'past its finish at 60%, and one placed by duration',
      plan: yaml`
        pmcheck: 1
        project: { name: M, status_date: 2026-02-16 }
        tasks:
          - id: switch-config
            name: Configure switches
            start: 2026-02-09
            finish: 2026-02-13
            progress: 0.6
          - id: dur
            start: 2026-02-02
            duration: 3d`,
      errors: [
        {
          messageId: 'overdue',
          line: 7,
          column: 13,
          message: 'Task "Configure switches" was due to finish 2026-02-13 and is 60% done as of 2026-02-16.',
        },
        { messageId: 'overdue', line: 11, column: 15, data: { finish: '2026-02-04', progress: '0%' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no finish dates',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: a }]\n',
      reason: /no task has a finish date/,
    },
  ],
});
