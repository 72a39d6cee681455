/**
 * The plan's working calendars: the project calendar, the built-in 7-day, and the named ones in
 * `calendars`, with public holidays merged in. The holidays themselves come from a HolidaySource
 * that the run tier hands in (it owns the library that knows them); nothing here loads it.
 */
import { type CalendarSpec, type Holiday, WEEKDAYS, WorkingCalendar } from '../calendar.js';
import type { PlanPath } from '../path.js';
import { type CalendarDef, type Plan, type ProjectCalendar, PUBLIC_HOLIDAY_NAMES } from '../schema.js';

/** Public and bank holidays of a region (an ISO code such as GB-SCT), for the years given. */
export type HolidaySource = (region: string, fromYear: number, toYear: number) => { date: string; name: string }[];

/** `england-and-wales` → GB-ENG; a code as written → upper case (gb-sct → GB-SCT). */
export function regionCode(value: string): string {
  return PUBLIC_HOLIDAY_NAMES[value] ?? value.toUpperCase();
}

/** What a region calls its public holidays, in messages. */
export function holidayNoun(code: string): string {
  return /^(GB|IE)(-|$)/.test(code) ? 'bank holiday' : 'public holiday';
}

/** Every `public_holidays` the plan names, with where it is written: the run tier checks them. */
export function publicHolidayRegions(plan: Plan): { region: string; path: PlanPath }[] {
  const out: { region: string; path: PlanPath }[] = [];
  const own = plan.project.calendar?.public_holidays;
  if (own) out.push({ region: own, path: ['project', 'calendar', 'public_holidays'] });
  plan.calendars?.forEach((c, i) => {
    if (c.public_holidays) out.push({ region: c.public_holidays, path: ['calendars', i, 'public_holidays'] });
  });
  return out;
}

/**
 * The years whose public holidays the plan needs: from the year before its first date to two
 * years after its last, plus a year for every 250 working days of work that has only a duration,
 * which the forward pass may push later. Past that, public holidays are not known.
 */
export function holidayYears(plan: Plan, asOf: string): [from: number, to: number] {
  let first = asOf;
  let last = asOf;
  const see = (d: string | null | undefined) => {
    if (!d) return;
    if (d < first) first = d;
    if (d > last) last = d;
  };
  const p = plan.project;
  see(p.start);
  see(p.deadline);
  see(p.status_date);
  let undated = 0;
  for (const t of plan.tasks ?? []) {
    see(t.start);
    see(t.finish);
    see(t.actual_start);
    see(t.actual_finish);
    if (!t.finish && t.duration) undated += t.duration;
  }
  for (const m of plan.milestones ?? []) {
    see(m.due);
    see(m.forecast);
    see(m.done_on);
  }
  for (const v of plan.vendors ?? []) for (const d of v.deliveries ?? []) see(d.due);
  const year = (d: string) => Number(d.slice(0, 4));
  return [year(first) - 1, year(last) + 2 + Math.ceil(undated / 250)];
}

export interface PlanCalendars {
  /** The project calendar (`standard`): every item without a calendar of its own. */
  project: WorkingCalendar;
  /** Every day of the week, holidays included. */
  sevenDay: WorkingCalendar;
  /** Calendars by the id tasks use: standard, 7-day and the plan's own. */
  byId: Map<string, WorkingCalendar>;
}

/**
 * Builds the plan's calendars. `holidays` is required when the plan names public holidays:
 * the core is given it by the run tier, which has already checked that each region exists.
 */
export function buildCalendars(plan: Plan, asOf: string, holidays?: HolidaySource): PlanCalendars {
  let years: [number, number] | undefined;
  const publicHolidays = new Map<string, Holiday[]>();
  const publicOf = (value: string): Holiday[] => {
    const code = regionCode(value);
    let list = publicHolidays.get(code);
    if (!list) {
      if (!holidays) throw new Error(`the plan names public holidays (${value}) but no holiday source was given`);
      const noun = holidayNoun(code);
      years ??= holidayYears(plan, asOf);
      list = holidays(code, years[0], years[1]).map((h) => ({ date: h.date, name: h.name, noun }));
      publicHolidays.set(code, list);
    }
    return list;
  };
  const specOf = (c: ProjectCalendar | CalendarDef | null | undefined, base?: CalendarSpec): CalendarSpec => ({
    workingDays: c?.working_days ?? base?.workingDays,
    holidays: [
      ...(base?.holidays ?? []),
      ...(c?.holidays ?? []),
      ...(c?.public_holidays ? publicOf(c.public_holidays) : []),
    ],
    working: [...(base?.working ?? []), ...(c?.working ?? [])],
  });

  const projectSpec = specOf(plan.project.calendar);
  const project = new WorkingCalendar(projectSpec);
  const sevenDay = new WorkingCalendar({ workingDays: WEEKDAYS });
  const byId = new Map<string, WorkingCalendar>([
    ['standard', project],
    ['7-day', sevenDay],
  ]);
  for (const c of plan.calendars ?? []) {
    byId.set(c.id, new WorkingCalendar(specOf(c, c.base === 'standard' ? projectSpec : undefined)));
  }
  return { project, sevenDay, byId };
}
