/**
 * Primavera P6 XER reader. An XER file is tab-separated text: an `ERMHDR` header line, then
 * tables, each a `%T` line with the table's name, a `%F` line with its field names, `%R`
 * lines with rows, and a `%E` line at the end of the file (some hand-written files put one
 * after each table). The format is simple enough to read directly, line by line.
 *
 * Units and codes, as P6 exports them (and as MPXJ's XER reader reads them):
 * - Durations, float and lag are hours (`target_drtn_hr_cnt`, `total_float_hr_cnt`,
 *   `lag_hr_cnt`); working days = hours / `day_hr_cnt` of the calendar that applies (8 when
 *   none says). Lags use the calendar the project's SCHEDOPTIONS name
 *   (`sched_calendar_on_relationship_lag`: predecessor's by default, successor's, the
 *   project's, or 24-hour, read as elapsed days).
 * - Dates are `YYYY-MM-DD HH:MM`. The data date is PROJECT `last_recalc_date`
 *   (`next_data_date` is the next period's, not this one's).
 * - `target_start_date`/`target_end_date` are P6's planned dates, not a baseline: P6 keeps
 *   baselines as separate projects, so the model's baseline fields stay unset here.
 * - CALENDAR `clndr_data` is P6's nested record text `(0||CalendarData()(...))`: DaysOfWeek
 *   children 1 (Sunday) … 7 (Saturday) with `(s|08:00|f|12:00)` work periods, Exceptions
 *   children with `d|N`, N a day count from 1899-12-30 (the spreadsheet serial date).
 * - The text is Windows-1252 unless it carries a BOM or is valid UTF-8 with non-ASCII
 *   bytes (newer P6 versions write UTF-8; valid UTF-8 multi-byte sequences do not occur
 *   in real Windows-1252 text).
 */
import { InputError } from '../../errors.js';
import {
  dayNumber,
  fromDayNumber,
  LineIndex,
  normaliseDateTime,
  rangeHours,
  sortWarnings,
  tidy,
  timeMinutes,
} from './common.js';
import type {
  ConstraintType,
  LinkType,
  SchedAssignment,
  SchedCalendar,
  SchedCalendarException,
  SchedConstraint,
  SchedLink,
  SchedProject,
  SchedResource,
  SchedTask,
  ScheduleFile,
  SchedWarning,
  SchedWbs,
  SourcePos,
  TaskKind,
} from './model.js';

/** The tables this reader uses; rows of other tables are checked for structure only. */
const TABLES = new Set(['PROJECT', 'PROJWBS', 'TASK', 'TASKPRED', 'CALENDAR', 'RSRC', 'TASKRSRC', 'SCHEDOPTIONS']);

interface Row {
  values: string[];
  /** String offset of each value (index 0 is the `%R` itself). */
  offsets: number[];
}
interface Table {
  name: string;
  pos: SourcePos;
  fields?: Map<string, number>;
  rows: Row[];
}

const CONSTRAINTS: Record<string, ConstraintType> = {
  CS_MSO: 'SO',
  CS_MSOB: 'SNLT',
  CS_MSOA: 'SNET',
  CS_MEO: 'FO',
  CS_MEOB: 'FNLT',
  CS_MEOA: 'FNET',
  CS_ALAP: 'ALAP',
  CS_MANDSTART: 'MSO',
  CS_MANDFIN: 'MFO',
};
const LINK_TYPES: Record<string, LinkType> = {
  PR_FS: 'FS',
  PR_SS: 'SS',
  PR_FF: 'FF',
  PR_SF: 'SF',
  // Hand-written files drop the prefix.
  FS: 'FS',
  SS: 'SS',
  FF: 'FF',
  SF: 'SF',
};
const TASK_KINDS: Record<string, TaskKind> = {
  TT_Task: 'task',
  TT_Rsrc: 'resource-dependent',
  TT_Mile: 'start-milestone',
  TT_FinMile: 'finish-milestone',
  TT_LOE: 'level-of-effort',
  TT_WBS: 'wbs-summary',
};
const STATUS: Record<string, SchedTask['status']> = {
  TK_NotStart: 'not-started',
  TK_Active: 'in-progress',
  TK_Complete: 'complete',
};
const RESOURCE_KINDS: Record<string, SchedResource['kind']> = {
  RT_Labor: 'work',
  // Nonlabor resources (equipment) are booked by time like labor.
  RT_Equip: 'work',
  RT_Mat: 'material',
};
const CALENDAR_KINDS: Record<string, SchedCalendar['kind']> = {
  CA_Base: 'global',
  CA_Project: 'project',
  CA_Rsrc: 'resource',
};
const SERIAL_EPOCH = dayNumber('1899-12-30');
const ID = /^\d+$/;

// ---------------------------------------------------------------- decoding

