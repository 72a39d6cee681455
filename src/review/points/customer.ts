/**
 * Every rule's findings in a customer's words: no field names, no rule ids, no line numbers,
 * dates as people write them and names rather than ids. Each rule says what it found and what
 * to do about it, who does it (the customer or the delivery team), and whether it is a decision
 * for the sponsor. The record is keyed by RuleId, so a new rule without words does not compile.
 */
import type { Finding, MessageValue } from '../../engine/types.js';
import type { PhaseFact, PlanModel } from '../../plan/model/index.js';
import type { RuleId } from '../../rules/index.js';
import { capitalise, count, listOf, percent, possessive } from '../../text.js';
import { criticalPath } from '../critical.js';
import { humaniseDates, longDate } from '../words.js';
import type { Area, Point } from './types.js';

/** What the wording needs besides the finding. */
export interface Words {
  model: PlanModel;
  money(n: number): string;
}

type Said = Pick<Point, 'gist' | 'says' | 'action'> & Partial<Pick<Point, 'owner' | 'decision' | 'topic' | 'decide'>>;

interface Wording {
  area?: Area;
  topic: string;
  owner: Point['owner'];
  decision?: boolean;
  say(f: Finding, w: Words, d: Data): Said;
  /**
   * Several findings of one message as one point, where a list reads better than a row of
   * sentences that start alike: "Dan Okafor also owns four technical tasks: …".
   */
  merge?: Partial<Record<string, (ds: Data[], w: Words) => Said>>;
}

/** The finding's data, read as text, numbers and dates. */
class Data {
  constructor(
    private readonly data: Record<string, MessageValue>,
    private readonly w: Words,
  ) {}
  s(key: string): string {
    const v = this.data[key];
    return v === undefined ? '' : humaniseDates(Array.isArray(v) ? listOf(v) : String(v));
  }
  n(key: string): number {
    const v = this.data[key];
    return typeof v === 'number' ? v : Number(v);
  }
  date(key: string): string {
    const v = this.data[key];
    return typeof v === 'string' ? longDate(v) : '';
  }
  /** An amount: a number in the plan's currency, or text a rule already wrote. */
  money(key: string): string {
    const v = this.data[key];
    if (typeof v === 'number') return this.w.money(v);
    const n = Number(String(v ?? '').replace(/,/g, ''));
    return Number.isFinite(n) && String(v ?? '') !== '' ? this.w.money(n) : String(v ?? '');
  }
  list(key: string): string[] {
    const v = this.data[key];
    return Array.isArray(v) ? [...v] : v === undefined ? [] : [String(v)];
  }
}

const quoted = (xs: string[]) => listOf(xs.map((x) => `"${x}"`));

/** The id of the list item a finding points into: tasks[id=cabling] → cabling. */
function idIn(f: Finding, list: string): string | undefined {
  const i = f.path.indexOf(list);
  const seg = i >= 0 ? f.path[i + 1] : undefined;
  return seg !== undefined && typeof seg === 'object' ? seg.id : undefined;
}

const CATEGORY_WORDS: Record<string, string> = {
  'project-management': 'Project management',
  labour: 'Labour',
  hardware: 'Hardware',
  software: 'Software',
  licences: 'Licences',
  services: 'Services',
  contingency: 'Contingency',
  other: 'Other costs',
};

/** A budget line as a customer knows it: its description, else its supplier and kind of cost. */
export function lineName(model: PlanModel, id: string): string {
  const line = model.plan.budget?.lines?.find((l) => l.id === id);
  if (!line) return `the ${id} budget line`;
  if (line.description) return `"${line.description}"`;
  const vendor = line.vendor ? model.vendorName(line.vendor) : undefined;
  const kind = line.category ? CATEGORY_WORDS[line.category]!.toLowerCase() : undefined;
  if (vendor) return `the ${vendor}${kind ? ` ${kind}` : ''} line`;
  return kind ? `the ${kind} line (${id})` : `the ${id} line`;
}

const itemName = (model: PlanModel, id: string) => model.items.get(id)?.name ?? id;
const pmName = (model: PlanModel) => model.manager?.name ?? 'the project manager';
const sponsorName = (model: PlanModel) => {
  const id = model.plan.project.sponsor;
  return id ? model.personName(id) : 'the sponsor';
};

function fact(f: PhaseFact, model: PlanModel, w: Words): string {
  switch (f.kind) {
    case 'spent':
      return `${w.money(f.amount)} has been spent on ${lineName(model, f.line)}`;
    case 'started':
      return `"${f.item}" started on ${longDate(f.date)}`;
    case 'progressed':
      return `"${f.item}" is ${percent(f.progress)} done`;
    case 'received':
      return `${f.item} was delivered on ${longDate(f.date)}`;
    case 'done':
      return `"${f.item}" was reached on ${longDate(f.date)}`;
    case 'reported':
      return `a status report went out on ${longDate(f.date)}`;
    case 'implemented':
      return `change ${f.change} has been made`;
    case 'to-come':
      return `"${f.item}" is still to be done, by ${longDate(f.date)}`;
  }
}

/** What contradicted a green report on `date`, as a customer would put it. */
function contradictions(model: PlanModel, date: string, w: Words): string[] {
  const p = model.problemsAt(date);
  return [
    ...p.slippedMilestones.map((m) =>
      m.forecast
        ? `"${m.item.name}" had slipped from ${longDate(m.due)} to ${longDate(m.forecast)}`
        : `"${m.item.name}" was past its date of ${longDate(m.due)}`,
    ),
    ...p.overdueDeliveries.map(
      (o) => `${o.item.name}${o.item.vendor ? ` from ${model.vendorName(o.item.vendor.id)}` : ''} was overdue`,
    ),
    ...p.overdueTasks.map((o) => `"${o.item.name}" was overdue`),
    ...p.overruns.map(
      (o) =>
        `${o.line ? lineName(model, o.line.id) : 'the budget as a whole'} was overspent (${w.money(o.spent)} against ${w.money(o.planned)})`,
    ),
  ];
}

const WHO_APPROVES: Record<string, string> = {
  'approver (by)': 'who approved it',
  'date (on)': 'when it was approved',
};

const FIELD_WORDS: Record<string, string> = {
  start: 'start',
  finish: 'finish',
  duration: 'duration',
  due: 'due date',
  forecast: 'forecast date',
  planned: 'planned amount',
  total: 'budget total',
  contingency: 'contingency',
  summary: 'scope summary',
  in_scope: 'list of what is in scope',
  out_of_scope: 'list of what is excluded',
  assumptions: 'assumptions',
  constraints: 'constraints',
  success_criteria: 'success criteria',
  must: 'must-have list',
  should: 'should-have list',
  could: 'could-have list',
  wont: "won't-have list",
};

