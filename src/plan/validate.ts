/**
 * Validating plan data, whatever file it was read from: the zod schema, keys that are unknown
 * or reserved, references between ids, and `x-pmcheck-ignore` suppressions. A reader turns its
 * file into plain data and a Locator; this turns them into a LoadedPlan or one InputError at
 * the first problem's position.
 */
import type * as z from 'zod';
import { InputError } from '../errors.js';
import type { Diagnostic, LoadOptions, Suppression } from './loaded.js';
import { formatPath, identify, type Locator, type PlanPath, valueAt } from './path.js';
import { checkReferences } from './references.js';
import { describe, IgnoreList, type Plan, PlanSchema, RESERVED_NAMES } from './schema.js';
import { didYouMean, editDistance } from './suggest.js';
import { defOf, unwrapFor } from './zod-def.js';

/** Below this many bytes of text, validating by interpreting the schema beats compiling it. */
const JIT_WORTHWHILE_BYTES = 256 * 1024;

export interface Validated {
  plan: Plan;
  diagnostics: Diagnostic[];
  suppressions: Suppression[];
}

/** What a reader knows cheaply about its text, to skip walks that cannot find anything. */
export interface ValidateHints {
  /** The size of the source, which decides whether zod's compiled fast path pays for itself. */
  size: number;
  /** False when the source cannot contain a reserved name (`__proto__` …). */
  mayHaveReserved?: boolean;
  /** False when the source cannot contain `x-pmcheck-ignore`. */
  mayHaveSuppressions?: boolean;
}

/** Validates plan data read from `file`. Throws InputError for anything that stops the audit. */
export function validatePlan(
  raw: unknown,
  locator: Locator,
  file: string,
  options: LoadOptions,
  hints: ValidateHints,
): Validated {
  // zod compiles a fast path for each object schema on first use: worth it for a big plan
  // (-25 ms at 10,000 tasks), not for a small one (+10 ms at 100 tasks, at start-up).
  const result = PlanSchema.safeParse(raw, { reportInput: true, jitless: hints.size < JIT_WORTHWHILE_BYTES });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      path: issue.path as PlanPath,
      message: schemaMessage(issue),
    }));
    throw firstProblem(problems, locator, file);
  }
  const plan = result.data;

  const diagnostics: Diagnostic[] = [];
  for (const path of hints.mayHaveReserved === false ? [] : findReservedKeys(raw, [])) {
    diagnostics.push({
      severity: 'error',
      code: 'reserved-key',
      message: `"${String(path[path.length - 1])}" cannot be used as a key in a plan`,
      path,
      ...where(locator, path, 'key'),
    });
  }
  for (const u of findUnknownKeys(raw, PlanSchema, [])) {
    if (RESERVED_NAMES.has(u.key)) continue;
    const hidden = hiddenSection(u);
    if (hidden) {
      diagnostics.push({
        severity: 'error',
        code: 'hidden-key',
        message: hidden,
        path: u.path,
        ...where(locator, u.path, 'key'),
      });
      continue;
    }
    if (u.key.startsWith('x-')) continue;
    diagnostics.push({
      severity: options.strict ? 'error' : 'warning',
      code: 'unknown-key',
      message: `unknown key "${u.key}" in ${formatPath(u.path.slice(0, -1))}${didYouMean(u.key, u.known)}${splitValueHint(raw, u.path)}`,
      path: u.path,
      ...where(locator, u.path, 'key'),
    });
  }
  const hint = (d: Diagnostic) =>
    d.code === 'unknown-key' ? ' (--strict makes unknown keys errors; prefix your own keys with x-)' : '';
  // Only the first problem in the file is shown, so only its message is worked out (a reference's
  // "did you mean" searches every id): located first, sorted, then worded.
  const errors = [
    ...diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ message: () => `${d.message}${hint(d)}`, line: d.line, column: d.column, file: d.file })),
    ...checkReferences(plan, (p) => `line ${locator.locate(p).line}`).map((p) => ({
      message: () => `${formatPath(p.path)}: ${p.message}`,
      ...where(locator, p.path),
    })),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.length > 0) {
    const e = errors[0]!;
    throw new InputError(e.message(), { file: e.file, line: e.line, column: e.column }, errors.length - 1);
  }
  // A suppression covers the item it sits on by id, as findings name it.
  const suppressions = (hints.mayHaveSuppressions === false ? [] : collectSuppressions(raw, locator, diagnostics)).map(
    (s) => ({ ...s, scope: identify(plan, s.scope) }),
  );
  // --strict: every warning is an error, not only unknown keys.
  const warning = options.strict ? diagnostics.find((d) => d.severity === 'warning') : undefined;
  if (warning) {
    const rest = diagnostics.filter((d) => d.severity === 'warning').length - 1;
    throw new InputError(`${warning.message} (--strict makes every warning an error)`, warning, rest);
  }
  return { plan, diagnostics, suppressions };
}

