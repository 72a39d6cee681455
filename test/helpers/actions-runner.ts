/**
 * The part of the GitHub Actions runner that a composite action.yml meets, following the
 * runner's documented rules, so a test can run pmcheck's Action as GitHub would:
 *
 * - Expressions (`${{ }}`): literals, `inputs.x`, `steps.<id>.outputs.x`, `runner.temp`,
 *   `github.workspace`, `!`, `==`, `!=`, `&&`, `||`, parentheses, `always()`, `success()`,
 *   `failure()`, `format()` and `hashFiles()`. Comparison is loose, as documented: strings
 *   compare ignoring case, and values of different types are compared as numbers (so null
 *   equals ''). Anything else throws, so an unsupported expression cannot pass by accident.
 * - A step's `if:` without a status function means `success() && (…)`; no `if:` is `success()`.
 * - `hashFiles(patterns…)` resolves patterns from GITHUB_WORKSPACE and, like the runner's
 *   hashFiles script, ignores every match that is not under GITHUB_WORKSPACE and every folder;
 *   with no file left it is ''.
 * - `shell: bash` runs `bash --noprofile --norc -eo pipefail` on the script, with the step's
 *   `env`, a fresh GITHUB_OUTPUT file whose `name=value` and `name<<EOF` lines become the step's
 *   outputs, and GITHUB_STEP_SUMMARY, RUNNER_TEMP and GITHUB_ACTION_PATH as given.
 * - A `uses:` step is not run (it is another repository's code); it is recorded with its
 *   evaluated `with:` inputs, for the test to check what it would have been given.
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';

type Value = string | number | boolean | null | { [k: string]: Value };

interface Step {
  id?: string;
  name?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'continue-on-error'?: boolean;
}

export interface StepRecord {
  name: string;
  ran: boolean;
  /** The `if:` as evaluated. */
  condition: string;
  outcome?: 'success' | 'failure';
  stdout?: string;
  stderr?: string;
  /** For a `uses:` step: what it would have been given. */
  uses?: string;
  with?: Record<string, string>;
}

export interface ActionRun {
  steps: StepRecord[];
  outputs: Record<string, string>;
  /** Whether the job fails: a step failed without continue-on-error. */
  failed: boolean;
}

export interface RunnerEnv {
  workspace: string;
  actionPath: string;
  runnerTemp: string;
  summary: string;
  /** Extra environment for every step (PATH and HOME are passed through). */
  env?: Record<string, string>;
}

// ---- expressions -------------------------------------------------------------------------

type Token = { kind: 'str' | 'num' | 'id' | 'op'; text: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (c === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i += 2;
        } else if (src[i] === "'") {
          i++;
          break;
        } else s += src[i++];
      }
      out.push({ kind: 'str', text: s });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i))!;
      out.push({ kind: 'num', text: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i))!;
      out.push({ kind: 'id', text: m[0] });
      i += m[0].length;
    } else {
      const two = src.slice(i, i + 2);
      if (['==', '!=', '&&', '||'].includes(two)) {
        out.push({ kind: 'op', text: two });
        i += 2;
      } else if ('!().,'.includes(c)) {
        out.push({ kind: 'op', text: c });
        i++;
      } else throw new Error(`the test runner does not support "${c}" in ${src}`);
    }
  }
  return out;
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return Number.NaN;
}

export function truthy(v: Value): boolean {
  return !(v === false || v === null || v === '' || v === 0 || (typeof v === 'number' && Number.isNaN(v)));
}

function looseEqual(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  const isObject = (v: Value) => v !== null && typeof v === 'object';
  if (isObject(a) || isObject(b)) return a === b;
  if (typeof a === typeof b) return a === b;
  return toNumber(a) === toNumber(b);
}

