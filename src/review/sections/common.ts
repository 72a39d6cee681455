/** Pieces several sections share: the rating in words, findings as lists, and the sources. */

import type { Rating } from '../../engine/score.js';
import { SOURCES } from '../../engine/sources.js';
import { severityRank } from '../../engine/types.js';
import { capitalise, listOf } from '../../text.js';
import type { ReviewContext } from '../context.js';
import { type Block, type Inline, list, para, type Section, strong } from '../doc.js';
import type { Point } from '../points/index.js';

const RATING_NAME: Record<Rating, string> = {
  green: 'Green',
  'amber-green': 'Amber-green',
  amber: 'Amber',
  'amber-red': 'Amber-red',
  red: 'Red',
};

/** What each rating means, on the delivery-confidence scale UK project reviews use. */
const RATING_MEANS: Record<Rating, string> = {
  green: 'on track, with nothing significant to resolve',
  'amber-green': 'likely to succeed, with minor issues to settle',
  amber: 'achievable, with significant issues that need attention now',
  'amber-red': 'in doubt: major issues must be resolved first',
  red: 'not achievable as planned without urgent action',
};

export function ratingInline(ctx: ReviewContext): Inline {
  const s = ctx.report.score;
  const label = ctx.customer ? RATING_NAME[s.rating] : `${s.score}/100, ${s.rating}`;
  return { rating: s.rating, text: label };
}

/** The rating with what it means and why, as a sentence after the badge. */
export function ratingWhy(ctx: ReviewContext): string {
  const s = ctx.report.score;
  if (!ctx.customer) return s.pressure > 0 ? `: ${s.band.reason}` : '';
  const worst = [...ctx.points].sort((a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity));
  const top = worst[0] ? severityRank(worst[0].finding.severity) : -1;
  const deciding = [...new Set(worst.filter((p) => severityRank(p.finding.severity) === top).map((p) => p.gist))];
  const why =
    deciding.length > 0
      ? `. ${deciding.length === 1 ? 'The reason' : 'The reasons'}: ${listOf(deciding, { max: 4, separator: deciding.some((g) => g.includes(',')) ? ';' : ',' })}`
      : '';
  return ` (${s.score} out of 100): ${RATING_MEANS[s.rating]}${why}.`;
}

/** A point as a sentence, with its source's number (customer) or its rule and line (team). */
export function pointText(ctx: ReviewContext, p: Point): Inline {
  if (ctx.customer) return `${p.says}${ctx.cite(p)}`;
  return [p.says, ctx.cite(p), ' ', { em: `(${p.ref})` }];
}

/**
 * Points as lists under their labels: a label with one point is a list item of its own, a
 * label with several heads their list.
 */
export function pointBlocks(ctx: ReviewContext, points: readonly Point[]): Block[] {
  const byTopic = new Map<string, Point[]>();
  for (const p of points) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p]);
  const blocks: Block[] = [];
  let singles: Inline[] = [];
  const flush = () => {
    if (singles.length > 0) blocks.push(list(singles));
    singles = [];
  };
  for (const [topic, ps] of byTopic) {
    if (ps.length === 1) {
      singles.push([strong(`${topic}:`), ' ', pointText(ctx, ps[0]!)]);
      continue;
    }
    flush();
    blocks.push(para(strong(`${topic}:`), 'lead'), list(ps.map((p) => pointText(ctx, p))));
  }
  flush();
  return blocks;
}

/** Actions for the customer and for the delivery team, each said once. */
export function actionBlocks(ctx: ReviewContext, points: readonly Point[], heading: (who: string) => Block): Block[] {
  const blocks: Block[] = [];
  const groups: [string, Point[]][] = [
    [`For ${ctx.client}`, points.filter((p) => p.owner === 'customer')],
    ['For the delivery team', points.filter((p) => p.owner === 'team')],
  ];
  for (const [who, ps] of groups) {
    const seen = new Set<string>();
    const items: Inline[] = [];
    for (const p of ps) {
      if (seen.has(p.action)) continue;
      seen.add(p.action);
      items.push(ctx.customer ? p.action : [strong(p.action), ' ', p.says, ' ', { em: `(${p.ref})` }]);
    }
    if (items.length > 0) blocks.push(heading(who), list(items));
  }
  return blocks;
}

/** The sources the document cited, by title and publisher. */
export function sourcesSection(ctx: ReviewContext): Section | undefined {
  if (ctx.sources.length === 0) return undefined;
  return {
    title: 'Sources',
    blocks: [
      para(
        'The numbers in square brackets refer to these published sources, which describe the failures each point guards against.',
      ),
      list(
        ctx.sources.map((key, i) => {
          const s = SOURCES[key];
          const by = 'author' in s ? `${s.author}, ${s.publisher}` : s.publisher;
          return `[${i + 1}] ${s.title}. ${capitalise(by)}.`;
        }),
      ),
    ],
  };
}
