/**
 * The MSPDI reader against real MS Project exports (test/fixtures/schedules, see SOURCES.md)
 * and small hand-written documents for what those exports do not hold (status date, actuals,
 * calendar exceptions, elapsed and percent lags, damaged and foreign XML).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { detectSchedule, readMspdi, readSchedule } from '../../src/readers/schedule/index.js';
import type { SchedProject, SchedTask } from '../../src/readers/schedule/model.js';
import { generateMspdi } from '../../src/tools/generate-schedule.js';

const dir = new URL('../fixtures/schedules/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const read = (name: string) => readSchedule(bytes(name), name);
const project = (name: string): SchedProject => {
  const r = read(name);
  expect(r.format).toBe('mspdi');
  expect(r.projects).toHaveLength(1);
  return r.projects[0]!;
};
const task = (p: SchedProject, uid: string): SchedTask => {
  const t = p.tasks.find((x) => x.uid === uid);
  if (!t) throw new Error(`no task ${uid}`);
  return t;
};
const linkSummary = (p: SchedProject) =>
  p.links.map(
    (l) => `${l.predUid}${l.type}${l.succUid}${l.lag.value ? `${l.lag.value > 0 ? '+' : ''}${l.lag.value}` : ''}`,
  );

/** An MSPDI document around the given body, the way MS Project writes the envelope. */
const doc = (body: string, head = '<MinutesPerDay>480</MinutesPerDay>') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="http://schemas.microsoft.com/project">\n${head}\n${body}\n</Project>\n`;

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('mpxj-legacy-sample.xml (older MSPDI, one line)', () => {
  const p = project('mpxj-legacy-sample.xml');

  it('reads 19 tasks: the 20 task elements less the UID 0 project summary, whose name names the project', () => {
    expect(p.tasks).toHaveLength(19);
    expect(p.tasks.some((t) => t.uid === '0')).toBe(false);
    expect(p.name).toBe('sample');
    expect(p.hoursPerDay).toBe(8);
    expect(p.defaultCalendarId).toBe('1');
    expect(p.start).toBe('2003-01-07T08:00:00');
  });

  it('reads the 6 links with their types: FS ×3, SS, FF, SF, and the lags in working days', () => {
    // LinkLag 4800 tenths of a minute = 480 minutes = 1 day of MinutesPerDay 480; -4800 is a 1-day lead.
    expect(linkSummary(p)).toEqual(['9FS10', '11FS12+1', '13FS14-1', '15SS16', '17FF18', '20SF21']);
    expect(p.links[1]!.lag).toEqual({ value: 1, unit: 'working-days', raw: 'LinkLag=4800 LagFormat=7' });
  });

  it('reads the summary outline, milestones, durations and stored float', () => {
    expect(task(p, '1').summary).toBe(true);
    expect(task(p, '2')).toMatchObject({ parentUid: '1', wbsPath: ['First Task'], outlineLevel: 2, durationDays: 100 });
    expect(task(p, '9')).toMatchObject({ parentUid: '19', wbsPath: ['Task Relationships'] });
    expect(task(p, '3')).toMatchObject({ milestone: true, kind: 'milestone', durationDays: 0 });
    // TotalSlack 240000 tenths of a minute / 10 / 480 = 50 working days.
    expect(task(p, '3').storedTotalFloatDays).toBe(50);
    expect(task(p, '2').storedCritical).toBe(true);
  });

  it('reads the 4 Start No Earlier Than constraints', () => {
    const constrained = p.tasks.filter(
      (t) => t.constraint && t.constraint.type !== 'ASAP' && t.constraint.type !== 'ALAP',
    );
    expect(constrained.map((t) => [t.uid, t.constraint])).toEqual([
      ['7', { type: 'SNET', raw: '4', date: '2003-02-01T08:00:00' }],
      ['8', { type: 'SNET', raw: '4', date: '2003-03-01T08:00:00' }],
      ['20', { type: 'SNET', raw: '4', date: '2003-01-08T08:00:00' }],
      ['21', { type: 'SNET', raw: '4', date: '2003-01-06T08:00:00' }],
    ]);
  });

  it('reads 2 resources and the 2 real assignments (UID 0 and the no-resource UID -65535 are placeholders)', () => {
    expect(p.resources.map((r) => [r.uid, r.name, r.kind])).toEqual([
      ['1', 'First Resource', 'work'],
      ['2', 'Second Resource', 'work'],
    ]);
    expect(p.assignments.map((a) => [a.taskUid, a.resourceUid, a.units])).toEqual([
      ['2', '1', 0.5],
      ['2', '2', 0.75],
    ]);
    expect(task(p, '2').resourceNames).toEqual(['First Resource', 'Second Resource']);
  });

  it('reads the 4 calendars: 2 base ones with their weeks, 2 resource ones deriving from them', () => {
    expect(p.calendars.map((c) => [c.id, c.name, c.isBase, c.baseId])).toEqual([
      ['1', 'Standard', true, undefined],
      ['2', 'Night Shift', true, undefined],
      ['3', 'First Resource', false, '1'],
      ['4', 'Second Resource', false, '2'],
    ]);
    const [standard, night, first] = p.calendars;
    expect(standard!.weekdays).toEqual([true, true, true, true, true, false, false]);
    expect(standard!.weekdayHours).toEqual([8, 8, 8, 8, 8, undefined, undefined]);
    // Night shift: Monday 23:00-00:00 (1 h, past midnight); Tuesday 00-03, 04-08, 23-00 (8 h); Saturday 00-03, 04-08 (7 h).
    expect(night!.weekdayHours).toEqual([1, 8, 8, 8, 8, 7, undefined]);
    expect(first!.weekdays).toBeUndefined();
  });

  it('places tasks on the one long line of the file', () => {
    const line2 = readFileSync(new URL('mpxj-legacy-sample.xml', dir), 'utf8').split('\n')[1]!;
    expect(task(p, '12').pos).toEqual({ line: 2, column: line2.indexOf('<Task><UID>12</UID>') + 1 });
  });
});

describe('mpxj-task-links-project2019-mspdi.xml (Project 2019)', () => {
  const r = read('mpxj-task-links-project2019-mspdi.xml');
  const p = r.projects[0]!;

  it('names the tool and reads 16 tasks and 8 links, 7 with a positive lag', () => {
    expect(r.tool).toBe('Microsoft Project 14 (build 16.0.10730.20102)');
    expect(r.warnings).toEqual([]);
    expect(p.tasks).toHaveLength(16);
    expect(p.links).toHaveLength(8);
    expect(p.links.filter((l) => l.lag.value > 0)).toHaveLength(7);
  });

  it('converts LagFormat 7 (days) and 9 (weeks) lags from tenths of a minute to working days', () => {
    // 9600 / 10 / 480 = 2 days. LagFormat 9 only sets the display unit: 24000 / 10 / 480 = 5 days
    // (one week), 48000 = 10 days, which the successors' starts bear out (Task 2 of the pair
    // starts 2018-10-26, five working days after Thursday 2018-10-18).
    expect(linkSummary(p)).toEqual([
      '1FS2',
      '3FS4+1',
      '5FS6+2',
      '7FS8+5',
      '9FS10+10',
      '11SF12+2',
      '13SS14+2',
      '15FF16+2',
    ]);
    expect(p.links[3]!.lag.raw).toBe('LinkLag=24000 LagFormat=9');
    expect(task(p, '8').start).toBe('2018-10-26T08:00:00');
  });

  it('points at tasks, their fields and their links (positions checked by hand against the file)', () => {
    const t1 = task(p, '1');
    expect(t1.pos).toEqual({ line: 278, column: 3 });
    expect(t1.fieldPos.uid).toEqual({ line: 279, column: 4 });
    expect(t1.fieldPos.name).toEqual({ line: 282, column: 4 });
    expect(p.links[0]!.pos).toEqual({ line: 439, column: 4 });
    // TotalSlack 48000 tenths of a minute = 10 working days.
    expect(t1.storedTotalFloatDays).toBe(10);
  });
});

describe('the other MS Project samples', () => {
  it('mspdirelations: one link of each type, one with a lag', () => {
    const p = project('mpxj-mspdirelations.xml');
    expect(p.tasks).toHaveLength(5);
    expect(linkSummary(p)).toEqual(['1FS2', '2SS3+1', '3FF4', '4SF5']);
    expect(p.name).toBe('mspdirelations.xml');
  });

  it('baselines: numbered baselines 1..10 kept, no baseline 0 so no baseline dates', () => {
    const p = project('mpxj-baselines.xml');
    expect(p.hoursPerDay).toBe(7.5);
    const t = task(p, '1');
    expect(t.baselines?.map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // PT7H30M0S at MinutesPerDay 450 is one working day.
    expect(t.baselines?.[0]).toEqual({
      number: 1,
      start: '2001-01-01T09:00:00',
      finish: '2000-01-01T17:30:00',
      durationDays: 1,
    });
    expect(t.baselineStart).toBeUndefined();
    expect(t.durationDays).toBe(1);
    expect(p.calendars).toHaveLength(3);
    expect(p.resources.map((r) => r.name)).toEqual(['Resource One']);
  });

  it('calendar-calendars: 3 base calendars and 2 resource calendars deriving from Standard', () => {
    const p = project('mpxj-calendar-calendars-project2019-mspdi.xml');
    expect(p.tasks).toHaveLength(0);
    expect(p.calendars.map((c) => [c.id, c.name, c.isBase, c.baseId ?? null, c.kind ?? null])).toEqual([
      ['1', 'Standard', true, null, null],
      ['3', 'Calendar1', true, null, null],
      ['4', 'Calendar2', true, null, null],
      ['5', 'Resource One', false, '1', 'resource'],
      ['6', 'Resource Two', false, '1', 'resource'],
    ]);
    expect(p.resources.map((r) => [r.name, r.calendarId])).toEqual([
      ['Resource One', '5'],
      ['Resource Two', '6'],
    ]);
  });

  it('mspdinulltasks: blank rows skipped without breaking the outline', () => {
    const p = project('mpxj-mspdinulltasks.xml');
    expect(p.tasks.map((t) => [t.uid, t.name, t.parentUid ?? null])).toEqual([
      ['1', 'Task 1', null],
      ['3', 'Task 2', '1'],
      ['4', 'Task 3', '1'],
      ['6', 'Task 4', null],
      ['8', 'Task 5', '6'],
    ]);
    // PT75H0M0S at MinutesPerDay 450: 75 × 60 / 450 = 10 working days.
    expect(task(p, '3').durationDays).toBe(10);
  });
});

describe('what the samples do not hold, from hand-written MSPDI', () => {
  const progress = doc(
    `<StatusDate>2026-02-02T17:00:00</StatusDate>
