import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'risk-mitigation',
  category: 'risk',
  severity: 'high',
  description: 'Every serious open risk (likelihood × impact of at least minScore) has a mitigation.',
  fix: 'Write the mitigation: what will be done now to make the risk less likely or less damaging.',
  messages: {
    none: 'Open risk {{id}} ("{{title}}") scores {{score}} ({{likelihood}} × {{impact}}) and has no mitigation.',
  },
  options: z
    .object({
      minScore: z
        .number()
        .int()
        .min(1)
        .max(25)
        .default(12)
        .describe('Likelihood × impact (each 1 to 5) from which a mitigation is required.'),
    })
    .strict(),
  needs: ['risks'],
  docs: {
    catches:
      'An open risk whose `likelihood` × `impact` (each 1 to 5; low, medium and high count as 2, 3 and 4) is at least the option `minScore` (default 12) and which has no `mitigation`.',
    why: 'Article 002: a PM "ensures mitigation plans exist before they are needed. This is not bureaucracy. It is the difference between a controlled response and a crisis."',
    sources: [cite('tpm-guide', 'Risk identification and mitigation')],
    howToFix:
      'Decide what will be done now (order early, add a fallback, test first) and record it as the `mitigation`.',
    failing: `risks:\n  - { id: R1, title: Switch lead times, likelihood: 4, impact: 4 }`,
    fixed: `risks:\n  - { id: R1, title: Switch lead times, likelihood: 4, impact: 4, mitigation: Order in week 1; distributor holds stock }`,
  },
  check(ctx) {
    const scored = (ctx.plan.risks ?? [])
      .map((risk, i) => ({ risk, i }))
      .filter(({ risk }) => (risk.status ?? 'open') === 'open' && risk.likelihood != null && risk.impact != null);
    if (scored.length === 0) return ctx.notApplicable('no open risk has a likelihood and an impact');
    for (const { risk, i } of scored) {
      const score = risk.likelihood! * risk.impact!;
      if (score >= ctx.options.minScore && !risk.mitigation?.trim()) {
        ctx.report({
          messageId: 'none',
          path: ['risks', i, 'mitigation'],
          data: {
            id: risk.id,
            title: risk.title ?? risk.id,
            score,
            likelihood: risk.likelihood!,
            impact: risk.impact!,
          },
        });
      }
    }
  },
});
