/**
 * The XER reader against real P6 exports and two hand-written files (test/fixtures/schedules,
 * see SOURCES.md), plus small XER texts built here for several projects, Windows-1252 bytes,
 * relationship lag calendars and the refusals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeXer, detectSchedule, readSchedule, readXer } from '../../src/readers/schedule/index.js';
import type { SchedProject, SchedTask } from '../../src/readers/schedule/model.js';
import { generateXer } from '../../src/tools/generate-schedule.js';

const dir = new URL('../fixtures/schedules/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const read = (name: string) => readXer(bytes(name), name);
const only = (name: string): SchedProject => {
  const r = read(name);
  expect(r.format).toBe('xer');
  expect(r.projects).toHaveLength(1);
  return r.projects[0]!;
};
const task = (p: SchedProject, uid: string): SchedTask => {
  const t = p.tasks.find((x) => x.uid === uid);
  if (!t) throw new Error(`no activity ${uid}`);
  return t;
};
/** XER text from rows of cells: tabs between cells, the given line ending after each line. */
const xer = (rows: (string | number)[][], eol = '\n') => rows.map((r) => r.join('\t')).join(eol) + eol;

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('mpxj-percent-complete-8.4.xer', () => {
  const r = read('mpxj-percent-complete-8.4.xer');
  const p = r.projects[0]!;

  it('reads the project: name from its WBS node, data date from last_recalc_date, the tool from ERMHDR', () => {
    expect(r.tool).toBe('P6 8.4');
    expect(r.warnings).toEqual([]);
    expect(p).toMatchObject({
      id: '4507',
      code: 'EC00640',
      name: 'Percent Complete Test',
      dataDate: '2015-02-24T00:00:00',
      defaultCalendarId: '178',
      hoursPerDay: 8,
    });
    expect(p.statusDate).toBeUndefined();
  });

  it('computes percent complete by each activity type, as P6 does', () => {
    expect(p.tasks.map((t) => [t.name, t.percentCompleteType, t.percentComplete])).toEqual([
      ['Duration 0%', 'duration', 0],
      ['Duration 25%', 'duration', 0.25],
      ['Duration 75%', 'duration', 0.75],
      ['Duration 100%', 'duration', 1],
      ['Physical 0%', 'physical', 0],
      ['Physical 25%', 'physical', 0.25],
      ['Physical 75%', 'physical', 0.75],
      ['Physical 100%', 'physical', 1],
      ['Units 0%', 'units', 0],
      ['Units 25%', 'units', 0.25],
      ['Units 75%', 'units', 0.75],
      ['Units 100%', 'units', 1],
    ]);
  });

  it('reads durations in working days, planned and actual dates, and the current start and finish', () => {
    // target_drtn_hr_cnt 800 h / day_hr_cnt 8 = 100 days; remain_drtn_hr_cnt 600 h = 75 days.
    expect(task(p, '101718')).toMatchObject({
      code: 'A1010',
      status: 'in-progress',
      durationDays: 100,
      remainingDurationDays: 75,
      actualStart: '2015-02-24T08:00:00',
      plannedStart: '2015-02-24T08:00:00',
      plannedFinish: '2015-07-13T16:00:00',
      start: '2015-02-24T08:00:00',
      finish: '2015-06-08T16:00:00',
      calendarId: '178',
    });
    expect(task(p, '101718').baselineStart).toBeUndefined();
  });

  it('reads the calendar week and its holidays from clndr_data', () => {
    const cal = p.calendars[0]!;
    expect(cal).toMatchObject({
      id: '178',
      name: 'Corporate - Standard Full Time',
      isBase: true,
      kind: 'global',
      hoursPerDay: 8,
    });
    expect(cal.weekdays).toEqual([true, true, true, true, true, false, false]);
    expect(cal.weekdayHours).toEqual([8, 8, 8, 8, 8, undefined, undefined]);
    expect(cal.exceptions).toHaveLength(24);
    // d|40179 is 40179 days after 1899-12-30: 2010-01-01. d|41275 is 2013-01-01.
    expect(cal.exceptions[0]).toEqual({ from: '2010-01-01', to: '2010-01-01', working: false });
    expect(cal.exceptions.some((e) => e.from === '2013-01-01')).toBe(true);
  });
});

