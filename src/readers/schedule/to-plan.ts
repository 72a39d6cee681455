/**
 * A schedule's project (the intermediate model of an MS Project or P6 file) as pmcheck plan
 * data, with a Locator that points every plan path at the element or `%R` row it came from.
 * Nothing is validated here: the reader hands the data to validatePlan, as the YAML reader does.
 *
 * What maps to what, and where it has to approximate (each approximation is a `format`
 * warning, never a silent drop):
 * - Summary tasks (MSPDI) are not work: their names become each task's `phase` (the outline
 *   path, outermost first, joined with " / "). A link to or from a summary is mapped to the
 *   tasks below it. Milestones become `milestones`: their baseline date is `due`, their current
 *   one `forecast` (only `forecast` without a baseline: a plan's `due` is the date agreed). P6
 *   LOE and WBS summary activities are tasks with `level_of_effort: true`.
 * - Dates are calendar days. A finish at midnight is the end of the day before. Tasks keep
 *   their start and finish, and the duration the tool holds, rounded to whole working days.
 * - Lags are whole working days of the successor (the passes work in days): a fraction is
 *   rounded. Elapsed and percent lags keep their unit (`lag_unit`), rounded to whole days and
 *   percent.
 * - Calendars: the project's calendar is `project.calendar`; the others that tasks use are
 *   `calendars` (a calendar derived from the project's one says `base: standard`). Work weeks
 *   and exception ranges become days off (`holidays`) and extra working days (`working`) where
 *   they differ from the week, within the years the schedule spans. Partial days count as
 *   working days. A calendar that works every day with no exceptions is the built-in 7-day.
 * - Work resources become people; a task with one work resource has that person as `owner`
 *   (and the assignment's units, below full time, as `allocation`); every assigned resource is
 *   listed in `resources`.
 */
import { fromDayNumber, toDayNumber, WEEKDAYS, type Weekday, WorkingCalendar, weekdayOf } from '../../plan/calendar.js';
import { isIdSegment, type Locator, type PlanPath, type Span } from '../../plan/path.js';
import type { ConstraintType as PlanConstraintType } from '../../plan/schema.js';
import { datePart } from './common.js';
import type {
  ConstraintType,
  SchedCalendar,
  SchedCalendarException,
  SchedLink,
  SchedProject,
  SchedTask,
  ScheduleFile,
  SourcePos,
} from './model.js';

/** A problem the mapping had to work around, at the element it concerns. */
export interface MappingWarning {
  message: string;
  path: PlanPath;
  pos?: SourcePos;
}

export interface MappedProject {
  project: SchedProject;
  /** Plan data, ready for validatePlan. */
  raw: Record<string, unknown>;
  locator: ScheduleLocator;
  warnings: MappingWarning[];
}

/** The sections a schedule has no place for, whatever the tool: rules that judge them do not apply. */
export const SCHEDULE_UNRECORDED: readonly string[] = [
  'project.manager',
  'project.sponsor',
  'project.phase',
  'scope',
  'vendors',
  'budget',
  'changes',
  'risks',
  'communication',
  'blackouts',
  'sites',
  'tasks[].kind',
  'tasks[].rollback_plan',
  'tasks[].users_affected',
  'tasks[].downtime',
  'milestones[].gate',
];

/** Where each kind of schedule does not record them, for the reasons rules give. */
export const SCHEDULE_SOURCE = { mspdi: 'an MS Project file', xer: 'a P6 export' } as const;

const CONSTRAINTS: Partial<Record<ConstraintType, PlanConstraintType>> = {
  ALAP: 'as-late-as-possible',
  MSO: 'must-start-on',
  MFO: 'must-finish-on',
  SNET: 'start-no-earlier-than',
  SNLT: 'start-no-later-than',
  FNET: 'finish-no-earlier-than',
  FNLT: 'finish-no-later-than',
  SO: 'start-on',
  FO: 'finish-on',
};
const MON_TO_FRI = [true, true, true, true, true, false, false];
/** Days of calendar exceptions and work weeks expanded per project, at most: a guard against absurd ranges. */
const EXPANSION_BUDGET = 200_000;

/** Every project of a schedule file as plan data. */
export function mapSchedule(schedule: ScheduleFile): MappedProject[] {
  return schedule.projects.map((p) => new ProjectMapper(p, schedule.format).map());
}

