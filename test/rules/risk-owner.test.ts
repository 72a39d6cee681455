import rule from '../../src/rules/risk-owner.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'owned, or closed',
      plan: 'pmcheck: 1\nproject: { name: M }\npeople: [{ id: lee }]\nrisks: [{ id: R1, owner: lee }, { id: R2, status: closed }]\n',
    },
  ],
  invalid: [
    {
      name: 'an open risk with nobody on it (status defaults to open)',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        risks:
          - id: R2
            title: Scanners fail to roam`,
      errors: [{ messageId: 'noOwner', line: 4, column: 5, data: { id: 'R2', title: 'Scanners fail to roam' } }],
    },
  ],
  notApplicable: [
    {
      name: 'no open risks',
      plan: 'pmcheck: 1\nproject: { name: M }\nrisks: [{ id: R1, status: occurred }]\n',
      reason: /no open risks/,
    },
  ],
});
