/**
 * Microsoft Project XML (MSPDI) reader: the format MS Project, ProjectLibre and most planning
 * tools export. A streaming saxes parse: each Task, Calendar, Resource and Assignment element
 * is gathered into a small tree with the position of every element, turned into the model as
 * it closes, and dropped, so memory stays bounded by one record.
 *
 * Units, from the MSPDI schema (Microsoft's Project XML Data Interchange reference) and
 * checked against the samples in test/fixtures/schedules:
 * - Duration, Work: xsd:duration in hours (`PT40H0M0S`); working days = hours × 60 / MinutesPerDay.
 * - LinkLag, TotalSlack, FreeSlack: tenths of a minute; working days = value / 10 / MinutesPerDay.
 *   LagFormat (3 m, 5 h, 7 d, 9 w, 11 mo; +1 for the elapsed e-units; 19 %, 20 e%; +32 for the
 *   estimated "?" forms; 21/53 none) is only the unit MS Project displays, except that elapsed
 *   units count 24-hour days and the percent formats hold a percentage of the predecessor's
 *   duration in LinkLag (read as MPXJ reads and writes it: 50 = 50 %).
 * - PredecessorLink Type: 0 FF, 1 FS, 2 SF, 3 SS (FS when absent).
 * - ConstraintType: 0 ASAP, 1 ALAP, 2 MSO, 3 MFO, 4 SNET, 5 SNLT, 6 FNET, 7 FNLT.
 * - WeekDay DayType: 1 Sunday … 7 Saturday; 0 an exception day with a TimePeriod (the pre-2007
 *   form, read only when the calendar has no Exceptions, which Project 2007+ writes as well).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { InputError } from '../../errors.js';
import {
  dayNumber,
  durationHours,
  fromDayNumber,
  LineIndex,
  normaliseDateTime,
  rangeHours,
  sortWarnings,
  tidy,
  timeMinutes,
  weekdayIndex,
} from './common.js';
import type {
  ConstraintType,
  LinkType,
  SchedAssignment,
  SchedBaseline,
  SchedCalendar,
  SchedCalendarException,
  SchedLink,
  SchedProject,
  SchedResource,
  SchedTask,
  ScheduleFile,
  SchedWarning,
  SchedWorkWeek,
  SourcePos,
} from './model.js';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

interface XNode {
  name: string;
  pos: SourcePos;
  text: string;
  children: XNode[];
}

const child = (n: XNode, name: string) => n.children.find((c) => c.name === name);
const children = (n: XNode | undefined, name: string) => (n ? n.children.filter((c) => c.name === name) : []);
const textOf = (n: XNode, name: string): string | undefined => {
  const c = child(n, name);
  return c === undefined ? undefined : c.text.trim();
};

/** The record elements read and dropped one at a time, under the collection that holds them. */
const RECORDS: Record<string, string> = {
  Tasks: 'Task',
  Calendars: 'Calendar',
  Resources: 'Resource',
  Assignments: 'Assignment',
};

const LINK_TYPES: Record<string, LinkType> = { '0': 'FF', '1': 'FS', '2': 'SF', '3': 'SS' };
const CONSTRAINTS: ConstraintType[] = ['ASAP', 'ALAP', 'MSO', 'MFO', 'SNET', 'SNLT', 'FNET', 'FNLT'];
const ELAPSED_FORMATS = new Set([4, 6, 8, 10, 12, 14, 16, 18]);
const PERCENT_FORMATS = new Set([19, 20]);
const KNOWN_FORMATS = new Set([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 19, 20, 21]);
/** The ResourceUID MS Project writes on an assignment of a task that has no resource. */
const NO_RESOURCE = '-65535';