describe('mpxj-invalid-calendar-8.4.xer', () => {
  const r = read('mpxj-invalid-calendar-8.4.xer');
  const p = r.projects[0]!;

  it('warns about the truncated clndr_data where it breaks off, and reads everything else', () => {
    // Line 33 is calendar 180's row. Its clndr_data starts at column 68 (13 fields before it:
    // "%R\t180\tY\tTest - Invalid\t\t\t2000-05-23 16:14\tCA_Base\t8\t40\t172\t2000\tN\t") and
    // "(0||CalendarData()(" is 19 characters long, so the text runs out at column 87.
    expect(r.warnings).toEqual([
      {
        message:
          'calendar 180: clndr_data is damaged (it ends where the end of the child list ")" should be); its work week and exceptions are not read',
        pos: { line: 33, column: 87 },
      },
    ]);
    expect(p.calendars.map((c) => [c.id, c.exceptions.length, c.weekdays?.filter(Boolean).length ?? null])).toEqual([
      ['178', 24, 5],
      ['179', 24, 5],
      ['180', 0, null],
    ]);
    expect(p.tasks).toHaveLength(12);
  });
});

describe('mpxj-PredecessorCalendar.xer', () => {
  const p = only('mpxj-PredecessorCalendar.xer');

  it('reads a completed activity with its constraint and a project calendar with split working days', () => {
    expect(p.tasks).toHaveLength(1);
    expect(task(p, '1338401')).toMatchObject({
      status: 'complete',
      percentComplete: 1,
      actualStart: '2019-06-10T08:00:00',
      actualFinish: '2019-06-12T17:00:00',
      start: '2019-06-10T08:00:00',
      durationDays: 3,
      constraint: { type: 'SNET', raw: 'CS_MSOA', date: '2019-06-10T00:00:00' },
    });
    const cal = p.calendars[0]!;
    expect(cal).toMatchObject({ id: '44739', kind: 'project', hoursPerDay: 8 });
    // 08:00-12:00 and 13:00-17:00 on Monday to Friday.
    expect(cal.weekdayHours).toEqual([8, 8, 8, 8, 8, undefined, undefined]);
    expect(cal.exceptions).toHaveLength(14);
    // d|43650 = 2019-07-04.
    expect(cal.exceptions[0]!.from).toBe('2019-07-04');
  });
});

describe('mpxj-resource-rates-test.xer (P6 20.12, CRLF, Windows-1252)', () => {
  const r = read('mpxj-resource-rates-test.xer');
  const p = r.projects[0]!;

  it('decodes as Windows-1252 and reads the activity, the resource and its 5 assignments', () => {
    expect(decodeXer(bytes('mpxj-resource-rates-test.xer')).encoding).toBe('windows-1252');
    expect(r.tool).toBe('P6 20.12');
    expect(p.tasks.map((t) => t.name)).toEqual(['Activity 1']);
    expect(p.resources).toMatchObject([
      { uid: '1316', name: 'Resource 1', code: 'R1', kind: 'work', rawKind: 'RT_Labor' },
    ]);
    expect(p.assignments).toHaveLength(5);
    expect(p.assignments.every((a) => a.taskUid === '35845' && a.resourceUid === '1316' && a.units === 1)).toBe(true);
    expect(task(p, '35845').resourceNames).toEqual(['Resource 1']);
    expect(task(p, '35845').durationDays).toBe(30);
  });

  it('counts CRLF lines once: positions checked by hand', () => {
    const t = task(p, '35845');
    // The TASK row is line 52. task_name is the 15th field: "%R\t" + "35845\t368\t3680\t597\t0\tN\t1\tN\tN\t"
    // + "CP_Drtn\tTT_Task\tDT_FixedDUR2\tTK_NotStart\tA1000\t" = 79 characters, so column 80.
    expect(t.pos).toEqual({ line: 52, column: 1 });
    expect(t.fieldPos.name).toEqual({ line: 52, column: 80 });
    expect(t.fieldPos.code).toEqual({ line: 52, column: 74 });
    expect(p.assignments[4]!.pos).toEqual({ line: 59, column: 1 });
  });
});