/** What an undocumented change touched, from its path: "the finish of "Install cabling"". */
function changedThing(f: Finding, model: PlanModel): string {
  const field = [...f.path].reverse().find((s): s is string => typeof s === 'string');
  const words = field ? (FIELD_WORDS[field] ?? 'details') : 'details';
  const task = idIn(f, 'tasks') ?? idIn(f, 'milestones') ?? idIn(f, 'deliveries');
  if (task) return `the ${words} of "${itemName(model, task)}"`;
  const line = idIn(f, 'lines');
  if (line) return `the ${words} of ${lineName(model, line)}`;
  const vendor = idIn(f, 'vendors');
  if (vendor) return `the supplier ${model.vendorName(vendor)}`;
  return `the ${words}`;
}

/** " Furthest behind: "Cabling" (£2,500 behind) …": the work with the most planned value not yet earned. */
function furthestBehind(w: Words): string {
  const behind = (w.model.earnedValue?.targets ?? [])
    .filter((t) => t.pv - t.ev >= 0.5)
    .sort((a, b) => b.pv - b.ev - (a.pv - a.ev))
    .slice(0, 3)
    .map((t) => `"${t.name}" (${w.money(t.pv - t.ev)} behind)`);
  return behind.length > 0 ? ` Furthest behind: ${listOf(behind)}.` : '';
}

/** The tasks a schedule check names, by name (its ids are the scheduling tool's), and how many more. */
function offenders(w: Words, d: Data): string {
  const names = d.list('first').map((id) => `"${w.model.items.get(id)?.name ?? id}"`);
  const rest = d.n('rest');
  return listOf(rest > 0 ? [...names, `${rest} more`] : names);
}

/** A schedule-quality check (DCMA's 14 points) as the customer reads it: what was found, what to do. */
const scheduleCheck = (gist: string, says: (w: Words, d: Data) => string, action: string): Wording => ({
  topic: 'Schedule quality',
  owner: 'team',
  say: (_f, w, d) => ({ gist, says: says(w, d), action }),
});

