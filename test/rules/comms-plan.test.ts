import rule from '../../src/rules/comms-plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a cadence and an audience',
      plan: 'pmcheck: 1\nproject: { name: M }\npeople: [{ id: a }]\ncommunication: { cadence: weekly, audience: [a] }\n',
    },
  ],
  invalid: [
    {
      name: 'neither, at the communication section',
      plan: 'pmcheck: 1\nproject: { name: M }\ncommunication:\n  channel: email\n',
      errors: [
        { messageId: 'noCadence', line: 3, column: 1 },
        { messageId: 'noAudience', line: 3, column: 1 },
      ],
    },
  ],
});
