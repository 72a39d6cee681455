/**
 * Config text → a validated config (zod for the file, each rule's own schema for its options),
 * and the rules to run for a plan. Finding and reading the file is the run tier's job.
 * Every problem is exit 2 at its file:line:col, with "did you mean" for rule ids.
 */
import type { ConfiguredRule } from '../engine/run.js';
import { type AnyRule, SEVERITIES, type Severity, type SeverityOrOff } from '../engine/types.js';
import { InputError } from '../errors.js';
import { DEFAULT_PM_THRESHOLDS, type PmThresholds } from '../plan/model/index.js';
import type { Locator, PlanPath } from '../plan/path.js';
import { RESERVED_NAMES } from '../plan/schema.js';
import { closest } from '../plan/suggest.js';
import { firstProblem, schemaMessage, where } from '../plan/validate.js';
import { parseYamlMapping } from '../readers/yaml/parse.js';
import { RULES, type RuleId } from '../rules/index.js';
import { PRESET_SEVERITIES } from './presets.js';
import { type Config, ConfigSchema, type PresetName, type RuleSetting } from './schema.js';

/** A validated config file, with each rule's setting already checked against the rule. */
export interface LoadedConfig {
  file?: string;
  config: Config;
  /** Validated per-rule overrides: severity (if set) and parsed options (if set). */
  overrides: Map<string, { severity?: SeverityOrOff; options?: Record<string, unknown> }>;
}

export const EMPTY_CONFIG: LoadedConfig = { config: {}, overrides: new Map() };

export function loadConfigText(text: string, file: string): LoadedConfig {
  const { locator, raw } = parseYamlMapping(text, file, {
    empty: 'the config file is empty',
    notMapping: 'a config file is a mapping (extends, rules, fail-on, min-score)',
  });
  // __proto__, constructor and prototype are refused as keys anywhere, as in a plan: zod's record
  // dropped `rules: { __proto__: … }` in silence, so a config could say one thing and do another.
  const reserved = reservedKey(raw, []);
  if (reserved)
    throw new InputError(
      `"${String(reserved.at(-1))}" cannot be used as a key in a config file`,
      where(locator, reserved, 'key'),
    );
  // jitless: zod compiles a fast path per object schema on first use, which a small config never repays.
  const parsed = ConfigSchema.safeParse(raw, { reportInput: true, jitless: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: issue.path as PlanPath,
      message: configMessage(issue),
    }));
    throw firstProblem(problems, locator, file);
  }
  const overrides = new Map<string, { severity?: SeverityOrOff; options?: Record<string, unknown> }>();
  for (const [id, setting] of Object.entries(parsed.data.rules ?? {})) {
    const rule = RULES.find((r) => r.id === id);
    if (!rule) {
      const near = closest(
        id,
        RULES.map((r) => r.id),
      );
      throw new InputError(
        `unknown rule "${id}"${near ? `; did you mean "${near}"?` : '; `pmcheck rules` lists them'}`,
        where(locator, ['rules', id], 'key'),
      );
    }
    overrides.set(id, checkSetting(rule, setting, locator));
  }
  return { file, config: parsed.data, overrides };
}

