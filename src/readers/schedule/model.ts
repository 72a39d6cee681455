/**
 * The raw reading layer's intermediate model: what a Microsoft Project (MSPDI) or Primavera P6
 * (XER) file says, in one format-neutral shape, with the source position of everything a
 * finding may need to point at. No scheduling is done here and nothing is inferred that the
 * file does not state; a later step maps this onto pmcheck's plan.
 *
 * Conventions:
 * - Dates are ISO 8601 local date-times without a zone (`2026-01-05T08:00:00`), as the tools
 *   write them; XER's `2026-01-05 08:00` is normalised to that form. Calendar dates are
 *   `YYYY-MM-DD`.
 * - Working days come from the file's own hours per day (MSPDI `MinutesPerDay`, XER
 *   `day_hr_cnt` of the calendar that applies); elapsed days are 24 hours.
 * - Fractions are 0..1 (percent complete, units).
 */

/** 1-based line and column (in UTF-16 code units of the decoded text). */
export interface SourcePos {
  line: number;
  column: number;
}

/** An exception to a calendar's working week, one calendar-date range (both ends inclusive). */
export interface SchedCalendarException {
  from: string;
  to: string;
  working: boolean;
  name?: string;
  /** Working hours on each day of the range, when the exception is a working one and says so. */
  hours?: number;
}

/** A date range during which a different working week applies (MSPDI `WorkWeeks`). */
export interface SchedWorkWeek {
  from: string;
  to: string;
  name?: string;
  /** Index 0 = Monday … 6 = Sunday; undefined = as the calendar's default week. */
  weekdays: (boolean | undefined)[];
}

export interface SchedCalendar {
  id: string;
  name?: string;
  /** The calendar this one derives from (MSPDI `BaseCalendarUID`, XER `base_clndr_id`). */
  baseId?: string;
  /** A calendar that stands on its own rather than deriving from another one. */
  isBase: boolean;
  /** XER `clndr_type` (CA_Base, CA_Project, CA_Rsrc) or, for MSPDI, whether it is a resource calendar. */
  kind?: 'global' | 'project' | 'resource';
  /** XER `day_hr_cnt`. MSPDI keeps hours per day on the project, not on calendars. */
  hoursPerDay?: number;
  /** Index 0 = Monday … 6 = Sunday; undefined = inherit from the base calendar (or not stated). */
  weekdays?: (boolean | undefined)[];
  /** Working hours on each weekday, same indexing, where the file lists the working times. */
  weekdayHours?: (number | undefined)[];
  exceptions: SchedCalendarException[];
  workWeeks?: SchedWorkWeek[];
  pos: SourcePos;
}

export type ConstraintType =
  | 'ASAP'
  | 'ALAP'
  | 'MSO'
  | 'MFO'
  | 'SNET'
  | 'SNLT'
  | 'FNET'
  | 'FNLT'
  | 'SO'
  | 'FO'
  | 'other';

export interface SchedConstraint {
  /**
   * MSO/MFO: must start/finish on (MS Project's "Must …", P6's "Mandatory …"), the hard ones.
   * SO/FO: P6's "Start On"/"Finish On", which P6 treats as soft.
   */
  type: ConstraintType;
  date?: string;
  /** The value as written: the MSPDI code (`2`) or the XER code (`CS_MANDSTART`). */
  raw: string;
}

export type TaskKind =
  | 'task'
  | 'summary'
  | 'milestone'
  /** P6 start milestone (TT_Mile). */
  | 'start-milestone'
  /** P6 finish milestone (TT_FinMile). */
  | 'finish-milestone'
  /** P6 level of effort (TT_LOE). */
  | 'level-of-effort'
  /** P6 WBS summary activity (TT_WBS). */
  | 'wbs-summary'
  /** P6 resource dependent (TT_Rsrc). */
  | 'resource-dependent'
  | 'other';

export interface SchedBaseline {
  /** 0 is "the" baseline; MS Project keeps 1..10 as well. */
  number: number;
  start?: string;
  finish?: string;
  durationDays?: number;
}

