import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

const TECHNICAL = new Set(['build', 'migration', 'cutover']);

export default defineRule({
  id: 'pm-not-engineer',
  category: 'governance',
  severity: 'high',
  description: 'The project manager does not also own build, migration or cutover work.',
  fix: 'Give the technical task to an engineer; keep the PM free to manage the whole outcome.',
  messages: {
    ownsTechnicalWork: 'The project manager ({{pm}}) owns {{kind}} task "{{task}}".',
  },
  options: z.object({}).strict(),
  needs: ['project.manager'],
  docs: {
    catches:
      'A task of kind `build`, `migration` or `cutover` whose `owner` is the project manager. A PM whose own role is technical (`role: engineer`) is reported by `pm-assigned`, so the same fact is not counted twice; this rule reports the technical work the PM has taken on.',
    why: 'Article 000, mistake 2: "technical engineers and IT professionals are rarely Project Managers. Expecting them to deliver solutions while managing stakeholders, risks, scope changes, and reporting often leads to missed milestones, poor escalation". When the person steering is also heads-down on the build, nobody is steering.',
    sources: [cite('partner-pm-mistakes', 'Mistake 2: leaving project management to technical resources')],
    howToFix:
      'Assign each build, migration and cutover task to an engineer. The PM can own scoping, communication, procurement and governance tasks.',
    failing: `project:\n  name: Migration\n  manager: pat\npeople:\n  - { id: pat, role: project-manager }\ntasks:\n  - { id: cutover, kind: cutover, owner: pat }`,
    fixed: `project:\n  name: Migration\n  manager: pat\npeople:\n  - { id: pat, role: project-manager }\n  - { id: kofi, role: engineer }\ntasks:\n  - { id: cutover, kind: cutover, owner: kofi }`,
  },
  check(ctx) {
    const pm = ctx.model.manager;
    if (!pm) return ctx.notApplicable('no project manager is named (pm-assigned reports that)');
    const technical = (ctx.plan.tasks ?? [])
      .map((task, i) => ({ task, i }))
      .filter(({ task }) => task.kind && TECHNICAL.has(task.kind));
    if (technical.length === 0) return ctx.notApplicable('the plan has no build, migration or cutover tasks');
    for (const { task, i } of technical) {
      if (task.owner === pm.id) {
        ctx.report({
          messageId: 'ownsTechnicalWork',
          path: ['tasks', i, 'owner'],
          data: { pm: ctx.model.personName(pm.id), kind: task.kind!, task: task.name ?? task.id },
        });
      }
    }
  },
});