<Calendars>
 <Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
  <WeekDays>
   <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
   <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking></WeekDay>
   <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2026-12-25T00:00:00</FromDate><ToDate>2026-12-25T23:59:00</ToDate></TimePeriod></WeekDay>
  </WeekDays>
  <Exceptions>
   <Exception><TimePeriod><FromDate>2026-04-03T00:00:00</FromDate><ToDate>2026-04-06T23:59:00</ToDate></TimePeriod><Name>Easter</Name><Type>1</Type><DayWorking>0</DayWorking></Exception>
   <Exception><TimePeriod><FromDate>2026-12-25T00:00:00</FromDate><ToDate>2028-12-25T23:59:00</ToDate></TimePeriod><Name>Christmas</Name><Type>2</Type><Occurrences>3</Occurrences><Month>11</Month><MonthDay>25</MonthDay><DayWorking>0</DayWorking></Exception>
   <Exception><TimePeriod><FromDate>2026-01-01T00:00:00</FromDate><ToDate>2026-03-31T23:59:00</ToDate></TimePeriod><Name>Last Friday</Name><Type>5</Type><Period>1</Period><MonthItem>8</MonthItem><MonthPosition>4</MonthPosition><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>09:00:00</FromTime><ToTime>13:00:00</ToTime></WorkingTime></WorkingTimes></Exception>
  </Exceptions>
  <WorkWeeks><WorkWeek><TimePeriod><FromDate>2026-07-01T00:00:00</FromDate><ToDate>2026-08-31T23:59:00</ToDate></TimePeriod><Name>Summer</Name>
   <WeekDays><WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></WorkWeek></WorkWeeks>
 </Calendar>
 <Calendar><UID>2</UID><Name>Old style</Name><IsBaseCalendar>1</IsBaseCalendar>
  <WeekDays><WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2026-12-25T00:00:00</FromDate><ToDate>2026-12-26T23:59:00</ToDate></TimePeriod></WeekDay></WeekDays>
 </Calendar>