/** Element name in a Task → the neutral key of `SchedTask.fieldPos`. */
const TASK_FIELD_KEYS: Record<string, string> = {
  UID: 'uid',
  ID: 'code',
  Name: 'name',
  WBS: 'wbsCode',
  OutlineLevel: 'outlineLevel',
  Summary: 'summary',
  Milestone: 'milestone',
  Start: 'start',
  Finish: 'finish',
  Duration: 'duration',
  RemainingDuration: 'remainingDuration',
  ActualStart: 'actualStart',
  ActualFinish: 'actualFinish',
  PercentComplete: 'percentComplete',
  PhysicalPercentComplete: 'physicalPercentComplete',
  ConstraintType: 'constraint',
  ConstraintDate: 'constraintDate',
  Deadline: 'deadline',
  CalendarUID: 'calendar',
  TotalSlack: 'totalFloat',
  FreeSlack: 'freeFloat',
  Critical: 'critical',
  EarlyStart: 'earlyStart',
  EarlyFinish: 'earlyFinish',
  LateStart: 'lateStart',
  LateFinish: 'lateFinish',
  Active: 'active',
};

/** Quantities kept in the file's units until MinutesPerDay is known for certain (end of file). */
interface PendingTask {
  task: SchedTask;
  durationHours?: number;
  elapsed: boolean;
  remainingHours?: number;
  totalSlackTenths?: number;
  freeSlackTenths?: number;
  baselineHours: Map<SchedBaseline, number>;
}
interface PendingLink {
  link: SchedLink;
  tenths: number;
  format: number;
}

class MspdiReader {
  private readonly warnings: SchedWarning[] = [];
  private readonly header = new Map<string, XNode>();
  /** The collection elements (Tasks, Calendars …) by name, with where they open. */
  private readonly collections = new Map<string, SourcePos>();
  private readonly tasks: PendingTask[] = [];
  private readonly links: PendingLink[] = [];
  private readonly calendars: SchedCalendar[] = [];
  private readonly resources: SchedResource[] = [];
  private readonly assignments: SchedAssignment[] = [];
  private projectSummaryName: string | undefined;
  /** Days left to scan when expanding recurring exceptions: damaged ranges must not stall the read. */
  private recurrenceBudget = 1_000_000;

  constructor(private readonly file: string) {}

  private warn(message: string, pos?: SourcePos) {
    this.warnings.push(pos ? { message, pos } : { message });
  }

  read(input: string): ScheduleFile {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.trim() === '') throw new InputError('the file is empty', { file: this.file, line: 1, column: 1 });
    const nul = text.indexOf('\u0000');
    const lines = new LineIndex(text);
    if (nul >= 0) {
      throw new InputError('the file holds binary data (a NUL byte), not MS Project XML', {
        file: this.file,
        ...lines.pos(nul),
      });
    }

    const parser = new SaxesParser({ xmlns: true, position: true });
    const stack: XNode[] = [];
    let rootSeen = false;
    let startPos: SourcePos = { line: 1, column: 1 };
    let rootPos: SourcePos = { line: 1, column: 1 };

    parser.on('error', (err) => {
      const msg = err.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
      const unclosed = /^unclosed tag: (.*)$/.exec(msg);
      const what = unclosed
        ? `the XML ends before its <${unclosed[1]}> element is closed: the file looks truncated`
        : `the XML is not well-formed: ${msg}`;
      throw new InputError(what, {
        file: this.file,
        line: parser.line,
        column: Math.max(1, parser.column),
      });
    });
    parser.on('opentagstart', () => {
      // The name has just been read: the '<' is the nearest one behind the parser.
      startPos = lines.pos(text.lastIndexOf('<', parser.position - 1));
    });
    parser.on('opentag', (tag: SaxesTagNS) => {
      if (!rootSeen) {
        rootSeen = true;
        rootPos = startPos;
        if (tag.local !== 'Project' || (tag.uri !== MSPDI_NAMESPACE && tag.uri !== '')) {
          const ns = tag.uri ? ` in namespace ${tag.uri}` : '';
          throw new InputError(
            `not an MS Project XML (MSPDI) file: the root element is <${tag.name}>${ns}, not <Project> in ${MSPDI_NAMESPACE}`,
            { file: this.file, ...startPos },
          );
        }
        if (tag.uri === '') this.warn(`the <Project> root has no namespace; MSPDI uses ${MSPDI_NAMESPACE}`, startPos);
        stack.push({ name: 'Project', pos: startPos, text: '', children: [] });
        return;
      }
      const node: XNode = { name: tag.local, pos: startPos, text: '', children: [] };
      const parent = stack[stack.length - 1];
      // Records are handed over when they close; everything else hangs on its parent.
      const isRecord = stack.length === 2 && parent !== undefined && RECORDS[parent.name] === tag.local;
      if (!isRecord && parent) parent.children.push(node);
      stack.push(node);
    });
    const onText = (t: string) => {
      const top = stack[stack.length - 1];
      if (top) top.text += t;
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    parser.on('closetag', () => {
      const node = stack.pop();
      if (!node) return;
      if (stack.length === 1) {
        if (!RECORDS[node.name]) this.header.set(node.name, node);
        else if (!this.collections.has(node.name)) this.collections.set(node.name, node.pos);
      } else if (stack.length === 2 && RECORDS[stack[1]!.name] === node.name) {
        this.record(node);
      }
    });
    parser.write(text).close();

    return this.finish(rootPos);
  }

