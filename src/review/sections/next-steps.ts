/**
 * What to do next. The customer reads actions, each once, split between their side and the
 * delivery team's; the team reads every finding by category with its severity, rule and line,
 * as pmcheck's QA view.
 */
import { CATEGORIES, type Category } from '../../engine/types.js';
import type { ReviewContext } from '../context.js';
import { type Block, heading, list, para, type Section, strong } from '../doc.js';
import type { Point } from '../points/index.js';
import { actionBlocks } from './common.js';

const CATEGORY_TITLE: Record<Category, string> = {
  governance: 'Governance and accountability',
  scope: 'Scope',
  change: 'Change control',
  vendors: 'Vendors',
  schedule: 'Schedule',
  budget: 'Budget',
  risk: 'Risk',
  communication: 'Communication',
};

export function nextStepsSection(ctx: ReviewContext, points: readonly Point[] = ctx.points, title?: string): Section {
  if (ctx.customer) {
    const blocks = actionBlocks(ctx, points, heading);
    return {
      title: title ?? 'Next steps',
      blocks:
        blocks.length > 0 ? blocks : [para('Nothing to change: the plan covers everything this review looks for.')],
    };
  }
  const s = ctx.report.score;
  const blocks: Block[] = [
    para([
      'The plan scores ',
      strong(`${s.score}/100, ${s.rating}`),
      '. Each recommendation below comes from a check pmcheck makes; pmcheck explain <rule> says why it matters.',
    ]),
  ];
  if (points.length === 0) blocks.push(para('No recommendations: the plan passes every check that applies to it.'));
  for (const c of CATEGORIES) {
    const ps = points.filter((p) => p.finding.category === c);
    if (ps.length === 0) continue;
    blocks.push(
      heading(CATEGORY_TITLE[c]),
      list(ps.map((p) => [strong(p.action), ' ', p.says, ' ', { em: `(${p.ref})` }])),
    );
  }
  return { title: title ?? 'Recommendations', blocks };
}

export function signOffSection(ctx: ReviewContext): Section {
  const p = ctx.plan.project;
  return {
    title: 'Sign-off',
    blocks: [
      para(
        'By signing, the sponsor agrees the scope, exclusions and assumptions above, and the project manager accepts accountability for delivering them.',
      ),
      {
        kind: 'signatures',
        rows: [
          { role: 'Sponsor', name: ctx.person(p.sponsor) },
          { role: 'Project manager', name: ctx.person(p.manager) },
        ],
      },
    ],
  };
}