</Calendars>
<Tasks>
 <Task><UID>0</UID><Name>Project summary name</Name><OutlineLevel>0</OutlineLevel></Task>
 <Task><UID>1</UID><ID>1</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Start>2026-01-05T08:00:00</Start><Finish>2026-01-16T17:00:00</Finish>
  <Duration>PT80H0M0S</Duration><DurationFormat>7</DurationFormat><ActualStart>2026-01-05T08:00:00</ActualStart><ActualFinish>2026-01-16T17:00:00</ActualFinish>
  <PercentComplete>100</PercentComplete><ConstraintType>2</ConstraintType><ConstraintDate>2026-01-05T08:00:00</ConstraintDate>
  <Baseline><Number>0</Number><Start>2026-01-05T08:00:00</Start><Finish>2026-01-09T17:00:00</Finish><Duration>PT40H0M0S</Duration></Baseline>
 </Task>
 <Task><UID>2</UID><ID>2</ID><Name>Test</Name><OutlineLevel>1</OutlineLevel><Start>2026-01-19T08:00:00</Start><Finish>not a date</Finish>
  <Duration>P3W</Duration><ActualStart>2026-01-19T08:00:00</ActualStart><PercentComplete>40</PercentComplete>
  <ConstraintType>7</ConstraintType><ConstraintDate>2026-02-27T17:00:00</ConstraintDate><Deadline>2026-03-06T17:00:00</Deadline>
  <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>14400</LinkLag><LagFormat>8</LagFormat></PredecessorLink>
 </Task>
 <Task><UID>3</UID><ID>3</ID><Name>Soak</Name><OutlineLevel>1</OutlineLevel><Duration>PT48H0M0S</Duration><DurationFormat>8</DurationFormat>
  <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>3</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat></PredecessorLink>
  <PredecessorLink><PredecessorUID>1</PredecessorUID><LinkLag>2400</LinkLag><LagFormat>39</LagFormat></PredecessorLink>
  <PredecessorLink><PredecessorUID>99</PredecessorUID><Type>1</Type><CrossProject>1</CrossProject></PredecessorLink>
 </Task>