  private record(node: XNode) {
    switch (node.name) {
      case 'Task':
        return this.task(node);
      case 'Calendar':
        return this.calendar(node);
      case 'Resource':
        return this.resource(node);
      case 'Assignment':
        return this.assignment(node);
    }
  }

  // ---- values ----

  private num(node: XNode, name: string, what: string): number | undefined {
    const c = child(node, name);
    if (!c) return undefined;
    const raw = c.text.trim();
    if (raw === '') return undefined;
    if (!/^[-+]?\d+(\.\d+)?$/.test(raw)) {
      this.warn(`${what}: ${name} "${raw}" is not a number`, c.pos);
      return undefined;
    }
    return Number(raw);
  }

  private flag(node: XNode, name: string): boolean | undefined {
    const v = textOf(node, name);
    if (v === undefined || v === '') return undefined;
    return v === '1' || v.toLowerCase() === 'true';
  }

  private date(node: XNode, name: string, what: string): string | undefined {
    const c = child(node, name);
    if (!c) return undefined;
    const raw = c.text.trim();
    if (raw === '') return undefined;
    const d = normaliseDateTime(raw);
    if (d === undefined) this.warn(`${what}: ${name} "${raw}" is not a date`, c.pos);
    return d;
  }

  private hours(node: XNode, name: string, what: string): number | undefined {
    const c = child(node, name);
    if (!c) return undefined;
    const raw = c.text.trim();
    if (raw === '') return undefined;
    const h = durationHours(raw);
    if (h === undefined) this.warn(`${what}: ${name} "${raw}" is not a duration`, c.pos);
    return h;
  }

  // ---- records ----

