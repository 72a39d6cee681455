import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'change-approved',
  category: 'change',
  severity: 'critical',
  description: 'Every approved or implemented change has an approval record, dated no later than its implementation.',
  fix: 'Record approved: { by, on } for the change, dated before it was implemented.',
  messages: {
    noApproval: 'Change {{id}} ("{{title}}") is {{status}} with no approval record.',
    incomplete: 'The approval of change {{id}} names no {{missing}}.',
    implementedFirst: 'Change {{id}} was implemented on {{implemented}}, before it was approved on {{approved}}.',
  },
  options: z.object({}).strict(),
  needs: ['changes'],
  docs: {
    catches:
      'A change in the change log whose `status` is `approved` or `implemented` but which has no `approved` record, or whose record lacks the approver (`by`) or the date (`on`); and a change whose `implemented_on` is before its approval date.',
    why: 'Article 002: "A change control process ensures that every modification to scope, timeline, or budget is documented, assessed for impact, approved by the right person, and communicated to everyone affected. Without this, projects drift in ways that nobody notices until the invoice arrives." A change implemented first and approved later is scope creep with paperwork attached.',
    sources: [cite('tpm-guide', 'Change control'), cite('tpm-guide', 'No formal change control')],
    howToFix:
      'Add `approved: { by: <person id>, on: <date> }` to each change that was approved. If work went ahead before approval, record that honestly and raise it with the sponsor; do not back-date the approval.',
    failing: `people:\n  - { id: alice, role: sponsor }\nchanges:\n  - id: CR-002\n    title: Extra Wi-Fi access points\n    status: implemented\n    implemented_on: 2026-02-10`,
    fixed: `people:\n  - { id: alice, role: sponsor }\nchanges:\n  - id: CR-002\n    title: Extra Wi-Fi access points\n    status: implemented\n    approved: { by: alice, on: 2026-02-06 }\n    implemented_on: 2026-02-10`,
  },
  check(ctx) {
    const relevant = (ctx.plan.changes ?? [])
      .map((change, i) => ({ change, i }))
      .filter(({ change }) => change.status === 'approved' || change.status === 'implemented');
    if (relevant.length === 0) return ctx.notApplicable('no change is approved or implemented');
    for (const { change, i } of relevant) {
      const at = ['changes', i] as const;
      const a = change.approved;
      if (!a || (!a.by && !a.on)) {
        ctx.report({
          messageId: 'noApproval',
          path: [...at, 'status'],
          data: { id: change.id, title: change.title ?? change.id, status: change.status! },
        });
        continue;
      }
      if (!a.by || !a.on) {
        ctx.report({
          messageId: 'incomplete',
          path: [...at, 'approved'],
          data: { id: change.id, missing: !a.by ? 'approver (by)' : 'date (on)' },
        });
      }
      if (a.on && change.implemented_on && change.implemented_on < a.on) {
        ctx.report({
          messageId: 'implementedFirst',
          path: [...at, 'implemented_on'],
          data: { id: change.id, implemented: change.implemented_on, approved: a.on },
        });
      }
    }
  },
});
