import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import type { PhaseFact } from '../plan/model/index.js';
import { money } from '../text.js';

function describeFact(f: PhaseFact): string {
  switch (f.kind) {
    case 'spent':
      return `budget line ${f.line} has ${money(f.amount)} of actual spend`;
    case 'started':
      return `"${f.item}" started on ${f.date}`;
    case 'progressed':
      return `"${f.item}" is ${Math.round(f.progress * 100)}% done`;
    case 'received':
      return `${f.item} was delivered on ${f.date}`;
    case 'done':
      return `milestone "${f.item}" was done on ${f.date}`;
    case 'reported':
      return `a status report was sent on ${f.date}`;
    case 'implemented':
      return `change ${f.change} has been implemented`;
    case 'to-come':
      return `"${f.item}" is still to be done, by ${f.date}`;
  }
}

export default defineRule({
  id: 'phase-contradicted',
  category: 'governance',
  severity: 'high',
  description:
    "The plan's phase agrees with its facts: no spend or progress on a presale plan, no work to come on a closed one.",
  fix: 'Set project.phase to what the project really is (delivery, most likely); the rules for that phase then apply.',
  messages: {
    presale:
      'The plan says it is in presale, but {{facts:semilist}}. A project already under way is judged as one: the presale preset was not applied.',
    closed:
      'The plan says it is closed, but {{facts:semilist}}. A project with work to come is judged as a live one: the closed preset was not applied.',
  },
  options: z.object({}).strict(),
  needs: ['project.phase'],
  docs: {
    catches:
      'A plan whose `project.phase` is `presale` while it records actual spend, actual start or finish dates, progress, received deliveries, done milestones, status reports or implemented changes; or whose phase is `closed` while a task that is neither complete nor dropped is planned to finish on or after the as-of date.',
    why: 'Each phase changes what pmcheck expects: a presale plan is not asked for progress, and a closed one is not asked for status reports. A plan that claims a phase its facts deny would escape the rules that matter most - a live project with overspend and a slipped go-live could call itself "presale" and pass the gate. Article 002 warns that reports saying "progressing well" hide slips; a phase label that hides progress is the same failure.',
    sources: [cite('tpm-guide', 'Poor communication between technical and non-technical stakeholders')],
    howToFix:
      'Set `project.phase` to the phase the facts describe: `delivery` once work, spend or reporting has begun; `closed` only when every task is complete or dropped.',
    failing: `project:\n  name: Move\n  phase: presale\n  status_date: 2026-02-16\nbudget:\n  lines: [{ id: cabling, planned: 22000, actual: 14000 }]`,
    fixed: `project:\n  name: Move\n  phase: presale\n  status_date: 2026-01-05\nbudget:\n  lines: [{ id: cabling, planned: 22000 }]`,
    context:
      "Applies to the presale and closed phases only. When it fires, the phase's preset is not applied, so every rule of a live project judges the plan.",
  },
  check(ctx) {
    const phase = ctx.plan.project.phase;
    if (phase !== 'presale' && phase !== 'closed')
      return ctx.notApplicable('the plan is not in the presale or closed phase');
    const facts = ctx.model.phaseContradictions;
    if (facts.length === 0) return;
    const shown = facts.slice(0, 4).map(describeFact);
    if (facts.length > 4) shown.push(`${facts.length - 4} more`);
    ctx.report({ messageId: phase, path: ['project', 'phase'], data: { facts: shown, first: facts[0]!.kind } });
  },
});
