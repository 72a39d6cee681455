/**
 * The shared model: derived views of a validated plan that several rules need.
 * Each view is computed once, on first use, and never by a rule itself.
 * Rules get the "as of" date from here; nothing below reads the clock.
 */
import type { WorkingCalendar } from '../calendar.js';
import type { DependencyEdge, DependencyGraph } from '../graph.js';
import type { PlanPath } from '../path.js';
import { type Forecast, forwardPass, type Requirement, requirement } from '../schedule.js';
import type { BudgetLine, Change, Person, Plan, Risk, StatusReport, Vendor } from '../schema.js';
import { buildCalendars, type HolidaySource, type PlanCalendars } from './calendars.js';
import { computeEarnedValue, type EarnedValue, finiteEarnedValue } from './earned-value.js';
import { dependencyGraph, type ScheduleItem, scheduleItems } from './items.js';
import { type PhaseFact, phaseContradictions } from './phase.js';
import { assessPm, DEFAULT_PM_THRESHOLDS, type PmAssessment, type PmThresholds } from './pm-assessment.js';
import { findProblems, type Problems } from './problems.js';

export {
  type HolidaySource,
  holidayNoun,
  holidayYears,
  type PlanCalendars,
  publicHolidayRegions,
  regionCode,
} from './calendars.js';
export type { CostTarget, EarnedValue } from './earned-value.js';
export { type ItemKind, isFinished, type ScheduleItem } from './items.js';
export type { PhaseFact } from './phase.js';
export {
  DEFAULT_PM_THRESHOLDS,
  type PmAssessment,
  type PmMeasure,
  type PmThresholds,
} from './pm-assessment.js';
export type { Problems } from './problems.js';

/** The plan as it was at the --base ref, for undocumented-change. */
export type BaseVersion =
  | { status: 'found'; ref: string; plan: Plan }
  /** Not at the ref, or (with `unreadable`, why) there but not loadable: judged as new either way. */
  | { status: 'new'; ref: string; unreadable?: string };

export interface ModelOptions {
  /** The date the date rules judge against, YYYY-MM-DD. */
  asOf: string;
  pmThresholds?: PmThresholds;
  base?: BaseVersion;
  /** Public holidays, from the run tier; required when the plan names `public_holidays`. */
  holidays?: HolidaySource;
}

/** An entry of a list in the plan, with where it is. */
export interface Listed<T> {
  item: T;
  index: number;
  path: PlanPath;
}

function listed<T>(list: readonly T[] | null | undefined, path: PlanPath): Listed<T>[] {
  return (list ?? []).map((item, index) => ({ item, index, path: [...path, index] }));
}

export class PlanModel {
  readonly asOf: string;
  /** The plan at the --base ref, when given. */
  readonly base?: BaseVersion;
  private readonly thresholds: PmThresholds;
  private readonly holidays?: HolidaySource;
  private memo = new Map<string, unknown>();

  constructor(
    readonly plan: Plan,
    options: ModelOptions,
  ) {
    this.asOf = options.asOf;
    this.base = options.base;
    this.thresholds = options.pmThresholds ?? DEFAULT_PM_THRESHOLDS;
    this.holidays = options.holidays;
  }

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /** The project calendar (`standard`): working weekdays, holidays and public holidays. */
  get calendar(): WorkingCalendar {
    return this.calendars.project;
  }

  /** The project calendar, 7-day, and the plan's named calendars, by id. */
  get calendars(): PlanCalendars {
    return this.once('calendars', () => buildCalendars(this.plan, this.asOf, this.holidays));
  }

  /**
   * An item's working time: a task's own `calendar`; else 7-day when the task's planned start
   * or finish is on a non-working day of the project calendar; else the project calendar.
   * Milestones and deliveries use the project calendar. Date arithmetic on an item uses this.
   */
  calendarFor(item: ScheduleItem): WorkingCalendar {
    return item.calendar;
  }

  /** For messages: " (a Saturday)" when `date` is not a working day of `cal`, else nothing. */
  dayNote(cal: WorkingCalendar, date: string): string {
    const why = cal.describeDay(date);
    return why ? ` (${why})` : '';
  }

