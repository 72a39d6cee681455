/**
 * MS Project and P6 files as pmcheck plans: the mapping pinned against the sample exports in
 * test/fixtures/schedules (see SOURCES.md) and small files written here for what the samples
 * do not hold (summary links, rounded and elapsed lags, task calendars, several projects),
 * with every position checked against the file's own text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LoadedPlan } from '../../src/plan/loaded.js';
import type { PlanPath } from '../../src/plan/path.js';
import { readPlans } from '../../src/readers/index.js';

const dir = new URL('../fixtures/schedules/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), name.endsWith('.xml') ? 'utf8' : 'latin1');
const load = (name: string): LoadedPlan => {
  const plans = readPlans(new Uint8Array(readFileSync(new URL(name, dir))), name);
  expect(plans).toHaveLength(1);
  return plans[0]!;
};
const loadText = (body: string, file: string) => readPlans(Buffer.from(body, 'utf8'), file);
/** Line and column of a string offset. */
function posAt(body: string, at: number): { line: number; column: number } {
  const before = body.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
/** Line and column of the n-th (0-based) occurrence of `needle` in `body`, from `from`. */
function posOf(body: string, needle: string, nth = 0, from = 0): { line: number; column: number } {
  let at = from - 1;
  for (let i = 0; i <= nth; i++) {
    at = body.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not in the text`);
  }
  return posAt(body, at);
}
const where = (lp: LoadedPlan, path: PlanPath) => {
  const s = lp.locator.locate(path);
  return { line: s.line, column: s.column };
};
const deps = (lp: LoadedPlan) =>
  (lp.plan.tasks ?? []).flatMap((t) =>
    (t.depends_on ?? []).map((d) => `${d.id} ${d.type}${d.lag ? `${d.lag > 0 ? '+' : ''}${d.lag}` : ''} ${t.id}`),
  );

/** An MSPDI document around the given body. */
const mspdi = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="http://schemas.microsoft.com/project">\n<MinutesPerDay>480</MinutesPerDay>\n${body}\n</Project>\n`;
/** XER text from rows of cells. */
const xer = (rows: (string | number)[][]) => `${rows.map((r) => r.join('\t')).join('\n')}\n`;

describe('mpxj-legacy-sample.xml as a plan', () => {
  const lp = load('mpxj-legacy-sample.xml');
  const body = text('mpxj-legacy-sample.xml');

  it('is an MS Project plan that records no governance', () => {
    expect(lp.format).toBe('mspdi');
    expect(lp.unrecorded?.source).toBe('an MS Project file');
    expect(lp.unrecorded?.sections).toEqual(
      expect.arrayContaining(['project.manager', 'project.sponsor', 'scope', 'risks', 'project.deadline']),
    );
    expect(lp.diagnostics).toEqual([]);
  });

  it('maps 19 task elements to 15 tasks and 1 milestone: the 3 summaries are phases', () => {
    expect(lp.plan.tasks).toHaveLength(15);
    // No baseline in the file: the milestone's date is a forecast, not an agreed due date.
    expect(lp.plan.milestones?.map((m) => [m.id, m.name, m.due, m.forecast])).toEqual([
      ['T3', 'Third task', undefined, '2003-01-07'],
    ]);
    expect(lp.plan.tasks!.map((t) => t.phase)).toEqual([
      'First Task',
      'Recurring Task',
      'Recurring Task',
      ...Array(12).fill('Task Relationships'),
    ]);
  });

  it('maps the 6 links with their types and lags in working days: FS, FS+1, FS-1, SS, FF, SF', () => {
    expect(deps(lp)).toEqual(['T9 FS T10', 'T11 FS+1 T12', 'T13 FS-1 T14', 'T15 SS T16', 'T17 FF T18', 'T20 SF T21']);
  });

  it('keeps dates, the 4 start-no-earlier-than constraints, stored float and the resources', () => {
    const t = (id: string) => lp.plan.tasks!.find((x) => x.id === id)!;
    // Second Task: 2003-01-07 08:00 to 2003-03-18 08:00 — work that fills 2003-03-18 ends at 17:00,
    // so a finish at 08:00 that morning is kept as written: the tool placed it there.
    expect(t('T2')).toMatchObject({
      start: '2003-01-07',
      finish: '2003-03-18',
      resources: ['First Resource', 'Second Resource'],
      as_scheduled: { total_float: 0, critical: true },
    });
    // Two work resources: no single accountable owner.
    expect(t('T2').owner).toBeUndefined();
    expect(
      lp.plan.tasks!.filter((x) => x.constraint).map((x) => [x.id, x.constraint!.type, x.constraint!.date]),
    ).toEqual([
      ['T7', 'start-no-earlier-than', '2003-02-01'],
      ['T8', 'start-no-earlier-than', '2003-03-01'],
      ['T20', 'start-no-earlier-than', '2003-01-08'],
      ['T21', 'start-no-earlier-than', '2003-01-06'],
    ]);
    expect(lp.plan.people).toEqual([
      { id: 'first-resource', name: 'First Resource' },
      { id: 'second-resource', name: 'Second Resource' },
    ]);
  });

  it('points at the elements on the one long line of the file', () => {
    const at12 = body.indexOf('<Task><UID>12</UID>');
    const task12 = posAt(body, at12);
    expect(task12.line).toBe(2);
    expect(where(lp, ['tasks', { id: 'T12' }])).toEqual(task12);
    expect(where(lp, ['tasks', { id: 'T12' }, 'start'])).toEqual(posOf(body, '<Start>', 0, at12));
    // The FS+1 link is the PredecessorLink inside task 12.
    expect(where(lp, ['tasks', { id: 'T12' }, 'depends_on', 0])).toEqual(posOf(body, '<PredecessorLink>', 0, at12));
    expect(where(lp, ['tasks'])).toEqual(posOf(body, '<Tasks>'));
    // A path that goes deeper than anything recorded points at its closest ancestor.
    expect(where(lp, ['tasks', { id: 'T12' }, 'owner'])).toEqual(task12);
  });
});

describe('mpxj-task-links-project2019-mspdi.xml as a plan', () => {
  const lp = load('mpxj-task-links-project2019-mspdi.xml');
  const body = text('mpxj-task-links-project2019-mspdi.xml');

  it('maps 16 tasks and 8 links, with lags from tenths of a minute to working days (4800 = 1 day)', () => {
    expect(lp.plan.tasks).toHaveLength(16);
    expect(deps(lp)).toEqual([
      'T1 FS T2',
      'T3 FS+1 T4',
      'T5 FS+2 T6',
      // LagFormat 9 (weeks) is only how MS Project shows the lag: 24000 tenths = 5 days.
      'T7 FS+5 T8',
      'T9 FS+10 T10',
      'T11 SF+2 T12',
      'T13 SS+2 T14',
      'T15 FF+2 T16',
    ]);
  });

  it('points every link at its PredecessorLink element (line and column)', () => {
    expect(where(lp, ['tasks', { id: 'T2' }, 'depends_on', 0])).toEqual({ line: 439, column: 4 });
    expect(where(lp, ['tasks', { id: 'T4' }, 'depends_on', { id: 'T3' }])).toEqual(posOf(body, '<PredecessorLink>', 1));
    expect(where(lp, ['tasks'])).toEqual({ line: 196, column: 2 });
  });
});

describe('P6 samples as plans', () => {
  it('PredecessorCalendar.xer: the project calendar with its 14 holidays, the data date, actuals and a constraint', () => {
    const lp = load('mpxj-PredecessorCalendar.xer');
    expect(lp.format).toBe('xer');
    expect(lp.unrecorded?.source).toBe('a P6 export');
    expect(lp.unrecorded?.sections).not.toContain('project.deadline');
    expect(lp.plan.project).toMatchObject({ id: 'TEST PROJECT', start: '2019-05-06', status_date: '2019-10-02' });
    expect(lp.plan.project.calendar?.working_days).toBeUndefined(); // Monday to Friday, the default
    expect(lp.plan.project.calendar?.holidays).toEqual([
      '2019-07-04',
      '2019-07-05',
      '2019-09-02',
      '2019-11-28',
      '2019-11-29',
      '2019-12-24',
      '2019-12-25',
      '2020-01-01',
      '2020-05-25',
      '2020-07-03',
      '2020-09-07',
      '2020-11-26',
      '2020-12-24',
      '2020-12-25',
    ]);
    expect(lp.plan.tasks).toEqual([
      expect.objectContaining({
        id: 'A1000',
        start: '2019-06-10',
        finish: '2019-06-12',
        actual_start: '2019-06-10',
        actual_finish: '2019-06-12',
        progress: 1,
        constraint: { type: 'start-no-earlier-than', date: '2019-06-10' },
      }),
    ]);
    // The activity's %R row, and its task_code column for the id.
    const body = text('mpxj-PredecessorCalendar.xer');
    expect(where(lp, ['tasks', { id: 'A1000' }])).toEqual({ line: 41, column: 1 });
    expect(where(lp, ['tasks', { id: 'A1000' }, 'id'])).toEqual(posOf(body, 'A1000'));
    expect(where(lp, ['tasks'])).toEqual({ line: 39, column: 1 });
  });

  it('percent-complete-8.4.xer: progress by each activity type, actual starts, no false finishes', () => {
    const lp = load('mpxj-percent-complete-8.4.xer');
    expect(lp.plan.tasks!.map((t) => [t.id, t.progress ?? 0, t.actual_start ?? null])).toEqual([
      ['A1000', 0, null],
      ['A1010', 0.25, '2015-02-24'],
      ['A1020', 0.75, '2015-02-24'],
      ['A1030', 1, '2015-02-24'],
      ['A1040', 0, null],
      ['A1050', 0.25, '2015-02-24'],
      ['A1060', 0.75, '2015-02-24'],
      ['A1070', 1, '2015-02-24'],
      ['A1080', 0, null],
      ['A1090', 0.25, '2015-02-24'],
      ['A1100', 0.75, '2015-02-24'],
      ['A1110', 1, '2015-02-24'],
    ]);
    expect(lp.plan.tasks!.some((t) => t.actual_finish)).toBe(false);
  });

  it('invalid-calendar-8.4.xer: the damaged calendar is a format warning at the damage, not a crash', () => {
    const lp = load('mpxj-invalid-calendar-8.4.xer');
    expect(lp.diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([['format', 'warning', 33, 87]]);
    expect(lp.plan.tasks).toHaveLength(12);
  });

  it('resource-rates-test.xer (CRLF): the labour resource is the owner and a person', () => {
    const lp = load('mpxj-resource-rates-test.xer');
    expect(lp.plan.people).toEqual([{ id: 'resource-1', name: 'Resource 1' }]);
    expect(lp.plan.tasks).toEqual([
      expect.objectContaining({ id: 'A1000', owner: 'resource-1', resources: ['Resource 1'] }),
    ]);
  });
});

describe('what the samples do not hold, from files written here', () => {
  const calendars = `<CalendarUID>1</CalendarUID>
<StatusDate>2026-02-02T17:00:00</StatusDate>
<Calendars>
 <Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>
  <WeekDays>
   <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
   <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
  </WeekDays>
  <Exceptions>
   <Exception><TimePeriod><FromDate>2026-04-03T00:00:00</FromDate><ToDate>2026-04-06T23:59:00</ToDate></TimePeriod><Name>Easter</Name><Type>1</Type><DayWorking>0</DayWorking></Exception>
   <Exception><TimePeriod><FromDate>2026-03-07T00:00:00</FromDate><ToDate>2026-03-07T23:59:00</ToDate></TimePeriod><Name>Stocktake</Name><Type>1</Type><DayWorking>1</DayWorking></Exception>
  </Exceptions>
  <WorkWeeks><WorkWeek><TimePeriod><FromDate>2026-07-01T00:00:00</FromDate><ToDate>2026-07-14T23:59:00</ToDate></TimePeriod><Name>Summer</Name>
   <WeekDays><WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></WorkWeek></WorkWeeks>
 </Calendar>
 <Calendar><UID>2</UID><Name>Night Shift</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>
  <WeekDays><WeekDay><DayType>7</DayType><DayWorking>1</DayWorking></WeekDay></WeekDays>
  <Exceptions><Exception><TimePeriod><FromDate>2026-03-02T00:00:00</FromDate><ToDate>2026-03-02T23:59:00</ToDate></TimePeriod><Type>1</Type><DayWorking>0</DayWorking></Exception></Exceptions>
 </Calendar>
 <Calendar><UID>3</UID><Name>24 Hours</Name><IsBaseCalendar>1</IsBaseCalendar>
  <WeekDays>${[1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking></WeekDay>`).join('')}</WeekDays>
 </Calendar>
</Calendars>`;
  const body = mspdi(`${calendars}
<Tasks>
 <Task><UID>0</UID><Name>Office move</Name><OutlineLevel>0</OutlineLevel></Task>
 <Task><UID>1</UID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary><Start>2026-03-02T08:00:00</Start><Finish>2026-03-06T17:00:00</Finish></Task>
 <Task><UID>2</UID><Name>Racks</Name><OutlineLevel>2</OutlineLevel><Start>2026-03-02T08:00:00</Start><Finish>2026-03-03T17:00:00</Finish><CalendarUID>2</CalendarUID>
  <Baseline><Number>0</Number><Start>2026-02-23T08:00:00</Start><Finish>2026-02-24T17:00:00</Finish></Baseline>
  <Baseline><Number>1</Number><Start>2026-02-16T08:00:00</Start><Finish>2026-02-17T17:00:00</Finish></Baseline></Task>
 <Task><UID>3</UID><Name>Cabling</Name><OutlineLevel>2</OutlineLevel><Start>2026-03-04T08:00:00</Start><Finish>2026-03-06T17:00:00</Finish><Deadline>2026-03-05T17:00:00</Deadline>
  <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type><LinkLag>2400</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
 <Task><UID>4</UID><Name>Burn-in</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-09T08:00:00</Start><Finish>2026-03-11T00:00:00</Finish><CalendarUID>3</CalendarUID>
  <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>28800</LinkLag><LagFormat>8</LagFormat></PredecessorLink></Task>
 <Task><UID>5</UID><Name>Go live</Name><OutlineLevel>1</OutlineLevel><Milestone>1</Milestone><Start>2026-03-12T17:00:00</Start><Finish>2026-03-12T17:00:00</Finish>
  <Baseline><Number>0</Number><Start>2026-03-06T17:00:00</Start><Finish>2026-03-06T17:00:00</Finish></Baseline>
  <PredecessorLink><PredecessorUID>4</PredecessorUID><Type>1</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat></PredecessorLink>
  <PredecessorLink><PredecessorUID>77</PredecessorUID><Type>1</Type><CrossProject>1</CrossProject></PredecessorLink></Task>
</Tasks>`);
  const [lp] = loadText(body, 'move.xml');

  it('maps the project calendar: its week, holidays, extra working days and work weeks', () => {
    expect(lp!.plan.project.status_date).toBe('2026-02-02');
    expect(lp!.plan.project.calendar).toEqual({
      // Easter (Fri 3 – Mon 6 April) on working days only; the Summer work week takes Fridays 3 and 10 July off.
      holidays: ['2026-04-03', '2026-04-06', '2026-07-03', '2026-07-10'],
      working: ['2026-03-07'],
    });
  });

  it('declares the calendars tasks use: a derived one on the project calendar, and 24 hours as 7-day', () => {
    expect(lp!.plan.calendars).toEqual([
      {
        id: 'night-shift',
        name: 'Night Shift',
        base: 'standard',
        working_days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
        holidays: ['2026-03-02'],
      },
    ]);
    const t = (id: string) => lp!.plan.tasks!.find((x) => x.id === id)!;
    expect(t('T2').calendar).toBe('night-shift');
    expect(t('T4').calendar).toBe('7-day');
    // A 24-hour task ending at midnight ends on the day before.
    expect(t('T4').finish).toBe('2026-03-10');
  });

  it('keeps baseline 0 and the deadline; the summary Build is a phase', () => {
    const t = (id: string) => lp!.plan.tasks!.find((x) => x.id === id)!;
    expect(t('T2')).toMatchObject({ phase: 'Build', baseline_start: '2026-02-23', baseline_finish: '2026-02-24' });
    expect(t('T3')).toMatchObject({ phase: 'Build', deadline: '2026-03-05' });
    expect(lp!.plan.milestones).toEqual([
      expect.objectContaining({ id: 'T5', due: '2026-03-06', forecast: '2026-03-12' }),
    ]);
  });

  it('maps lags honestly: a half day is rounded, elapsed and percent lags keep their unit, summary links reach the tasks below', () => {
    expect(lp!.plan.tasks!.find((t) => t.id === 'T3')!.depends_on).toEqual([{ id: 'T2', type: 'FS', lag: 1 }]);
    // Burn-in follows the summary Build: it follows both of Build's tasks, 2 elapsed days after.
    expect(lp!.plan.tasks!.find((t) => t.id === 'T4')!.depends_on).toEqual([
      { id: 'T2', type: 'FS', lag: 2, lag_unit: 'elapsed-days' },
      { id: 'T3', type: 'FS', lag: 2, lag_unit: 'elapsed-days' },
    ]);
    expect(lp!.plan.milestones![0]!.depends_on).toEqual([{ id: 'T4', type: 'FS', lag: 50, lag_unit: 'percent' }]);
  });

  it('says where it approximated and what it left out, at the element', () => {
    expect(lp!.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      `${posOf(body, '<PredecessorLink><PredecessorUID>2').line}:3 format a lag of 0.5 working days (LinkLag=2400 LagFormat=7) from "Racks" is read as 1: pmcheck schedules in whole working days`,
      `${posOf(body, '<PredecessorLink><PredecessorUID>1').line}:3 format the FS link from a summary task ("Build" → "Burn-in") is read as 2 links between the tasks below: a summary is a phase in a plan, not work`,
      `${posOf(body, '<PredecessorLink><PredecessorUID>77').line}:3 format the link from task 77 is to a task outside this project; it is not read`,
    ]);
  });
});

describe('a P6 export with two projects', () => {
  const body = xer([
    ['ERMHDR', '19.12', '2026-02-02', 'Project', 'admin', 'Admin', 'dbxDatabaseNoName', 'Project Management', 'GBP'],
    ['%T', 'PROJECT'],
    ['%F', 'proj_id', 'proj_short_name', 'clndr_id', 'last_recalc_date', 'plan_start_date', 'plan_end_date'],
    ['%R', 10, 'ALPHA', 1, '2026-02-02 00:00', '2026-01-05 00:00', '2026-06-30 00:00'],
    ['%R', 20, 'BETA', 1, '2026-02-09 00:00', '2026-01-12 00:00', ''],
    ['%T', 'CALENDAR'],
    ['%F', 'clndr_id', 'clndr_name', 'base_clndr_id', 'clndr_type', 'day_hr_cnt', 'clndr_data'],
    ['%R', 1, 'Standard', '', 'CA_Base', 8, ''],
    ['%T', 'TASK'],
    [
      '%F',
      'task_id',
      'proj_id',
      'clndr_id',
      'task_type',
      'status_code',
      'task_code',
      'task_name',
      'target_drtn_hr_cnt',
      'target_start_date',
      'target_end_date',
    ],
    ['%R', 1, 10, 1, 'TT_Task', 'TK_NotStart', 'A100', 'Design', 40, '2026-03-02 08:00', '2026-03-06 16:00'],
    ['%R', 2, 10, 1, 'TT_LOE', 'TK_NotStart', 'A110', 'Project management', 80, '2026-03-02 08:00', '2026-03-13 16:00'],
    ['%R', 3, 20, 1, 'TT_Task', 'TK_NotStart', 'B100', 'Roll out', 12, '2026-03-02 08:00', '2026-03-03 12:00'],
    ['%R', 4, 20, 1, 'TT_FinMile', 'TK_NotStart', 'B110', 'Live', 0, '2026-03-03 12:00', '2026-03-03 12:00'],
    ['%T', 'TASKPRED'],
    ['%F', 'task_pred_id', 'task_id', 'pred_task_id', 'proj_id', 'pred_type', 'lag_hr_cnt'],
    ['%R', 1, 4, 3, 20, 'PR_FS', 0],
    ['%E'],
  ]);
  const plans = loadText(body, 'two.xer');

  it('is one plan per project, named file#project, each with its own tasks', () => {
    expect(plans.map((p) => [p.name, p.file, p.plan.project.id, p.plan.project.status_date])).toEqual([
      ['two.xer#ALPHA', 'two.xer', 'ALPHA', '2026-02-02'],
      ['two.xer#BETA', 'two.xer', 'BETA', '2026-02-09'],
    ]);
    expect(plans[0]!.plan.project.deadline).toBe('2026-06-30');
    expect(plans[0]!.plan.tasks!.map((t) => [t.id, t.level_of_effort ?? false])).toEqual([
      ['A100', false],
      ['A110', true],
    ]);
    expect(plans[1]!.plan.milestones).toEqual([
      expect.objectContaining({ id: 'B110', forecast: '2026-03-03', depends_on: [{ id: 'B100', type: 'FS', lag: 0 }] }),
    ]);
    // Each project's rows point at their own %R lines.
    expect(where(plans[1]!, ['milestones', { id: 'B110' }])).toEqual({ line: 14, column: 1 });
    expect(where(plans[1]!, ['milestones', { id: 'B110' }, 'depends_on', 0])).toEqual({ line: 17, column: 1 });
  });
});
