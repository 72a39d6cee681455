import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'comms-plan',
  category: 'communication',
  severity: 'medium',
  description: 'The plan says how often updates go out and to whom.',
  fix: 'Set communication.cadence and communication.audience.',
  messages: {
    noCadence: 'The communication plan has no cadence: nobody has agreed how often updates are sent.',
    noAudience: 'The communication plan has no audience: nobody has agreed who receives updates.',
  },
  options: z.object({}).strict(),
  needs: ['communication'],
  docs: {
    catches: 'A plan with no `communication.cadence`, and one with no `communication.audience`: each is a finding.',
    why: 'Article 004, from the client\'s side: "be clear how you want to be updated", and agree how often. Article 002: honest, regular reporting is how "problems surface early enough to do something about them".',
    sources: [
      cite('pm-six-ways', '4. Be clear how you want to be updated'),
      cite('tpm-guide', 'Poor communication between technical and non-technical stakeholders'),
    ],
    howToFix: 'Agree with the sponsor how often updates are sent and who receives them, and record both.',
    failing: `communication:\n  channel: email`,
    fixed: `people: [{ id: alice, role: sponsor }]\ncommunication:\n  channel: email\n  cadence: weekly\n  audience: [alice]`,
  },
  check(ctx) {
    const c = ctx.plan.communication;
    if (!c?.cadence) ctx.report({ messageId: 'noCadence', path: ['communication', 'cadence'] });
    if (!c?.audience?.length) ctx.report({ messageId: 'noAudience', path: ['communication', 'audience'] });
  },
});