  // -- People, vendors and sites, and the names messages use for them ---------------------------

  get people(): Map<string, Person> {
    return this.once('people', () => new Map((this.plan.people ?? []).map((p) => [p.id, p])));
  }

  get vendors(): Map<string, Vendor> {
    return this.once('vendors', () => new Map((this.plan.vendors ?? []).map((v) => [v.id, v])));
  }

  /** A person's name for messages, or their id when they have none. */
  personName(id: string): string {
    return this.people.get(id)?.name ?? id;
  }

  /** A vendor's name for messages, or its id when it has none. */
  vendorName(id: string): string {
    return this.vendors.get(id)?.name ?? id;
  }

  /** A site's name for messages, or its id when it has none. */
  siteName(id: string): string {
    const names = this.once('sites', () => new Map((this.plan.sites ?? []).map((s) => [s.id, s.name ?? s.id])));
    return names.get(id) ?? id;
  }

  /** The accountable PM as a person, when project.manager names one. */
  get manager(): Person | undefined {
    const id = this.plan.project.manager;
    return id ? this.people.get(id) : undefined;
  }

  // -- Lists with their paths ---------------------------------------------------------------------

  get risks(): Listed<Risk>[] {
    return this.once('risks', () => listed(this.plan.risks, ['risks']));
  }

  /** Risks still open: a risk with no status is open. */
  get openRisks(): Listed<Risk>[] {
    return this.once('openRisks', () => this.risks.filter(({ item }) => (item.status ?? 'open') === 'open'));
  }

  get changes(): Listed<Change>[] {
    return this.once('changes', () => listed(this.plan.changes, ['changes']));
  }

  /** Changes that were approved, whether or not they have been implemented yet. */
  get decidedChanges(): Listed<Change>[] {
    return this.once('decidedChanges', () =>
      this.changes.filter(({ item }) => item.status === 'approved' || item.status === 'implemented'),
    );
  }

  get budgetLines(): Listed<BudgetLine>[] {
    return this.once('budgetLines', () => listed(this.plan.budget?.lines, ['budget', 'lines']));
  }

  get vendorList(): Listed<Vendor>[] {
    return this.once('vendorList', () => listed(this.plan.vendors, ['vendors']));
  }

  get statusReports(): Listed<StatusReport>[] {
    return this.once('statusReports', () =>
      listed(this.plan.communication?.status_reports, ['communication', 'status_reports']),
    );
  }

  // -- The schedule ----------------------------------------------------------------------------

  /** Every task, milestone and delivery by id, in plan order. */
  get items(): Map<string, ScheduleItem> {
    return this.once('items', () => scheduleItems(this.plan, this.vendors, this.calendars));
  }

  get graph(): DependencyGraph {
    return this.once('graph', () => dependencyGraph(this.items));
  }

  /** When work on an item began or is planned to begin: the actual date wins over the plan. */
  startOf(item: ScheduleItem): string | undefined {
    return item.actualStart ?? item.start;
  }

  /** When an item finished, arrived or is expected to: the actual date wins over the plan. */
  finishOf(item: ScheduleItem): string | undefined {
    return item.actualFinish ?? item.finish;
  }

  private requirements = new WeakMap<DependencyEdge, Requirement | null>();

  /**
   * What a dependency requires of its successor, from the predecessor's current dates, on the
   * successor's calendar. Memoized per edge.
   */
  requirementOf(edge: DependencyEdge): Requirement | undefined {
    let req = this.requirements.get(edge);
    if (req === undefined) {
      const pred = this.items.get(edge.from);
      const succ = this.items.get(edge.to);
      req =
        (pred && succ && requirement(edge, pred, this.startOf(pred), this.finishOf(pred), succ.calendar, succ)) ?? null;
      this.requirements.set(edge, req);
    }
    return req ?? undefined;
  }

  /**
   * A dependency on a delivery, or a finish-to-start hand-off from another vendor's task:
   * vendor-sequencing judges these, and predecessor-order leaves them to it.
   */
  isVendorDependency(edge: DependencyEdge): boolean {
    const pred = this.items.get(edge.from);
    const succ = this.items.get(edge.to);
    if (!pred || succ?.kind !== 'task') return false;
    if (pred.kind === 'delivery') return true;
    return (
      pred.kind === 'task' && pred.vendor !== undefined && pred.vendor.id !== succ.task?.vendor && edge.type === 'FS'
    );
  }