/** The file, line and column of a path, as diagnostics carry them. */
export function where(locator: Locator, path: PlanPath, at: 'value' | 'key' = 'value') {
  const s = locator.locate(path, at);
  return { file: s.file, line: s.line, column: s.column };
}

/** The problem that comes first in the file, as the one line a user sees, with a count of the rest. */
export function firstProblem(
  problems: { path: PlanPath; message: string }[],
  locator: Locator,
  file: string,
): InputError {
  const located = problems
    .map((p) => ({ ...p, ...where(locator, p.path) }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  const first = located[0]!;
  return new InputError(
    `${formatPath(first.path)}: ${first.message}`,
    { file: first.file ?? file, line: first.line, column: first.column },
    located.length - 1,
  );
}

/** A zod issue in the user's terms: what was expected, and what was found. */
export function schemaMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `is required`;
      return issue.message.startsWith('Invalid input')
        ? `expected ${issue.expected}, got ${describe(input)}`
        : issue.message;
    case 'invalid_value': {
      if (!issue.message.startsWith('Invalid')) return issue.message;
      const allowed = issue.values.map(String);
      return `${describe(input)} is not one of ${allowed.join(' | ')}${typeof input === 'string' ? didYouMean(input, allowed) : ''}`;
    }
    case 'invalid_union':
      return `${describe(input)} is not a valid value here`;
    case 'too_small':
      return issue.message.startsWith('Too small') ? `is too small` : issue.message;
    default:
      return issue.message;
  }
}

// ---------------------------------------------------------------------------------------------
// Walking the data beside the zod schema, so the schema stays the only list of known keys.

interface UnknownKey {
  key: string;
  path: PlanPath;
  known: string[];
}

/**
 * A key that hides a section or field from every rule: a case or separator variant of a key the
 * schema knows (`Tasks`, `Budget`, `status-reports`), the same with an `x-` prefix (`x-tasks`,
 * `X-Budget`: x- keys are never read), or at the top level, a likely typo of a section (`taks`).
 * Each is an error, because the plan then audits green without the data it hides.
 */
function hiddenSection(u: UnknownKey): string | undefined {
  if (u.key === 'x-pmcheck-ignore') return undefined;
  const top = u.path.length === 1;
  const what = top ? 'section' : 'field';
  const norm = (k: string) => k.toLowerCase().replace(/[-_\s]/g, '');
  const prefixed = /^x[-_]/i.test(u.key);
  const bare = prefixed ? u.key.slice(2) : u.key;
  const same = u.known.find((k) => {
    const a = norm(bare);
    const b = norm(k);
    return a === b || a === `${b}s` || `${a}s` === b;
  });
  const where = top ? 'at the top level' : `in ${formatPath(u.path.slice(0, -1))}`;
  if (same && prefixed)
    return `"${u.key}" ${where} hides the ${same} ${what}: keys that start with x- are never read, so no rule would see it; rename it to "${same}", or give your own data a name that is not a ${what} of the plan's`;
  if (same)
    return `"${u.key}" ${where} is not "${same}": keys are read exactly as written, so this ${what} would be ignored and no rule would see it; rename it to "${same}"`;
  const near = top && !prefixed ? u.known.find((k) => isTypo(norm(u.key), k)) : undefined;
  if (near)
    return `unknown key "${u.key}" at the top level looks like the "${near}" section, which would be ignored and no rule would see it; rename it to "${near}", or prefix your own keys with x-`;
  return undefined;
}