export const CUSTOMER_WORDS: { [K in RuleId]: Wording } = {
  'blackout-clash': {
    topic: 'Blackout periods',
    owner: 'team',
    say: (f, _w, d) => ({
      gist: 'work planned inside a blackout period',
      says:
        f.messageId === 'forecastClash'
          ? `"${d.s('task')}" is planned for ${d.date('start')}${d.s('at')}, but the work before it now pushes it to ${d.date('forecastStart')}, inside the "${d.s('blackout')}" blackout (${d.date('from')} to ${d.date('to')}).`
          : `"${d.s('task')}" is planned for ${d.date('start')}${d.s('finish') !== d.s('start') ? ` to ${d.date('finish')}` : ''}${d.s('at')}, inside the "${d.s('blackout')}" blackout (${d.date('from')} to ${d.date('to')}).`,
      action: `Move "${d.s('task')}" out of the blackout, or agree an exception with the business owner.`,
    }),
  },
  'budget-lines-exceed-total': {
    topic: 'Budget',
    owner: 'team',
    decision: true,
    say: (_f, _w, d) => ({
      gist: 'budget lines that add up to more than the total',
      says: `The budget lines and the contingency add up to ${d.money('sum')}, ${d.money('over')} more than the total of ${d.money('total')}.`,
      action: 'Make the lines and the total agree: raise the total through a change request, or trim the lines.',
      decide: 'Agree the budget: raise the total to cover the lines, or have the lines trimmed to fit it.',
    }),
  },
  'budget-overrun': {
    topic: 'Spend',
    owner: 'team',
    decision: true,
    say: (f, w, d) => {
      const line = idIn(f, 'lines');
      const what = line ? lineName(w.model, line) : 'the budget as a whole';
      return {
        gist: `overspend on ${what}`,
        says: `Spend on ${what} is ${d.money('spent')} (spent and committed) against ${d.money('planned')} planned: ${d.money('over')} over.${d.s('tolerance')}`,
        action: `Explain the overspend on ${what} to the sponsor and agree it through a change request, or recover it.`,
        decide: `Agree how the ${d.money('over')} overspend on ${what} is covered, or ask for it to be recovered.`,
        // Within the cost tolerance the finding is a level lower: the PM's to manage, not the sponsor's.
        decision: f.severity === 'high' || f.severity === 'critical',
      };
    },
  },
  'change-approved': {
    topic: 'Change approvals',
    owner: 'customer',
    decision: true,
    say: (f, _w, d) =>
      f.messageId === 'noApproval'
        ? {
            gist: 'a change made without a recorded approval',
            says: `Change ${d.s('id')} ("${d.s('title')}") has been ${d.s('status') === 'implemented' ? 'made' : 'approved'} without a recorded approval.`,
            action: `Confirm whether change ${d.s('id')} is approved, and record who approved it and when.`,
          }
        : f.messageId === 'incomplete'
          ? {
              gist: 'a change approval that is incomplete',
              says: `The approval of change ${d.s('id')} does not say ${WHO_APPROVES[d.s('missing')] ?? 'who approved it and when'}.`,
              action: `Record ${WHO_APPROVES[d.s('missing')] ?? 'who approved it and when'}.`,
            }
          : {
              gist: 'a change made before it was approved',
              says: `Change ${d.s('id')} went in on ${d.date('implemented')}, before it was approved on ${d.date('approved')}.`,
              action: 'Approve each change before it is made, not after.',
              owner: 'team',
              decision: false,
            },
  },
  'change-approver': {
    topic: 'Change approvals',
    owner: 'customer',
    decision: true,
    say: (f, w, d) => ({
      gist: 'a change approved by someone without the authority',
      says:
        f.messageId === 'ownerBeyondBacklog'
          ? `Change ${d.s('id')} was approved by the product owner, ${d.s('approver')}, but it changes ${d.s('impact')}: that is the sponsor's decision.`
          : `Change ${d.s('id')} was approved by ${d.s('approver')}, who is neither the sponsor nor the project manager.`,
      action: `Ask ${sponsorName(w.model)} to confirm change ${d.s('id')}.`,
      decide: `Confirm change ${d.s('id')}, or reverse it.`,
    }),
  },
  'change-budget-reconciled': {
    topic: 'Paying for changes',
    owner: 'customer',
    decision: true,
    say: (f, _w, d) =>
      f.messageId === 'undecidedDrawdown'
        ? {
            gist: 'contingency drawn for an undecided change',
            says: `Contingency has been drawn for change ${d.s('change')}, which is still ${d.s('status')}: nobody has approved spending it.`,
            action: `Decide change ${d.s('change')}, or return the money to the contingency.`,
          }
        : f.messageId === 'unfunded'
          ? {
              gist: 'approved changes with no money set aside for them',
              says: `Approved changes cost ${d.money('cost')}; the contingency covers ${d.money('covered')}${d.s('raised')}, leaving ${d.money('uncovered')} unfunded (${d.s('changes')}).`,
              action: 'Agree how the approved changes are paid for: from the contingency, or by raising the budget.',
            }
          : {
              gist: 'approved changes that cost more than the contingency',
              says: `Approved changes add ${d.money('cost')}, ${d.money('excess')} more than the contingency of ${d.money('contingency')}, and the budget total was ${d.s('raise')}.`,
              action: 'Agree how the approved changes are paid for: from the contingency, or by raising the budget.',
            },
  },
  'change-communicated': {
    topic: 'Telling people about changes',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: 'a change nobody was told about',
      says: `Change ${d.s('id')} is ${d.s('status') === 'implemented' ? 'made' : 'approved'}, but nobody is recorded as having been told about it.`,
      action: `Tell the people and suppliers affected by change ${d.s('id')}, and note who was told.`,
    }),
  },
  'change-decision-stale': {
    topic: 'Changes awaiting a decision',
    owner: 'customer',
    decision: true,
    say: (_f, _w, d) => ({
      gist: 'a change waiting for a decision',
      says: `Change ${d.s('id')} ("${d.s('title')}") has waited ${d.n('days')} days for a decision (raised ${d.date('raised')}).`,
      action: `Decide change ${d.s('id')}: approve it or reject it.`,
    }),
  },
  'change-impact-assessed': {
    topic: 'Assessing changes',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: 'a change with no assessment of its cost or time',
      says: `Change ${d.s('id')} ("${d.s('title')}") has no assessment of what it costs in money or time.`,
      action: `Assess change ${d.s('id')}: its cost and the days it adds, even if they are none.`,
    }),
  },
  'close-out': {
    topic: 'Open items',
    owner: 'team',
    say: (f, _w, d) =>
      f.messageId === 'undecided'
        ? {
            gist: 'a change never decided',
            says: `Change ${d.s('change')} ("${d.s('title')}") was never decided.`,
            action: `Decide or withdraw change ${d.s('change')}.`,
            owner: 'customer',
            decision: true,
          }
        : f.messageId === 'openRisk'
          ? {
              gist: 'a risk still open',
              says: `Risk ${d.s('risk')} ("${d.s('title')}") is still open.`,
              action: `Close risk ${d.s('risk')}, or hand it over to whoever runs the service now.`,
            }
          : {
              gist: 'work still unfinished',
              says: `"${d.s('task')}" is ${d.s('state')}.`,
              action: `Record "${d.s('task')}" as complete, or as dropped with the reason.`,
            },
  },
  'comms-plan': {
    topic: 'Progress updates',
    owner: 'customer',
    say: (f) =>
      f.messageId === 'noCadence'
        ? {
            gist: 'no agreed rhythm of progress updates',
            says: 'Nobody has agreed how often progress updates are sent.',
            action: 'Agree how often you want updates (weekly is usual) and in what form.',
          }
        : {
            gist: 'no agreed audience for progress updates',
            says: 'Nobody has agreed who receives the progress updates.',
            action: 'Agree who on your side receives the updates.',
          },
  },
  contingency: {
    topic: 'Contingency',
    owner: 'team',
    say: (f, _w, d) =>
      f.messageId === 'none'
        ? {
            gist: 'no contingency',
            says: 'The budget holds no contingency for the unexpected.',
            action: 'Set aside a contingency sized against the risks, usually at least 5% of the budget.',
          }
        : f.messageId === 'small'
          ? {
              gist: 'a small contingency',
              says: `The contingency of ${d.money('amount')} is ${percent(d.n('share'), 1)} of the budget, below the usual minimum of ${percent(d.n('min'))}.`,
              action: 'Size the contingency against the risks, and raise it to at least the usual minimum.',
            }
          : {
              gist: 'a contingency overdrawn',
              says: `The contingency of ${d.money('amount')} has had ${d.money('drawn')} drawn from it, ${d.money('over')} more than it held.`,
              action: 'Agree with the sponsor how the excess is paid for.',
              decision: true,
            },
  },
  'cost-performance': {
    area: 'budget',
    topic: 'Value for money so far',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: 'money going faster than the work',
      says: `The work done so far is worth ${d.money('ev')} at planned rates, but ${d.money('ac')} has been spent (a cost performance index of ${d.s('cpiShown')}, below ${d.s('min')}); ${d.s('forecast')}.`,
      action: 'Find where the money is going faster than the work, and re-forecast the budget with the sponsor.',
    }),
  },
  'dcma-bei': scheduleCheck(
    'fewer tasks finished than the baseline planned by now',
    (w, d) =>
      `${d.n('done')} tasks are finished, against ${d.n('due')} the baseline planned to be finished by ${d.date('asOf')}. Planned but not finished: ${offenders(w, d)}.`,
    'Finish or re-plan the tasks that are behind the baseline, and report the slip to the sponsor.',
  ),
  'dcma-cpli': scheduleCheck(
    'a critical path with too little time left',
    (_w, d) =>
      `The work that decides the finish (${d.s('chain')}) is forecast to end on ${d.date('finish')}; to meet ${d.s('targetIs')} of ${d.date('target')} the rest of it would have to go faster than planned.`,
    'Agree a recovery plan for the critical work, or a new finish date.',
  ),
  'dcma-critical-path-test': scheduleCheck(
    'a critical path that does not drive the finish',
    (_w, d) =>
      `A delay to "${d.s('task')}", the next task on the critical path, would move the forecast finish by less than the delay: the chain of work from it to the finish is broken, so the forecast cannot be relied on.`,
    'Link the critical work so that each task leads to the next, through to the finish.',
  ),
  'dcma-hard-constraints': scheduleCheck(
    'tasks pinned to fixed dates',
    (w, d) =>
      `${d.n('count')} of ${d.n('total')} tasks are pinned to fixed dates, so a delay before them does not show in the forecast: ${offenders(w, d)}.`,
    'Let the dependencies set these dates, and keep fixed dates for commitments outside the project.',
  ),
  'dcma-high-duration': scheduleCheck(
    'tasks too long to track',
    (w, d) =>
      `${d.n('count')} of ${d.n('total')} tasks run more than ${d.n('days')} working days, too long to see progress week by week: ${offenders(w, d)}.`,
    'Split the long tasks into pieces of a few weeks, each with its own result.',
  ),
  'dcma-high-float': scheduleCheck(
    'tasks with implausibly much spare time',
    (w, d) =>
      `${d.n('count')} of ${d.n('total')} tasks could slip more than ${d.n('days')} working days without moving the finish, which usually means a missing dependency: ${offenders(w, d)}.`,
    'Check what each of these tasks leads to, and add the dependencies that are missing.',
  ),
  'dcma-invalid-dates': scheduleCheck(
    'dates that cannot be true',
    (w, d) =>
      `${d.n('count')} of ${d.n('total')} tasks have a date that cannot be right as of ${d.date('asOf')}: work planned in the past but not recorded as done, or recorded as done in the future: ${offenders(w, d)}.`,
    'Record what has really happened, and move what has not to dates still to come.',
  ),
  'dcma-lags': scheduleCheck(
    'waiting time hidden in dependencies',
    (w, d) =>
      `${d.n('count')} of ${d.n('total')} dependencies carry a built-in wait, which hides what the time is for: into ${offenders(w, d)}.`,
    'Show each wait as a task of its own (curing, shipping, approval), so that it can be tracked.',
  ),
  'dcma-leads': scheduleCheck(
    'work planned to start before what it depends on ends',
    (w, d) =>
      `${d.n('count')} of ${d.n('total')} dependencies let work start before the work it depends on has finished: into ${offenders(w, d)}.`,
    'Split the earlier work where the later can really start, and link to that piece.',
  ),
  'dcma-logic': scheduleCheck(
    'tasks not linked to the work around them',
    (w, d) =>
      `${d.n('count')} of ${d.n('total')} tasks are not linked to the work before or after them, so a delay to them would not show in the finish date: ${offenders(w, d)}.`,
    'Link each task to what it needs and to what needs it.',
  ),
  'dcma-missed-tasks': scheduleCheck(
    'tasks finished late against the baseline',
    (w, d) =>
      `${d.n('count')} of ${d.n('total')} tasks the baseline planned to be finished by ${d.date('asOf')} finished late or not at all: ${offenders(w, d)}.`,
    'Find what held these tasks up, and re-plan the work after them.',
  ),
  'dcma-negative-float': scheduleCheck(
    'work that cannot meet its dates',
    (w, d) =>
      `${d.n('count')} of ${d.n('total')} tasks cannot be finished by the dates they must meet, as the work before them stands: ${offenders(w, d)}.`,
    'Agree a recovery plan for these tasks, or new dates for what they lead to.',
  ),
  'dcma-relationship-types': scheduleCheck(
    'dependencies that are hard to follow',
    (w, d) =>
      `Only ${d.n('fs')} of ${d.n('total')} dependencies are the plain kind (one task finishes, the next starts); the other ${d.n('count')} make the plan harder to follow: into ${offenders(w, d)}.`,
    'Where one task really must finish before the next starts, say so plainly.',
  ),
  'dcma-resources': scheduleCheck(
    'tasks with nobody and nothing assigned',
    (w, d) =>
      `${d.n('count')} of ${d.n('total')} tasks have nobody assigned, no supplier and no cost: ${offenders(w, d)}.`,
    'Name who does each task, or the supplier, or what it costs.',
  ),
  'float-mismatch': scheduleCheck(
    "a scheduling tool's figures out of date",
    (w, d) =>
      `${d.n('count')} of ${d.n('total')} tasks and milestones have spare time or critical marks in the scheduling tool that no longer match their dependencies as of ${d.date('asOf')}: ${offenders(w, d)}.`,
    'Reschedule the plan in the scheduling tool before reporting from it.',
  ),
  'deadline-at-risk': {
    topic: 'Deadline',
    owner: 'customer',
    decision: true,
    say: (_f, w, d) => {
      const cp = criticalPath(w.model);
      const path = cp.status === 'known' ? cp.ids.map((id) => `"${itemName(w.model, id)}"`) : [];
      return {
        gist: 'a forecast finish after the deadline',
        says: `The earliest finish the plan's own logic allows is ${d.date('finish')}, ${d.s('lateText')} after the deadline of ${d.date('deadline')}${d.s('holidays')}.${path.length > 1 ? ` The work that decides it: ${path.join(' → ')}.` : ''}`,
        action:
          'Agree a recovery plan that shortens the critical path (more people, overlapping work, less scope), or a new deadline.',
      };
    },
  },
  'delivery-blocks-work': {
    topic: 'Deliveries',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: `an overdue delivery holding up work`,
      says: `${d.s('item')} from ${d.s('vendor')} was due ${d.date('due')} and has not arrived, and "${d.s('task')}", which needs it, ${d.s('when')}.`,
      action: `Get a committed date from ${d.s('vendor')} today, and move "${d.s('task')}" if it will not arrive in time.`,
    }),
  },
  'delivery-overdue': {
    topic: 'Deliveries',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: 'an overdue delivery',
      says: `${d.s('item')} from ${d.s('vendor')} was due ${d.date('due')} and has not arrived (${count(d.n('days'), 'day')} late).`,
      action: `Chase ${d.s('vendor')} for a committed date, and re-plan the work that depends on it.`,
    }),
  },
  'delivery-site-mismatch': {
    topic: 'Delivery addresses',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: 'equipment going to the wrong site',
      says: `${d.s('item')} is being delivered to ${d.s('deliverySite')}, but ${d.s('task')}, which ${d.s('needs')} it, ${d.s('taskSite')}.`,
      action: 'Correct the delivery address with the supplier, or the site of the work.',
    }),
  },
  'dependency-cycle': {
    topic: 'Dependencies',
    owner: 'team',
    say: (_f, w, d) => {
      const names = d
        .s('loop')
        .split(' → ')
        .map((id) => `"${itemName(w.model, id)}"`);
      return {
        gist: 'dependencies that go round in a loop',
        says: `The plan's dependencies go round in a loop: ${names.join(' → ')}. As written, none of these can ever start, so the finish date cannot be worked out.`,
        action: 'Remove or reverse one of the dependencies in the loop.',
      };
    },
  },
  'escalation-path': {
    topic: 'Escalation',
    owner: 'team',
    say: () => ({
      gist: 'no agreed escalation path',
      says: 'Nobody has written down who escalates a problem to whom.',
      action: 'Agree the escalation path, for example engineer, then project manager, then sponsor.',
    }),
  },
  'kickoff-held': {
    area: 'communication',
    topic: 'Kick-off',
    owner: 'team',
    say: (f, _w, d) =>
      f.messageId === 'missing'
        ? {
            gist: 'no kick-off meeting',
            says: 'No kick-off meeting is recorded.',
            action: 'Hold a kick-off meeting with everyone involved before work starts.',
          }
        : {
            gist: 'a kick-off after work began',
            says: `The kick-off on ${d.date('kickoff')} came after work started on ${d.date('started')} ("${d.s('task')}").`,
            action: 'Hold the kick-off before any work starts.',
          },
  },
  'long-task': {
    topic: 'Long tasks',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: 'a task too long to track',
      says: `"${d.s('task')}" runs ${d.n('days')} working days; a task that long hides slippage until late.`,
      action: `Break "${d.s('task')}" into pieces of a few weeks, each with its own owner and finish date.`,
    }),
  },
  'milestone-done-incomplete': {
    topic: 'Milestones',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: 'a milestone recorded as reached before its work is done',
      says: `"${d.s('milestone')}" is recorded as reached on ${d.date('done')}, but "${d.s('item')}", which it depends on, ${d.s('state')}.`,
      action: `Record "${d.s('milestone')}" as not yet reached until the work before it is complete.`,
    }),
  },
  'milestone-gate': {
    topic: 'Go/no-go checks',
    owner: 'team',
    merge: {
      noGate: (ds) => ({
        gist: 'milestones without a go/no-go check',
        says: `${ds.length} milestones have no go/no-go check (no agreed criteria, and nobody named to approve going past them): ${quoted(ds.map((d) => d.s('milestone')))}.`,
        action: 'Agree the criteria for each milestone and who approves going past it.',
      }),
    },
    say: (f, _w, d) =>
      f.messageId === 'noGate'
        ? {
            gist: 'milestones without a go/no-go check',
            says: `"${d.s('milestone')}" has no go/no-go check: no agreed criteria, and nobody named to approve going past it.`,
            action: `Agree the criteria for "${d.s('milestone')}" and who approves going past it.`,
          }
        : {
            gist: 'an incomplete go/no-go check',
            says: `The go/no-go check at "${d.s('milestone')}" has no ${d.s('missing') === 'approver' ? 'named approver' : d.s('missing') === 'criteria' ? 'criteria' : 'criteria or approver'}.`,
            action: `Complete the go/no-go check for "${d.s('milestone')}".`,
          },
  },
  'milestone-slipped': {
    topic: 'Milestones',
    owner: 'team',
    say: (f, w, d) => {
      if (f.messageId === 'logicLater')
        return {
          gist: `a date for "${d.s('milestone')}" that the work before it cannot meet`,
          says: `"${d.s('milestone')}" is ${d.s('recorded')}, but the work before it cannot be finished until ${d.date('logic')} ("${d.s('driver')}" decides it).`,
          action: `Recover the time on "${d.s('driver')}", or agree a new date for "${d.s('milestone')}" and tell the sponsor.`,
          decide: `Agree a recovery plan for "${d.s('milestone')}", or a new date for it.`,
          decision: f.severity === 'high' || f.severity === 'critical',
        };
      const id = idIn(f, 'milestones');
      const m = id ? w.model.items.get(id)?.milestone : undefined;
      const late = d.n('days') > 0 ? `, ${count(d.n('days'), 'working day')} late` : '';
      return {
        gist: `the slip of "${d.s('milestone')}"`,
        says:
          m?.due && m.forecast && m.forecast > m.due
            ? `"${d.s('milestone')}" was due ${longDate(m.due)} and is now forecast for ${longDate(m.forecast)}${late}.${d.s('tolerance')}`
            : `"${d.s('milestone')}" was due ${m?.due ? longDate(m.due) : 'earlier'} and is not yet reached${late}.${d.s('tolerance')}`,
        action: `Recover the slip on "${d.s('milestone')}", or agree a new date through a change request and tell the sponsor.`,
        decide: `Agree a recovery plan for "${d.s('milestone')}", or a new date for it.`,
        // Within the schedule tolerance the finding is a level lower: the PM's to manage.
        decision: f.severity === 'high' || f.severity === 'critical',
      };
    },
  },
  'missing-logic': {
    topic: 'Dependencies',
    owner: 'team',
    merge: {
      dangling: (ds) => ({
        gist: 'tasks not linked to the rest of the plan',
        says: `${ds.length} unfinished tasks are not linked to what comes before or after them (${quoted(ds.map((d) => d.s('task')))}), so a slip in them would not show in the forecast.`,
        action: 'Link each task to what must happen before it and what it enables.',
      }),
    },
    say: (_f, _w, d) => ({
      gist: 'tasks not linked to the rest of the plan',
      says: `"${d.s('task')}" is not linked to ${d.s('missing') === 'predecessor' ? 'what must happen before it' : d.s('missing') === 'successor' ? 'what it enables' : 'the rest of the plan'}; ${d.n('count')} of ${d.n('total')} unfinished tasks are not linked, so a slip in them would not show in the forecast.`,
      action: 'Link each task to what must happen before it and what it enables.',
    }),
  },
  'overdue-task': {
    topic: 'Overdue work',
    owner: 'team',
    merge: {
      overdue: (ds) => ({
        gist: 'overdue work',
        says: `${ds.length} tasks are past their finish dates: ${listOf(
          ds.map((d) => `"${d.s('task')}" (due ${d.date('finish')}, ${d.s('progress')} done)`),
          { separator: ';' },
        )}.`,
        action:
          'Bring the overdue tasks up to date: record their progress, or re-plan their finish and the work after them.',
      }),
    },
    say: (_f, _w, d) => ({
      gist: 'overdue work',
      says: `"${d.s('task')}" was due to finish ${d.date('finish')} and is ${d.s('progress')} done.`,
      action: `Bring "${d.s('task')}" up to date: record its progress, or re-plan its finish and the work after it.`,
    }),
  },
  'owner-assigned': {
    topic: 'Owners',
    owner: 'team',
    merge: {
      noOwner: (ds) => ({
        gist: 'work with no owner',
        says: `${ds.length} tasks and milestones have nobody responsible for them: ${quoted(ds.map((d) => d.s('name')))}.`,
        action: 'Name the person responsible for each of them.',
      }),
    },
    say: (f, _w, d) =>
      f.messageId === 'noRequester'
        ? {
            gist: 'a change with no requester',
            says: `Change ${d.s('id')} does not say who asked for it.`,
            action: `Record who requested change ${d.s('id')}.`,
          }
        : {
            gist: 'work with no owner',
            says: `${d.s('kind') === 'Milestone' ? 'Milestone' : 'Task'} "${d.s('name')}" has nobody responsible for it.`,
            action: `Name the person responsible for "${d.s('name')}".`,
          },
  },
  'person-overbooked': {
    area: 'schedule',
    topic: 'People',
    owner: 'team',
    say: (f, _w, d) => ({
      gist: 'people booked in two places at once',
      says:
        f.messageId === 'twoSites'
          ? `${d.s('person')} is booked at ${d.s('siteA')} for "${d.s('taskA')}" and at ${d.s('siteB')} for "${d.s('taskB')}" on the same days (${d.date('from')}${d.s('to') !== d.s('from') ? ` to ${d.date('to')}` : ''}).`
          : `${d.s('person')} is booked for ${percent(d.n('load'))} of a week from ${d.date('from')} to ${d.date('to')}: ${d.s('tasks')}.`,
      action: 'Move one of the tasks, give it to someone else, or reduce the overlap.',
    }),
  },
  'phase-contradicted': {
    topic: 'Project stage',
    owner: 'team',
    say: (f, w) => {
      const facts = w.model.phaseContradictions.slice(0, 4).map((x) => fact(x, w.model, w));
      return f.messageId === 'presale'
        ? {
            gist: 'a proposal that is already under way',
            says: `The plan is described as a proposal, but ${listOf(facts, { separator: ';' })}.`,
            action: 'Review the project as the delivery it already is, with progress reports and change control.',
          }
        : {
            gist: 'a closed project with work still to come',
            says: `The project is described as closed, but ${listOf(facts, { separator: ';' })}.`,
            action: 'Finish or formally drop the remaining work before closing the project.',
          };
    },
  },
  'pilot-first': {
    area: 'schedule',
    topic: 'Pilots',
    owner: 'team',
    say: (f, _w, d) => ({
      gist: 'a rollout with no pilot',
      says:
        f.messageId === 'noPilotWaves'
          ? `"${d.s('task')}" is the first of ${d.n('waves')} waves reaching ${d.n('users')} users, and no pilot comes before it.`
          : `"${d.s('task')}" reaches ${d.n('users')} users at once, with no pilot before it.`,
      action: `Run a pilot with a small group first, and let "${d.s('task')}" wait for its results.`,
    }),
  },
  'pm-allocation': {
    topic: 'Project manager',
    owner: 'team',
    say: (f, w, d) =>
      f.messageId === 'unknown'
        ? {
            gist: 'no agreed time for the project manager',
            says: `How much of ${possessive(pmName(w.model))} week goes to this project is not recorded.`,
            action: `Agree and record ${possessive(pmName(w.model))} time on the project.`,
          }
        : {
            gist: 'too little project management time',
            says: `${capitalise(d.s('pm'))} has ${d.s('allocation')} of a week for this project; a project of this size usually needs at least ${d.s('min')}.`,
            action: `Confirm ${possessive(d.s('pm'))} real time on the project, and raise it to at least ${d.s('min')} of a week.`,
          },
  },
  'pm-assigned': {
    topic: 'Project manager',
    owner: 'team',
    say: (f, _w, d) =>
      f.messageId === 'wrongRole'
        ? {
            gist: 'a project manager who is also an engineer',
            says: `${d.s('name')} is named as project manager but is ${d.s('role') === 'engineer' ? 'an engineer on the project' : `listed as a ${d.s('role').replace(/-/g, ' ')}`}.`,
            action: `Name a project manager whose job is to run this project, and leave ${d.s('name')} free for ${d.s('role') === 'engineer' ? 'the technical work' : 'their own role'}.`,
          }
        : {
            gist: 'no project manager',
            says: 'Nobody is named as the project manager, the one person accountable for the whole delivery.',
            action: 'Name one project manager, accountable for the whole delivery.',
          },
  },
  'pm-budgeted': {
    topic: 'Project management in the price',
    owner: 'team',
    say: (f, _w, d) =>
      f.messageId === 'missing'
        ? {
            gist: 'project management missing from the price',
            says: 'The price has no line for project management, so nobody is paid to manage the project.',
            action: 'Include project management in the price, sized to the effort the project needs.',
          }
        : {
            gist: 'a small project management budget',
            says: `Project management is ${d.s('share')} of the budget (${d.money('amount')} of ${d.money('total')}); projects of this kind usually need at least ${d.s('min')}.`,
            action: 'Check that the project management effort is enough for the work, and price it in.',
          },
  },
  'pm-not-engineer': {
    topic: 'Project manager',
    owner: 'team',
    merge: {
      ownsTechnicalWork: (ds) => ({
        gist: 'a project manager who also does technical work',
        says: `${ds[0]!.s('pm')}, the project manager, also owns ${ds.length} technical tasks: ${quoted(ds.map((d) => d.s('task')))}.`,
        action: `Give these tasks to an engineer, so that ${ds[0]!.s('pm')} can manage the whole delivery.`,
      }),
    },
    say: (_f, _w, d) => ({
      gist: 'a project manager who also does technical work',
      says: `${d.s('pm')}, the project manager, also owns the ${d.s('kind')} task "${d.s('task')}".`,
      action: `Give "${d.s('task')}" to an engineer, so that ${d.s('pm')} can manage the whole delivery.`,
    }),
  },
  'predecessor-order': {
    topic: 'Order of work',
    owner: 'team',
    say: (f, _w, d) => {
      const verb = d.s('bound').startsWith('finish') ? 'finish' : 'start';
      if (f.messageId === 'happened')
        return {
          gist: 'work that ran ahead of what it depends on',
          says: `"${d.s('item')}" ${verb}ed on ${d.date('date')}, before "${d.s('pred')}", which it depends on, ${d.s('verb')} on ${d.date('predDate')}: the two overlapped, and the plan still says they cannot.`,
          action: `Record how "${d.s('item')}" really depended on "${d.s('pred')}", so that the forecast follows the work as it ran.`,
        };
      return {
        gist: 'work planned before what it depends on',
        says: `"${d.s('item')}" is planned to ${verb} on ${d.date('date')}, but it depends on "${d.s('pred')}", which ${d.s('verb')} ${d.date('predDate')}, so it cannot ${verb} before ${d.date('allowed')}.`,
        action: `Move "${d.s('item')}" to when its dependency allows, or correct the dependency.`,
      };
    },
  },
  'risk-mitigation': {
    topic: 'Risk plans',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: 'a serious risk with no plan',
      says: `Risk ${d.s('id')} ("${d.s('title')}") is serious (likelihood ${d.n('likelihood')}, impact ${d.n('impact')}, out of 5) and has no plan to reduce it.`,
      action: `Write down what will be done now to make risk ${d.s('id')} less likely or less damaging.`,
    }),
  },
  'risk-owner': {
    topic: 'Risk owners',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: 'a risk nobody owns',
      says: `Risk ${d.s('id')} ("${d.s('title')}") has nobody watching it.`,
      action: `Name the person who will watch risk ${d.s('id')} and act on it.`,
    }),
  },
  'risk-register': {
    topic: 'Risks',
    owner: 'team',
    say: () => ({
      gist: 'no list of risks',
      says: 'The plan lists no risks.',
      action:
        'Write down what could go wrong: how likely and how bad each risk is, who watches it, and what will be done about it.',
    }),
  },
  'risk-review-stale': {
    topic: 'Risk reviews',
    owner: 'team',
    say: (f, _w, d) => ({
      gist: 'risks not reviewed lately',
      says:
        f.messageId === 'never'
          ? `Risk ${d.s('id')} has never been reviewed.`
          : `Risk ${d.s('id')} was last reviewed on ${d.date('reviewed')}, ${d.n('days')} days ago.`,
      action: `Review risk ${d.s('id')}: is it still likely, and is the plan for it working?`,
    }),
  },
  'rollback-plan': {
    area: 'schedule',
    topic: 'Rollback',
    owner: 'team',
    merge: {
      none: (ds) => ({
        gist: 'cutovers with no way back',
        says: `${ds.length} cutovers and migrations have no written way back if they go wrong: ${quoted(ds.map((d) => d.s('task')))}.`,
        action: 'Write a rollback plan for each: how to get back, who decides, and by when.',
      }),
    },
    say: (_f, _w, d) => ({
      gist: 'a cutover with no way back',
      says: `${d.s('kind')} "${d.s('task')}" has no written way back if it goes wrong.`,
      action: `Write the rollback plan for "${d.s('task')}": how to get back, who decides, and by when.`,
    }),
  },
  'schedule-performance': {
    topic: 'Progress against plan',
    owner: 'team',
    say: (_f, w, d) => ({
      gist: 'work behind plan',
      says: `Work worth ${d.money('pv')} was planned to be done by now, and ${d.money('ev')} has been (a schedule performance index of ${d.s('spiShown')}).${furthestBehind(w)}`,
      action: 'Re-plan the work furthest behind, or report the slip to the sponsor.',
    }),
  },
  'scope-boundaries': {
    topic: 'Scope',
    owner: 'team',
    say: (f) =>
      f.messageId === 'noExclusions'
        ? {
            gist: 'no stated exclusions',
            says: 'The scope does not say what is excluded.',
            action: 'List what is not included, especially what you might reasonably expect to be.',
          }
        : {
            gist: 'no stated assumptions',
            says: 'The scope records no assumptions.',
            action: 'Write down the assumptions the price and the dates rest on.',
          },
  },
  'scope-signed-off': {
    topic: 'Scope sign-off',
    owner: 'customer',
    decision: true,
    say: (f, _w, d) =>
      f.messageId === 'unsigned'
        ? {
            gist: 'a scope not yet signed off',
            says: 'The scope has not been signed off.',
            action: 'Agree the scope and sign it off before build work starts.',
          }
        : {
            gist: 'an incomplete scope sign-off',
            says: `The scope sign-off does not say ${d.s('missing') === 'person (by)' ? 'who signed it' : 'when it was signed'}.`,
            action: 'Record who signed the scope off and when.',
          },
  },
  'sponsor-assigned': {
    topic: 'Sponsor',
    owner: 'customer',
    decision: true,
    say: () => ({
      gist: 'no sponsor',
      says: 'No sponsor is named: nobody on the client side owns the decisions.',
      action: 'Name the person on your side who makes the decisions and signs off.',
    }),
  },
  'status-stale': {
    topic: 'Status reports',
    owner: 'team',
    say: (f, _w, d) => ({
      gist: 'a status report overdue',
      says:
        f.messageId === 'none'
          ? `No status report has gone out, though work started on ${d.date('started')} and ${d.s('cadence')} reports were agreed.`
          : `The last status report went out on ${d.date('last')}, ${d.n('days')} days ago; ${d.s('cadence')} reports were agreed.`,
      action: 'Send the overdue status report.',
    }),
  },
  'success-criteria': {
    topic: 'Success criteria',
    owner: 'customer',
    merge: {
      vague: (ds) => ({
        gist: 'success criteria that cannot be measured',
        says: `${ds.length} success criteria cannot be measured as written: ${quoted(ds.map((d) => d.s('criterion')))}.`,
        action: 'Add a number, a date or a percentage to each success criterion.',
      }),
    },
    say: (f, _w, d) =>
      f.messageId === 'none'
        ? {
            gist: 'no success criteria',
            says: 'The scope has no success criteria.',
            action: 'Agree how success will be measured, in numbers, dates or percentages.',
          }
        : {
            gist: 'success criteria that cannot be measured',
            says: `"${d.s('criterion')}" cannot be measured as written.`,
            action: `Add a number, a date or a percentage to "${d.s('criterion')}".`,
          },
  },
  'unapproved-spend': {
    topic: 'Spend approvals',
    owner: 'customer',
    decision: true,
    say: (f, w, d) => {
      const line = lineName(w.model, idIn(f, 'lines') ?? d.s('line'));
      return f.messageId === 'approvedLate'
        ? {
            gist: 'spend approved after work began',
            says: `${capitalise(line)} was approved on ${d.date('approved')}, after ${d.s('vendor')} started work on ${d.date('started')}.`,
            action: 'Approve each budget line before work is done against it.',
            owner: 'team',
            decision: false,
          }
        : f.messageId === 'changeUndecided'
          ? {
              gist: 'money spent on a change not yet approved',
              says: `${d.money('actual')} has been spent on ${line}, which change ${d.s('change')} added, and that change has no recorded approval.`,
              action: `Confirm whether change ${d.s('change')} is approved, and record who approved it and when, or stop the spending.`,
            }
          : {
              gist: 'money spent without approval',
              says: `${d.money('actual')} has been spent on ${line} without an approval.`,
              action: `Approve the spending on ${line}, or stop it, before more is spent.`,
            };
    },
  },
  'undocumented-change': {
    area: 'changes',
    topic: 'Unrecorded changes',
    owner: 'team',
    say: (f, w, d) => {
      const what = changedThing(f, w.model);
      return {
        gist: 'changes made without a change request',
        says:
          f.messageId === 'changed'
            ? `${capitalise(what)} changed from ${d.s('before')} to ${d.s('after')} since the last agreed version, and no change request covers it.`
            : `${capitalise(what)} was ${f.messageId === 'added' ? 'added' : 'removed'} since the last agreed version, and no change request covers it.`,
        action: 'Raise a change request for it, with its impact and approval.',
      };
    },
  },
  'user-comms': {
    area: 'communication',
    topic: 'Telling users',
    owner: 'team',
    merge: {
      untold: (ds) => ({
        gist: 'users not told before changes that affect them',
        says: `${ds.length} changes affect users with no communication or training planned before them: ${listOf(
          ds.map((d) => `"${d.s('task')}" (${d.date('start')})`),
          { separator: ';' },
        )}.`,
        action: 'Plan how users will be told, or trained, before each of these changes.',
      }),
    },
    say: (_f, _w, d) => ({
      gist: 'users not told before a change that affects them',
      says: `"${d.s('task')}" ${d.s('effect')}, but no communication or training is planned ${d.s('where')}before it starts on ${d.date('start')}.`,
      action: `Plan how users will be told, or trained, before "${d.s('task')}".`,
    }),
  },
  'vendor-contact': {
    topic: 'Supplier contacts',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: 'a supplier with no named contact',
      says: `${d.s('vendor')} has no named contact.`,
      action: `Record a named contact at ${d.s('vendor')}.`,
    }),
  },
  'vendor-contract': {
    topic: 'Contracts',
    owner: 'team',
    merge: {
      noContract: (ds, w) => ({
        gist: 'suppliers without a signed contract',
        says: `${ds.length} suppliers have no signed contract yet: ${listOf(ds.map((d) => d.s('vendor')))}.`,
        action: `Sign the contracts with ${listOf(ds.map((d) => d.s('vendor')))} before their work starts.`,
        owner: w.model.plan.project.phase === 'presale' ? 'customer' : 'team',
      }),
    },
    say: (f, w, d) =>
      f.messageId === 'noContract'
        ? {
            gist: 'suppliers without a signed contract',
            says: `${d.s('vendor')} has no signed contract yet.`,
            action: `Sign the contract with ${d.s('vendor')} before their work starts.`,
            owner: w.model.plan.project.phase === 'presale' ? 'customer' : 'team',
          }
        : {
            gist: 'supplier work before the contract',
            says: `"${d.s('task')}" by ${d.s('vendor')} starts ${d.date('start')}, before the contract was signed on ${d.date('signed')}.`,
            action: `Sign the contract with ${d.s('vendor')} before their work starts.`,
          },
  },
  'vendor-double-booked': {
    topic: 'Supplier bookings',
    owner: 'team',
    say: (_f, _w, d) => ({
      gist: 'a supplier booked at two sites at once',
      says: `${d.s('vendor')} is booked at ${d.s('site')} for "${d.s('task')}" from ${d.date('start')} while still at ${d.s('otherSite')} for "${d.s('other')}" until ${d.date('otherFinish')}.`,
      action: `Re-sequence ${possessive(d.s('vendor'))} visits, or confirm they will send two crews.`,
    }),
  },
  'vendor-sequencing': {
    topic: 'Delivery timing',
    owner: 'team',
    say: (f, _w, d) =>
      f.messageId === 'beforeHandoff'
        ? {
            gist: 'work booked before the supplier work it needs',
            says: `"${d.s('task')}" starts ${d.date('start')}, but depends on "${d.s('pred')}" by ${d.s('vendor')}, which finishes ${d.date('finish')}.`,
            action: `Move "${d.s('task')}" after the hand-off, or bring the hand-off forward with ${d.s('vendor')}.`,
          }
        : {
            gist: 'work booked before its equipment arrives',
            says: `"${d.s('task')}" starts ${d.date('start')}, but needs ${d.s('item')} from ${d.s('vendor')}, ${d.s('arrival')}.`,
            action: `Move "${d.s('task')}" after the delivery, or bring the delivery forward with ${d.s('vendor')}.`,
          },
  },
  'watermelon-status': {
    topic: 'Status reports',
    owner: 'team',
    say: (_f, w, d) => {
      const facts = contradictions(w.model, String(_f.data.on), w).slice(0, 4);
      return {
        gist: 'a green report hiding problems',
        says: `The report of ${d.date('on')} was green ("${d.s('summary')}"), but by then ${listOf(facts, { separator: ';' })}.`,
        action: 'Re-issue the report as amber or red, with each problem and its recovery plan.',
      };
    },
  },
  'work-before-signoff': {
    topic: 'Scope sign-off',
    owner: 'customer',
    decision: true,
    merge: {
      beforeSignoff: (ds) => ({
        gist: 'work started before the scope was signed off',
        says: `${ds.length} tasks begin before the scope sign-off on ${ds[0]!.date('signoff')}: ${listOf(
          ds.map((d) => `"${d.s('task')}" (${d.date('start')})`),
          { separator: ';' },
        )}.`,
        action: 'Start build work only once the scope is signed off.',
        owner: 'team',
        decision: false,
      }),
    },
    say: (f, _w, d) =>
      f.messageId === 'unsigned'
        ? {
            gist: 'work started before the scope was signed off',
            says: `"${d.s('task')}" has started (${d.s('evidence').replace(/^actual start /, 'on ')}), but the scope has not been signed off.`,
            action: 'Sign off the scope now, or pause the work until it is.',
          }
        : {
            gist: 'work started before the scope was signed off',
            says: `"${d.s('task')}" ${d.s('verb')} on ${d.date('start')}, before the scope was signed off on ${d.date('signoff')}.`,
            action: 'Start build work only once the scope is signed off.',
            owner: 'team',
            decision: false,
          },
  },
};