describe('the hand-written p6-xer files', () => {
  it('comprehensive: counts, FS links with a 40-hour lag of 5 days, and a warning for its made-up date columns', () => {
    const r = read('p6-xer-comprehensive-synthetic.xer');
    const p = r.projects[0]!;
    expect(p).toMatchObject({ id: '1000', code: 'TEST_PROJ', name: 'Level 1', dataDate: '2024-01-15T00:00:00' });
    expect([
      p.tasks.length,
      p.links.length,
      p.resources.length,
      p.assignments.length,
      p.calendars.length,
      p.wbs.length,
    ]).toEqual([5, 4, 3, 3, 2, 3]);
    // lag_hr_cnt 40 / 8 hours a day (no calendar applies: 8) = 5 working days.
    expect(p.links.map((l) => `${l.predUid}${l.type}${l.succUid}:${l.lag.value}`)).toEqual([
      '1000FS1001:0',
      '1001FS1002:0',
      '1002FS1003:5',
      '1003FS1004:0',
    ]);
    expect(p.resources.map((x) => [x.name, x.kind, x.rawKind])).toEqual([
      ['John Smith', 'other', 'L'],
      ['Jane Doe', 'other', 'L'],
      ['Equipment A', 'other', 'N'],
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      "table TASK has none of P6's date fields (target_start_date, early_start_date, act_start_date, restart_date); no activity dates are read",
    ]);
    expect(decodeXer(bytes('p6-xer-comprehensive-synthetic.xer')).text.startsWith('ERMHDR\t24.8')).toBe(true);
  });

  it('malformed: read with a warning for each problem, in file order, and no crash', () => {
    const r = read('p6-xer-malformed-synthetic.xer');
    expect(decodeXer(bytes('p6-xer-malformed-synthetic.xer')).encoding).toBe('utf-8');
    expect(r.warnings.map((w) => `${w.pos?.line}:${w.pos?.column} ${w.message}`)).toEqual([
      '8:1 the file has no PROJECT table; its activities are read as one unnamed project',
      "8:1 table TASK has none of P6's date fields (target_start_date, early_start_date, act_start_date, restart_date); no activity dates are read",
      '10:1 TASK row has 6 values for 4 fields; the extra ones are ignored',
      '11:4 a TASK row: task_id "Missing columns" is not a P6 id; the row is skipped',
      '18:9 a TASKPRED row has no task_id; it is skipped',
      '19:4 the relationship to activity 1002 has no pred_task_id; it is skipped',
      '20:1 relationship 1001 → 1002: pred_type is missing; it is skipped',
      '26:36 calendar 2: day_hr_cnt "invalid" is not a number',
      '31:1 table TABLE_WITHOUT_FIELDS has rows but no %F field list; they are ignored',
    ]);
    const p = r.projects[0]!;
    expect(p.tasks.map((t) => [t.uid, t.name])).toEqual([
      ['1000', 'Task with extra columns'],
      ['1002', 'Task with invalid date'],
      ['1003', 'Task with invalid duration'],
    ]);
    expect(p.links).toEqual([]);
    expect(p.calendars.map((c) => c.hoursPerDay ?? null)).toEqual([null, null, 8.123456789]);
  });
});

