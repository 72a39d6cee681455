import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'change-communicated',
  category: 'change',
  severity: 'low',
  description: 'Approved and implemented changes record who they were communicated to.',
  fix: 'List the people and vendors told about the change in communicated_to.',
  messages: {
    untold: 'Change {{id}} is {{status}} but was not communicated to anyone (communicated_to is empty).',
  },
  options: z.object({}).strict(),
  needs: ['changes'],
  docs: {
    catches: 'A change with status `approved` or `implemented` and an empty or missing `communicated_to`.',
    why: 'Article 002: every change must be "communicated to everyone affected". A change the cabling contractor never heard about is a change they will not build, or will build and invoice as extra.',
    sources: [cite('tpm-guide', 'Change control')],
    howToFix: 'Tell the people and vendors the change affects, and list their ids in `communicated_to`.',
    failing: `people:\n  - { id: alice }\nchanges:\n  - { id: CR-1, status: approved, approved: { by: alice, on: 2026-02-03 } }`,
    fixed: `people:\n  - { id: alice }\n  - { id: sam }\nchanges:\n  - id: CR-1\n    status: approved\n    approved: { by: alice, on: 2026-02-03 }\n    communicated_to: [sam]`,
  },
  check(ctx) {
    const decided = (ctx.plan.changes ?? [])
      .map((change, i) => ({ change, i }))
      .filter(({ change }) => change.status === 'approved' || change.status === 'implemented');
    if (decided.length === 0) return ctx.notApplicable('no change is approved or implemented');
    for (const { change, i } of decided) {
      if (!change.communicated_to?.length)
        ctx.report({
          messageId: 'untold',
          path: ['changes', i, 'communicated_to'],
          data: { id: change.id, status: change.status! },
        });
    }
  },
});