export function toText(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

interface Scope {
  contexts: Record<string, Value>;
  status: { failed: boolean };
  workspace: string;
}

export function hashFiles(workspace: string, patterns: string[]): string {
  const result = createHash('sha256');
  let matched = 0;
  for (const pattern of patterns) {
    const absolute = isAbsolute(pattern) ? pattern : join(workspace, pattern);
    const files = /[*?[\]{}]/.test(absolute)
      ? globSync(absolute.slice(1), { cwd: '/', absolute: true, onlyFiles: false, dot: true })
      : existsSync(absolute)
        ? [absolute]
        : [];
    for (const file of files.sort()) {
      if (!file.startsWith(`${workspace}${sep}`)) continue; // "not under GITHUB_WORKSPACE"
      if (statSync(file).isDirectory()) continue;
      result.write(createHash('sha256').update(readFileSync(file)).digest());
      matched++;
    }
  }
  result.end();
  return matched > 0 ? result.digest('hex') : '';
}

export function evaluate(src: string, scope: Scope): Value {
  const tokens = tokenize(src);
  let at = 0;
  const peek = () => tokens[at];
  const take = (text?: string) => {
    const t = tokens[at++];
    if (!t || (text !== undefined && t.text !== text)) throw new Error(`expected ${text ?? 'more'} in ${src}`);
    return t;
  };
  const or = (): Value => {
    let v = and();
    while (peek()?.text === '||') {
      take();
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const and = (): Value => {
    let v = eq();
    while (peek()?.text === '&&') {
      take();
      const r = eq();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const eq = (): Value => {
    let v = unary();
    while (peek()?.text === '==' || peek()?.text === '!=') {
      const op = take().text;
      const r = unary();
      v = op === '==' ? looseEqual(v, r) : !looseEqual(v, r);
    }
    return v;
  };
  const unary = (): Value => {
    if (peek()?.text === '!') {
      take();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): Value => {
    const t = take();
    if (t.text === '(' && t.kind === 'op') {
      const v = or();
      take(')');
      return v;
    }
    if (t.kind === 'str') return t.text;
    if (t.kind === 'num') return Number(t.text);
    if (t.kind !== 'id') throw new Error(`unexpected "${t.text}" in ${src}`);
    if (t.text === 'true' || t.text === 'false') return t.text === 'true';
    if (t.text === 'null') return null;
    if (peek()?.text === '(') {
      take('(');
      const args: Value[] = [];
      while (peek()?.text !== ')') {
        args.push(or());
        if (peek()?.text === ',') take(',');
      }
      take(')');
      return call(t.text, args);
    }
    if (!(t.text in scope.contexts)) throw new Error(`the test runner has no context "${t.text}" (in ${src})`);
    let v: Value = scope.contexts[t.text]!;
    while (peek()?.text === '.') {
      take('.');
      const key = take().text;
      v = v !== null && typeof v === 'object' && key in v ? v[key]! : null;
    }
    return v;
  };
  const call = (name: string, args: Value[]): Value => {
    switch (name) {
      case 'always':
        return true;
      case 'success':
        return !scope.status.failed;
      case 'failure':
        return scope.status.failed;
      case 'format':
        return toText(args[0]!).replace(/\{(\d+)\}/g, (_, n: string) => toText(args[Number(n) + 1] ?? null));
      case 'hashFiles':
        return hashFiles(scope.workspace, args.map(toText));
      default:
        throw new Error(`the test runner does not support ${name}() (in ${src})`);
    }
  };
  const v = or();
  if (at !== tokens.length) throw new Error(`unexpected "${tokens[at]!.text}" in ${src}`);
  return v;
}

/** `${{ … }}` replaced in a string, as the runner does for env, with and run. */
function interpolate(text: string, scope: Scope): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => toText(evaluate(expr, scope)));
}

/** A step's condition: without a status function it means success() && (…). */
function condition(step: Step): string {
  const raw = (step.if ?? '').trim();
  const expr = /^\$\{\{([\s\S]*)\}\}$/.exec(raw)?.[1]?.trim() ?? raw;
  if (expr === '') return 'success()';
  return /\b(always|success|failure|cancelled)\(\)/.test(expr) ? expr : `success() && (${expr})`;
}

function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]!);
      out[heredoc[1]!] = body.join('\n');
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

/** Runs a composite action.yml's steps with these inputs, as the runner would. */
export function runCompositeAction(actionYml: string, inputs: Record<string, string>, env: RunnerEnv): ActionRun {
  const action = parse(actionYml) as {
    inputs?: Record<string, { default?: string }>;
    outputs?: Record<string, { value: string }>;
    runs: { using: string; steps: Step[] };
  };
  if (action.runs.using !== 'composite') throw new Error('not a composite action');
  const inputValues: Record<string, Value> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) inputValues[name] = spec.default ?? '';
  Object.assign(inputValues, inputs);
  const steps: Record<string, Value> = {};
  const status = { failed: false };
  const scope: Scope = {
    contexts: {
      inputs: inputValues,
      steps,
      runner: { temp: env.runnerTemp, os: 'Linux' },
      github: { workspace: env.workspace, action_path: env.actionPath },
    },
    status,
    workspace: resolve(env.workspace),
  };
  const records: StepRecord[] = [];
  action.runs.steps.forEach((step, n) => {
    const name = step.name ?? step.id ?? `step ${n + 1}`;
    const cond = condition(step);
    const record: StepRecord = { name, ran: truthy(evaluate(cond, scope)), condition: cond };
    records.push(record);
    if (!record.ran) return;
    if (step.uses) {
      record.uses = step.uses;
      record.with = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(v, scope)]));
      record.outcome = 'success';
      return;
    }
    if (step.shell !== 'bash' || step.run === undefined)
      throw new Error(`${name}: only shell: bash run steps are supported`);
    const output = join(env.runnerTemp, `output-${n}`);
    writeFileSync(output, '');
    const script = join(env.runnerTemp, `step-${n}.sh`);
    writeFileSync(script, interpolate(step.run, scope));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: env.workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: env.workspace,
        GITHUB_ACTION_PATH: env.actionPath,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: env.summary,
        RUNNER_TEMP: env.runnerTemp,
        ...env.env,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), scope)])),
      },
    });
    record.stdout = r.stdout;
    record.stderr = r.stderr;
    record.outcome = r.status === 0 ? 'success' : 'failure';
    if (step.id) steps[step.id] = { outputs: readOutputs(output), outcome: record.outcome };
    if (record.outcome === 'failure' && !step['continue-on-error']) status.failed = true;
  });
  const outputs = Object.fromEntries(
    Object.entries(action.outputs ?? {}).map(([k, v]) => [k, interpolate(v.value, scope)]),
  );
  return { steps: records, outputs, failed: status.failed };
}
