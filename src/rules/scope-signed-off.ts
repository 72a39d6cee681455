import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'scope-signed-off',
  category: 'scope',
  severity: 'high',
  description: 'The scope is signed off by a named person on a recorded date.',
  fix: 'Record scope.signed_off: { by: <person>, on: <date> } once the client has agreed the scope.',
  messages: {
    unsigned: 'The scope has not been signed off (no scope.signed_off).',
    incomplete: 'The scope sign-off names no {{missing}}.',
  },
  options: z.object({}).strict(),
  needs: ['scope'],
  docs: {
    catches: 'A plan whose `scope.signed_off` is missing, or which names no person (`by`) or no date (`on`).',
    why: 'Article 002: "Before any work begins, a technical project manager defines what success looks like ... in specific, measurable outcomes that business and technical stakeholders both agree on." A scope nobody signed is a scope nobody agreed, and "the scoping phase typically prevents more problems than any other single activity".',
    sources: [cite('tpm-guide', 'Scoping and requirements gathering')],
    howToFix:
      'Once the sponsor has agreed the scope, record who signed it and when. If it is not agreed yet, get it agreed before work starts (see `work-before-signoff`).',
    failing: `scope:\n  summary: Move 40 staff`,
    fixed: `people:\n  - { id: alice, role: sponsor }\nscope:\n  summary: Move 40 staff\n  signed_off: { by: alice, on: 2026-01-12 }`,
  },
  check(ctx) {
    const s = ctx.plan.scope?.signed_off;
    if (!s || (!s.by && !s.on)) return ctx.report({ messageId: 'unsigned', path: ['scope', 'signed_off'] });
    if (!s.by || !s.on)
      ctx.report({
        messageId: 'incomplete',
        path: ['scope', 'signed_off'],
        data: { missing: !s.by ? 'person (by)' : 'date (on)' },
      });
  },
});