  private task(node: XNode) {
    const uid = textOf(node, 'UID');
    if (!uid) {
      this.warn('a task has no UID; it is skipped', node.pos);
      return;
    }
    const what = `task UID ${uid}`;
    // Blank rows in MS Project's sheet.
    if (this.flag(node, 'IsNull')) return;
    if (uid === '0') {
      // The project summary task: not a task of the plan, but it may carry the project's name.
      this.projectSummaryName = textOf(node, 'Name') || undefined;
      return;
    }
    const fieldPos: Partial<Record<string, SourcePos>> = {};
    for (const c of node.children) {
      const key = TASK_FIELD_KEYS[c.name];
      if (key && fieldPos[key] === undefined) fieldPos[key] = c.pos;
    }
    const summary = this.flag(node, 'Summary') ?? false;
    const milestone = this.flag(node, 'Milestone') ?? false;
    const task: SchedTask = {
      uid,
      name: textOf(node, 'Name') ?? '',
      kind: summary ? 'summary' : milestone ? 'milestone' : 'task',
      summary,
      milestone,
      pos: node.pos,
      fieldPos,
    };
    const code = textOf(node, 'ID');
    if (code) task.code = code;
    const wbs = textOf(node, 'WBS');
    if (wbs) task.wbsCode = wbs;
    const level = this.num(node, 'OutlineLevel', what);
    if (level !== undefined) task.outlineLevel = level;
    if (this.flag(node, 'Active') === false) task.inactive = true;
    if (this.flag(node, 'ExternalTask')) task.external = true;

    const dates: [keyof SchedTask, string][] = [
      ['start', 'Start'],
      ['finish', 'Finish'],
      ['actualStart', 'ActualStart'],
      ['actualFinish', 'ActualFinish'],
      ['earlyStart', 'EarlyStart'],
      ['earlyFinish', 'EarlyFinish'],
      ['lateStart', 'LateStart'],
      ['lateFinish', 'LateFinish'],
      ['deadline', 'Deadline'],
    ];
    for (const [key, el] of dates) {
      const d = this.date(node, el, what);
      if (d !== undefined) (task as unknown as Record<string, string>)[key] = d;
    }

    const pc = this.num(node, 'PercentComplete', what);
    if (pc !== undefined) {
      task.percentComplete = tidy(pc / 100);
      task.percentCompleteType = 'duration';
    }
    const ppc = this.num(node, 'PhysicalPercentComplete', what);
    if (ppc !== undefined) task.physicalPercentComplete = tidy(ppc / 100);

    const ct = textOf(node, 'ConstraintType');
    if (ct !== undefined && ct !== '') {
      const type = CONSTRAINTS[Number(ct)];
      if (type === undefined || !/^\d+$/.test(ct))
        this.warn(`${what}: ConstraintType "${ct}" is not one of 0..7`, child(node, 'ConstraintType')!.pos);
      task.constraint = { type: type ?? 'other', raw: ct };
      const cd = this.date(node, 'ConstraintDate', what);
      if (cd !== undefined && type !== 'ASAP' && type !== 'ALAP') task.constraint.date = cd;
    }

    const cal = textOf(node, 'CalendarUID');
    if (cal && cal !== '-1') task.calendarId = cal;
    const critical = this.flag(node, 'Critical');
    if (critical !== undefined) task.storedCritical = critical;

    const pending: PendingTask = { task, elapsed: false, baselineHours: new Map() };
    const dh = this.hours(node, 'Duration', what);
    if (dh !== undefined) {
      pending.durationHours = dh;
      const fmt = this.num(node, 'DurationFormat', what);
      pending.elapsed = fmt !== undefined && ELAPSED_FORMATS.has(fmt > 32 ? fmt - 32 : fmt);
    }
    const rh = this.hours(node, 'RemainingDuration', what);
    if (rh !== undefined) pending.remainingHours = rh;
    const ts = this.num(node, 'TotalSlack', what);
    if (ts !== undefined) pending.totalSlackTenths = ts;
    const fs = this.num(node, 'FreeSlack', what);
    if (fs !== undefined) pending.freeSlackTenths = fs;

    for (const b of children(node, 'Baseline')) {
      const number = this.num(b, 'Number', `${what} baseline`);
      if (number === undefined) continue;
      const bl: SchedBaseline = { number };
      const bs = this.date(b, 'Start', `${what} baseline ${number}`);
      if (bs !== undefined) bl.start = bs;
      const bf = this.date(b, 'Finish', `${what} baseline ${number}`);
      if (bf !== undefined) bl.finish = bf;
      const bh = this.hours(b, 'Duration', `${what} baseline ${number}`);
      if (bh !== undefined) pending.baselineHours.set(bl, bh);
      task.baselines = [...(task.baselines ?? []), bl];
      if (number === 0) {
        if (bl.start !== undefined) task.baselineStart = bl.start;
        if (bl.finish !== undefined) task.baselineFinish = bl.finish;
        const sp = child(b, 'Start')?.pos;
        if (sp) fieldPos.baselineStart = sp;
        const fp = child(b, 'Finish')?.pos;
        if (fp) fieldPos.baselineFinish = fp;
      }
    }

    for (const l of children(node, 'PredecessorLink')) this.predecessor(l, uid);
    this.tasks.push(pending);
  }

