/** The risks: a 5 × 5 heat map of the open ones, the top five, and the points about them. */
import type { Risk } from '../../plan/schema.js';
import { count } from '../../text.js';
import type { ReviewContext } from '../context.js';
import { type Block, type HeatMap, heading, type Inline, para, type Section, strong } from '../doc.js';
import { pointBlocks } from './common.js';

const scoreOf = (r: Risk) => r.likelihood! * r.impact!;

export function riskBlocks(ctx: ReviewContext, headingLevel: 'section' | 'sub'): Block[] {
  const all = ctx.plan.risks ?? [];
  const points = ctx.pointsIn('risks');
  if (all.length === 0)
    return [
      para({
        em: ctx.small
          ? 'No risks are recorded.'
          : ctx.customer
            ? 'No risks are recorded yet.'
            : 'The plan has no risk register: list what could go wrong, with likelihood, impact, owner and mitigation.',
      }),
      ...pointBlocks(
        ctx,
        points.filter((p) => p.finding.ruleId !== 'risk-register'),
      ),
    ];
  const open = ctx.model.openRisks.map((r) => r.item);
  const scored = open.filter((r) => r.likelihood != null && r.impact != null);
  const map: HeatMap = {
    cells: [1, 2, 3, 4, 5].map((i) =>
      [1, 2, 3, 4, 5].map((l) => scored.filter((r) => r.likelihood === l && r.impact === i).map((r) => r.id)),
    ),
  };
  const top = [...scored].sort((a, b) => scoreOf(b) - scoreOf(a) || (a.id < b.id ? -1 : 1)).slice(0, 5);
  const missing = (what: string): Inline => (ctx.customer ? `not yet ${what}` : strong('none'));
  const unscored = open.filter((r) => r.likelihood == null || r.impact == null);
  const sub = (text: string) => (headingLevel === 'sub' ? [heading(text)] : [para(strong(text), 'lead')]);
  return [
    // A lead: printed, the sentence stays on the page of the map it introduces.
    para(
      `${count(open.length, 'open risk')} of ${all.length}, by likelihood and impact (1 low to 5 high):`,
      scored.length > 0 ? 'lead' : undefined,
    ),
    ...(scored.length > 0 ? [{ kind: 'heatmap', map } as Block] : []),
    ...sub('Top risks'),
    top.length > 0
      ? {
          kind: 'table',
          head: ['Risk', 'Score', 'Owner', 'Mitigation'],
          rows: top.map((r): Inline[] => [
            `${r.id}: ${r.title ?? ''}`,
            String(scoreOf(r)),
            r.owner ? ctx.person(r.owner) : missing('named'),
            r.mitigation ? r.mitigation : missing('agreed'),
          ]),
          align: ['left', 'right', 'left', 'left'],
          widths: [34, 8, 22, 36],
        }
      : para({ em: 'No open risk has both a likelihood and an impact yet.' }),
    ...(unscored.length > 0
      ? [para(`Not yet scored, so not on the map: ${unscored.map((r) => r.id).join(', ')}.`)]
      : []),
    ...pointBlocks(ctx, points),
  ];
}

export function risksSection(ctx: ReviewContext): Section {
  return { title: 'Risks', blocks: riskBlocks(ctx, 'section') };
}
