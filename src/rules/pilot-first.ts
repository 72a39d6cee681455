import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'pilot-first',
  category: 'schedule',
  severity: 'medium',
  description: 'A rollout to many users is preceded by a pilot.',
  fix: 'Add a pilot task with a small group and make the rollout depend on it.',
  messages: {
    noPilot: 'Rollout "{{task}}" affects {{users}} users but no pilot precedes it.',
    noPilotWaves:
      'Rollout "{{task}}" is the first of {{waves}} waves that reach {{users}} users in all, and no pilot precedes it; a first wave is not a pilot unless it is marked as one.',
  },
  options: z
    .object({
      minUsers: z
        .number()
        .int()
        .nonnegative()
        .default(20)
        .describe('Rollouts affecting more users than this need a pilot.'),
    })
    .strict(),
  needs: ['tasks[].users_affected'],
  docs: {
    catches:
      'A task of kind `rollout` with `users_affected` above the option `minUsers` (default 20) that has no task of kind `pilot` among its predecessors, directly or further back; and a rollout in waves - rollouts that follow one another, through any work between them, or share a `phase` - whose users add up to more than `minUsers`, when its first wave has no pilot before it (a first wave is not a pilot unless it is `kind: pilot`). Computed in one pass over the dependency graph in topological order.',
    why: 'Article 003: validate with a pilot group before an organisation-wide rollout, so that problems are found by ten people rather than two hundred. Article 002: "each phase is tested and validated before the next begins."',
    sources: [
      cite('msp-operational-pm', 'validating before an organisation-wide rollout'),
      cite('tpm-guide', 'Cloud migration from on-premise servers'),
    ],
    howToFix: 'Add a `kind: pilot` task with a small, representative group, and make the rollout depend on it.',
    failing: `tasks:\n  - { id: mfa-rollout, kind: rollout, users_affected: 45 }`,
    fixed: `tasks:\n  - { id: mfa-pilot, kind: pilot, users_affected: 5 }\n  - { id: mfa-rollout, kind: rollout, users_affected: 45, depends_on: [mfa-pilot] }`,
  },
  check(ctx) {
    const { model } = ctx;
    const min = ctx.options.minUsers;
    const rollouts = [...model.items.values()].filter((i) => i.task?.kind === 'rollout');
    // Waves: rollouts that follow one another (through any work between them) or share a phase
    // are one rollout to their users added up. Union-find over the rollouts.
    const parent = new Map(rollouts.map((r) => [r.id, r.id]));
    const root = (id: string): string => {
      let r = id;
      while (parent.get(r) !== r) r = parent.get(r)!;
      // Every id on the way now points at the root: later look-ups take one step.
      for (let x = id; x !== r; ) {
        const next = parent.get(x)!;
        parent.set(x, r);
        x = next;
      }
      return r;
    };
    const join = (a: string, b: string) => parent.set(root(a), root(b));
    // afterPilot: a pilot is this item or upstream of it; lastWave: the nearest rollout upstream.
    const afterPilot = new Set<string>();
    const lastWave = new Map<string, string>();
    for (const id of model.graph.topologicalOrder()) {
      const item = model.items.get(id)!;
      const preds = model.graph.predecessors(id);
      if (item.task?.kind === 'pilot' || preds.some((e) => afterPilot.has(e.from))) afterPilot.add(id);
      const upstream = preds.map((e) => lastWave.get(e.from)).find((w) => w !== undefined);
      if (parent.has(id)) {
        for (const e of preds) {
          const w = lastWave.get(e.from);
          if (w !== undefined) join(id, w);
        }
        lastWave.set(id, id);
      } else if (upstream !== undefined) lastWave.set(id, upstream);
    }
    const byPhase = new Map<string, string>();
    for (const r of rollouts) {
      const phase = r.task!.phase;
      if (!phase) continue;
      const first = byPhase.get(phase);
      if (first === undefined) byPhase.set(phase, r.id);
      else join(r.id, first);
    }
    const groups = new Map<string, typeof rollouts>();
    for (const r of rollouts) {
      const key = root(r.id);
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [r]);
    }
    const users = (r: (typeof rollouts)[number]) => r.task!.users_affected ?? 0;
    const large = rollouts.filter((r) => users(r) > min);
    const wavesOverMin = [...groups.values()].filter((g) => g.length > 1 && g.reduce((s, r) => s + users(r), 0) > min);
    if (large.length === 0 && wavesOverMin.length === 0)
      return ctx.notApplicable(`no rollout affects more than ${min} users, alone or in waves`);
    const pilotBefore = (id: string) => model.graph.predecessors(id).some((e) => afterPilot.has(e.from));
    // A wave large on its own needs its own pilot, as a single rollout does.
    for (const item of large) {
      if (!pilotBefore(item.id))
        ctx.report({
          messageId: 'noPilot',
          path: [...item.path, 'users_affected'],
          data: { task: item.name, users: users(item) },
        });
    }
    for (const group of wavesOverMin) {
      const first = [...group]
        .filter((r) => users(r) <= min && !pilotBefore(r.id))
        .sort((a, b) => ((model.startOf(a) ?? '9999') < (model.startOf(b) ?? '9999') ? -1 : 1))[0];
      if (
        !first ||
        group.some(
          (r) => users(r) > min && model.startOf(r) !== undefined && model.startOf(r)! < (model.startOf(first) ?? ''),
        )
      )
        continue;
      ctx.report({
        messageId: 'noPilotWaves',
        path: [...first.path, 'users_affected'],
        data: { task: first.name, waves: group.length, users: group.reduce((s, r) => s + users(r), 0) },
      });
    }
  },
});