describe('several projects, Windows-1252 bytes, lag calendars (a file built here)', () => {
  const text = xer(
    [
      ['ERMHDR', '19.12', '2026-02-02', 'Project', 'admin', 'Admin', 'dbxDatabaseNoName', 'Project Management', 'GBP'],
      ['%T', 'PROJECT'],
      ['%F', 'proj_id', 'proj_short_name', 'clndr_id', 'last_recalc_date', 'plan_start_date', 'plan_end_date'],
      ['%R', 10, 'ALPHA', 1, '2026-02-02 00:00', '2026-01-05 00:00', '2026-06-30 00:00'],
      ['%R', 20, 'BETA', 2, '2026-02-09 00:00', '2026-01-12 00:00', ''],
      ['%T', 'CALENDAR'],
      ['%F', 'clndr_id', 'clndr_name', 'proj_id', 'base_clndr_id', 'clndr_type', 'day_hr_cnt', 'clndr_data'],
      ['%R', 1, 'Standard', '', '', 'CA_Base', 8, ''],
      [
        '%R',
        2,
        'Beta 10h',
        20,
        1,
        'CA_Project',
        10,
        '(0||CalendarData()((0||DaysOfWeek()((0||2()((0||0(s|07:00|f|17:00)())))))))',
      ],
      ['%T', 'SCHEDOPTIONS'],
      ['%F', 'schedoptions_id', 'proj_id', 'sched_calendar_on_relationship_lag'],
      ['%R', 1, 10, 'rcal_Predecessor'],
      ['%R', 2, 20, 'rcal_24Hour'],
      ['%T', 'PROJWBS'],
      ['%F', 'wbs_id', 'proj_id', 'proj_node_flag', 'wbs_short_name', 'wbs_name', 'parent_wbs_id'],
      ['%R', 100, 10, 'Y', 'ALPHA', 'Alpha programme', 1],
      ['%R', 101, 10, 'N', 'DES', 'Design', 100],
      ['%R', 102, 10, 'N', 'UI', 'Screens', 101],
      ['%R', 200, 20, 'Y', 'BETA', 'Beta roll-out', 1],
      ['%T', 'TASK'],
      [
        '%F',
        'task_id',
        'proj_id',
        'wbs_id',
        'clndr_id',
        'task_type',
        'status_code',
        'task_code',
        'task_name',
        'target_drtn_hr_cnt',
        'total_float_hr_cnt',
        'target_start_date',
        'target_end_date',
        'cstr_type',
        'cstr_date',
        'cstr_type2',
        'cstr_date2',
      ],
      [
        '%R',
        1,
        10,
        102,
        1,
        'TT_Task',
        'TK_NotStart',
        'A100',
        'Café screens',
        80,
        16,
        '2026-01-05 08:00',
        '2026-01-16 16:00',
        'CS_MANDFIN',
        '2026-01-16 16:00',
        'CS_MEOB',
        '2026-01-20 16:00',
      ],
      [
        '%R',
        2,
        10,
        100,
        1,
        'TT_FinMile',
        'TK_NotStart',
        'A110',
        'Design signed off',
        0,
        0,
        '2026-01-16 16:00',
        '2026-01-16 16:00',
        '',
        '',
        '',
        '',
      ],
      [
        '%R',
        3,
        20,
        200,
        2,
        'TT_LOE',
        'TK_Active',
        'B100',
        'Roll-out support',
        100,
        20,
        '2026-01-19 07:00',
        '2026-01-30 17:00',
        '',
        '',
        '',
        '',
      ],
      [
        '%R',
        4,
        20,
        200,
        2,
        'TT_Task',
        'TK_NotStart',
        'B110',
        'Roll-out £ sign-off',
        10,
        0,
        '2026-02-02 07:00',
        '2026-02-02 17:00',
        '',
        '',
        '',
        '',
      ],
      ['%T', 'TASKPRED'],
      ['%F', 'task_pred_id', 'task_id', 'pred_task_id', 'proj_id', 'pred_proj_id', 'pred_type', 'lag_hr_cnt'],
      ['%R', 1, 2, 1, 10, 10, 'PR_FS', 16],
      ['%R', 2, 3, 2, 20, 10, 'PR_SS', 0],
      ['%R', 3, 4, 3, 20, 20, 'PR_FF', 12],
      ['%T', 'RSRC'],
      ['%F', 'rsrc_id', 'rsrc_name', 'rsrc_short_name', 'rsrc_type'],
      ['%R', 1, 'Zoë Ward', 'ZW', 'RT_Labor'],
      ['%R', 2, 'Crane', 'CR', 'RT_Equip'],
      ['%T', 'TASKRSRC'],
      ['%F', 'taskrsrc_id', 'task_id', 'proj_id', 'rsrc_id', 'target_qty_per_hr'],
      ['%R', 1, 1, 10, 1, 0.5],
      ['%R', 2, 4, 20, 2, 1],
      ['%E'],
    ],
    '\r\n',
  );
  // é, £ and ë are single bytes in Windows-1252 (and in Latin-1, which Buffer writes).
  const cp1252 = new Uint8Array(Buffer.from(text, 'latin1'));
  const r = readXer(cp1252, 'programme.xer');
  const [alpha, beta] = r.projects;

  it('decodes Windows-1252 bytes and the same text in UTF-8', () => {
    expect(cp1252.includes(0xe9)).toBe(true);
    expect(decodeXer(cp1252).encoding).toBe('windows-1252');
    expect(task(alpha!, '1').name).toBe('Café screens');
    expect(task(beta!, '4').name).toBe('Roll-out £ sign-off');
    expect(alpha!.resources[0]!.name).toBe('Zoë Ward');
    const utf8 = new Uint8Array(Buffer.from(text, 'utf8'));
    expect(decodeXer(utf8).encoding).toBe('utf-8');
    expect(readXer(utf8, 'programme.xer')).toEqual(r);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(detectSchedule(bom)).toBe('xer');
    expect(readSchedule(bom, 'programme.xer').projects[0]!.tasks[0]!.name).toBe('Café screens');
  });

  it('makes one project per PROJECT row, each with its own activities, calendars and data date', () => {
    expect(r.warnings).toEqual([]);
    expect(r.projects.map((p) => [p.id, p.code, p.name, p.dataDate, p.hoursPerDay, p.tasks.map((t) => t.uid)])).toEqual(
      [
        ['10', 'ALPHA', 'Alpha programme', '2026-02-02T00:00:00', 8, ['1', '2']],
        ['20', 'BETA', 'Beta roll-out', '2026-02-09T00:00:00', 10, ['3', '4']],
      ],
    );
    expect(alpha!.mustFinishBy).toBe('2026-06-30T00:00:00');
    expect(alpha!.calendars.map((c) => c.id)).toEqual(['1']);
    expect(beta!.calendars.map((c) => c.id)).toEqual(['1', '2']);
    expect(beta!.calendars[1]).toMatchObject({ baseId: '1', isBase: false, kind: 'project' });
    // Only Monday is stated; the other days inherit from the base calendar.
    expect(beta!.calendars[1]!.weekdays).toEqual([
      true,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(beta!.calendars[1]!.weekdayHours?.[0]).toBe(10);
    expect(alpha!.wbs.map((w) => w.name)).toEqual(['Alpha programme', 'Design', 'Screens']);
  });

  it('reads kinds, WBS paths, both constraints and float in the calendar’s own days', () => {
    expect(task(alpha!, '1')).toMatchObject({
      kind: 'task',
      wbsPath: ['Design', 'Screens'],
      wbsCode: 'DES.UI',
      durationDays: 10,
      storedTotalFloatDays: 2,
      constraint: { type: 'MFO', raw: 'CS_MANDFIN', date: '2026-01-16T16:00:00' },
      secondaryConstraint: { type: 'FNLT', raw: 'CS_MEOB', date: '2026-01-20T16:00:00' },
      resourceNames: ['Zoë Ward'],
    });
    expect(task(alpha!, '2')).toMatchObject({ kind: 'finish-milestone', milestone: true, rawKind: 'TT_FinMile' });
    expect(task(alpha!, '2').wbsPath).toBeUndefined();
    // 100 hours on Beta's 10-hour calendar = 10 days; float 20 h = 2 days.
    expect(task(beta!, '3')).toMatchObject({
      kind: 'level-of-effort',
      durationDays: 10,
      storedTotalFloatDays: 2,
      status: 'in-progress',
    });
    expect(beta!.resources.find((x) => x.uid === '2')).toMatchObject({ kind: 'work', rawKind: 'RT_Equip' });
    expect(beta!.assignments).toMatchObject([{ taskUid: '4', resourceUid: '2', units: 1 }]);
    expect(alpha!.assignments).toMatchObject([{ taskUid: '1', resourceUid: '1', units: 0.5 }]);
  });

  it('converts lags on the calendar the project names, and marks links across projects', () => {
    // Alpha lags on the predecessor's calendar: 16 h / 8 = 2 working days.
    expect(alpha!.links).toMatchObject([
      { predUid: '1', succUid: '2', type: 'FS', lag: { value: 2, unit: 'working-days', raw: 'lag_hr_cnt=16' } },
    ]);
    // Beta lags on a 24-hour calendar: 12 h = 0.5 elapsed days. Link 2 → 3 crosses from Alpha.
    expect(beta!.links).toMatchObject([
      { predUid: '2', succUid: '3', type: 'SS', external: true, lag: { value: 0 } },
      { predUid: '3', succUid: '4', type: 'FF', lag: { value: 0.5, unit: 'elapsed-days' } },
    ]);
    expect(beta!.links[1]!.external).toBeUndefined();
    // Line 30 is the third TASKPRED row: 26 %T, 27 %F, 28-30 rows (CRLF endings, counted once each).
    expect(beta!.links[1]!.pos).toEqual({ line: 30, column: 1 });
  });
});

describe('refusals: one InputError with file:line:col', () => {
  it('refuses a file without the ERMHDR header', () => {
    const e = refusal(() =>
      readXer(
        Buffer.from(
          xer([
            ['%T', 'TASK'],
            ['%F', 'task_id'],
            ['%R', 1],
          ]),
        ),
        'a.xer',
      ),
    );
    expect(e.render()).toBe('a.xer:1:1: not a Primavera P6 XER file: it does not start with an ERMHDR header line');
    expect(detectSchedule(Buffer.from('%T\tTASK\n'))).toBeUndefined();
  });

  it('refuses a %R before any %F, and a %F before any %T, where they are', () => {
    const r = refusal(() => readXer(Buffer.from(xer([['ERMHDR', '8.4'], ['%T', 'TASK'], ['%R', 1], ['%E']])), 'b.xer'));
    expect(r.render()).toBe('b.xer:3:1: a %R row before any %F field list');
    const f = refusal(() => readXer(Buffer.from(xer([['ERMHDR', '8.4'], ['%F', 'task_id'], ['%E']])), 'c.xer'));
    expect(f.render()).toBe('c.xer:2:1: a %F field list before any %T table line');
  });

  it('refuses binary, empty and schedule-less files', () => {
    const nul = Buffer.from('ERMHDR\t8.4\n%T\tTASK\n%F\ttask_id\n%R\t1\u0000\n', 'latin1');
    expect(refusal(() => readXer(nul, 'd.xer')).render()).toBe(
      'd.xer:4:5: the file holds binary data (a NUL byte), not a P6 XER export',
    );
    expect(refusal(() => readXer(new Uint8Array(), 'e.xer')).render()).toBe('e.xer:1:1: the file is empty');
    expect(refusal(() => readXer(Buffer.from(xer([['ERMHDR', '8.4'], ['%E']])), 'f.xer')).message).toMatch(
      /no PROJECT or TASK rows/,
    );
  });

  it('refuses a file that does not end with %E: a cut file would audit as a smaller schedule', () => {
    const text = readFileSync(new URL('mpxj-percent-complete-8.4.xer', dir), 'latin1');
    const cut = text.slice(0, text.lastIndexOf('%E'));
    const lines = cut.replace(/[\r\n]+$/, '').split(/\r\n|\n/);
    expect(refusal(() => readXer(Buffer.from(cut, 'latin1'), 'g.xer')).render()).toBe(
      `g.xer:${lines.length}:${lines.at(-1)!.length + 1}: the file does not end with the %E line P6 writes last: it looks truncated`,
    );
    // Cut mid-row, as a stopped download is: refused at the end of what is there.
    const mid = text.slice(0, 3000);
    const midLines = mid.split(/\r\n|\n/);
    expect(refusal(() => readXer(Buffer.from(mid, 'latin1'), 'h.xer')).render()).toBe(
      `h.xer:${midLines.length}:${midLines.at(-1)!.length + 1}: the file does not end with the %E line P6 writes last: it looks truncated`,
    );
  });
});

describe('detection and generated scale', () => {
  it('detects every fixture by content', () => {
    for (const [name, kind] of [
      ['mpxj-legacy-sample.xml', 'mspdi'],
      ['mpxj-task-links-project2019-mspdi.xml', 'mspdi'],
      ['mpxj-resource-rates-test.xer', 'xer'],
      ['p6-xer-malformed-synthetic.xer', 'xer'],
    ] as const) {
      expect(detectSchedule(bytes(name)), name).toBe(kind);
    }
    expect(detectSchedule(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeUndefined();
  });

  it('reads a generated 5,000-activity XER to 5,000 activities', () => {
    const r = readXer(Buffer.from(generateXer(5000)), 'generated.xer');
    expect(r.warnings).toEqual([]);
    expect(r.projects[0]!.tasks).toHaveLength(5000);
  });
});
