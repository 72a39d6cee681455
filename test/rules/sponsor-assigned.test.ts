import rule from '../../src/rules/sponsor-assigned.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'a sponsor is named', plan: 'pmcheck: 1\nproject:\n  name: M\n  sponsor: ruth\npeople: [{ id: ruth }]\n' },
  ],
  invalid: [
    {
      name: 'no sponsor, at the project key',
      plan: 'pmcheck: 1\n# the project\nproject:\n  name: M\n',
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
  ],
});
