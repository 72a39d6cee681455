import rule from '../../src/rules/rollback-plan.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a rollback plan',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: c, kind: cutover, rollback_plan: Revert MX records }]\n',
    },
  ],
  invalid: [
    {
      name: 'a cutover with none, and a migration with a blank one',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - id: email-cutover
            name: Email cutover
            kind: cutover
          - id: files
            kind: migration
            rollback_plan: ""`,
      errors: [
        { messageId: 'none', line: 4, column: 5, message: 'Cutover task "Email cutover" has no rollback plan.' },
        { messageId: 'none', line: 9, column: 20, data: { kind: 'Migration' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no migration or cutover',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: b, kind: build }]\n',
      reason: /no migration or cutover/,
    },
  ],
});