  private predecessor(l: XNode, succUid: string) {
    const what = `link to task UID ${succUid}`;
    const predUid = textOf(l, 'PredecessorUID');
    if (!predUid) {
      this.warn(`${what}: the PredecessorLink has no PredecessorUID; it is skipped`, l.pos);
      return;
    }
    const rawType = textOf(l, 'Type') ?? '1';
    const type = LINK_TYPES[rawType];
    if (!type) {
      this.warn(`${what}: link Type "${rawType}" is not one of 0 (FF), 1 (FS), 2 (SF), 3 (SS); it is skipped`, l.pos);
      return;
    }
    const tenths = this.num(l, 'LinkLag', what) ?? 0;
    const format = this.num(l, 'LagFormat', what) ?? 7;
    const base = format > 32 ? format - 32 : format;
    if (!KNOWN_FORMATS.has(base))
      this.warn(`${what}: LagFormat ${format} is not a known unit; LinkLag read as working time`, l.pos);
    const link: SchedLink = {
      predUid,
      succUid,
      type,
      lag: { value: 0, unit: 'working-days', raw: `LinkLag=${tenths} LagFormat=${format}` },
      pos: l.pos,
    };
    if (this.flag(l, 'CrossProject')) link.external = true;
    this.links.push({ link, tenths, format: base });
  }

  private calendar(node: XNode) {
    const id = textOf(node, 'UID');
    if (!id) {
      this.warn('a calendar has no UID; it is skipped', node.pos);
      return;
    }
    const what = `calendar UID ${id}`;
    const isBase = this.flag(node, 'IsBaseCalendar') ?? true;
    const cal: SchedCalendar = { id, isBase, exceptions: [], pos: node.pos };
    const name = textOf(node, 'Name');
    if (name) cal.name = name;
    const base = textOf(node, 'BaseCalendarUID');
    // Base calendars write -1 or 0 here; only a derived (resource) calendar has a real base.
    if (!isBase) {
      cal.kind = 'resource';
      if (base && base !== '-1') cal.baseId = base;
    }

    const exceptionDays: XNode[] = [];
    const weekDays = children(child(node, 'WeekDays'), 'WeekDay');
    if (weekDays.length > 0) {
      const week = this.week(weekDays, what, exceptionDays);
      cal.weekdays = week.working;
      if (week.hours.some((h) => h !== undefined)) cal.weekdayHours = week.hours;
    }

    const exceptions = children(child(node, 'Exceptions'), 'Exception');
    for (const e of exceptions) this.exception(e, what, cal.exceptions);
    // Project 2007+ writes each exception twice, the old way among the WeekDays too.
    if (exceptions.length === 0) {
      for (const d of exceptionDays) {
        const from = this.periodDate(d, 'FromDate', what);
        const to = this.periodDate(d, 'ToDate', what);
        if (from === undefined || to === undefined) continue;
        const x: SchedCalendarException = { from, to, working: this.flag(d, 'DayWorking') ?? false };
        const h = this.workingHours(d);
        if (x.working && h !== undefined) x.hours = h;
        cal.exceptions.push(x);
      }
    }

    for (const ww of children(child(node, 'WorkWeeks'), 'WorkWeek')) {
      const from = this.periodDate(ww, 'FromDate', what);
      const to = this.periodDate(ww, 'ToDate', what);
      if (from === undefined || to === undefined) continue;
      const week: SchedWorkWeek = {
        from,
        to,
        weekdays: this.week(children(child(ww, 'WeekDays'), 'WeekDay'), what).working,
      };
      const wn = textOf(ww, 'Name');
      if (wn) week.name = wn;
      cal.workWeeks = [...(cal.workWeeks ?? []), week];
    }
    this.calendars.push(cal);
  }

  private week(days: XNode[], what: string, exceptionDays?: XNode[]) {
    const working: (boolean | undefined)[] = Array.from({ length: 7 }, () => undefined);
    const hours: (number | undefined)[] = Array.from({ length: 7 }, () => undefined);
    for (const d of days) {
      const type = this.num(d, 'DayType', what);
      if (type === 0) {
        exceptionDays?.push(d);
        continue;
      }
      if (type === undefined || type < 1 || type > 7 || !Number.isInteger(type)) {
        this.warn(`${what}: WeekDay DayType "${textOf(d, 'DayType') ?? ''}" is not 0..7`, d.pos);
        continue;
      }
      // DayType 1 is Sunday; index 0 is Monday.
      const i = (type + 5) % 7;
      working[i] = this.flag(d, 'DayWorking') ?? false;
      const h = this.workingHours(d);
      if (working[i] && h !== undefined) hours[i] = h;
    }
    return { working, hours };
  }

