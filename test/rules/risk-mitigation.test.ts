import rule from '../../src/rules/risk-mitigation.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'mitigated, below the score, or closed; high × high is 16 (words count as 2, 3, 4)',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        risks:
          - { id: R1, likelihood: high, impact: high, mitigation: Order early }
          - { id: R2, likelihood: 3, impact: 3 }
          - { id: R3, likelihood: 5, impact: 5, status: closed }`,
    },
  ],
  invalid: [
    {
      name: 'a 4 × 4 risk with no mitigation, and a 3 × 4 one exactly at the threshold',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        risks:
          - id: R1
            title: Switch lead times
            likelihood: 4
            impact: 4
          - { id: R2, likelihood: medium, impact: high, mitigation: "" }`,
      errors: [
        {
          messageId: 'none',
          line: 4,
          column: 5,
          message: 'Open risk R1 ("Switch lead times") scores 16 (4 × 4) and has no mitigation.',
        },
        { messageId: 'none', line: 8, column: 61, data: { score: 12 } },
      ],
    },
    {
      name: 'a lower bar by option',
      plan: 'pmcheck: 1\nproject: { name: M }\nrisks: [{ id: R, likelihood: 3, impact: 3 }]\n',
      options: { minScore: 9 },
      errors: [{ messageId: 'none', line: 3, column: 9 }],
    },
  ],
  notApplicable: [
    {
      name: 'no scored risks',
      plan: 'pmcheck: 1\nproject: { name: M }\nrisks: [{ id: R }]\n',
      reason: /likelihood and an impact/,
    },
  ],
});
