/**
 * A sidecar: a small YAML plan that names an MS Project or P6 schedule and adds what a schedule
 * cannot hold, so a team can gate its real `.xml` or `.xer` with the governance rules too.
 *
 *   pmcheck: 1
 *   schedule: office-move.xml          # relative to this file
 *   project: { manager: pat, sponsor: alice, phase: delivery, deadline: 2026-06-30 }
 *   people: [{ id: pat, role: project-manager }, { id: alice, role: sponsor }]
 *   scope: { signed_off: { by: alice, on: 2026-01-12 } }
 *   risks: [...]
 *   tasks:                             # governance for the schedule's own tasks, by id
 *     - { id: T12, kind: cutover, rollback_plan: Keep the old switches patched for a week }
 *
 * The schedule gives the project's name, dates, calendars, tasks, milestones and dependencies;
 * the sidecar everything else. Each fact lives in one file: a sidecar that sets a field the
 * schedule already gives (a task's start, say) is refused at that field, except a name and a
 * task's owner and allocation, which a sidecar may correct. A file with several projects needs
 * the sidecar's `project.id` to say which one it is about. Findings point into whichever file
 * holds the fact: a missing risk register at the sidecar, a missing link at the XML element.
 */
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { LoadedPlan, LoadOptions } from '../plan/loaded.js';
import { identify, isIdSegment, type Locator, type PlanPath, type Span } from '../plan/path.js';
import { RESERVED_NAMES } from '../plan/schema.js';
import { validatePlan, where } from '../plan/validate.js';
import { detectSchedule } from './schedule/index.js';
import { mapScheduleBytes, scheduleDiagnostics } from './schedule/reader.js';
import type { ScheduleLocator } from './schedule/to-plan.js';
import { parseYamlMapping } from './yaml/parse.js';

/** A top-level `schedule:` key beside `pmcheck:`, each at the start of a line. */
const SCHEDULE_KEY = /^schedule\s*:/m;
const PLAN_KEY = /^pmcheck\s*:/m;
const SNIFF_BYTES = 64 * 1024;

/** Sidecar fields that may correct what the schedule says; any other field is the schedule's alone. */
const CORRECTABLE = new Set(['name', 'owner', 'allocation']);
/** Lists whose items the sidecar adds governance to by id; it cannot add items of its own. */
const OVERLAID = ['tasks', 'milestones'] as const;

/** Is this YAML a sidecar (a plan with a top-level `schedule:`)? Decided on the head of the text. */
export function isSidecar(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES));
  return SCHEDULE_KEY.test(head) && PLAN_KEY.test(head);
}

type Data = Record<string, unknown>;
const isData = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Reads a sidecar and the schedule it names into one validated plan. */
export function readSidecar(text: string, file: string, options: LoadOptions = {}): LoadedPlan {
  const { locator: yaml, raw } = parseYamlMapping(text, file, {
    empty: 'the file is empty; a sidecar needs `pmcheck: 1` and `schedule:`',
    notMapping: 'a sidecar is a mapping with `pmcheck: 1` and `schedule:`',
  });
  const side = raw as Data;
  const at = (path: PlanPath) => where(yaml, path);
  const named = side.schedule;
  if (typeof named !== 'string' || named.trim() === '')
    throw new InputError('schedule: expected the path of an MS Project XML or P6 XER file', at(['schedule']));
  if (!options.readFile)
    throw new InputError(
      `schedule: the schedule "${named}" cannot be read from here; audit the sidecar by its path`,
      at(['schedule']),
    );
  const target = join(dirname(file), named);
  let bytes: Uint8Array;
  try {
    bytes = options.readFile(target);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`schedule: ${target}: ${err.message}`, at(['schedule']));
    throw err;
  }
  if (detectSchedule(bytes) === undefined)
    throw new InputError(
      `schedule: ${target} is not an MS Project XML (MSPDI) or P6 XER file; a sidecar adds governance to one of those`,
      at(['schedule']),
    );
  const { schedule, projects } = mapScheduleBytes(bytes, target);

  const wanted = isData(side.project) ? side.project.id : undefined;
  const chosen =
    projects.length === 1
      ? projects[0]!
      : projects.find((p) => wanted !== undefined && (p.project.code === wanted || p.project.id === wanted));
  if (!chosen)
    throw new InputError(
      `${target} holds ${projects.length} projects (${projects.map((p) => p.project.code ?? p.project.id).join(', ')}); set project.id to the one this sidecar is about`,
      at(wanted === undefined ? ['project'] : ['project', 'id']),
    );

  const scheduleLocator = chosen.locator.inFile(target);
  const merged = merge(
    chosen.raw,
    side,
    (path, message) => {
      throw new InputError(`${formatField(path)}: ${message}`, at(path));
    },
    target,
  );
  const locator = new SidecarLocator(yaml, side, scheduleLocator, merged);
  const validated = validatePlan(merged, locator, file, options, {
    size: text.length + bytes.length,
    mayHaveReserved: [...RESERVED_NAMES].some((name) => text.includes(name)),
    mayHaveSuppressions: text.includes('x-pmcheck-ignore'),
  });
  return {
    file,
    format: `${schedule.format}+sidecar`,
    plan: validated.plan,
    locator,
    diagnostics: [...scheduleDiagnostics(target, schedule.warnings, chosen), ...validated.diagnostics],
    suppressions: validated.suppressions,
  };
}