/** The path of the first key, at any depth, that is a reserved name. */
function reservedKey(value: unknown, path: PlanPath): PlanPath | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
  for (const [key, child] of entries) {
    if (typeof key === 'string' && RESERVED_NAMES.has(key)) return [...path, key];
    const found = reservedKey(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

function configMessage(issue: Parameters<typeof schemaMessage>[0]): string {
  if (issue.code === 'unrecognized_keys') {
    const known = ['extends', 'rules', 'fail-on', 'min-score', 'pm-warranted'];
    return issue.keys
      .map((k) => `unknown key "${k}"${closest(k, known) ? ` (did you mean "${closest(k, known)}"?)` : ''}`)
      .join('; ');
  }
  return schemaMessage(issue);
}

function checkSetting(rule: AnyRule, setting: RuleSetting, locator: Locator) {
  const at = ['rules', rule.id];
  let severity: SeverityOrOff | undefined;
  let options: Record<string, unknown> | undefined;
  if (typeof setting === 'string') severity = setting;
  else if (Array.isArray(setting)) [severity, options] = setting as [SeverityOrOff, Record<string, unknown>?];
  else options = setting;
  if (options !== undefined) {
    const result = rule.options.safeParse(options, { jitless: true });
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const optionsPath = Array.isArray(setting) ? [...at, 1] : at;
      let message = schemaMessage(issue);
      if (issue.code === 'unrecognized_keys') {
        const known = Object.keys(rule.options.parse({}, { jitless: true }) as object);
        const key = issue.keys[0]!;
        const near = closest(key, known);
        message =
          known.length === 0
            ? `rule ${rule.id} takes no options, got "${key}"`
            : `rule ${rule.id} has no option "${key}"${near ? `; did you mean "${near}"?` : `; its options are ${known.join(', ')}`}`;
        throw new InputError(message, where(locator, [...optionsPath, key], 'key'));
      }
      throw new InputError(
        `rule ${rule.id}, option ${issue.path.join('.')}: ${message}`,
        where(locator, [...optionsPath, ...(issue.path as PlanPath)]),
      );
    }
    options = result.data as Record<string, unknown>;
  }
  return { severity, options };
}

function raise(s: Severity): Severity {
  const i = SEVERITIES.indexOf(s);
  return s === 'medium' || s === 'low' ? SEVERITIES[i - 1]! : s;
}

/** What decides the automatic presets for one plan. */
export interface PlanContext {
  phase?: string | null;
  /** The PM-warranted assessment's status. */
  pm?: 'warranted' | 'not-warranted' | 'unknown';
  /** The plan's facts contradict its phase: the phase's preset is not applied. */
  phaseContradicted?: boolean;
  /** The plan was read from a schedule (MS Project, P6, or a sidecar of one): dcma applies. */
  schedule?: boolean;
}

/** The presets that apply to a plan, in order: `extends`, then dcma for a schedule, the phase's, then small-job. */
export function presetsFor(loaded: LoadedConfig, context: PlanContext): PresetName[] {
  const presets: PresetName[] = [loaded.config.extends ?? 'recommended'];
  const add = (p: PresetName) => {
    if (!presets.includes(p)) presets.push(p);
  };
  if (context.schedule) add('dcma');
  if (!context.phaseContradicted && (context.phase === 'presale' || context.phase === 'closed')) add(context.phase);
  if (context.pm === 'not-warranted') add('small-job');
  return presets;
}

/**
 * The rules to run for one plan: defaults, then the presets, then the file's own per-rule
 * settings. A rule the user turned off is dropped; a rule a preset turned off is kept aside,
 * with the preset that did it, so the report can say why it did not apply. A rule that opts in
 * to a preset (the DCMA checks) is off unless that preset applies or the config sets its severity.
 */
export function resolveRules(
  loaded: LoadedConfig,
  context: PlanContext = {},
): { rules: ConfiguredRule[]; presets: PresetName[]; offByPreset: { rule: AnyRule; preset: PresetName }[] } {
  const presets = presetsFor(loaded, context);
  const rules: ConfiguredRule[] = [];
  const offByPreset: { rule: AnyRule; preset: PresetName }[] = [];
  for (const rule of RULES) {
    // Not turned on: left out, as a rule the user turned off is, so it changes no report.
    if (rule.optIn && !presets.includes(rule.optIn as PresetName) && !loaded.overrides.get(rule.id)?.severity) continue;
    let severity: SeverityOrOff = rule.severity;
    let offBy: PresetName | undefined;
    for (const preset of presets) {
      const change = PRESET_SEVERITIES[preset][rule.id as RuleId] ?? PRESET_SEVERITIES[preset]['*'];
      if (change === 'raise') severity = severity === 'off' ? severity : raise(severity);
      else if (change !== undefined) {
        severity = change;
        offBy = change === 'off' ? preset : undefined;
      }
    }
    const own = loaded.overrides.get(rule.id);
    if (own?.severity) severity = own.severity;
    if (severity === 'off') {
      if (!own?.severity && offBy) offByPreset.push({ rule, preset: offBy });
      continue;
    }
    rules.push({ rule, severity, options: own?.options ?? rule.options.parse({}, { jitless: true }) });
  }
  return { rules, presets, offByPreset };
}

export function pmThresholdsOf(loaded: LoadedConfig): PmThresholds {
  return { ...DEFAULT_PM_THRESHOLDS, ...loaded.config['pm-warranted'] };
}