</Tasks>`,
  );
  const r = readMspdi(progress, 'progress.xml');
  const p = r.projects[0]!;

  it('reads the status date, actual dates, percent complete, baseline 0, deadline and hard constraints', () => {
    expect(p.statusDate).toBe('2026-02-02T17:00:00');
    expect(p.name).toBe('Project summary name');
    expect(task(p, '1')).toMatchObject({
      actualStart: '2026-01-05T08:00:00',
      actualFinish: '2026-01-16T17:00:00',
      percentComplete: 1,
      baselineStart: '2026-01-05T08:00:00',
      baselineFinish: '2026-01-09T17:00:00',
      durationDays: 10,
      constraint: { type: 'MSO', raw: '2', date: '2026-01-05T08:00:00' },
    });
    expect(task(p, '1').baselines).toEqual([
      { number: 0, start: '2026-01-05T08:00:00', finish: '2026-01-09T17:00:00', durationDays: 5 },
    ]);
    expect(task(p, '2')).toMatchObject({
      percentComplete: 0.4,
      deadline: '2026-03-06T17:00:00',
      constraint: { type: 'FNLT', date: '2026-02-27T17:00:00' },
    });
    expect(task(p, '2').actualFinish).toBeUndefined();
  });

  it('reads elapsed, percent and estimated lags, and marks links from outside the project', () => {
    // LagFormat 8 (elapsed days): 14400 tenths = 1440 minutes = 1 elapsed day.
    expect(p.links[0]).toMatchObject({
      predUid: '1',
      succUid: '2',
      type: 'FS',
      lag: { value: 1, unit: 'elapsed-days' },
    });
    // LagFormat 19: LinkLag is the percentage of the predecessor's duration.
    expect(p.links[1]).toMatchObject({ type: 'SS', lag: { value: 50, unit: 'percent' } });
    // LagFormat 39 is days, estimated (7 + 32); a missing Type is FS. 2400 / 10 / 480 = 0.5 day.
    expect(p.links[2]).toMatchObject({ type: 'FS', lag: { value: 0.5, unit: 'working-days' } });
    expect(p.links[3]).toMatchObject({ predUid: '99', external: true });
    // DurationFormat 8 is elapsed days: 48 hours = 2 elapsed days, not 6 working days.
    expect(task(p, '3')).toMatchObject({ elapsedDurationDays: 2 });
    expect(task(p, '3').durationDays).toBeUndefined();
  });

  it('warns, with positions, about a date and a duration it cannot read', () => {
    expect(r.warnings.map((w) => w.message)).toEqual([
      'task UID 2: Finish "not a date" is not a date',
      'task UID 2: Duration "P3W" is not a duration',
    ]);
    const line = progress.split('\n').findIndex((l) => l.includes('not a date')) + 1;
    expect(r.warnings[0]!.pos).toEqual({ line, column: progress.split('\n')[line - 1]!.indexOf('<Finish>') + 1 });
  });

  it('reads exceptions: ranges, yearly and monthly recurrences, and the pre-2007 form only when alone', () => {
    const [standard, old] = p.calendars;
    expect(standard!.weekdays).toEqual([true, undefined, undefined, undefined, undefined, undefined, false]);
    expect(standard!.exceptions).toEqual([
      { from: '2026-04-03', to: '2026-04-06', working: false, name: 'Easter' },
      { from: '2026-12-25', to: '2026-12-25', working: false, name: 'Christmas' },
      { from: '2027-12-25', to: '2027-12-25', working: false, name: 'Christmas' },
      { from: '2028-12-25', to: '2028-12-25', working: false, name: 'Christmas' },
      // MonthItem 8 = Friday, MonthPosition 4 = the last one of each month.
      { from: '2026-01-30', to: '2026-01-30', working: true, name: 'Last Friday', hours: 4 },
      { from: '2026-02-27', to: '2026-02-27', working: true, name: 'Last Friday', hours: 4 },
      { from: '2026-03-27', to: '2026-03-27', working: true, name: 'Last Friday', hours: 4 },
    ]);
    expect(standard!.workWeeks).toEqual([
      {
        from: '2026-07-01',
        to: '2026-08-31',
        name: 'Summer',
        weekdays: [undefined, undefined, undefined, undefined, false, undefined, undefined],
      },
    ]);
    expect(old!.exceptions).toEqual([{ from: '2026-12-25', to: '2026-12-26', working: false }]);
  });

  it('reads UTF-16 and BOM-prefixed MSPDI through readSchedule', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Buffer.from(progress.replace('UTF-8', 'UTF-16'), 'utf16le')),
    ]);
    expect(detectSchedule(utf16)).toBe('mspdi');
    expect(readSchedule(utf16, 'utf16.xml').projects[0]!.tasks).toHaveLength(3);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(progress, 'utf8')]);
    expect(detectSchedule(bom)).toBe('mspdi');
    expect(readSchedule(bom, 'bom.xml').projects[0]!.tasks[0]!.pos).toEqual(task(p, '1').pos);
  });
});

describe('refusals: one InputError with file:line:col, never a stack trace or a hang', () => {
  it('refuses XML that is not MSPDI, naming the root element', () => {
    const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>\n';
    const e = refusal(() => readMspdi(svg, 'drawing.xml'));
    expect(e.render()).toBe(
      'drawing.xml:2:1: not an MS Project XML (MSPDI) file: the root element is <svg> in namespace http://www.w3.org/2000/svg, not <Project> in http://schemas.microsoft.com/project',
    );
    expect(detectSchedule(Buffer.from(svg))).toBeUndefined();
    const other = '<Project xmlns="urn:example"/>';
    expect(refusal(() => readSchedule(Buffer.from(other), 'p.xml')).message).toMatch(/in namespace urn:example/);
  });

  it('refuses a truncated file at its end', () => {
    const text = readFileSync(new URL('mpxj-mspdirelations.xml', dir), 'utf8');
    const cut = text.slice(0, text.indexOf('<Task>', 2000) + 200);
    const lines = cut.split('\n');
    const e = refusal(() => readMspdi(cut, 'cut.xml'));
    expect(e.message).toBe('the XML ends before its <OutlineLevel> element is closed: the file looks truncated');
    expect(e.where).toMatchObject({ file: 'cut.xml', line: lines.length });
  });

  it('refuses mismatched tags where they are', () => {
    const e = refusal(() => readMspdi(doc('<Tasks>\n<Task><UID>1</Tasks>'), 'bad.xml'));
    expect(e.render()).toMatch(/^bad\.xml:5:\d+: the XML is not well-formed: unexpected close tag/);
  });

  it('refuses empty, binary and non-schedule files', () => {
    expect(refusal(() => readMspdi('  \n', 'e.xml')).render()).toBe('e.xml:1:1: the file is empty');
    expect(refusal(() => readSchedule(new Uint8Array(), 'e.xml')).render()).toBe('e.xml:1:1: the file is empty');
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]);
    expect(refusal(() => readSchedule(binary, 'plan.mpp')).message).toMatch(/binary data/);
    expect(
      refusal(() => readMspdi('<Project xmlns="http://schemas.microsoft.com/project">\u0000', 'n.xml')).render(),
    ).toBe('n.xml:1:55: the file holds binary data (a NUL byte), not MS Project XML');
    expect(refusal(() => readSchedule(Buffer.from('name,start\nA,2026-01-05\n'), 'plan.csv')).message).toMatch(
      /neither MS Project XML \(MSPDI\) nor a P6 XER export/,
    );
  });

  it('does not expand entities declared in a DTD (no entity bombs)', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<Project xmlns="http://schemas.microsoft.com/project"><Title>&b;</Title></Project>`;
    expect(() => readMspdi(bomb, 'bomb.xml')).toThrow(InputError);
  });
});

describe('generated scale', () => {
  it('reads a generated 5,000-task MSPDI to 5,000 tasks', () => {
    const r = readMspdi(generateMspdi(5000), 'generated.xml');
    expect(r.warnings).toEqual([]);
    expect(r.projects[0]!.tasks).toHaveLength(5000);
  });
});

describe('bounded work on hostile input', () => {
  it('stops expanding recurring exceptions that span absurd ranges, with a warning', () => {
    const exception = (i: number) =>
      `<Exception><TimePeriod><FromDate>2000-01-01T00:00:00</FromDate><ToDate>9999-12-31T23:59:00</ToDate></TimePeriod><Name>E${i}</Name><Type>1</Type><Period>2</Period><DayWorking>0</DayWorking></Exception>`;
    const body = `<Calendars><Calendar><UID>1</UID><IsBaseCalendar>1</IsBaseCalendar><Exceptions>${Array.from({ length: 200 }, (_, i) => exception(i)).join('')}</Exceptions></Calendar></Calendars>`;
    const started = Date.now();
    const r = readMspdi(doc(body), 'hostile.xml');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'calendar UID 1: recurring exceptions span too many days; the rest are not expanded',
    ]);
  });
});
