import rule from '../../src/rules/pm-not-engineer.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

const head = yaml`
  pmcheck: 1
  project: { name: M, manager: pat }
  people:
    - { id: pat, name: Pat Jones, role: project-manager }
    - { id: kofi, role: engineer }`;

testRule(rule, {
  valid: [
    {
      name: 'the PM owns scoping and communication; engineers own the build',
      plan:
        head +
        yaml`
        tasks:
          - { id: scope, kind: scoping, owner: pat }
          - { id: tell, kind: communication, owner: pat }
          - { id: build, kind: build, owner: kofi }`,
    },
  ],
  invalid: [
    {
      name: 'the PM owns a build and a cutover task (article 000, mistake 2)',
      plan:
        head +
        yaml`
        tasks:
          - id: build
            kind: build
            owner: pat
          - id: cutover
            kind: cutover
            owner: pat
          - { id: migrate, kind: migration, owner: kofi }`,
      errors: [
        {
          messageId: 'ownsTechnicalWork',
          line: 9,
          column: 12,
          data: { pm: 'Pat Jones', kind: 'build', task: 'build' },
        },
        { messageId: 'ownsTechnicalWork', line: 12, column: 12, data: { kind: 'cutover' } },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no PM named',
      plan: 'pmcheck: 1\nproject: { name: M }\ntasks: [{ id: b, kind: build }]\n',
      reason: /no project manager/,
    },
    {
      name: 'no technical tasks',
      plan: `${head}tasks: [{ id: s, kind: scoping, owner: pat }]\n`,
      reason: /no build, migration or cutover/,
    },
  ],
});
