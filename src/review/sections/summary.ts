/** The summary that opens every review: the project's facts, and the rating with its reasons. */
import type { ReviewContext } from '../context.js';
import { type Inline, para, type Section } from '../doc.js';
import { ratingInline, ratingWhy } from './common.js';

const PHASE_WORDS: Record<string, string> = {
  presale: 'Proposal',
  planning: 'Planning',
  delivery: 'In delivery',
  closed: 'Closed',
};

const METHOD_WORDS: Record<string, string> = {
  prince2: 'PRINCE2',
  agile: 'Agile',
  scrum: 'Scrum',
  kanban: 'Kanban',
  waterfall: 'Waterfall (phase by phase)',
  hybrid: 'Hybrid',
  other: 'Other',
};

/** What the rating is a judgement of, in each kind of document. */
const RATING_LABEL = { scope: 'Plan readiness', status: 'Delivery confidence', closure: 'Close-out' } as const;

export function ratingRow(ctx: ReviewContext): [string, Inline] {
  return [ctx.customer ? RATING_LABEL[ctx.kind] : 'Plan health', [ratingInline(ctx), ratingWhy(ctx)]];
}

/** The forecast finish against the deadline, in a phrase; undefined when there is nothing to say. */
export function finishAgainstDeadline(ctx: ReviewContext): string | undefined {
  const cp = ctx.critical;
  const deadline = ctx.plan.project.deadline;
  if (cp.status === 'loop') return 'cannot be computed: the dependencies contain a loop';
  if (cp.status !== 'known') return undefined;
  if (!deadline) return ctx.date(cp.finish);
  if (cp.finish === deadline) return `${ctx.date(cp.finish)}, on the deadline`;
  const cal = ctx.model.calendar;
  const late = cp.finish > deadline;
  const days = Math.max(1, cal.workingDaysBetween(late ? deadline : cp.finish, late ? cp.finish : deadline) - 1);
  return `${ctx.date(cp.finish)}, ${days} working day${days === 1 ? '' : 's'} ${late ? 'after' : 'before'} the deadline`;
}

export function summarySection(ctx: ReviewContext): Section {
  const p = ctx.plan.project;
  const phase = p.phase ? (ctx.customer ? (PHASE_WORDS[p.phase] ?? p.phase) : p.phase) : 'not stated';
  const method = p.methodology
    ? ctx.customer
      ? (METHOD_WORDS[p.methodology] ?? p.methodology)
      : p.methodology
    : 'not stated';
  const rows: [string, Inline][] = [
    ['Client', p.client || 'not stated'],
    ['Sponsor', ctx.person(p.sponsor)],
    ['Project manager', ctx.person(p.manager)],
    ['Stage', phase],
    ['Method', method],
    ['Start', ctx.date(p.start)],
    ['Deadline', ctx.date(p.deadline)],
  ];
  const finish = finishAgainstDeadline(ctx);
  if (finish && ctx.kind !== 'closure') rows.push(['Forecast finish', finish]);
  if (p.users_affected != null) rows.push(['Users affected', String(p.users_affected)]);
  rows.push(ratingRow(ctx));
  const summary = ctx.plan.scope?.summary;
  return {
    title: 'Summary',
    blocks: [
      { kind: 'facts', rows },
      summary
        ? para(summary)
        : para(
            ctx.customer
              ? 'The plan does not yet say in a sentence or two what will be delivered and why.'
              : 'The plan has no summary (scope.summary): say in two sentences what will be delivered and why.',
            'note',
          ),
    ],
  };
}