function formatField(path: PlanPath): string {
  return path
    .map((s, i) => (isIdSegment(s) ? `[id=${s.id}]` : typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

/**
 * The schedule's plan data with the sidecar's over it. Conflicts (a field both give, an item the
 * schedule does not have) are refused through `refuse`, at the sidecar's path.
 */
function merge(schedule: Data, side: Data, refuse: (path: PlanPath, message: string) => never, target: string): Data {
  const out: Data = { ...schedule };
  for (const [key, value] of Object.entries(side)) {
    if (key === 'project' && isData(value) && isData(schedule.project)) {
      out.project = overlay(schedule.project, value, ['project'], refuse, target);
    } else if ((OVERLAID as readonly string[]).includes(key) && Array.isArray(value)) {
      const items = ((schedule[key] as Data[] | undefined) ?? []).map((i) => ({ ...i }));
      const byId = new Map(items.map((item, i) => [item.id, i]));
      value.forEach((entry, j) => {
        const id = isData(entry) ? entry.id : undefined;
        const index = byId.get(id);
        if (index === undefined) {
          const noun = key === 'tasks' ? 'task' : 'milestone';
          refuse(
            typeof id === 'string' ? [key, { id }] : [key, j],
            typeof id === 'string'
              ? `${target} has no ${noun} "${id}"; a sidecar adds governance to the schedule's ${key} by id, and new work belongs in the schedule`
              : `expected a ${noun} of ${target} by its id`,
          );
        }
        items[index] = overlay(items[index]!, entry as Data, [key, { id: id as string }], refuse, target);
      });
      out[key] = items;
    } else if ((key === 'people' || key === 'calendars') && Array.isArray(value)) {
      const items = ((schedule[key] as Data[] | undefined) ?? []).map((i) => ({ ...i }));
      const byId = new Map(items.map((item, i) => [item.id, i]));
      for (const entry of value) {
        const index = isData(entry) ? byId.get(entry.id) : undefined;
        if (index === undefined) items.push(entry as Data);
        else if (key === 'people') items[index] = { ...items[index], ...(entry as Data) };
        else
          refuse([key, { id: (entry as Data).id as string }], `calendar "${(entry as Data).id}" comes from ${target}`);
      }
      out[key] = items;
    } else out[key] = value;
  }
  return out;
}

/** One mapping of the schedule with the sidecar's fields added, refusing the ones both give. */
function overlay(
  base: Data,
  extra: Data,
  path: PlanPath,
  refuse: (path: PlanPath, message: string) => never,
  target: string,
): Data {
  const out = { ...base };
  for (const [field, value] of Object.entries(extra)) {
    if (field === 'id') continue;
    if (Object.hasOwn(base, field) && !CORRECTABLE.has(field))
      refuse([...path, field], `comes from ${target}; change it there (each fact lives in one file)`);
    out[field] = value;
  }
  return out;
}

/** How many leading segments of an id-named path exist in `data`. */
function depthIn(data: unknown, path: PlanPath): number {
  let node = data;
  let depth = 0;
  for (const seg of path) {
    if (Array.isArray(node)) {
      node = isIdSegment(seg)
        ? node.find((item) => (isData(item) ? item.id : item) === seg.id)
        : typeof seg === 'number'
          ? node[seg]
          : undefined;
    } else node = isData(node) && typeof seg === 'string' && Object.hasOwn(node, seg) ? node[seg] : undefined;
    if (node === undefined) break;
    depth++;
  }
  return depth;
}

/**
 * Points each path into the file that holds it: the sidecar where it goes deeper there (a
 * risk, a task's owner added by the sidecar), else the schedule. A tie goes to the sidecar,
 * which is where something missing would be added, except within the schedule's own tasks
 * and milestones.
 */
class SidecarLocator implements Locator {
  constructor(
    private readonly sidecar: Locator,
    private readonly sideRaw: Data,
    private readonly schedule: ScheduleLocator,
    private readonly merged: Data,
  ) {}

  locate(path: PlanPath, at: 'value' | 'key' = 'value'): Span {
    // Positions in the merged lists are not positions in either file: name items by id.
    const named = identify(this.merged, path);
    const side = depthIn(this.sideRaw, named);
    const sched = this.schedule.resolve(named).depth;
    const scheduleItem = named[0] === 'tasks' || named[0] === 'milestones';
    return side > sched || (side === sched && side > 0 && !scheduleItem)
      ? this.sidecar.locate(named, at)
      : this.schedule.locate(named);
  }
}
