import rule from '../../src/rules/vendor-contact.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a named contact',
      plan: 'pmcheck: 1\nproject: { name: M }\nvendors: [{ id: v, contact: Dana <d@x.example> }]\n',
    },
  ],
  invalid: [
    {
      name: 'no contact, and a blank one',
      plan: 'pmcheck: 1\nproject: { name: M }\nvendors:\n  - { id: v, name: NetCo }\n  - id: w\n    contact: "  "\n',
      errors: [
        { messageId: 'noContact', line: 4, column: 5, data: { vendor: 'NetCo' } },
        { messageId: 'noContact', line: 6, column: 14, data: { vendor: 'w' } },
      ],
    },
  ],
  notApplicable: [{ name: 'no vendors', plan: 'pmcheck: 1\nproject: { name: M }\n', reason: /no vendors/ }],
});
