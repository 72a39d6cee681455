import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'sponsor-assigned',
  category: 'governance',
  severity: 'high',
  description: 'The project names a sponsor: the client-side decision maker.',
  fix: 'Set project.sponsor to the person on the client side who makes decisions and signs off.',
  messages: {
    missing: 'No sponsor: project.sponsor is not set, so nobody on the client side owns decisions.',
  },
  options: z.object({}).strict(),
  needs: ['project.sponsor'],
  docs: {
    catches: 'A plan with no `project.sponsor`.',
    why: 'Article 002: when nobody owns the outcome, "Decisions stall because nobody is sure who should make them." Article 003 ties successful delivery to leadership alignment and visible executive ownership. Scope sign-off, change approval and go/no-go gates all need a named decision maker.',
    sources: [
      cite('tpm-guide', 'No single point of accountability'),
      cite('msp-operational-pm', 'leadership alignment'),
    ],
    howToFix: "Add the client's decision maker to `people` (role `sponsor`) and name them in `project.sponsor`.",
    failing: `project:\n  name: Cloud migration`,
    fixed: `project:\n  name: Cloud migration\n  sponsor: ruth\npeople:\n  - { id: ruth, role: sponsor }`,
  },
  check(ctx) {
    if (!ctx.plan.project.sponsor) ctx.report({ messageId: 'missing', path: ['project'] });
  },
});