export interface SchedTask {
  /** MSPDI `UID`, XER `task_id`. */
  uid: string;
  /** MSPDI `ID` (the row number), XER `task_code` (the activity ID people see). */
  code?: string;
  name: string;
  /** Names of the summary tasks (MSPDI) or WBS nodes (XER) above the task, outermost first. */
  wbsPath?: string[];
  /** MSPDI: the enclosing summary task. */
  parentUid?: string;
  /** XER: the WBS node the activity belongs to (see `SchedProject.wbs`). */
  wbsId?: string;
  /** MSPDI `WBS` code (e.g. `1.2.3`) or XER `wbs_short_name` path joined with dots. */
  wbsCode?: string;
  outlineLevel?: number;
  kind: TaskKind;
  /** The type as written (XER `task_type`), when it tells more than `kind`. */
  rawKind?: string;
  summary: boolean;
  milestone: boolean;
  /** MS Project 2010+ inactive task (`Active` 0): kept, but it does not drive the schedule. */
  inactive?: boolean;
  /** MSPDI `ExternalTask` 1: a placeholder for a task of another project. */
  external?: boolean;
  /** XER `status_code`. MSPDI does not store one (see the actual dates). */
  status?: 'not-started' | 'in-progress' | 'complete';
  /** Current dates: MSPDI Start/Finish; XER actual, else remaining early, else early, else planned. */
  start?: string;
  finish?: string;
  /** MSPDI Duration; XER target_drtn_hr_cnt (original duration). In working days. */
  durationDays?: number;
  /** Set instead of `durationDays` when the duration is elapsed time (MSPDI elapsed formats). */
  elapsedDurationDays?: number;
  remainingDurationDays?: number;
  /** XER target dates (P6 "planned" dates). */
  plannedStart?: string;
  plannedFinish?: string;
  earlyStart?: string;
  earlyFinish?: string;
  lateStart?: string;
  lateFinish?: string;
  /** Baseline 0 (MSPDI `Baseline` Number 0). XER keeps baselines as separate projects: not set. */
  baselineStart?: string;
  baselineFinish?: string;
  /** Every numbered baseline the file carries for the task, 0 included. */
  baselines?: SchedBaseline[];
  actualStart?: string;
  actualFinish?: string;
  /** 0..1. MSPDI PercentComplete; XER per the activity's complete_pct_type. */
  percentComplete?: number;
  percentCompleteType?: 'duration' | 'physical' | 'units';
  physicalPercentComplete?: number;
  constraint?: SchedConstraint;
  /** XER secondary constraint (cstr_type2/cstr_date2). */
  secondaryConstraint?: SchedConstraint;
  deadline?: string;
  calendarId?: string;
  storedTotalFloatDays?: number;
  storedFreeFloatDays?: number;
  /** MSPDI `Critical`. P6 does not store a critical flag (it derives it): not set for XER. */
  storedCritical?: boolean;
  /** XER `driving_path_flag`: on the longest path at the last schedule. */
  storedLongestPath?: boolean;
  resourceNames?: string[];
  pos: SourcePos;
  /**
   * Position of each field's element (MSPDI) or column (XER), keyed by the neutral field name:
   * uid, code, name, start, finish, duration, baselineStart, baselineFinish, actualStart,
   * actualFinish, percentComplete, constraint, deadline, calendar, totalFloat, critical, …
   */
  fieldPos: Partial<Record<string, SourcePos>>;
}

export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

export interface SchedLag {
  value: number;
  unit: 'working-days' | 'elapsed-days' | 'percent';
  /** As written, e.g. `LinkLag=4800 LagFormat=7` or `lag_hr_cnt=40`. */
  raw: string;
}

export interface SchedLink {
  predUid: string;
  succUid: string;
  type: LinkType;
  lag: SchedLag;
  /** The predecessor is not a task of this project (another project, or outside the file). */
  external?: boolean;
  pos: SourcePos;
}

export interface SchedResource {
  uid: string;
  name: string;
  kind: 'work' | 'material' | 'cost' | 'other';
  /** The type as written (MSPDI `Type` code, XER `rsrc_type`). */
  rawKind?: string;
  code?: string;
  calendarId?: string;
  pos: SourcePos;
}

export interface SchedAssignment {
  taskUid: string;
  resourceUid: string;
  /** 1 = full time. */
  units?: number;
  pos: SourcePos;
}

/** An XER WBS node. MSPDI has none: its summary tasks are tasks. */
export interface SchedWbs {
  id: string;
  parentId?: string;
  code?: string;
  name: string;
  /** The node that stands for the project itself (XER `proj_node_flag`). */
  projectNode: boolean;
  pos: SourcePos;
}

export interface SchedProject {
  /** MSPDI `GUID` (else `1`); XER `proj_id`. */
  id: string;
  /** XER `proj_short_name`. */
  code?: string;
  name: string;
  /** MSPDI `StatusDate`. */
  statusDate?: string;
  /** XER `last_recalc_date`, P6's data date. MS Project has none: use `statusDate`. */
  dataDate?: string;
  start?: string;
  finish?: string;
  /** XER `plan_end_date`, P6's "must finish by" date. */
  mustFinishBy?: string;
  defaultCalendarId?: string;
  /** MSPDI MinutesPerDay / 60; XER the default calendar's day_hr_cnt; else 8. */
  hoursPerDay: number;
  tasks: SchedTask[];
  links: SchedLink[];
  calendars: SchedCalendar[];
  resources: SchedResource[];
  assignments: SchedAssignment[];
  wbs: SchedWbs[];
  pos: SourcePos;
  /**
   * Position of the project's own fields, keyed by the neutral name: name, start, finish,
   * statusDate, dataDate, mustFinishBy, calendar.
   */
  fieldPos: Partial<Record<string, SourcePos>>;
  /** Where each collection is: the MSPDI element (`<Tasks>`) or the XER table's `%T` line (`TASK`). */
  sectionPos: Partial<Record<'tasks' | 'links' | 'calendars' | 'resources' | 'assignments', SourcePos>>;
}

export interface SchedWarning {
  message: string;
  pos?: SourcePos;
}

export interface ScheduleFile {
  format: 'mspdi' | 'xer';
  /** e.g. "Microsoft Project 14 (build 16.0.10730.20102)", "P6 8.4". */
  tool?: string;
  projects: SchedProject[];
  warnings: SchedWarning[];
}