  private workingHours(d: XNode): number | undefined {
    const ranges: [number, number][] = [];
    for (const wt of children(child(d, 'WorkingTimes'), 'WorkingTime')) {
      const from = timeMinutes(textOf(wt, 'FromTime') ?? '');
      const to = timeMinutes(textOf(wt, 'ToTime') ?? '');
      if (from !== undefined && to !== undefined) ranges.push([from, to]);
    }
    return ranges.length > 0 ? rangeHours(ranges) : undefined;
  }

  private periodDate(n: XNode, name: 'FromDate' | 'ToDate', what: string): string | undefined {
    const tp = child(n, 'TimePeriod');
    if (!tp) {
      this.warn(`${what}: an exception or work week has no TimePeriod; it is skipped`, n.pos);
      return undefined;
    }
    return this.date(tp, name, what)?.slice(0, 10);
  }

  /** One Exception, expanded to the days it covers when it recurs (Type as in MPXJ's reading). */
  private exception(e: XNode, what: string, out: SchedCalendarException[]) {
    const from = this.periodDate(e, 'FromDate', what);
    const to = this.periodDate(e, 'ToDate', what);
    if (from === undefined || to === undefined) return;
    const working = this.flag(e, 'DayWorking') ?? false;
    const base: Omit<SchedCalendarException, 'from' | 'to'> = { working };
    const name = textOf(e, 'Name');
    if (name) base.name = name;
    const h = this.workingHours(e);
    if (working && h !== undefined) base.hours = h;

    const type = this.num(e, 'Type', what) ?? 1;
    const period = Math.max(1, this.num(e, 'Period', what) ?? 1);
    const occurrences = this.num(e, 'Occurrences', what);
    if ((type === 1 || type === 7) && period === 1) {
      out.push({ from, to, ...base });
      return;
    }
    const first = dayNumber(from);
    const last = dayNumber(to);
    const month = this.num(e, 'Month', what);
    const monthDay = this.num(e, 'MonthDay', what);
    const item = this.num(e, 'MonthItem', what);
    const position = this.num(e, 'MonthPosition', what);
    const daysMask = this.num(e, 'DaysOfWeek', what) ?? 0;
    if ((type === 3 || type === 5) && (item === undefined || item < 3 || item > 9)) {
      this.warn(`${what}: a recurring exception on "the day/weekday/weekend day" of a month is not expanded`, e.pos);
      return;
    }
    const matches = (n: number): boolean => {
      if (type === 1 || type === 7) return (n - first) % period === 0;
      const date = fromDayNumber(n);
      const y = Number(date.slice(0, 4));
      const m = Number(date.slice(5, 7));
      const d = Number(date.slice(8, 10));
      const monthsIn = (y - Number(from.slice(0, 4))) * 12 + m - Number(from.slice(5, 7));
      switch (type) {
        case 1:
        case 7:
          return (n - first) % period === 0;
        case 6: {
          const sundayIndex = (weekdayIndex(n) + 1) % 7; // 0 = Sunday, as DaysOfWeek counts
          const weeks = Math.floor((n - first + ((weekdayIndex(first) + 1) % 7)) / 7);
          return (daysMask & (1 << sundayIndex)) !== 0 && weeks % period === 0;
        }
        case 4:
          return d === monthDay && monthsIn % period === 0;
        case 2:
          return d === monthDay && m === (month ?? 0) + 1;
        case 5:
        case 3:
          return (
            (type === 5 ? monthsIn % period === 0 : m === (month ?? 0) + 1) && relativeDay(n, item!, position ?? 0)
          );
        default:
          return false;
      }
    };
    if (![2, 3, 4, 5, 6].includes(type) && !(type === 1 || type === 7)) {
      this.warn(`${what}: exception Type ${type} is not a known recurrence; read as one range`, e.pos);
      out.push({ from, to, ...base });
      return;
    }
    let count = 0;
    // A recurrence is bounded by its own range; the budget only guards against absurd ranges.
    for (let n = first; n <= last; n++) {
      if (--this.recurrenceBudget < 0) {
        if (this.recurrenceBudget === -1)
          this.warn(`${what}: recurring exceptions span too many days; the rest are not expanded`, e.pos);
        return;
      }
      if (!matches(n)) continue;
      const day = fromDayNumber(n);
      out.push({ from: day, to: day, ...base });
      if (occurrences !== undefined && occurrences > 0 && ++count >= occurrences) break;
    }
  }

