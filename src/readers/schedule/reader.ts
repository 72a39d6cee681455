/**
 * The schedule readers behind the reader seam: an MS Project XML or P6 XER file becomes one
 * validated plan per project, each with a locator into the file and the reader's warnings as
 * `format` diagnostics. What a schedule cannot hold (a PM, a risk register…) is declared
 * unrecorded, so the rules that judge it are not applicable rather than failing.
 */
import { InputError } from '../../errors.js';
import type { Diagnostic, LoadedPlan, LoadOptions } from '../../plan/loaded.js';
import { validatePlan } from '../../plan/validate.js';
import { readSchedule } from './index.js';
import type { ScheduleFile } from './model.js';
import { type MappedProject, mapSchedule, SCHEDULE_SOURCE, SCHEDULE_UNRECORDED } from './to-plan.js';

/** Sections an MS Project file cannot hold beyond the rest: it has no project deadline. */
const MSPDI_ALSO_UNRECORDED = ['project.deadline'];

/**
 * What the schedule's format cannot record, and what this file does not: a schedule with no
 * work resources names nobody, so whether its tasks have owners cannot be judged from it.
 */
export function scheduleUnrecorded(
  format: ScheduleFile['format'],
  raw?: Record<string, unknown>,
): LoadedPlan['unrecorded'] {
  const sections = format === 'mspdi' ? [...SCHEDULE_UNRECORDED, ...MSPDI_ALSO_UNRECORDED] : [...SCHEDULE_UNRECORDED];
  const people = raw?.people;
  if (raw && !(Array.isArray(people) && people.length > 0)) sections.push('tasks[].owner', 'milestones[].owner');
  return { sections, source: SCHEDULE_SOURCE[format] };
}

/** A schedule file's bytes as the intermediate model and its projects as plan data. */
export function mapScheduleBytes(
  bytes: Uint8Array,
  file: string,
): { schedule: ScheduleFile; projects: MappedProject[] } {
  const schedule = readSchedule(bytes, file);
  const projects = mapSchedule(schedule);
  if (projects.length === 0) throw new InputError('the schedule holds no project', { file, line: 1, column: 1 });
  return { schedule, projects };
}

/** The reader's warnings and the mapping's, as diagnostics at their positions in `file`. */
export function scheduleDiagnostics(
  file: string,
  readerWarnings: ScheduleFile['warnings'],
  mapped: MappedProject,
): Diagnostic[] {
  return [...readerWarnings.map((w) => ({ message: w.message, path: [], pos: w.pos })), ...mapped.warnings]
    .sort((a, b) => (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.column ?? 0) - (b.pos?.column ?? 0))
    .map((w) => ({
      severity: 'warning' as const,
      code: 'format' as const,
      message: w.message,
      path: w.path,
      file,
      line: w.pos?.line ?? 1,
      column: w.pos?.column ?? 1,
    }));
}

/** Every project in an MS Project or P6 file, as a validated plan. */
export function readSchedulePlans(bytes: Uint8Array, file: string, options: LoadOptions = {}): LoadedPlan[] {
  const { schedule, projects } = mapScheduleBytes(bytes, file);
  const several = projects.length > 1;
  return projects.map((m, i) => {
    const locator = m.locator.inFile(file);
    const validated = validatePlan(m.raw, locator, file, options, {
      size: bytes.length,
      mayHaveReserved: false,
      mayHaveSuppressions: false,
    });
    // The file's own warnings go with its first project: reported once, not once per project.
    const diagnostics = [...scheduleDiagnostics(file, i === 0 ? schedule.warnings : [], m), ...validated.diagnostics];
    return {
      file,
      ...(several ? { name: `${file}#${m.project.code ?? m.project.id}` } : {}),
      format: schedule.format,
      plan: validated.plan,
      locator,
      diagnostics,
      suppressions: [],
      unrecorded: scheduleUnrecorded(schedule.format, m.raw),
    };
  });
}