/** Findings whose wording merges them, grouped by rule and message: each group becomes one point. */
export function mergeable(f: Finding): boolean {
  return CUSTOMER_WORDS[f.ruleId as RuleId].merge?.[f.messageId] !== undefined;
}

type Spoken = Said & { area?: Area; topic: string; owner: Point['owner']; decision: boolean };

/** What the wording says of one finding or a merged group, with the rule's defaults filled in. */
function spoken(wording: Wording, said: Said): Spoken {
  return {
    area: wording.area,
    topic: said.topic ?? wording.topic,
    owner: said.owner ?? wording.owner,
    decision: said.decision ?? wording.decision ?? false,
    gist: said.gist,
    says: said.says,
    action: said.action,
    decide: said.decide,
  };
}

export function customerSaysAll(fs: Finding[], w: Words): Spoken {
  const wording = CUSTOMER_WORDS[fs[0]!.ruleId as RuleId];
  const said = wording.merge![fs[0]!.messageId]!(
    fs.map((f) => new Data(f.data, w)),
    w,
  );
  return spoken(wording, said);
}

export function customerSays(f: Finding, w: Words): Spoken {
  const wording = CUSTOMER_WORDS[f.ruleId as RuleId];
  const said = wording.say(f, w, new Data(f.data, w));
  return spoken(wording, said);
}