  private resource(node: XNode) {
    const uid = textOf(node, 'UID');
    if (!uid || this.flag(node, 'IsNull')) return;
    const name = textOf(node, 'Name');
    // UID 0 without a name is the placeholder MS Project writes in every file.
    if (uid === '0' && !name) return;
    const rawKind = textOf(node, 'Type') ?? '1';
    const kind = rawKind === '1' ? 'work' : rawKind === '0' ? 'material' : rawKind === '2' ? 'cost' : 'other';
    const r: SchedResource = { uid, name: name ?? '', kind, rawKind, pos: node.pos };
    const code = textOf(node, 'Initials');
    if (code) r.code = code;
    const cal = textOf(node, 'CalendarUID');
    if (cal && cal !== '-1') r.calendarId = cal;
    this.resources.push(r);
  }

  private assignment(node: XNode) {
    const taskUid = textOf(node, 'TaskUID');
    const resourceUid = textOf(node, 'ResourceUID');
    if (!taskUid || !resourceUid || resourceUid === NO_RESOURCE) return;
    const a: SchedAssignment = { taskUid, resourceUid, pos: node.pos };
    const units = this.num(node, 'Units', `assignment of resource ${resourceUid} to task ${taskUid}`);
    if (units !== undefined) a.units = units;
    this.assignments.push(a);
  }

  // ---- the whole project ----

