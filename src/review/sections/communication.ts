/** How progress is reported and problems escalated: what was agreed, and the points about it. */
import type { ReviewContext } from '../context.js';
import { type Inline, para, type Section } from '../doc.js';
import { pointBlocks } from './common.js';

const CADENCE: Record<string, string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  fortnightly: 'Fortnightly',
  monthly: 'Monthly',
};

export function communicationSection(ctx: ReviewContext, withPoints = true): Section | undefined {
  const c = ctx.plan.communication;
  const points = withPoints ? ctx.pointsIn('communication') : [];
  if (!c && points.length === 0) return undefined;
  const rows: [string, Inline][] = [];
  if (c?.cadence) rows.push(['Updates', `${CADENCE[c.cadence] ?? c.cadence}${c.channel ? `, by ${c.channel}` : ''}`]);
  if (c?.audience?.length) rows.push(['Sent to', c.audience.map((id) => ctx.person(id)).join('; ')]);
  if (c?.escalation)
    rows.push([
      'Escalation',
      c.escalation
        .split(/\s*->\s*/)
        .map((who) => (ctx.model.people.has(who) ? ctx.model.personName(who) : who))
        .join(' → '),
    ]);
  if (c?.kickoff_on) rows.push(['Kick-off', ctx.date(c.kickoff_on)]);
  const last = [...(c?.status_reports ?? [])]
    .filter((r) => r.on <= ctx.model.asOf)
    .sort((a, b) => (a.on < b.on ? -1 : 1))
    .at(-1);
  if (last && ctx.kind !== 'scope')
    rows.push([
      'Last report',
      `${ctx.date(last.on)}${last.rag ? `, ${last.rag}` : ''}${last.summary ? `: "${last.summary}"` : ''}`,
    ]);
  return {
    title: 'Communication',
    blocks: [
      ...(rows.length > 0
        ? [{ kind: 'facts' as const, rows }]
        : [para({ em: 'No communication plan is recorded yet.' })]),
      ...pointBlocks(ctx, points),
    ],
  };
}
