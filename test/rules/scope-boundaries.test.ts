import rule from '../../src/rules/scope-boundaries.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'exclusions and assumptions',
      plan: 'pmcheck: 1\nproject: { name: M }\nscope:\n  out_of_scope: [Furniture]\n  assumptions: [Access from 19 Jan]\n',
    },
  ],
  invalid: [
    {
      name: 'an empty exclusions list and no assumptions: two findings',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        scope:
          in_scope: [Cabling]
          out_of_scope: []`,
      errors: [
        { messageId: 'noExclusions', line: 5, column: 3 },
        { messageId: 'noAssumptions', line: 3, column: 1 },
      ],
    },
  ],
});