/** A readable id from a name: "Night Shift" → night-shift; undefined when nothing is left. */
function slug(name: string): string | undefined {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return s === '' ? undefined : s;
}

/**
 * The calendar day work that ends at a date-time finished on: an end at midnight, after the day
 * the work started, is the end of the working day before (24-hour calendars end work at 00:00).
 * Only for the ends of work: a constraint or deadline date is the date it says.
 */
function workEnd(dt: string, start: string | undefined, cal: WorkingCalendar): string {
  const day = datePart(dt);
  if (dt.slice(11) !== '00:00:00' || (start !== undefined && datePart(start) >= day)) return day;
  return cal.onOrBefore(fromDayNumber(toDayNumber(day) - 1));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

interface CalendarView {
  weekdays: boolean[];
  /** Day number → works (true) or not (false), where it differs from the weekly pattern or says so. */
  days: Map<number, boolean>;
}

class ProjectMapper {
  private readonly warnings: MappingWarning[] = [];
  private readonly positions = new Map<string, SourcePos>();
  private readonly raw: Record<string, unknown> = { pmcheck: 1 };
  private readonly byUid = new Map<string, SchedTask>();
  /** Plan id of each task and milestone, by UID. */
  private readonly ids = new Map<string, string>();
  /** The plan ids that are milestones. */
  private readonly milestoneIds = new Set<string>();
  private readonly children = new Map<string, SchedTask[]>();
  private readonly calendarById = new Map<string, SchedCalendar>();
  /** The plan calendar id of each schedule calendar used: standard, 7-day or a `calendars` id. */
  private readonly planCalendar = new Map<string, string>();
  private readonly views = new Map<string, CalendarView>();
  private window: [number, number] = [0, 0];
  private budget = EXPANSION_BUDGET;
  private rounded: { what: string; path: PlanPath; pos?: SourcePos }[] = [];

  constructor(
    private readonly p: SchedProject,
    private readonly format: 'mspdi' | 'xer',
  ) {}

  private at(path: readonly (string | number)[], pos: SourcePos | undefined) {
    if (pos) this.positions.set(path.join('\u0000'), pos);
  }

  private warn(message: string, path: PlanPath, pos?: SourcePos) {
    this.warnings.push(pos ? { message, path, pos } : { message, path });
  }

  map(): MappedProject {
    const p = this.p;
    for (const t of p.tasks) this.byUid.set(t.uid, t);
    for (const t of p.tasks) {
      if (t.parentUid) this.children.set(t.parentUid, [...(this.children.get(t.parentUid) ?? []), t]);
    }
    for (const c of p.calendars) this.calendarById.set(c.id, c);
    this.window = this.dateWindow();

    this.at([], p.pos);
    this.project();
    const people = this.people();
    this.schedule(people);
    if (this.rounded.length > 0) {
      const [first] = this.rounded;
      const more = this.rounded.length - 1;
      this.warn(
        `${first!.what}${more > 0 ? ` (and ${more} more value${more === 1 ? '' : 's'} rounded the same way)` : ''}: pmcheck schedules in whole working days`,
        first!.path,
        first!.pos,
      );
    }
    return {
      project: p,
      raw: this.raw,
      locator: new ScheduleLocator(this.raw, this.positions, p.pos),
      warnings: this.warnings,
    };
  }

  // ---- the project ----

  private project() {
    const p = this.p;
    const project: Record<string, unknown> = p.code ? { id: p.code } : {};
    project.name = p.name || p.code || 'Unnamed project';
    this.at(['project'], p.pos);
    this.at(['project', 'name'], p.fieldPos.name ?? p.pos);
    if (p.start) {
      project.start = datePart(p.start);
      this.at(['project', 'start'], p.fieldPos.start);
    }
    if (p.mustFinishBy) {
      const deadline = datePart(p.mustFinishBy);
      if (project.start && deadline < (project.start as string))
        this.warn(
          `the project must finish by ${deadline}, before it starts (${project.start as string}); the date is not used as its deadline`,
          ['project', 'deadline'],
          p.fieldPos.mustFinishBy,
        );
      else {
        project.deadline = deadline;
        this.at(['project', 'deadline'], p.fieldPos.mustFinishBy);
      }
    }
    const status = p.statusDate ?? p.dataDate;
    if (status) {
      project.status_date = datePart(status);
      this.at(['project', 'status_date'], p.statusDate ? p.fieldPos.statusDate : p.fieldPos.dataDate);
    }
    // MS Project's project calendar is its first base calendar (Standard) when the file names none.
    p.defaultCalendarId ??= p.calendars.find((c) => c.isBase && c.kind !== 'resource')?.id;
    const cal = p.defaultCalendarId ? this.calendarById.get(p.defaultCalendarId) : undefined;
    if (p.defaultCalendarId && !cal)
      this.warn(
        `the project calendar ${p.defaultCalendarId} is not in the file; Monday to Friday is used`,
        ['project', 'calendar'],
        p.fieldPos.calendar,
      );
    if (cal) {
      this.planCalendar.set(cal.id, 'standard');
      const fields = this.calendarFields(cal, ['project', 'calendar']);
      if (Object.keys(fields).length > 0) project.calendar = fields;
      this.at(['project', 'calendar'], cal.pos);
    }
    this.raw.project = project;
  }

  /** Dates between the year before the project's first date and two years after its last. */
  private dateWindow(): [number, number] {
    let first: string | undefined;
    let last: string | undefined;
    const see = (dt: string | undefined) => {
      if (!dt) return;
      const d = dt.slice(0, 10);
      if (!first || d < first) first = d;
      if (!last || d > last) last = d;
    };
    const p = this.p;
    for (const d of [p.start, p.finish, p.statusDate, p.dataDate, p.mustFinishBy]) see(d);
    for (const t of p.tasks) {
      for (const d of [t.start, t.finish, t.actualStart, t.actualFinish, t.baselineStart, t.baselineFinish, t.deadline])
        see(d);
    }
    if (!first || !last) return [toDayNumber('1990-01-01'), toDayNumber('2100-12-31')];
    return [toDayNumber(first) - 366, toDayNumber(last) + 731];
  }

  // ---- calendars ----

  /** A calendar's week and exception days, its base's first (the calendar's own win), cycle-safe. */
  private view(cal: SchedCalendar, seen = new Set<string>()): CalendarView {
    const cached = this.views.get(cal.id);
    if (cached) return cached;
    seen.add(cal.id);
    const base = cal.baseId && !seen.has(cal.baseId) ? this.calendarById.get(cal.baseId) : undefined;
    const inherited = base ? this.view(base, seen) : undefined;
    const weekdays = MON_TO_FRI.map((d, i) => cal.weekdays?.[i] ?? inherited?.weekdays[i] ?? d);
    const days = new Map(inherited?.days);
    const spend = (n: number) => {
      this.budget -= n;
      return this.budget >= 0;
    };
    for (const ww of cal.workWeeks ?? []) {
      const from = Math.max(toDayNumber(ww.from), this.window[0]);
      const to = Math.min(toDayNumber(ww.to), this.window[1]);
      if (to >= from && !spend(to - from + 1)) break;
      for (let d = from; d <= to; d++) {
        const w = ww.weekdays[weekdayOf(d)];
        if (w !== undefined) days.set(d, w);
      }
    }
    for (const x of cal.exceptions) this.exceptionDays(x, days, spend);
    const view: CalendarView = { weekdays, days };
    if (!weekdays.some(Boolean) && ![...days.values()].some(Boolean)) {
      this.warn(
        `calendar "${cal.name ?? cal.id}" has no working day; Monday to Friday is used`,
        ['calendars'],
        cal.pos,
      );
      view.weekdays = [...MON_TO_FRI];
    }
    this.views.set(cal.id, view);
    return view;
  }

  private exceptionDays(x: SchedCalendarException, days: Map<number, boolean>, spend: (n: number) => boolean) {
    const from = Math.max(toDayNumber(x.from), this.window[0]);
    const to = Math.min(toDayNumber(x.to), this.window[1]);
    if (to < from || !spend(to - from + 1)) return;
    for (let d = from; d <= to; d++) days.set(d, x.working);
  }

  /** working_days, holidays and working for a plan calendar, written only where they say something. */
  private calendarFields(cal: SchedCalendar, path: PlanPath, base?: CalendarView): Record<string, unknown> {
    const v = this.view(cal);
    const out: Record<string, unknown> = {};
    if (base || v.weekdays.some((w, i) => w !== MON_TO_FRI[i]))
      out.working_days = WEEKDAYS.filter((_, i) => v.weekdays[i]) as Weekday[];
    const holidays: string[] = [];
    const working: string[] = [];
    const dayWorks = (day: number) => v.weekdays[weekdayOf(day)]!;
    for (const [day, works] of [...v.days].sort((a, b) => a[0] - b[0])) {
      // A derived calendar lists only what differs from the project calendar it builds on.
      if (base && base.days.get(day) === works) continue;
      if (works && !dayWorks(day)) working.push(fromDayNumber(day));
      else if (!works && dayWorks(day)) holidays.push(fromDayNumber(day));
    }
    if (holidays.length > 0) out.holidays = holidays;
    if (working.length > 0) out.working = working;
    if (this.budget < 0 && !this.warnedBudget) {
      this.warnedBudget = true;
      this.warn(
        `calendar exceptions and work weeks cover more than ${EXPANSION_BUDGET.toLocaleString('en-GB')} days; the rest are not read`,
        path,
        cal.pos,
      );
    }
    return out;
  }
  private warnedBudget = false;

  /** The plan calendar a task's schedule calendar stands for, declaring it on first use. */
  private taskCalendar(t: SchedTask, path: PlanPath): string | undefined {
    const id = t.calendarId;
    if (!id) return undefined;
    const known = this.planCalendar.get(id);
    if (known) return known === 'standard' ? undefined : known;
    const cal = this.calendarById.get(id);
    if (!cal) {
      this.warn(
        `task "${t.name}": its calendar ${id} is not in the file; the project calendar is used`,
        [...path, 'calendar'],
        t.fieldPos.calendar ?? t.pos,
      );
      this.planCalendar.set(id, 'standard');
      return undefined;
    }
    const v = this.view(cal);
    if (v.weekdays.every(Boolean) && ![...v.days.values()].some((w) => !w)) {
      this.planCalendar.set(id, '7-day');
      return '7-day';
    }
    this.raw.calendars ??= [];
    const list = this.raw.calendars as Record<string, unknown>[];
    const taken = new Set(list.map((c) => c.id as string));
    let planId = slug(cal.name ?? '') ?? `calendar-${cal.id}`;
    if (planId === 'standard' || planId === '7-day' || taken.has(planId)) planId = `${planId}-${cal.id}`;
    const index = list.length;
    const projectCal = this.p.defaultCalendarId ? this.calendarById.get(this.p.defaultCalendarId) : undefined;
    const fromProject = projectCal !== undefined && cal.baseId === projectCal.id;
    const entry: Record<string, unknown> = { id: planId };
    if (cal.name) entry.name = cal.name;
    if (fromProject) entry.base = 'standard';
    Object.assign(
      entry,
      this.calendarFields(cal, ['calendars', index], fromProject ? this.view(projectCal) : undefined),
    );
    list.push(entry);
    this.at(['calendars'], this.p.sectionPos.calendars);
    this.at(['calendars', index], cal.pos);
    this.planCalendar.set(id, planId);
    return planId;
  }

  /** The working calendar a task's dates are judged on here (its own, else the project's). */
  private workingCalendar(t: SchedTask): WorkingCalendar {
    const cal = this.calendarById.get(t.calendarId ?? this.p.defaultCalendarId ?? '');
    const v = cal ? this.view(cal) : { weekdays: MON_TO_FRI, days: new Map<number, boolean>() };
    const extra: string[] = [];
    const off: string[] = [];
    for (const [day, works] of v.days) (works ? extra : off).push(fromDayNumber(day));
    return new WorkingCalendar({
      workingDays: WEEKDAYS.filter((_, i) => v.weekdays[i]),
      holidays: off,
      working: extra,
    });
  }

  // ---- people ----

  /** Work resources as people; the plan id of each resource by UID. */
  private people(): Map<string, string> {
    const ids = new Map<string, string>();
    const people: Record<string, unknown>[] = [];
    const taken = new Set<string>();
    for (const r of this.p.resources) {
      if (r.kind !== 'work' || r.name.trim() === '') continue;
      let id = slug(r.name) ?? `resource-${r.uid}`;
      if (taken.has(id)) id = `${id}-${r.uid}`;
      taken.add(id);
      ids.set(r.uid, id);
      this.at(['people', people.length], r.pos);
      people.push({ id, name: r.name });
    }
    if (people.length > 0) {
      this.raw.people = people;
      this.at(['people'], this.p.sectionPos.resources);
    }
    return ids;
  }

  // ---- tasks, milestones and links ----

  /** The tasks of the plan: not summaries, not placeholders for another project's tasks. */
  private isWork(t: SchedTask): boolean {
    return !t.summary && !t.external;
  }

  private schedule(people: Map<string, string>) {
    const p = this.p;
    const taken = new Set<string>();
    const work = p.tasks.filter((t) => this.isWork(t));
    // MSPDI UIDs are stable across edits; P6's activity ID is what people see, and stable too.
    for (const t of work) {
      const code = this.format === 'xer' ? t.code : undefined;
      let id = code && !taken.has(code) ? code : `T${t.uid}`;
      if (taken.has(id)) id = `T${t.uid}-${taken.size}`;
      taken.add(id);
      this.ids.set(t.uid, id);
      if (t.milestone) this.milestoneIds.add(id);
    }
    for (const t of p.tasks) {
      if (t.external) this.warn(`task "${t.name}" belongs to another project; it is not read`, ['tasks'], t.pos);
    }

    const preds = this.links();
    const assignments = new Map<string, { resource: string; units?: number; pos: SourcePos }[]>();
    for (const a of p.assignments) {
      assignments.set(a.taskUid, [
        ...(assignments.get(a.taskUid) ?? []),
        { resource: a.resourceUid, ...(a.units !== undefined ? { units: a.units } : {}), pos: a.pos },
      ]);
    }
    const resourceById = new Map(p.resources.map((r) => [r.uid, r]));

    const tasks: Record<string, unknown>[] = [];
    const milestones: Record<string, unknown>[] = [];
    for (const t of work) {
      const id = this.ids.get(t.uid)!;
      const isMilestone = t.milestone;
      const list = isMilestone ? milestones : tasks;
      const path: (string | number)[] = [isMilestone ? 'milestones' : 'tasks', list.length];
      const item: Record<string, unknown> = { id };
      this.at(path, t.pos);
      this.at([...path, 'id'], (this.format === 'xer' ? t.fieldPos.code : t.fieldPos.uid) ?? t.pos);
      if (t.name) {
        item.name = t.name;
        this.at([...path, 'name'], t.fieldPos.name);
      }
      if (isMilestone) this.milestone(t, item, path);
      else this.task(t, item, path);

      const deps = preds.get(t.uid) ?? [];
      if (deps.length > 0) {
        item.depends_on = deps.map((d, j) => {
          this.at([...path, 'depends_on', j], d.pos);
          return d.dep;
        });
        this.at([...path, 'depends_on'], deps[0]!.pos);
      }

      if (!isMilestone) {
        const assigned = assignments.get(t.uid) ?? [];
        const names = assigned
          .map((a) => resourceById.get(a.resource)?.name)
          .filter((n): n is string => n !== undefined && n !== '');
        if (names.length > 0) {
          item.resources = [...new Set(names)];
          this.at([...path, 'resources'], assigned[0]!.pos);
        }
        // One person may be assigned several times (at several rates): still one person.
        const workers = [
          ...new Map(assigned.filter((a) => people.has(a.resource)).map((a) => [a.resource, a])).values(),
        ];
        if (workers.length === 1) {
          const w = workers[0]!;
          item.owner = people.get(w.resource);
          this.at([...path, 'owner'], w.pos);
          if (w.units !== undefined && w.units > 0 && w.units < 1) {
            item.allocation = round2(w.units);
            this.at([...path, 'allocation'], w.pos);
          }
        }
      }
      const stored: Record<string, unknown> = {};
      if (t.storedTotalFloatDays !== undefined) {
        stored.total_float = round2(t.storedTotalFloatDays);
        this.at([...path, 'as_scheduled', 'total_float'], t.fieldPos.totalFloat);
      }
      if (t.storedCritical !== undefined) {
        stored.critical = t.storedCritical;
        this.at([...path, 'as_scheduled', 'critical'], t.fieldPos.critical);
      }
      if (Object.keys(stored).length > 0) {
        item.as_scheduled = stored;
        this.at([...path, 'as_scheduled'], t.fieldPos.totalFloat ?? t.fieldPos.critical);
      }
      list.push(item);
    }
    if (tasks.length > 0) this.raw.tasks = tasks;
    if (milestones.length > 0) this.raw.milestones = milestones;
    this.at(['tasks'], p.sectionPos.tasks);
    this.at(['milestones'], p.sectionPos.tasks);
  }

  private task(t: SchedTask, item: Record<string, unknown>, path: (string | number)[]) {
    if (t.wbsPath && t.wbsPath.length > 0) {
      item.phase = t.wbsPath.join(' / ');
      this.at([...path, 'phase'], t.fieldPos.wbs ?? t.pos);
    }
    const calendar = this.taskCalendar(t, path);
    const cal = this.workingCalendar(t);
    const start = t.start ? datePart(t.start) : undefined;
    let finish = t.finish ? workEnd(t.finish, t.start, cal) : undefined;
    if (start && finish && finish < start) finish = start;
    if (start) {
      item.start = start;
      this.at([...path, 'start'], t.fieldPos.start);
    }
    if (finish) {
      item.finish = finish;
      this.at([...path, 'finish'], t.fieldPos.finish);
    }
    // The tool placed it there on its own calendar: without saying so, a day off would read as 7-day work.
    const offDay = (start && !cal.isWorkingDay(start)) || (finish && !cal.isWorkingDay(finish));
    if (calendar) item.calendar = calendar;
    else if (offDay) item.calendar = 'standard';
    if (item.calendar) this.at([...path, 'calendar'], t.fieldPos.calendar ?? t.pos);
    // The duration the tool holds (P6's original duration, MS Project's total one) is kept beside
    // the dates: the passes place the work by its dates, the DCMA duration check reads this.
    const days = t.durationDays;
    if (days !== undefined) {
      item.duration = this.whole(
        days,
        `task "${t.name}": a duration of ${days} working days is read as`,
        [...path, 'duration'],
        t.fieldPos.duration,
      );
      this.at([...path, 'duration'], t.fieldPos.duration);
    } else if (!(start && finish)) {
      if (t.elapsedDurationDays !== undefined)
        this.warn(
          `task "${t.name}": an elapsed duration without dates cannot be scheduled in working days; it is not read`,
          [...path, 'duration'],
          t.fieldPos.duration,
        );
    }
    this.actuals(t, item, path, cal);
    if (t.percentComplete !== undefined && t.percentComplete > 0) {
      item.progress = Math.min(1, round2(t.percentComplete));
      this.at([...path, 'progress'], t.fieldPos.percentComplete);
    }
    if (t.baselineStart || t.baselineFinish) {
      const bs = t.baselineStart ? datePart(t.baselineStart) : undefined;
      const bf = t.baselineFinish ? workEnd(t.baselineFinish, t.baselineStart, cal) : undefined;
      if (bs) {
        item.baseline_start = bs;
        this.at([...path, 'baseline_start'], t.fieldPos.baselineStart);
      }
      if (bf) {
        item.baseline_finish = bs && bf < bs ? bs : bf;
        this.at([...path, 'baseline_finish'], t.fieldPos.baselineFinish);
      }
    }
    this.constraintAndDeadline(t, item, path);
    if (t.kind === 'level-of-effort' || t.kind === 'wbs-summary') {
      item.level_of_effort = true;
      this.at([...path, 'level_of_effort'], t.fieldPos.kind);
    }
    if (t.inactive) {
      item.status = 'dropped';
      this.at([...path, 'status'], t.fieldPos.active);
    }
  }

  private milestone(t: SchedTask, item: Record<string, unknown>, path: (string | number)[]) {
    const current =
      t.kind === 'start-milestone'
        ? t.start && datePart(t.start)
        : (t.finish && datePart(t.finish)) || (t.start && datePart(t.start));
    const currentPos = t.kind === 'start-milestone' ? t.fieldPos.start : (t.fieldPos.finish ?? t.fieldPos.start);
    const baseline = t.baselineFinish ?? t.baselineStart;
    if (baseline) {
      item.due = datePart(baseline);
      this.at([...path, 'due'], t.baselineFinish ? t.fieldPos.baselineFinish : t.fieldPos.baselineStart);
      if (current && current !== item.due) {
        item.forecast = current;
        this.at([...path, 'forecast'], currentPos);
      }
    } else if (current) {
      // Without a baseline the file says when it is expected, not when it was agreed: no `due`.
      item.forecast = current;
      this.at([...path, 'forecast'], currentPos);
    }
    const complete = t.actualFinish !== undefined || t.percentComplete === 1 || t.status === 'complete';
    const done = t.actualFinish ?? t.actualStart;
    if (complete && done) {
      item.done_on = datePart(done);
      this.at([...path, 'done_on'], t.actualFinish ? t.fieldPos.actualFinish : t.fieldPos.actualStart);
    }
    this.constraintAndDeadline(t, item, path);
  }

  private actuals(t: SchedTask, item: Record<string, unknown>, path: (string | number)[], cal: WorkingCalendar) {
    const as = t.actualStart ? datePart(t.actualStart) : undefined;
    let af = t.actualFinish ? workEnd(t.actualFinish, t.actualStart, cal) : undefined;
    if (as && af && af < as) af = as;
    if (as) {
      item.actual_start = as;
      this.at([...path, 'actual_start'], t.fieldPos.actualStart);
    }
    if (af) {
      item.actual_finish = af;
      this.at([...path, 'actual_finish'], t.fieldPos.actualFinish);
      if (t.percentComplete === undefined || t.percentComplete < 1) {
        // A finished task is done, whatever share its own percent type says (P6 physical %).
        item.progress = 1;
        this.at([...path, 'progress'], t.fieldPos.actualFinish);
      }
    }
  }

  private constraintAndDeadline(t: SchedTask, item: Record<string, unknown>, path: (string | number)[]) {
    const c = t.constraint;
    if (c && c.type !== 'ASAP') {
      const type = CONSTRAINTS[c.type];
      if (!type)
        this.warn(
          `task "${t.name}": constraint ${c.raw} is not one pmcheck knows; it is not read`,
          [...path, 'constraint'],
          t.fieldPos.constraint,
        );
      else {
        const constraint: Record<string, unknown> = { type };
        if (c.date) constraint.date = datePart(c.date);
        item.constraint = constraint;
        this.at([...path, 'constraint'], t.fieldPos.constraint);
        this.at([...path, 'constraint', 'type'], t.fieldPos.constraint);
        this.at([...path, 'constraint', 'date'], t.fieldPos.constraintDate ?? t.fieldPos.constraint);
      }
    }
    if (t.secondaryConstraint && t.secondaryConstraint.type !== 'ASAP')
      this.warn(
        `task "${t.name}": a plan holds one constraint; the secondary constraint ${t.secondaryConstraint.raw} is not read`,
        [...path, 'constraint'],
        t.fieldPos.secondaryConstraint,
      );
    if (t.deadline) {
      item.deadline = datePart(t.deadline);
      this.at([...path, 'deadline'], t.fieldPos.deadline);
    }
  }

  /** A whole number of working days, noting the first value that had to be rounded. */
  private whole(value: number, what: string, path: PlanPath, pos?: SourcePos, min = 0): number {
    const n = Math.max(min, Math.round(value));
    if (Math.abs(n - value) > 1e-6) this.rounded.push({ what: `${what} ${n}`, path, ...(pos ? { pos } : {}) });
    return n;
  }

  /** The tasks a link to or from a summary task stands for: the work below it. */
  private leaves(uid: string, seen = new Set<string>()): SchedTask[] {
    const t = this.byUid.get(uid);
    if (!t || seen.has(uid)) return [];
    seen.add(uid);
    if (!t.summary) return this.isWork(t) ? [t] : [];
    return (this.children.get(uid) ?? []).flatMap((c) => this.leaves(c.uid, seen));
  }

  /** Each task's dependencies, as depends_on entries with the link's position, by successor UID. */
  private links(): Map<string, { dep: string | Record<string, unknown>; pos: SourcePos }[]> {
    const out = new Map<string, { dep: string | Record<string, unknown>; pos: SourcePos }[]>();
    const seen = new Set<string>();
    for (const l of this.p.links) {
      const pred = this.byUid.get(l.predUid);
      const succ = this.byUid.get(l.succUid);
      if (!succ) continue;
      if (l.external || !pred || pred.external || succ.external) {
        const where = this.ids.get(l.succUid);
        this.warn(
          `the link from task ${l.predUid}${pred ? ` "${pred.name}"` : ''} is to a task outside this project; it is not read`,
          where ? this.pathOf(where) : ['tasks'],
          l.pos,
        );
        continue;
      }
      const froms = this.leaves(pred.uid);
      const tos = this.leaves(succ.uid);
      if (pred.summary || succ.summary) {
        const which =
          pred.summary && succ.summary
            ? 'between summary tasks'
            : pred.summary
              ? 'from a summary task'
              : 'to a summary task';
        this.warn(
          `the ${l.type} link ${which} ("${pred.name}" → "${succ.name}") is read as ${froms.length * tos.length} link${froms.length * tos.length === 1 ? '' : 's'} between the tasks below: a summary is a phase in a plan, not work`,
          tos[0] ? this.pathOf(this.ids.get(tos[0].uid)!) : ['tasks'],
          l.pos,
        );
      }
      for (const from of froms) {
        for (const to of tos) {
          if (from.uid === to.uid) continue;
          const key = `${from.uid}\u0000${to.uid}\u0000${l.type}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const dep = this.dependency(l, from, to);
          out.set(to.uid, [...(out.get(to.uid) ?? []), { dep, pos: l.pos }]);
        }
      }
    }
    return out;
  }

  /** A depends_on entry: the id alone for finish-to-start without a lag, as a plan writes it. */
  private dependency(l: SchedLink, from: SchedTask, to: SchedTask): string | Record<string, unknown> {
    const dep: Record<string, unknown> = { id: this.ids.get(from.uid)! };
    if (l.type !== 'FS') dep.type = l.type;
    const path = this.pathOf(this.ids.get(to.uid)!);
    const { value, unit } = l.lag;
    if (value !== 0) {
      const what =
        unit === 'percent'
          ? `a lag of ${value}% (${l.lag.raw}) from "${from.name}" is read as`
          : `a lag of ${value} ${unit === 'elapsed-days' ? 'elapsed' : 'working'} days (${l.lag.raw}) from "${from.name}" is read as`;
      const lag = this.whole(value, what, [...path, 'depends_on'], l.pos, Number.NEGATIVE_INFINITY);
      if (lag !== 0) {
        dep.lag = lag;
        if (unit !== 'working-days') dep.lag_unit = unit;
      }
    }
    return Object.keys(dep).length === 1 ? (dep.id as string) : dep;
  }

  private pathOf(id: string): PlanPath {
    return [this.milestoneIds.has(id) ? 'milestones' : 'tasks', { id }];
  }
}

/**
 * Plan paths → positions in the schedule file. Positions are recorded by list index as the data
 * is built; a path naming items by id is turned back into indexes by looking the ids up. A
 * path that does not exist in full points at its closest recorded ancestor.
 */
export class ScheduleLocator implements Locator {
  private readonly indexById = new WeakMap<readonly unknown[], Map<string, number>>();

  constructor(
    private readonly raw: unknown,
    private readonly positions: ReadonlyMap<string, SourcePos>,
    private readonly root: SourcePos,
    readonly file = '',
  ) {}

  /** The same locator naming spans in `file`. */
  inFile(file: string): ScheduleLocator {
    return new ScheduleLocator(this.raw, this.positions, this.root, file);
  }

  locate(path: PlanPath): Span {
    return this.span(this.resolve(path).pos);
  }

  /** The recorded position closest to `path`, and how many of its segments that position covers. */
  resolve(path: PlanPath): { pos: SourcePos; depth: number } {
    const keys: (string | number)[] = [];
    let node: unknown = this.raw;
    for (const seg of path) {
      let key: string | number | undefined;
      if (isIdSegment(seg)) {
        key = Array.isArray(node) ? this.indexOf(node, seg.id) : undefined;
      } else key = seg;
      if (key === undefined) break;
      keys.push(key);
      node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    }
    for (let n = keys.length; n >= 0; n--) {
      const pos = this.positions.get(keys.slice(0, n).join('\u0000'));
      if (pos) return { pos, depth: n };
    }
    return { pos: this.root, depth: 0 };
  }

  private span(pos: SourcePos): Span {
    return { file: this.file, line: pos.line, column: pos.column, endLine: pos.line, endColumn: pos.column };
  }

  private indexOf(list: readonly unknown[], id: string): number | undefined {
    let index = this.indexById.get(list);
    if (!index) {
      index = new Map();
      list.forEach((item, i) => {
        // A dependency written as the bare id is named by it too.
        const v =
          typeof item === 'string'
            ? item
            : item !== null && typeof item === 'object'
              ? (item as { id?: unknown }).id
              : undefined;
        if (typeof v === 'string' && !index!.has(v)) index!.set(v, i);
      });
      this.indexById.set(list, index);
    }
    return index.get(id);
  }
}
