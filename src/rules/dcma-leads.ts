import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import {
  DCMA_CONTEXT,
  linkOffender,
  named,
  ratio,
  shareOption,
  showOption,
  working,
  writtenLag,
} from './dcma/shared.js';

export default defineRule({
  id: 'dcma-leads',
  category: 'schedule',
  severity: 'medium',
  optIn: 'dcma',
  description: 'DCMA check 2: no dependency has a lead (a negative lag).',
  fix: 'Replace the lead with the work it stands for: split the predecessor, and link to the piece that really must finish first.',
  messages: {
    leads:
      'DCMA check 2 (leads): {{count}} of {{total}} dependencies ({{share:percent1}}) have a lead, more than the {{max:percent}} allowed: {{names}}. Counted: the dependencies into {{working}}.',
  },
  options: z
    .object({
      maxShare: shareOption(0, 'Largest share of the dependencies counted that may have a lead (PAM 200.1: none).'),
      show: showOption,
    })
    .strict(),
  docs: {
    catches:
      'Counts the dependencies into the unfinished tasks (not level of effort, not dropped) whose lag is negative: a lead. An elapsed or percent lag counts by the sign it was written with. One finding gives the count, the total, the share, the threshold (none) and the first `show` by their successor.',
    why: 'A lead starts work before what it depends on is done, on the assumption that the overlap is safe; nothing in the schedule checks that assumption, and the critical path through a lead is distorted. DCMA-EA PAM 200.1 (check 2) allows none.',
    sources: [cite('dcma-14', 'check 2 (leads)')],
    howToFix:
      'Split the predecessor where the successor can really start and link to that piece finish-to-start, or use a start-to-start dependency with a positive lag that says how much must be done first.',
    failing: `tasks:\n  - { id: build, start: 2026-07-01, duration: 10d }\n  - { id: test, duration: 5d, depends_on: [{ id: build, lag: -3d }] }`,
    fixed: `tasks:\n  - { id: build, start: 2026-07-01, duration: 10d }\n  - { id: test, duration: 5d, depends_on: [{ id: build, type: SS, lag: 7d }] }`,
    context: DCMA_CONTEXT,
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.relationships.length === 0) return ctx.notApplicable('no dependencies into the unfinished tasks');
    const offenders = pop.relationships
      .filter((e) => writtenLag(e) < 0)
      .map((e) => linkOffender(e, ctx.model.items.get(e.to)!));
    const r = ratio(offenders.length, pop.relationships.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: 'leads',
      path: ['tasks'],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) },
    });
  },
});