/** One slip of the keyboard: a letter added, dropped or changed, or two swapped (`taks`, `budegt`). */
function isTypo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (editDistance(a, b) <= 1) return true;
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** Every key the schema does not know, at any depth, `x-` keys included (the caller decides). */
function findUnknownKeys(value: unknown, schema: z.ZodType, path: PlanPath, out: UnknownKey[] = []): UnknownKey[] {
  if (value === null || typeof value !== 'object') return out;
  const s = unwrapFor(schema, value);
  if (!s) return out;
  const d = defOf(s);
  if (d.type === 'array' && Array.isArray(value) && d.element) {
    value.forEach((item, i) => {
      findUnknownKeys(item, d.element!, [...path, i], out);
    });
  } else if (d.type === 'object' && d.shape && !Array.isArray(value)) {
    const known = Object.keys(d.shape);
    for (const key of Object.keys(value)) {
      const child = hasOwn(d.shape, key) ? d.shape[key] : undefined;
      if (child) findUnknownKeys((value as Record<string, unknown>)[key], child, [...path, key], out);
      else out.push({ key, path: [...path, key], known });
    }
  }
  return out;
}

/** Every key, at any depth, that is a reserved name: refused wherever it appears. */
function findReservedKeys(value: unknown, path: PlanPath, out: PlanPath[] = []): PlanPath[] {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      findReservedKeys(v, [...path, i], out);
    });
  } else
    for (const key of Object.keys(value)) {
      if (RESERVED_NAMES.has(key)) out.push([...path, key]);
      else findReservedKeys((value as Record<string, unknown>)[key], [...path, key], out);
    }
  return out;
}

export function hasOwn(o: unknown, key: string): boolean {
  return o !== null && typeof o === 'object' && Object.hasOwn(o, key);
}

// ---------------------------------------------------------------------------------------------
// Suppressions: `x-pmcheck-ignore` on any mapping.

function collectSuppressions(raw: unknown, locator: Locator, diagnostics: Diagnostic[]): Suppression[] {
  const out: Suppression[] = [];
  const visit = (node: unknown, path: PlanPath) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, [...path, i]);
      });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'x-pmcheck-ignore') {
        visit(value, [...path, key]);
        continue;
      }
      const entriesPath = [...path, key];
      const parsed = IgnoreList.safeParse(value);
      if (!parsed.success) {
        diagnostics.push({
          severity: 'warning',
          code: 'suppression',
          message: 'x-pmcheck-ignore must be a list of { rule, reason } entries; it was ignored',
          path: entriesPath,
          ...where(locator, entriesPath),
        });
        continue;
      }
      parsed.data.forEach((e, i) => {
        const entryPath = [...entriesPath, i];
        const at = where(locator, entryPath);
        out.push({ rule: e.rule, reason: e.reason?.trim() || undefined, scope: path, path: entryPath, ...at });
      });
    }
  };
  visit(raw, []);
  return out;
}

/**
 * `{ id: t1, name: Cabling, floor 2 }`: the comma ended the name, and "floor 2" became a key with
 * no value. A key with a space and no value is that slip far more often than a real key.
 */
function splitValueHint(raw: unknown, path: PlanPath): string {
  const key = String(path[path.length - 1]);
  if (!/\s/.test(key.trim())) return '';
  const value = valueAt(raw, path);
  if (value !== null && value !== undefined) return '';
  return '; if it belongs to the text before it, a comma inside { … } ends a value: put that text in quotes';
}