export type XerEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** Decodes XER bytes: a BOM decides, else valid UTF-8 with non-ASCII bytes is UTF-8, else Windows-1252. */
export function decodeXer(bytes: Uint8Array): { text: string; encoding: XerEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  let ascii = true;
  for (const b of bytes) {
    if (b >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (!ascii) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      // Not UTF-8: the P6 default below.
    }
  }
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

// ---------------------------------------------------------------- clndr_data

interface StRecord {
  name: string;
  attrs: Map<string, string>;
  children: StRecord[];
}

class StructuredTextError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Parses P6's `(0||Name(key|value|…)(children…))` text. Throws StructuredTextError with the offset. */
export function parseStructuredText(s: string): StRecord {
  let i = 0;
  const ws = () => {
    while (i < s.length && s.charCodeAt(i) <= 32) i++;
  };
  const expect = (c: string, what: string) => {
    ws();
    if (i >= s.length) throw new StructuredTextError(`it ends where ${what} should be`, i);
    if (s[i] !== c) throw new StructuredTextError(`"${s[i]}" where ${what} should be`, i);
    i++;
  };
  const record = (depth: number): StRecord => {
    // Real calendars nest four deep; this bound keeps damaged text from exhausting the stack.
    if (depth > 64) throw new StructuredTextError('records nested too deep', i);
    expect('(', 'a record start "("');
    const numStart = i;
    while (i < s.length && s[i]! >= '0' && s[i]! <= '9') i++;
    if (i === numStart) throw new StructuredTextError('a record without its number', i);
    expect('|', 'the separator "||"');
    if (s[i] !== '|') throw new StructuredTextError('a record without the separator "||"', i);
    i++;
    ws();
    const nameStart = i;
    while (i < s.length && s[i] !== '(' && s[i] !== ')') i++;
    const name = s.slice(nameStart, i).trim();
    expect('(', 'the attribute list "("');
    const close = s.indexOf(')', i);
    if (close < 0) throw new StructuredTextError('it ends inside an attribute list', s.length);
    const parts = s.slice(i, close).split('|');
    const attrs = new Map<string, string>();
    for (let p = 0; p + 1 < parts.length; p += 2) attrs.set(parts[p]!.trim(), parts[p + 1]!.trim());
    i = close + 1;
    expect('(', 'the child list "("');
    const children: StRecord[] = [];
    for (;;) {
      ws();
      if (s[i] !== '(') break;
      children.push(record(depth + 1));
    }
    expect(')', 'the end of the child list ")"');
    expect(')', 'the end of the record ")"');
    return { name, attrs, children };
  };
  const root = record(0);
  ws();
  if (i < s.length) throw new StructuredTextError(`unexpected "${s[i]}" after the calendar data`, i);
  return root;
}

function workPeriods(r: StRecord): [number, number][] {
  const out: [number, number][] = [];
  for (const c of r.children) {
    const s = timeMinutes(c.attrs.get('s') ?? '');
    const f = timeMinutes(c.attrs.get('f') ?? '');
    if (s !== undefined && f !== undefined) out.push([s, f]);
  }
  return out;
}

// ---------------------------------------------------------------- reader

class XerReader {
  private readonly warnings: SchedWarning[] = [];
  private readonly tables = new Map<string, Table>();
  /** CALENDAR proj_id: the project a calendar belongs to, when it is not global. */
  private readonly calendarOwner = new Map<string, string>();
  private lines!: LineIndex;
  private text = '';
  private tool: string | undefined;

  constructor(private readonly file: string) {}

  private warn(message: string, pos?: SourcePos) {
    this.warnings.push(pos ? { message, pos } : { message });
  }

  private fail(message: string, pos: SourcePos): never {
    throw new InputError(message, { file: this.file, ...pos });
  }

  read(bytes: Uint8Array): ScheduleFile {
    if (bytes.length === 0) this.fail('the file is empty', { line: 1, column: 1 });
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const nul = utf16 ? -1 : bytes.indexOf(0);
    if (nul >= 0) {
      let line = 1;
      let col = 1;
      for (let i = 0; i < nul; i++) {
        if (bytes[i] === 10) {
          line++;
          col = 1;
        } else col++;
      }
      this.fail('the file holds binary data (a NUL byte), not a P6 XER export', { line, column: col });
    }
    this.text = decodeXer(bytes).text;
    this.lines = new LineIndex(this.text);
    this.scan();
    return this.build();
  }

  private pos(offset: number): SourcePos {
    return this.lines.pos(offset);
  }

  /** Splits the text into records and keeps the rows of the tables this reader uses. */
  private scan() {
    const text = this.text;
    let current: Table | undefined;
    let fieldsSeen = false;
    // Whether the last record read is %E: a file cut short (a download or copy that stopped)
    // ends in a row or mid-row, and would audit as a smaller schedule than the one exported.
    let ended = false;
    let lineNo = 0;
    const rowsWithoutFields = new Set<Table>();
    for (let start = 0; start < text.length || lineNo === 0; ) {
      let end = start;
      while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      const line = text.slice(start, end);
      const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
      lineNo++;
      if (line.trim() !== '') ended = line.startsWith('%E');
      if (lineNo === 1) {
        if (!line.startsWith('ERMHDR')) {
          this.fail(
            text.trim() === ''
              ? 'the file is empty'
              : 'not a Primavera P6 XER file: it does not start with an ERMHDR header line',
            { line: 1, column: 1 },
          );
        }
        const header = line.split('\t');
        if (header[1]) this.tool = `P6 ${header[1].trim()}`;
      } else if (line.startsWith('%T')) {
        const name = (line.split('\t')[1] ?? '').trim();
        if (name === '') this.warn('a %T line without a table name; its rows are ignored', this.pos(start));
        current = { name, pos: this.pos(start), rows: [] };
        if (TABLES.has(name)) {
          if (this.tables.has(name))
            this.warn(`table ${name} appears twice; the rows of both are read`, this.pos(start));
          else this.tables.set(name, current);
          current = this.tables.get(name);
        }
      } else if (line.startsWith('%F')) {
        if (!current) this.fail('a %F field list before any %T table line', this.pos(start));
        fieldsSeen = true;
        const names = line.split('\t');
        const fields = new Map<string, number>();
        for (let i = 1; i < names.length; i++) {
          const n = names[i]!.trim();
          if (fields.has(n)) {
            if (TABLES.has(current.name))
              this.warn(`table ${current.name} lists field ${n} twice; the first is read`, this.pos(start));
          } else fields.set(n, i);
        }
        if (current.fields && TABLES.has(current.name) && current.rows.length > 0) {
          // A second %F for the same table (two exports pasted together) must not re-label old rows.
          this.warn(`table ${current.name} has a second %F line; it starts a new block`, this.pos(start));
          current = { name: current.name, pos: this.pos(start), rows: [] };
          this.tables.set(`${current.name}#${start}`, current);
        }
        current.fields = fields;
      } else if (line.startsWith('%R')) {
        if (!fieldsSeen) this.fail('a %R row before any %F field list', this.pos(start));
        if (!current?.fields) {
          if (current && !rowsWithoutFields.has(current)) {
            rowsWithoutFields.add(current);
            this.warn(
              `table ${current.name || '(unnamed)'} has rows but no %F field list; they are ignored`,
              this.pos(start),
            );
          }
        } else if (TABLES.has(current.name)) {
          const values: string[] = [];
          const offsets: number[] = [];
          let o = start;
          for (const v of line.split('\t')) {
            values.push(v);
            offsets.push(o);
            o += v.length + 1;
          }
          if (values.length - 1 > current.fields.size) {
            this.warn(
              `${current.name} row has ${values.length - 1} values for ${current.fields.size} fields; the extra ones are ignored`,
              this.pos(start),
            );
          }
          current.rows.push({ values, offsets });
        }
      } else if (line.startsWith('%E')) {
        current = undefined;
      } else if (line.trim() !== '' && !line.startsWith('%')) {
        this.warn('a line that is not a %T, %F, %R or %E record; it is ignored', this.pos(start));
      }
      start = next;
      if (end >= text.length) break;
    }
    if (!ended)
      this.fail(
        'the file does not end with the %E line P6 writes last: it looks truncated',
        this.pos(text.replace(/[\r\n]+$/, '').length),
      );
  }

  // ---- row access ----

  private rows(table: string): { t: Table; r: Row }[] {
    const out: { t: Table; r: Row }[] = [];
    for (const [key, t] of this.tables) {
      if (key === table || key.startsWith(`${table}#`)) for (const r of t.rows) out.push({ t, r });
    }
    return out;
  }

  private get(t: Table, r: Row, field: string): string | undefined {
    const i = t.fields?.get(field);
    if (i === undefined) return undefined;
    const v = r.values[i];
    if (v === undefined) return undefined;
    const s = v.trim();
    return s === '' ? undefined : s.includes('""') ? s.replaceAll('""', '"') : s;
  }

  private at(t: Table, r: Row, field?: string): SourcePos {
    const i = field === undefined ? undefined : t.fields?.get(field);
    const o = i === undefined ? undefined : r.offsets[i];
    return this.pos(o ?? r.offsets[0]!);
  }

  private num(t: Table, r: Row, field: string, what: string): number | undefined {
    const v = this.get(t, r, field);
    if (v === undefined) return undefined;
    // Some locales export a decimal comma.
    const s = /^-?\d+,\d+$/.test(v) ? v.replace(',', '.') : v;
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) {
      this.warn(`${what}: ${field} "${v}" is not a number`, this.at(t, r, field));
      return undefined;
    }
    return Number(s);
  }

  private date(t: Table, r: Row, field: string, what: string): string | undefined {
    const v = this.get(t, r, field);
    if (v === undefined) return undefined;
    const d = normaliseDateTime(v);
    if (d === undefined) this.warn(`${what}: ${field} "${v}" is not a date`, this.at(t, r, field));
    return d;
  }

  private id(t: Table, r: Row, field: string, what: string): string | undefined {
    const v = this.get(t, r, field);
    if (v === undefined) {
      this.warn(`${what} has no ${field}; it is skipped`, this.at(t, r, field));
      return undefined;
    }
    if (!ID.test(v)) {
      this.warn(`${what}: ${field} "${v}" is not a P6 id; the row is skipped`, this.at(t, r, field));
      return undefined;
    }
    return v;
  }

  // ---- building the model ----

  /** The `%T` line of each table the project's collections come from. */
  private sectionPositions(): SchedProject['sectionPos'] {
    const out: SchedProject['sectionPos'] = {};
    const tables: [keyof SchedProject['sectionPos'], string][] = [
      ['tasks', 'TASK'],
      ['links', 'TASKPRED'],
      ['calendars', 'CALENDAR'],
      ['resources', 'RSRC'],
      ['assignments', 'TASKRSRC'],
    ];
    for (const [key, name] of tables) {
      const t = this.tables.get(name);
      if (t) out[key] = t.pos;
    }
    return out;
  }

  private calendars(): SchedCalendar[] {
    const out: SchedCalendar[] = [];
    for (const { t, r } of this.rows('CALENDAR')) {
      const id = this.id(t, r, 'clndr_id', 'a CALENDAR row');
      if (!id) continue;
      const what = `calendar ${id}`;
      const base = this.get(t, r, 'base_clndr_id');
      const cal: SchedCalendar = { id, isBase: base === undefined, exceptions: [], pos: this.at(t, r) };
      const name = this.get(t, r, 'clndr_name');
      if (name) cal.name = name;
      if (base) cal.baseId = base;
      const owner = this.get(t, r, 'proj_id');
      if (owner) this.calendarOwner.set(id, owner);
      const type = this.get(t, r, 'clndr_type');
      if (type) {
        const kind = CALENDAR_KINDS[type];
        if (kind) cal.kind = kind;
      }
      const hpd = this.num(t, r, 'day_hr_cnt', what);
      if (hpd !== undefined) {
        if (hpd > 0 && hpd <= 24) cal.hoursPerDay = hpd;
        else this.warn(`${what}: day_hr_cnt ${hpd} is not a number of hours in a day`, this.at(t, r, 'day_hr_cnt'));
      }
      const data = this.get(t, r, 'clndr_data');
      if (data) this.calendarData(cal, data, t, r);
      out.push(cal);
    }
    return out;
  }

  private calendarData(cal: SchedCalendar, data: string, t: Table, r: Row) {
    let root: StRecord;
    try {
      root = parseStructuredText(data);
    } catch (e) {
      if (!(e instanceof StructuredTextError)) throw e;
      const col = t.fields?.get('clndr_data');
      // Point at the damage itself: the field's start plus the offset inside it.
      const raw = col === undefined ? undefined : r.values[col];
      const lead = raw === undefined ? 0 : raw.length - raw.trimStart().length;
      const base = col === undefined ? r.offsets[0]! : r.offsets[col]! + lead;
      this.warn(
        `calendar ${cal.id}: clndr_data is damaged (${e.message}); its work week and exceptions are not read`,
        this.pos(base + e.offset),
      );
      return;
    }
    const days = root.children.find((c) => c.name === 'DaysOfWeek');
    if (days) {
      const working: (boolean | undefined)[] = Array.from({ length: 7 }, () => undefined);
      const hours: (number | undefined)[] = Array.from({ length: 7 }, () => undefined);
      for (const d of days.children) {
        const n = Number(d.name);
        if (!Number.isInteger(n) || n < 1 || n > 7) continue;
        // 1 is Sunday; index 0 is Monday.
        const i = (n + 5) % 7;
        const periods = workPeriods(d);
        working[i] = periods.length > 0;
        if (periods.length > 0) hours[i] = rangeHours(periods);
      }
      cal.weekdays = working;
      if (hours.some((h) => h !== undefined)) cal.weekdayHours = hours;
    }
    const exceptions = root.children.find((c) => c.name === 'Exceptions');
    for (const e of exceptions?.children ?? []) {
      const serial = Number(e.attrs.get('d'));
      if (!Number.isInteger(serial)) continue;
      const date = fromDayNumber(SERIAL_EPOCH + serial);
      const periods = workPeriods(e);
      const x: SchedCalendarException = { from: date, to: date, working: periods.length > 0 };
      if (periods.length > 0) x.hours = rangeHours(periods);
      cal.exceptions.push(x);
    }
    cal.exceptions.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  }

  private wbsNodes(): Map<string, { node: SchedWbs; projId?: string }> {
    const out = new Map<string, { node: SchedWbs; projId?: string }>();
    for (const { t, r } of this.rows('PROJWBS')) {
      const id = this.id(t, r, 'wbs_id', 'a PROJWBS row');
      if (!id) continue;
      const node: SchedWbs = {
        id,
        name: this.get(t, r, 'wbs_name') ?? '',
        projectNode: this.get(t, r, 'proj_node_flag') === 'Y',
        pos: this.at(t, r),
      };
      const parent = this.get(t, r, 'parent_wbs_id');
      if (parent) node.parentId = parent;
      const code = this.get(t, r, 'wbs_short_name');
      if (code) node.code = code;
      const projId = this.get(t, r, 'proj_id');
      out.set(id, projId ? { node, projId } : { node });
    }
    return out;
  }

  private build(): ScheduleFile {
    const calendars = this.calendars();
    const calById = new Map(calendars.map((c) => [c.id, c]));
    const wbs = this.wbsNodes();

    // Projects, in file order.
    const projects: SchedProject[] = [];
    const projectById = new Map<string, SchedProject>();
    const lagCalendar = new Map<string, string>();
    for (const { t, r } of this.rows('PROJECT')) {
      const id = this.id(t, r, 'proj_id', 'a PROJECT row');
      if (!id) continue;
      const what = `project ${id}`;
      const code = this.get(t, r, 'proj_short_name');
      const projNode = [...wbs.values()].find((w) => w.projId === id && w.node.projectNode);
      const p: SchedProject = {
        id,
        name: projNode?.node.name || code || id,
        hoursPerDay: 8,
        tasks: [],
        links: [],
        calendars: [],
        resources: [],
        assignments: [],
        wbs: [],
        pos: this.at(t, r),
        fieldPos: {},
        sectionPos: this.sectionPositions(),
      };
      const fields: [string, string][] = [
        ['name', 'proj_short_name'],
        ['start', 'plan_start_date'],
        ['finish', 'scd_end_date'],
        ['dataDate', 'last_recalc_date'],
        ['statusDate', 'last_recalc_date'],
        ['mustFinishBy', 'plan_end_date'],
        ['calendar', 'clndr_id'],
      ];
      for (const [key, field] of fields) if (t.fields?.has(field)) p.fieldPos[key] = this.at(t, r, field);
      if (code) p.code = code;
      const dataDate = this.date(t, r, 'last_recalc_date', what);
      if (dataDate) p.dataDate = dataDate;
      const start = this.date(t, r, 'plan_start_date', what);
      if (start) p.start = start;
      const finish = this.date(t, r, 'scd_end_date', what);
      if (finish) p.finish = finish;
      const must = this.date(t, r, 'plan_end_date', what);
      if (must) p.mustFinishBy = must;
      const cal = this.get(t, r, 'clndr_id');
      if (cal) {
        p.defaultCalendarId = cal;
        const c = calById.get(cal);
        if (c?.hoursPerDay) p.hoursPerDay = c.hoursPerDay;
        else if (!c) this.warn(`${what}: default calendar ${cal} is not in the file`, this.at(t, r, 'clndr_id'));
      }
      if (projectById.has(id)) {
        this.warn(`project ${id} appears twice; the second row is skipped`, p.pos);
        continue;
      }
      projects.push(p);
      projectById.set(id, p);
    }
    for (const { t, r } of this.rows('SCHEDOPTIONS')) {
      const pid = this.get(t, r, 'proj_id');
      const lag = this.get(t, r, 'sched_calendar_on_relationship_lag');
      if (pid && lag) lagCalendar.set(pid, lag);
    }

    const taskRows = this.rows('TASK');
    if (projects.length === 0) {
      if (taskRows.length === 0) {
        this.fail('the XER file has no PROJECT or TASK rows: there is no schedule in it', { line: 1, column: 1 });
      }
      this.warn('the file has no PROJECT table; its activities are read as one unnamed project', taskRows[0]!.t.pos);
      const p: SchedProject = {
        id: '',
        name: this.file.replace(/^.*[\\/]/, ''),
        hoursPerDay: 8,
        tasks: [],
        links: [],
        calendars: [],
        resources: [],
        assignments: [],
        wbs: [],
        pos: { line: 1, column: 1 },
        fieldPos: {},
        sectionPos: this.sectionPositions(),
      };
      projects.push(p);
      projectById.set('', p);
    }
    const only = projects.length === 1 ? projects[0] : undefined;
    const projectOf = (pid: string | undefined) => (pid !== undefined ? projectById.get(pid) : undefined) ?? only;

    for (const p of projects) {
      p.calendars = calendars.filter((c) => {
        const owner = this.calendarOwner.get(c.id);
        return owner === undefined || owner === p.id;
      });
      for (const w of wbs.values()) if (w.projId === undefined ? p === only : w.projId === p.id) p.wbs.push(w.node);
    }

    const wbsPath = (id: string | undefined): { names: string[]; codes: string[] } | undefined => {
      if (id === undefined || !wbs.has(id)) return undefined;
      const names: string[] = [];
      const codes: string[] = [];
      const seen = new Set<string>();
      for (let w = wbs.get(id); w && !w.node.projectNode && !seen.has(w.node.id); w = wbs.get(w.node.parentId ?? '')) {
        seen.add(w.node.id);
        names.unshift(w.node.name);
        if (w.node.code) codes.unshift(w.node.code);
      }
      return { names, codes };
    };

    // Activities.
    const taskProject = new Map<string, SchedProject>();
    const taskById = new Map<string, SchedTask>();
    const checkedTables = new Set<Table>();
    for (const { t, r } of taskRows) {
      if (!checkedTables.has(t)) {
        checkedTables.add(t);
        const dateFields = ['target_start_date', 'early_start_date', 'act_start_date', 'restart_date'];
        if (!dateFields.some((f) => t.fields?.has(f)))
          this.warn(
            `table TASK has none of P6's date fields (${dateFields.join(', ')}); no activity dates are read`,
            t.pos,
          );
      }
      const uid = this.id(t, r, 'task_id', 'a TASK row');
      if (!uid) continue;
      const what = `activity ${uid}`;
      const pid = this.get(t, r, 'proj_id');
      const p = projectOf(pid);
      if (!p) {
        this.warn(
          `${what}: project ${pid ?? '(none)'} is not in the file; the activity is skipped`,
          this.at(t, r, 'proj_id'),
        );
        continue;
      }
      if (taskById.has(uid)) {
        this.warn(`${what} appears twice; the second row is skipped`, this.at(t, r));
        continue;
      }
      const task = this.task(t, r, uid, p, calById, wbsPath);
      p.tasks.push(task);
      taskProject.set(uid, p);
      taskById.set(uid, task);
    }

    // Relationships: each belongs to its successor's project.
    for (const { t, r } of this.rows('TASKPRED')) {
      const succ = this.id(t, r, 'task_id', 'a TASKPRED row');
      const pred = succ && this.id(t, r, 'pred_task_id', `the relationship to activity ${succ}`);
      if (!succ || !pred) continue;
      const what = `relationship ${pred} → ${succ}`;
      const rawType = this.get(t, r, 'pred_type');
      const type = rawType === undefined ? undefined : LINK_TYPES[rawType];
      if (!type) {
        this.warn(
          `${what}: pred_type ${rawType === undefined ? 'is missing' : `"${rawType}" is not PR_FS, PR_SS, PR_FF or PR_SF`}; it is skipped`,
          this.at(t, r, 'pred_type'),
        );
        continue;
      }
      const p = taskProject.get(succ) ?? projectOf(this.get(t, r, 'proj_id'));
      if (!p) {
        this.warn(`${what}: the successor is not an activity in the file; it is skipped`, this.at(t, r));
        continue;
      }
      const hours = this.num(t, r, 'lag_hr_cnt', what) ?? 0;
      const link: SchedLink = {
        predUid: pred,
        succUid: succ,
        type,
        lag: this.lag(hours, p, lagCalendar.get(p.id), taskById.get(pred), taskById.get(succ), calById),
        pos: this.at(t, r),
      };
      if (taskProject.get(pred) !== p) link.external = true;
      p.links.push(link);
    }

    // Resources are global in P6: every project sees them all.
    const resources: SchedResource[] = [];
    for (const { t, r } of this.rows('RSRC')) {
      const uid = this.id(t, r, 'rsrc_id', 'an RSRC row');
      if (!uid) continue;
      const rawKind = this.get(t, r, 'rsrc_type');
      const res: SchedResource = {
        uid,
        name: this.get(t, r, 'rsrc_name') ?? '',
        kind: rawKind === undefined ? 'other' : (RESOURCE_KINDS[rawKind] ?? 'other'),
        pos: this.at(t, r),
      };
      if (rawKind) res.rawKind = rawKind;
      const code = this.get(t, r, 'rsrc_short_name');
      if (code) res.code = code;
      const cal = this.get(t, r, 'clndr_id');
      if (cal) res.calendarId = cal;
      resources.push(res);
    }
    const resourceById = new Map(resources.map((r) => [r.uid, r]));
    for (const p of projects) p.resources = resources;

    for (const { t, r } of this.rows('TASKRSRC')) {
      const taskUid = this.id(t, r, 'task_id', 'a TASKRSRC row');
      if (!taskUid) continue;
      const resourceUid = this.get(t, r, 'rsrc_id');
      // A role-only assignment names no resource.
      if (!resourceUid) continue;
      const p = taskProject.get(taskUid) ?? projectOf(this.get(t, r, 'proj_id'));
      if (!p) continue;
      const a: SchedAssignment = { taskUid, resourceUid, pos: this.at(t, r) };
      const what = `assignment of resource ${resourceUid} to activity ${taskUid}`;
      const units = this.num(t, r, 'target_qty_per_hr', what) ?? this.num(t, r, 'remain_qty_per_hr', what);
      if (units !== undefined) a.units = units;
      p.assignments.push(a);
      const task = taskById.get(taskUid);
      const res = resourceById.get(resourceUid);
      if (task && res && !task.resourceNames?.includes(res.name))
        task.resourceNames = [...(task.resourceNames ?? []), res.name];
    }

    const result: ScheduleFile = { format: 'xer', projects, warnings: sortWarnings(this.warnings) };
    if (this.tool) result.tool = this.tool;
    return result;
  }

  private lag(
    hours: number,
    p: SchedProject,
    option: string | undefined,
    pred: SchedTask | undefined,
    succ: SchedTask | undefined,
    calById: Map<string, SchedCalendar>,
  ): SchedLink['lag'] {
    const raw = `lag_hr_cnt=${hours}`;
    if (option === 'rcal_24Hour') return { value: tidy(hours / 24), unit: 'elapsed-days', raw };
    const calId =
      option === 'rcal_Successor'
        ? succ?.calendarId
        : option === 'rcal_Project'
          ? p.defaultCalendarId
          : pred?.calendarId;
    const perDay = (calId !== undefined ? calById.get(calId)?.hoursPerDay : undefined) ?? p.hoursPerDay;
    return { value: tidy(hours / perDay), unit: 'working-days', raw };
  }

  private task(
    t: Table,
    r: Row,
    uid: string,
    p: SchedProject,
    calById: Map<string, SchedCalendar>,
    wbsPath: (id: string | undefined) => { names: string[]; codes: string[] } | undefined,
  ): SchedTask {
    const what = `activity ${uid}`;
    const rawKind = this.get(t, r, 'task_type');
    let kind: TaskKind = 'task';
    if (rawKind !== undefined) {
      const k = TASK_KINDS[rawKind];
      if (!k) this.warn(`${what}: task_type "${rawKind}" is not a P6 activity type`, this.at(t, r, 'task_type'));
      kind = k ?? 'other';
    }
    const fieldPos: Partial<Record<string, SourcePos>> = {};
    const field = (key: string, name: string) => {
      if (t.fields?.has(name) && fieldPos[key] === undefined) fieldPos[key] = this.at(t, r, name);
    };
    const task: SchedTask = {
      uid,
      name: this.get(t, r, 'task_name') ?? '',
      kind,
      summary: kind === 'wbs-summary',
      milestone: kind === 'start-milestone' || kind === 'finish-milestone',
      pos: this.at(t, r),
      fieldPos,
    };
    if (rawKind) task.rawKind = rawKind;
    field('uid', 'task_id');
    field('code', 'task_code');
    field('name', 'task_name');
    field('kind', 'task_type');
    const code = this.get(t, r, 'task_code');
    if (code) task.code = code;

    const wbsId = this.get(t, r, 'wbs_id');
    if (wbsId) {
      task.wbsId = wbsId;
      field('wbs', 'wbs_id');
      const path = wbsPath(wbsId);
      if (path && path.names.length > 0) {
        task.wbsPath = path.names;
        if (path.codes.length > 0) task.wbsCode = path.codes.join('.');
      }
    }

    const status = this.get(t, r, 'status_code');
    if (status !== undefined) {
      const s = STATUS[status];
      if (s) task.status = s;
      else this.warn(`${what}: status_code "${status}" is not a P6 status`, this.at(t, r, 'status_code'));
      field('status', 'status_code');
    }

    const calId = this.get(t, r, 'clndr_id');
    let perDay = p.hoursPerDay;
    if (calId) {
      task.calendarId = calId;
      field('calendar', 'clndr_id');
      const c = calById.get(calId);
      if (c?.hoursPerDay) perDay = c.hoursPerDay;
    }
    const days = (hours: number) => tidy(hours / perDay);

    const dates: [keyof SchedTask, string, string][] = [
      ['actualStart', 'act_start_date', 'actualStart'],
      ['actualFinish', 'act_end_date', 'actualFinish'],
      ['earlyStart', 'early_start_date', 'earlyStart'],
      ['earlyFinish', 'early_end_date', 'earlyFinish'],
      ['lateStart', 'late_start_date', 'lateStart'],
      ['lateFinish', 'late_end_date', 'lateFinish'],
      ['plannedStart', 'target_start_date', 'plannedStart'],
      ['plannedFinish', 'target_end_date', 'plannedFinish'],
    ];
    const values = task as unknown as Record<string, string>;
    for (const [key, name, posKey] of dates) {
      const d = this.date(t, r, name, what);
      if (d !== undefined) {
        values[key] = d;
        field(posKey, name);
      }
    }
    // P6's Start/Finish columns: actual if there is one, else the remaining (early) date.
    const remStart = this.date(t, r, 'restart_date', what);
    const remFinish = this.date(t, r, 'reend_date', what);
    const startSrc: [string | undefined, string][] = [
      [task.actualStart, 'act_start_date'],
      [remStart, 'restart_date'],
      [task.earlyStart, 'early_start_date'],
      [task.plannedStart, 'target_start_date'],
    ];
    const finishSrc: [string | undefined, string][] = [
      [task.actualFinish, 'act_end_date'],
      [remFinish, 'reend_date'],
      [task.earlyFinish, 'early_end_date'],
      [task.plannedFinish, 'target_end_date'],
    ];
    const s = startSrc.find(([v]) => v !== undefined);
    if (s) {
      task.start = s[0]!;
      field('start', s[1]);
    }
    const f = finishSrc.find(([v]) => v !== undefined);
    if (f) {
      task.finish = f[0]!;
      field('finish', f[1]);
    }

    const target = this.num(t, r, 'target_drtn_hr_cnt', what);
    if (target !== undefined) {
      task.durationDays = days(target);
      field('duration', 'target_drtn_hr_cnt');
    }
    const remain = this.num(t, r, 'remain_drtn_hr_cnt', what);
    if (remain !== undefined) {
      task.remainingDurationDays = days(remain);
      field('remainingDuration', 'remain_drtn_hr_cnt');
    }
    const tf = this.num(t, r, 'total_float_hr_cnt', what);
    if (tf !== undefined) {
      task.storedTotalFloatDays = days(tf);
      field('totalFloat', 'total_float_hr_cnt');
    }
    const ff = this.num(t, r, 'free_float_hr_cnt', what);
    if (ff !== undefined) {
      task.storedFreeFloatDays = days(ff);
      field('freeFloat', 'free_float_hr_cnt');
    }
    const longest = this.get(t, r, 'driving_path_flag');
    if (longest !== undefined) {
      task.storedLongestPath = longest === 'Y';
      field('longestPath', 'driving_path_flag');
    }

    this.percent(t, r, task, target, remain, status, what);

    const c1 = this.constraint(t, r, 'cstr_type', 'cstr_date', what);
    if (c1) {
      task.constraint = c1;
      field('constraint', 'cstr_type');
      field('constraintDate', 'cstr_date');
    }
    const c2 = this.constraint(t, r, 'cstr_type2', 'cstr_date2', what);
    if (c2) {
      task.secondaryConstraint = c2;
      field('secondaryConstraint', 'cstr_type2');
    }
    return task;
  }

  /** Percent complete by the activity's own type, as P6 computes each one. */
  private percent(
    t: Table,
    r: Row,
    task: SchedTask,
    target: number | undefined,
    remain: number | undefined,
    status: string | undefined,
    what: string,
  ) {
    const phys = this.num(t, r, 'phys_complete_pct', what);
    if (phys !== undefined) task.physicalPercentComplete = tidy(phys / 100);
    const type = this.get(t, r, 'complete_pct_type');
    if (type === 'CP_Phys') {
      task.percentCompleteType = 'physical';
      if (phys !== undefined) {
        task.percentComplete = tidy(phys / 100);
        task.fieldPos.percentComplete = this.at(t, r, 'phys_complete_pct');
      }
    } else if (type === 'CP_Units') {
      task.percentCompleteType = 'units';
      const aw = this.num(t, r, 'act_work_qty', what) ?? 0;
      const ae = this.num(t, r, 'act_equip_qty', what) ?? 0;
      const rw = this.num(t, r, 'remain_work_qty', what) ?? 0;
      const re = this.num(t, r, 'remain_equip_qty', what) ?? 0;
      const total = aw + ae + rw + re;
      task.percentComplete = total === 0 ? 0 : tidy((aw + ae) / total);
      task.fieldPos.percentComplete = this.at(t, r, 'act_work_qty');
    } else if (type === 'CP_Drtn' || (type === undefined && target !== undefined)) {
      task.percentCompleteType = 'duration';
      const tgt = target ?? 0;
      const rem = remain ?? tgt;
      task.percentComplete = tgt === 0 ? (status === 'TK_Complete' ? 1 : 0) : rem < tgt ? tidy((tgt - rem) / tgt) : 0;
      task.fieldPos.percentComplete = this.at(t, r, 'remain_drtn_hr_cnt');
    } else if (type !== undefined) {
      this.warn(
        `${what}: complete_pct_type "${type}" is not a P6 percent complete type`,
        this.at(t, r, 'complete_pct_type'),
      );
    }
  }

  private constraint(
    t: Table,
    r: Row,
    typeField: string,
    dateField: string,
    what: string,
  ): SchedConstraint | undefined {
    const raw = this.get(t, r, typeField);
    if (raw === undefined) return undefined;
    const type = CONSTRAINTS[raw];
    if (!type) this.warn(`${what}: ${typeField} "${raw}" is not a P6 constraint type`, this.at(t, r, typeField));
    const c: SchedConstraint = { type: type ?? 'other', raw };
    const d = this.date(t, r, dateField, what);
    if (d !== undefined && type !== 'ALAP') c.date = d;
    return c;
  }
}

/**
 * Reads a P6 XER export. Throws InputError for a file that is not an XER or whose structure is
 * broken beyond reading; damaged rows and calendars become warnings.
 */
export function readXer(bytes: Uint8Array, file: string): ScheduleFile {
  return new XerReader(file).read(bytes);
}
