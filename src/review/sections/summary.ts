/** The summary that opens every review: the project's facts, and the rating with its reasons. */
import type { ReviewContext } from '../context.js';
import { type Block, type Inline, para, type Section } from '../doc.js';
import { kindForPhase } from '../options.js';
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

/** What the rating judges, by the project's phase: the rules that ran are the phase's, whatever the document. */
const RATING_LABEL = { scope: 'Plan readiness', status: 'Delivery confidence', closure: 'Close-out' } as const;

export function ratingRow(ctx: ReviewContext): [string, Inline] {
  const label = RATING_LABEL[kindForPhase(ctx.plan.project.phase)];
  return [ctx.customer ? label : 'Plan health', [ratingInline(ctx), ratingWhy(ctx)]];
}

/** A document asked for ahead of its phase says so: a closure report of a project still running. */
function ahead(ctx: ReviewContext): Block[] {
  const phase = ctx.plan.project.phase;
  if (ctx.kind === 'closure' && phase !== 'closed') {
    const open = [...ctx.model.items.values()].filter(
      (i) => i.kind === 'task' && i.task?.status !== 'dropped' && !i.actualFinish && (i.task?.progress ?? 0) < 1,
    ).length;
    return [
      para(
        `The plan does not record the project as closed${open > 0 ? `: ${open} task${open === 1 ? ' is' : 's are'} still open` : ''}. This report shows where it stands now.`,
        'note',
      ),
    ];
  }
  if (ctx.kind === 'status' && (phase === 'presale' || phase === 'planning' || !phase))
    return [para('The plan records no delivery yet, so this report shows the plan rather than progress.', 'note')];
  return [];
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
      ...ahead(ctx),
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
