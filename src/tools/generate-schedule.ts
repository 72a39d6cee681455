/**
 * Generated MS Project XML (MSPDI) and P6 XER schedules of any size, for showing that the
 * schedule readers stay linear (scale tests, the bench). Deterministic: the same task count
 * always gives the same text. Streams of 24 dependent tasks under a summary (MSPDI) or a
 * WBS node (XER), finish-to-start links with a lag on every fifth, one resource per task.
 *
 *   tsx src/tools/generate-schedule.ts 5000 out/   writes out/generated-5000.xml and .xer
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const STREAM = 25;

/** Weekdays from 2026-01-05 (a Monday): the n-th working day, as YYYY-MM-DD. */
function workingDay(n: number): string {
  const weeks = Math.floor(n / 5);
  const day = Date.UTC(2026, 0, 5) + (weeks * 7 + (n % 5)) * 86_400_000;
  return new Date(day).toISOString().slice(0, 10);
}

/** Each task: its stream, its place in the stream (0 = the stream's summary), its working-day span. */
function layout(taskCount: number) {
  const out: { uid: number; stream: number; index: number; startDay: number; days: number }[] = [];
  for (let uid = 1; uid <= taskCount; uid++) {
    const stream = Math.floor((uid - 1) / STREAM);
    const index = (uid - 1) % STREAM;
    // Streams start a week apart; tasks in a stream are 1..3 days, one after the other.
    const days = 1 + (uid % 3);
    const prev = out[out.length - 1];
    const startDay = index <= 1 || !prev ? stream * 5 : prev.startDay + prev.days + (uid % 5 === 0 ? 1 : 0);
    out.push({ uid, stream, index, startDay, days });
  }
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function generateMspdi(taskCount: number): string {
  const tasks = layout(taskCount);
  const out: string[] = [];
  const w = (line: string) => out.push(line);
  w('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>');
  w('<Project xmlns="http://schemas.microsoft.com/project">');
  w('  <SaveVersion>14</SaveVersion>');
  w(`  <Title>Generated schedule of ${taskCount} tasks</Title>`);
  w('  <StartDate>2026-01-05T08:00:00</StartDate>');
  w('  <StatusDate>2026-03-02T17:00:00</StatusDate>');
  w('  <CalendarUID>1</CalendarUID>');
  w('  <MinutesPerDay>480</MinutesPerDay>');
  w('  <Calendars>');
  w('    <Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>');
  for (let d = 1; d <= 7; d++) {
    const working = d >= 2 && d <= 6;
    w(
      `      <WeekDay><DayType>${d}</DayType><DayWorking>${working ? 1 : 0}</DayWorking>${
        working
          ? '<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>'
          : ''
      }</WeekDay>`,
    );
  }
  w('    </WeekDays></Calendar>');
  w('  </Calendars>');
  w('  <Tasks>');
  w('    <Task><UID>0</UID><ID>0</ID><Name>Generated</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>');
  for (const t of tasks) {
    const summary = t.index === 0;
    const span = summary ? Math.min(STREAM - 1, taskCount - t.uid) * 2 + 1 : t.days;
    const start = workingDay(t.startDay);
    const finish = workingDay(t.startDay + span - 1);
    w('    <Task>');
    w(
      `      <UID>${t.uid}</UID><ID>${t.uid}</ID><Name>${esc(summary ? `Stream ${t.stream + 1}` : `Task ${t.uid}`)}</Name>`,
    );
    w(
      `      <OutlineLevel>${summary ? 1 : 2}</OutlineLevel><Summary>${summary ? 1 : 0}</Summary><Milestone>0</Milestone>`,
    );
    w(`      <Start>${start}T08:00:00</Start><Finish>${finish}T17:00:00</Finish>`);
    w(`      <Duration>PT${span * 8}H0M0S</Duration><DurationFormat>7</DurationFormat>`);
    w(`      <PercentComplete>${t.startDay < 40 ? 100 : 0}</PercentComplete><ConstraintType>0</ConstraintType>`);
    w(`      <TotalSlack>0</TotalSlack><Critical>${t.stream === 0 ? 1 : 0}</Critical>`);
    w(
      `      <Baseline><Number>0</Number><Start>${start}T08:00:00</Start><Finish>${finish}T17:00:00</Finish></Baseline>`,
    );
    if (t.index >= 2) {
      const lag = t.uid % 5 === 0 ? 4800 : 0;
      w(
        `      <PredecessorLink><PredecessorUID>${t.uid - 1}</PredecessorUID><Type>1</Type><LinkLag>${lag}</LinkLag><LagFormat>7</LagFormat></PredecessorLink>`,
      );
    }
    w('    </Task>');
  }
  w('  </Tasks>');
  w('  <Resources>');
  for (let r = 1; r <= 10; r++) w(`    <Resource><UID>${r}</UID><Name>Engineer ${r}</Name><Type>1</Type></Resource>`);
  w('  </Resources>');
  w('  <Assignments>');
  for (const t of tasks) {
    if (t.index === 0) continue;
    w(
      `    <Assignment><UID>${t.uid}</UID><TaskUID>${t.uid}</TaskUID><ResourceUID>${(t.uid % 10) + 1}</ResourceUID><Units>1</Units></Assignment>`,
    );
  }
  w('  </Assignments>');
  w('</Project>');
  return `${out.join('\n')}\n`;
}

export function generateXer(taskCount: number): string {
  const tasks = layout(taskCount);
  const out: string[] = [];
  const w = (line: string) => out.push(line);
  const row = (...v: (string | number)[]) => w(`%R\t${v.join('\t')}`);
  w('ERMHDR\t20.12\t2026-03-02\tProject\tadmin\tGenerated\tdbxDatabaseNoName\tProject Management\tUSD');
  w('%T\tPROJECT');
  w('%F\tproj_id\tproj_short_name\tclndr_id\tlast_recalc_date\tplan_start_date\tplan_end_date\tscd_end_date');
  row(1, 'GEN', 1, '2026-03-02 00:00', '2026-01-05 00:00', '', '');
  w('%T\tCALENDAR');
  w('%F\tclndr_id\tdefault_flag\tclndr_name\tproj_id\tbase_clndr_id\tclndr_type\tday_hr_cnt\tclndr_data');
  const week = [1, 2, 3, 4, 5, 6, 7]
    .map((d) => (d >= 2 && d <= 6 ? `(0||${d}()((0||0(s|08:00|f|16:00)())))` : `(0||${d}()())`))
    .join('');
  row(1, 'Y', 'Standard', '', '', 'CA_Base', 8, `(0||CalendarData()((0||DaysOfWeek()(${week}))(0||Exceptions()())))`);
  w('%T\tPROJWBS');
  w('%F\twbs_id\tproj_id\tseq_num\tproj_node_flag\twbs_short_name\twbs_name\tparent_wbs_id');
  row(1, 1, 0, 'Y', 'GEN', `Generated schedule of ${taskCount} tasks`, '');
  const streams = Math.ceil(taskCount / STREAM);
  for (let s = 0; s < streams; s++) row(100 + s, 1, s + 1, 'N', `S${s + 1}`, `Stream ${s + 1}`, 1);
  w('%T\tTASK');
  w(
    '%F\ttask_id\tproj_id\twbs_id\tclndr_id\tphys_complete_pct\tcomplete_pct_type\ttask_type\tstatus_code\ttask_code\ttask_name\ttotal_float_hr_cnt\tremain_drtn_hr_cnt\ttarget_drtn_hr_cnt\tcstr_date\tact_start_date\tact_end_date\tearly_start_date\tearly_end_date\ttarget_start_date\ttarget_end_date\tcstr_type\tdriving_path_flag',
  );
  for (const t of tasks) {
    const start = `${workingDay(t.startDay)} 08:00`;
    const finish = `${workingDay(t.startDay + t.days - 1)} 16:00`;
    const done = t.startDay < 40;
    const milestone = t.index === 0;
    row(
      1000 + t.uid,
      1,
      100 + t.stream,
      1,
      done ? 100 : 0,
      'CP_Drtn',
      milestone ? 'TT_Mile' : 'TT_Task',
      done ? 'TK_Complete' : 'TK_NotStart',
      `A${1000 + t.uid}`,
      milestone ? `Stream ${t.stream + 1} start` : `Task ${t.uid}`,
      done ? '' : 0,
      done || milestone ? 0 : t.days * 8,
      milestone ? 0 : t.days * 8,
      '',
      done ? start : '',
      done ? finish : '',
      start,
      milestone ? start : finish,
      start,
      milestone ? start : finish,
      '',
      t.stream === 0 ? 'Y' : 'N',
    );
  }
  w('%T\tTASKPRED');
  w('%F\ttask_pred_id\ttask_id\tpred_task_id\tproj_id\tpred_proj_id\tpred_type\tlag_hr_cnt');
  for (const t of tasks) {
    if (t.index === 0) continue;
    row(t.uid, 1000 + t.uid, 1000 + t.uid - 1, 1, 1, 'PR_FS', t.uid % 5 === 0 ? 8 : 0);
  }
  w('%T\tRSRC');
  w('%F\trsrc_id\trsrc_name\trsrc_short_name\trsrc_type\tclndr_id');
  for (let r = 1; r <= 10; r++) row(r, `Engineer ${r}`, `ENG${r}`, 'RT_Labor', 1);
  w('%T\tTASKRSRC');
  w('%F\ttaskrsrc_id\ttask_id\tproj_id\trsrc_id\ttarget_qty_per_hr');
  for (const t of tasks) if (t.index !== 0) row(t.uid, 1000 + t.uid, 1, (t.uid % 10) + 1, 1);
  w('%E');
  return `${out.join('\r\n')}\r\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 5000);
  const dir = process.argv[3] ?? '.';
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `generated-${count}.xml`), generateMspdi(count));
  writeFileSync(join(dir, `generated-${count}.xer`), generateXer(count));
  console.log(`wrote ${join(dir, `generated-${count}`)}.xml and .xer`);
}