  private finish(rootPos: SourcePos): ScheduleFile {
    const h = (name: string) => this.header.get(name);
    const htext = (name: string) => h(name)?.text.trim() || undefined;
    const hdate = (name: string) => {
      const n = h(name);
      if (!n || n.text.trim() === '') return undefined;
      const d = normaliseDateTime(n.text);
      if (d === undefined) this.warn(`project: ${name} "${n.text.trim()}" is not a date`, n.pos);
      return d;
    };

    let minutesPerDay = 480;
    const mpd = h('MinutesPerDay');
    if (mpd && mpd.text.trim() !== '') {
      const v = Number(mpd.text.trim());
      if (Number.isFinite(v) && v > 0 && v <= 1440) minutesPerDay = v;
      else this.warn(`project: MinutesPerDay "${mpd.text.trim()}" is not a number of minutes; 480 is used`, mpd.pos);
    }
    const toDays = (hours: number) => tidy((hours * 60) / minutesPerDay);
    const tenthsToDays = (tenths: number) => tidy(tenths / 10 / minutesPerDay);

    const tasks: SchedTask[] = [];
    const byUid = new Map<string, SchedTask>();
    // Outline: the nearest earlier task one level up is the parent, in file order.
    const outline: SchedTask[] = [];
    for (const p of this.tasks) {
      const t = p.task;
      if (p.durationHours !== undefined) {
        if (p.elapsed) t.elapsedDurationDays = tidy(p.durationHours / 24);
        else t.durationDays = toDays(p.durationHours);
      }
      if (p.remainingHours !== undefined) t.remainingDurationDays = toDays(p.remainingHours);
      if (p.totalSlackTenths !== undefined) t.storedTotalFloatDays = tenthsToDays(p.totalSlackTenths);
      if (p.freeSlackTenths !== undefined) t.storedFreeFloatDays = tenthsToDays(p.freeSlackTenths);
      for (const [bl, hours] of p.baselineHours) bl.durationDays = toDays(hours);
      if (t.outlineLevel !== undefined) {
        while (outline.length > 0 && (outline[outline.length - 1]!.outlineLevel ?? 0) >= t.outlineLevel) outline.pop();
        const parent = outline[outline.length - 1];
        if (parent) {
          t.parentUid = parent.uid;
          t.wbsPath = outline.map((o) => o.name);
        }
        outline.push(t);
      }
      if (byUid.has(t.uid)) this.warn(`task UID ${t.uid} appears twice; the second one is kept as well`, t.pos);
      byUid.set(t.uid, t);
      tasks.push(t);
    }

    const links: SchedLink[] = [];
    for (const { link, tenths, format } of this.links) {
      if (PERCENT_FORMATS.has(format)) link.lag = { ...link.lag, value: tenths, unit: 'percent' };
      else if (ELAPSED_FORMATS.has(format))
        link.lag = { ...link.lag, value: tidy(tenths / 10 / 1440), unit: 'elapsed-days' };
      else link.lag = { ...link.lag, value: tenthsToDays(tenths) };
      if (!byUid.has(link.predUid)) link.external = true;
      links.push(link);
    }

    const resourceName = new Map(this.resources.map((r) => [r.uid, r.name]));
    for (const a of this.assignments) {
      const t = byUid.get(a.taskUid);
      const name = resourceName.get(a.resourceUid);
      if (t && name) t.resourceNames = [...(t.resourceNames ?? []), name];
    }

    const saveVersion = htext('SaveVersion');
    const build = htext('BuildNumber');
    const project: SchedProject = {
      id: htext('GUID') ?? '1',
      name: htext('Title') ?? this.projectSummaryName ?? htext('Name') ?? this.file.replace(/^.*[\\/]/, ''),
      hoursPerDay: tidy(minutesPerDay / 60),
      tasks,
      links,
      calendars: this.calendars,
      resources: this.resources,
      assignments: this.assignments,
      wbs: [],
      pos: rootPos,
      fieldPos: {},
      sectionPos: {},
    };
    const named = h('Title')?.text.trim() ? h('Title') : h('Name');
    const headerPos: [string, XNode | undefined][] = [
      ['name', named],
      ['start', h('StartDate')],
      ['finish', h('FinishDate')],
      // No status date: MS Project itself judges progress as of the file's current date.
      ['statusDate', hdate('StatusDate') ? h('StatusDate') : hdate('CurrentDate') ? h('CurrentDate') : undefined],
      ['calendar', h('CalendarUID')],
    ];
    for (const [key, node] of headerPos) if (node) project.fieldPos[key] = node.pos;
    const tasksPos = this.collections.get('Tasks');
    if (tasksPos) {
      project.sectionPos.tasks = tasksPos;
      project.sectionPos.links = tasksPos;
    }
    const sections: [keyof SchedProject['sectionPos'], string][] = [
      ['calendars', 'Calendars'],
      ['resources', 'Resources'],
      ['assignments', 'Assignments'],
    ];
    for (const [key, el] of sections) {
      const pos = this.collections.get(el);
      if (pos) project.sectionPos[key] = pos;
    }
    const statusDate = hdate('StatusDate') ?? hdate('CurrentDate');
    if (statusDate) project.statusDate = statusDate;
    const start = hdate('StartDate');
    if (start) project.start = start;
    const finish = hdate('FinishDate');
    if (finish) project.finish = finish;
    const cal = htext('CalendarUID');
    if (cal && cal !== '-1') project.defaultCalendarId = cal;

    const result: ScheduleFile = { format: 'mspdi', projects: [project], warnings: sortWarnings(this.warnings) };
    if (saveVersion) result.tool = `Microsoft Project ${saveVersion}${build ? ` (build ${build})` : ''}`;
    return result;
  }
}

/** Is day n the `position`-th (0 first … 3 fourth, 4 last) weekday `item` (3 Sunday … 9 Saturday) of its month? */
function relativeDay(n: number, item: number, position: number): boolean {
  const sundayIndex = (weekdayIndex(n) + 1) % 7;
  if (sundayIndex !== item - 3) return false;
  const date = fromDayNumber(n);
  const d = Number(date.slice(8, 10));
  if (position >= 4) {
    // The last one: a week later is in the next month.
    return fromDayNumber(n + 7).slice(5, 7) !== date.slice(5, 7);
  }
  return Math.floor((d - 1) / 7) === position;
}

/**
 * Reads MSPDI text (already decoded; see `decodeXml`). Throws InputError for anything that is
 * not a well-formed MSPDI document; data it cannot use becomes a warning.
 */
export function readMspdi(text: string, file: string): ScheduleFile {
  return new MspdiReader(file).read(text);
}
