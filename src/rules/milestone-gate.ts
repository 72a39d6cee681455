import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { AGILE_METHODOLOGIES } from '../plan/schema.js';

export default defineRule({
  id: 'milestone-gate',
  category: 'schedule',
  severity: 'medium',
  description: 'Every milestone has a go/no-go gate with criteria and an approver.',
  fix: 'Add gate: { criteria: [...], approver: <person> } to the milestone.',
  messages: {
    noGate: 'Milestone "{{milestone}}" has no go/no-go gate.',
    incomplete: 'The gate of milestone "{{milestone}}" has no {{missing}}.',
  },
  options: z.object({}).strict(),
  needs: ['milestones[].gate'],
  docs: {
    catches: 'A milestone with no `gate`, or a gate with no `criteria` or no `approver`.',
    why: 'Article 002: "A project without milestones is a project without accountability"; PM "breaks work into phases with clear deliverables, review points, and go/no-go decisions." A milestone that anyone can declare reached, on no stated criteria, is not a review point.',
    sources: [cite('tpm-guide', 'Timeline and milestone management')],
    howToFix: 'For each milestone, write down what must be true to pass it and who decides.',
    context:
      'On an agile project (methodology agile, scrum or kanban) that records a regular `communication.sprint_review` with a cadence and an audience, the sprint reviews stand in for milestone gates.',
    failing: `milestones:\n  - { id: go-live, due: 2026-03-02 }`,
    fixed: `people: [{ id: alice, role: sponsor }]\nmilestones:\n  - id: go-live\n    due: 2026-03-02\n    gate: { criteria: [UAT signed, Rollback tested], approver: alice }`,
  },
  check(ctx) {
    const milestones = ctx.plan.milestones ?? [];
    if (milestones.length === 0) return ctx.notApplicable('the plan has no milestones');
    // An agile team decides go/no-go at its sprint reviews, with the product owner and the
    // stakeholders who come: a regular review stands in for a gate on each milestone.
    const review = ctx.plan.communication?.sprint_review;
    if (AGILE_METHODOLOGIES.has(ctx.plan.project.methodology ?? '') && review?.cadence && review.audience?.length)
      return;
    milestones.forEach((m, i) => {
      const name = m.name ?? m.id;
      if (!m.gate) {
        ctx.report({ messageId: 'noGate', path: ['milestones', i, 'gate'], data: { milestone: name } });
        return;
      }
      const missing = [!m.gate.criteria?.length && 'criteria', !m.gate.approver && 'approver']
        .filter(Boolean)
        .join(' and ');
      if (missing)
        ctx.report({ messageId: 'incomplete', path: ['milestones', i, 'gate'], data: { milestone: name, missing } });
    });
  },
});
