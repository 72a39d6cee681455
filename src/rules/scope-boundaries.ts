import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'scope-boundaries',
  category: 'scope',
  severity: 'low',
  description: 'The scope records what is out of scope and the assumptions it rests on.',
  fix: 'List what the project will not do (out_of_scope) and what it assumes (assumptions).',
  messages: {
    noExclusions: 'The scope lists nothing out of scope.',
    noAssumptions: 'The scope records no assumptions.',
  },
  options: z.object({}).strict(),
  needs: ['scope'],
  docs: {
    catches: 'A scope with no `out_of_scope` entries, and one with no `assumptions`: each is a finding of its own.',
    why: 'Article 002: scoping "includes documenting assumptions, identifying constraints, and mapping dependencies", and scope creep happens when additions are not recognised as additions. Without written exclusions, "that is a good idea, but it is not in scope for this phase" has nothing to point to.',
    sources: [
      cite('tpm-guide', 'Scope creep disguised as improvement'),
      cite('tpm-guide', 'Scoping and requirements gathering'),
    ],
    howToFix:
      'Add `out_of_scope` with what a customer might reasonably expect but will not get, and `assumptions` with what must be true for the plan to hold.',
    failing: `scope:\n  in_scope: [Cabling, Switching]`,
    fixed: `scope:\n  in_scope: [Cabling, Switching]\n  out_of_scope: [Furniture]\n  assumptions: [Landlord access from 2026-01-19]`,
  },
  check(ctx) {
    const scope = ctx.plan.scope;
    if (!scope?.out_of_scope?.length) ctx.report({ messageId: 'noExclusions', path: ['scope', 'out_of_scope'] });
    if (!scope?.assumptions?.length) ctx.report({ messageId: 'noAssumptions', path: ['scope', 'assumptions'] });
  },
});