  /**
   * The forward and backward passes: earliest and latest dates and float for every item, the
   * projected finish, the critical chain and the critical path.
   */
  get forecast(): Forecast {
    return this.once('forecast', () => forwardPass(this.items, this.graph, this.asOf));
  }

  /**
   * Whether a slip of `days` working days on an item is absorbed: within the project's
   * tolerance (`project.tolerance.days`, PRINCE2's: the PM's to manage), or inside the item's
   * total float from the backward pass (nothing after it moves).
   */
  absorbs(id: string, days: number): boolean {
    const tolerance = this.plan.project.tolerance?.days;
    return (tolerance != null && days <= tolerance) || (this.forecast.dates.get(id)?.totalFloat ?? -1) >= days;
  }

  /** Working days from `due` to `date` on the project calendar: how late something due then is. */
  lateBy(due: string, date: string): number {
    const cal = this.calendar;
    return Math.max(0, cal.workingDaysBetween(due, date) - (cal.isWorkingDay(due) ? 1 : 0));
  }

  /**
   * Facts that contradict a green report, as they stood on `date`: slipped milestones, overdue
   * deliveries and tasks, budget overruns. Several rules and watermelon-status share them.
   */
  problemsAt(date: string): Problems {
    return this.once(`problems@${date}`, () => findProblems(this.plan, this.items.values(), date, this.calendar));
  }

  // -- Money -----------------------------------------------------------------------------------

  /** Earned value as of the as-of date; undefined without planned costs and dates. */
  get earnedValue(): EarnedValue | undefined {
    return this.once('evm', () =>
      finiteEarnedValue(computeEarnedValue(this.plan, this.items.values(), this.asOf, (id) => this.vendorName(id))),
    );
  }

  /**
   * The project-management budget lines and their share of the total (the lines' sum when there
   * is no total); undefined when the plan has no budget. pm-budgeted and the review share it.
   */
  get pmBudget():
    | { lines: { index: number; planned: number }[]; amount: number; total: number; passThrough: number }
    | undefined {
    return this.once('pmBudget', () => {
      const budget = this.plan.budget;
      const all = budget?.lines ?? [];
      if (!budget || (all.length === 0 && budget.total == null)) return undefined;
      const lines = all.flatMap((l, index) =>
        l.category === 'project-management' ? [{ index, planned: l.planned ?? 0 }] : [],
      );
      // Hardware passed through at cost is not work to be managed: a 175,000 laptop order on a
      // 40,000 project does not make its PM line look small.
      const passThrough = all.reduce((s, l) => s + (l.pass_through ? (l.planned ?? 0) : 0), 0);
      const total = (budget.total ?? all.reduce((s, l) => s + (l.planned ?? 0), 0)) - passThrough;
      return { lines, amount: lines.reduce((s, l) => s + l.planned, 0), total, passThrough };
    });
  }

  /**
   * Is formal project management warranted? Article 002's four thresholds, computed once. The
   * project's length is counted on the project calendar: "more than two weeks" is the client's
   * working weeks, however many days a weekend cutover works.
   */
  get pmAssessment(): PmAssessment {
    return this.once('pm', () => assessPm(this.plan, this.items.values(), this.calendar, this.thresholds));
  }

  /** Facts that contradict the plan's stated phase (spend on a presale plan, say). */
  get phaseContradictions(): PhaseFact[] {
    return this.once('phase', () => phaseContradictions(this.plan, this.items.values(), this.asOf));
  }

  /**
   * Builds every shared view now rather than on first use, so that a timing of the rules
   * measures the rules, and the model's own cost is measured once, as the model's.
   */
  prepare(): this {
    void this.graph.cycles();
    void this.forecast;
    void this.problemsAt(this.asOf);
    try {
      void this.earnedValue;
    } catch {
      // Not finite: the rules that read it fail, and say why (a failed rule is never a pass).
    }
    void this.pmAssessment;
    return this;
  }
}
