import rule from '../../src/rules/scope-signed-off.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'signed by a person on a date',
      plan: 'pmcheck: 1\nproject: { name: M }\npeople: [{ id: a }]\nscope:\n  signed_off: { by: a, on: 2026-01-12 }\n',
    },
  ],
  invalid: [
    {
      name: 'a scope with no sign-off, at the scope',
      plan: 'pmcheck: 1\nproject: { name: M }\nscope:\n  summary: Move\n',
      errors: [{ messageId: 'unsigned', line: 3, column: 1 }],
    },
    {
      name: 'no scope at all, at the top of the file',
      plan: 'pmcheck: 1\nproject: { name: M }\n',
      errors: [{ messageId: 'unsigned', line: 1, column: 1 }],
    },
    {
      name: 'a sign-off with no person',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        scope:
          signed_off: { on: 2026-01-12 }`,
      errors: [{ messageId: 'incomplete', line: 4, column: 3, data: { missing: 'person (by)' } }],
    },
  ],
});
