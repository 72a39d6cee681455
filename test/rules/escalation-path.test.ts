import rule from '../../src/rules/escalation-path.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'a path', plan: 'pmcheck: 1\nproject: { name: M }\ncommunication: { escalation: sam -> pat -> alice }\n' },
  ],
  invalid: [
    {
      name: 'none, and no communication section',
      plan: 'pmcheck: 1\nproject: { name: M }\n',
      errors: [{ messageId: 'none', line: 1, column: 1 }],
    },
    {
      name: 'blank',
      plan: 'pmcheck: 1\nproject: { name: M }\ncommunication:\n  escalation: " "\n',
      errors: [{ messageId: 'none', line: 4, column: 15 }],
    },
  ],
});
