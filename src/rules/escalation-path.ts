import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'escalation-path',
  category: 'communication',
  severity: 'low',
  description: 'The plan records who escalates to whom.',
  fix: 'Record communication.escalation, e.g. "engineer -> PM -> sponsor".',
  messages: {
    none: 'No escalation path is recorded (communication.escalation).',
  },
  options: z.object({}).strict(),
  needs: ['communication'],
  docs: {
    catches: 'A plan with no `communication.escalation`.',
    why: 'Article 000: good PMs "escalate early", and engineers "are not always the first to escalate concerns". Article 003 makes escalation management part of every project. Without an agreed path, a problem waits for the next status meeting, or for somebody senior enough to notice.',
    sources: [
      cite(
        'partner-pm-mistakes',
        'Mistake 3: relying on assumptions instead of proactive management, "escalate early"',
      ),
      cite('msp-operational-pm', 'escalation management'),
    ],
    howToFix: 'Agree the path with the sponsor at kick-off, name each step, and record it.',
    failing: `communication:\n  cadence: weekly`,
    fixed: `communication:\n  cadence: weekly\n  escalation: engineer -> PM -> sponsor`,
  },
  check(ctx) {
    if (!ctx.plan.communication?.escalation?.trim())
      ctx.report({ messageId: 'none', path: ['communication', 'escalation'] });
  },
});
