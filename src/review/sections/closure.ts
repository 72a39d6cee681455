/**
 * The closure report's own sections: what was delivered against what was planned, the open items
 * handed over, and the lessons, each drawn from the plan's record rather than from a template.
 */
import { count, percent } from '../../text.js';
import type { ReviewContext } from '../context.js';
import { type Block, heading, type Inline, list, para, type Section, strong } from '../doc.js';
import { pointBlocks } from './common.js';
import { milestoneRows } from './milestones.js';

export function deliveredSection(ctx: ReviewContext): Section {
  const tasks = [...ctx.model.items.values()].filter((i) => i.kind === 'task');
  const done = tasks.filter((t) => t.actualFinish || (t.task?.progress ?? 0) >= 1);
  const dropped = tasks.filter((t) => t.task?.status === 'dropped');
  const open = tasks.filter((t) => !done.includes(t) && !dropped.includes(t));
  const s = ctx.plan.scope;
  const blocks: Block[] = [
    para(
      `${count(done.length, 'task')} of ${tasks.length} ${done.length === 1 ? 'was' : 'were'} completed${dropped.length > 0 ? `, ${dropped.length} dropped` : ''}${open.length > 0 ? `, and ${open.length} ${open.length === 1 ? 'is' : 'are'} still open` : ''}.`,
    ),
  ];
  if (s?.in_scope?.length) blocks.push(heading('Scope as agreed'), list([...s.in_scope]));
  if (dropped.length > 0) blocks.push(heading('Dropped from the scope'), list(dropped.map((t) => t.name)));
  if (s?.success_criteria?.length)
    blocks.push(heading('Success criteria, for the sponsor to confirm'), {
      kind: 'table',
      head: ['Criterion', 'Met?'],
      rows: s.success_criteria.map((c): Inline[] => [c, '']),
      widths: [80, 20],
    });
  return { title: 'Delivered against planned', blocks };
}

export function handoverSection(ctx: ReviewContext): Section {
  const risks = ctx.model.risks
    .map((r) => r.item)
    .filter((r) => (r.status ?? 'open') === 'open' || r.status === 'handed-over');
  const changes = ctx.model.changes.map((c) => c.item).filter((c) => (c.status ?? 'proposed') === 'proposed');
  const tasks = [...ctx.model.items.values()].filter(
    (t) => t.kind === 'task' && t.task?.status !== 'dropped' && !t.actualFinish && (t.task?.progress ?? 0) < 1,
  );
  const rows: Inline[][] = [
    ...risks.map((r): Inline[] => [
      `Risk ${r.id}${r.title ? `: ${r.title}` : ''}`,
      r.status === 'handed-over' ? 'Handed over' : strong('Still open'),
      r.owner ? ctx.person(r.owner) : ctx.customer ? 'not yet named' : strong('none'),
    ]),
    ...changes.map((c): Inline[] => [
      `Change ${c.id}${c.title ? `: ${c.title}` : ''}`,
      strong('Never decided'),
      c.requested_by ? ctx.person(c.requested_by) : '—',
    ]),
    ...tasks.map((t): Inline[] => [
      t.name,
      strong(t.actualStart || (t.task?.progress ?? 0) > 0 ? `${percent(t.task?.progress ?? 0)} done` : 'Not started'),
      t.task?.owner ? ctx.person(t.task.owner) : '—',
    ]),
  ];
  const points = ctx.points.filter((p) => p.finding.ruleId === 'close-out');
  return {
    title: 'Open items handed over',
    blocks:
      rows.length === 0
        ? [para('Nothing is left open: every risk is closed, every change decided and all the work done or dropped.')]
        : [
            { kind: 'table', head: ['Item', 'State', 'Owner'], rows, widths: [55, 20, 25] },
            ...(points.length > 0
              ? [para(strong('To settle before closing:'), 'lead'), ...pointBlocks(ctx, points)]
              : []),
          ],
  };
}

/** Lessons from what the record shows happened, each with what to do next time. */
export function lessonsSection(ctx: ReviewContext): Section {
  const lessons: Inline[] = [];
  const ms = milestoneRows(ctx).filter((r) => r.done && r.baseline);
  const late = ms.filter((r) => r.done! > r.baseline!);
  if (ms.length > 0)
    lessons.push(
      late.length === 0
        ? [
            strong('Dates:'),
            ms.length === milestoneRows(ctx).length
              ? ' every milestone was reached on or before its baseline date. Keep planning with the same margins.'
              : ` the ${ms.length} milestone${ms.length === 1 ? '' : 's'} reached so far ${ms.length === 1 ? 'was' : 'were'} reached on or before ${ms.length === 1 ? 'its' : 'their'} baseline date.`,
          ]
        : [
            strong('Dates:'),
            ` ${late.length} of ${ms.length} milestones were reached late (${late.map((r) => `"${r.item.name}"`).join(', ')}). Next time, find the work that drove each slip and allow for it in the estimate.`,
          ],
    );
  const b = ctx.plan.budget;
  if (b?.total) {
    const spent = (b.lines ?? []).reduce((s, l) => s + (l.actual ?? 0) + (l.committed ?? 0), 0);
    const over = (b.lines ?? []).filter((l) => l.planned != null && (l.actual ?? 0) + (l.committed ?? 0) > l.planned);
    lessons.push([
      strong('Money:'),
      spent > b.total
        ? ` the project cost ${ctx.money(spent - b.total)} more than its budget.`
        : ctx.plan.project.phase === 'closed'
          ? ` the project came in within its budget (${percent(spent / b.total)} used).`
          : ` ${percent(spent / b.total)} of the budget is spent or committed so far.`,
      over.length > 0
        ? ` ${count(over.length, 'line')} ran over ${over.length === 1 ? 'its' : 'their'} plan; check how those lines were estimated.`
        : '',
    ]);
  }
  const changes = ctx.model.changes.map((c) => c.item);
  const unapproved = ctx.model.decidedChanges.map((c) => c.item).filter((c) => !c.approved?.by || !c.approved?.on);
  if (changes.length > 0)
    lessons.push([
      strong('Changes:'),
      ` ${count(changes.length, 'change')} ${changes.length === 1 ? 'was' : 'were'} raised.`,
      unapproved.length > 0
        ? ` ${unapproved.length} went in without a recorded approval: approve every change before it is made.`
        : ' Each one that went in was approved first.',
    ]);
  const reports = ctx.points.filter((p) => p.finding.ruleId === 'watermelon-status');
  if (reports.length > 0)
    lessons.push([
      strong('Reporting:'),
      ' a green report hid problems at the time. Report amber or red as soon as a milestone slips.',
    ]);
  const found = ctx.points.filter((p) => p.finding.ruleId !== 'close-out');
  if (found.length > 0)
    lessons.push([
      strong('The plan itself:'),
      ` ${count(found.length, 'point')} in the plan's record would be worth getting right from the start next time (listed below).`,
    ]);
  return {
    title: 'Lessons',
    blocks: [
      lessons.length > 0 ? list(lessons) : para({ em: 'The plan records too little to draw lessons from.' }),
      ...pointBlocks(ctx, found),
    ],
  };
}

export function acceptanceSection(ctx: ReviewContext): Section {
  const p = ctx.plan.project;
  return {
    title: 'Acceptance',
    blocks: [
      para(
        'By signing, the sponsor accepts that the project is complete as described above, and that the open items have the owners shown.',
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
