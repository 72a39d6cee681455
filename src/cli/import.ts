/**
 * `pmcheck import <schedule>`: an MS Project XML or P6 XER file as a YAML plan, a starting point
 * for a team moving its plans into version control. The YAML is the plan the audit itself reads
 * from the schedule (the same mapping, validated the same way), so auditing it finds what
 * auditing the schedule finds; the governance a schedule cannot hold is left for the team to add.
 */
import { basename } from 'node:path';
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { UsageError } from '../errors.js';
import { validatePlan } from '../plan/validate.js';
import type { ScheduleFile } from '../readers/schedule/model.js';
import { mapScheduleBytes, scheduleDiagnostics } from '../readers/schedule/reader.js';
import { VERSION } from '../version.js';

export interface Imported {
  /** The YAML plan. */
  text: string;
  /** What the mapping had to approximate or leave out, as `file:line:col: message` lines. */
  warnings: string[];
}

const TOOL_NAMES: Record<ScheduleFile['format'], string> = { mspdi: 'MS Project XML', xer: 'Primavera P6 XER' };
/** Small mappings read best on one line. */
const FLOW_KEYS = new Set(['constraint', 'as_scheduled', 'working_days', 'resources']);

/**
 * The YAML plan for one project of a schedule: `project` (its id, P6's project code) picks one
 * when the file holds several. Throws InputError for a file that is not a schedule.
 */
export function importSchedule(bytes: Uint8Array, file: string, project?: string, schemaRef?: string): Imported {
  const { schedule, projects } = mapScheduleBytes(bytes, file);
  const ids = projects.map((p) => p.project.code ?? p.project.id);
  const chosen =
    project === undefined
      ? projects.length === 1
        ? projects[0]
        : undefined
      : projects.find((p) => p.project.code === project || p.project.id === project);
  if (!chosen) {
    throw new UsageError(
      project === undefined
        ? `${file} holds ${projects.length} projects (${ids.join(', ')}); choose one with --project`
        : `${file} has no project "${project}"; its projects are ${ids.join(', ')}`,
    );
  }
  // The same validation the audit applies: what is written here is a plan pmcheck reads.
  validatePlan(chosen.raw, chosen.locator.inFile(file), file, {}, { size: bytes.length });
  const warnings = scheduleDiagnostics(file, schedule.warnings, chosen).map(
    (d) => `${d.file}:${d.line}:${d.column}: ${d.message}`,
  );

  const doc = new Document(chosen.raw);
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (FLOW_KEYS.has(key) && (isMap(pair.value) || isSeq(pair.value))) pair.value.flow = true;
      if (key === 'depends_on' && isSeq(pair.value)) for (const d of pair.value.items) if (isMap(d)) d.flow = true;
    },
  });
  // Plans are read with YAML 1.2's core schema: every date stays text, as the format wants.
  const body = doc.toString({ lineWidth: 0 });
  const what = `${TOOL_NAMES[schedule.format]}${schedule.tool ? ` (${schedule.tool})` : ''}`;
  const header = [
    ...(schemaRef ? [`# yaml-language-server: $schema=${schemaRef}`] : []),
    `# Imported by pmcheck ${VERSION} from ${basename(file)}, ${what}${projects.length > 1 ? `, project ${ids[projects.indexOf(chosen)]}` : ''}.`,
    "# Summary tasks became each task's phase; ids are the schedule's (MS Project UIDs as T<uid>, P6 activity IDs).",
    '# A schedule holds no PM, sponsor, scope, vendors, budget, change log, risks or reporting: add them here,',
    '# or keep the schedule and add them in a sidecar (README, "Schedules from MS Project and P6").',
  ];
  return { text: `${header.join('\n')}\n${body}`, warnings };
}
