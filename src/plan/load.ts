/**
 * Loading a plan: bytes → text → YAML document (with positions) → validated Plan.
 * Every problem found here names file:line:col. Nothing here ever writes to the plan.
 */
import { readFileSync, statSync } from 'node:fs';
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import * as z from 'zod';
import { InputError } from '../errors.js';
import { formatPath, Locator, type YamlPath } from './locate.js';
import { checkReferences } from './references.js';
import { describe, IgnoreList, type Plan, PlanSchema, RESERVED_NAMES } from './schema.js';
import { didYouMean } from './suggest.js';

/** A problem found while loading that does not stop the audit (an unknown key, say). */
export interface Diagnostic {
  severity: 'error' | 'warning';
  code: 'unknown-key' | 'reserved-key' | 'schema' | 'reference' | 'suppression';
  message: string;
  path: YamlPath;
  line: number;
  column: number;
}

/** An `x-pmcheck-ignore` entry, with the mapping it sits on. */
export interface Suppression {
  rule: string;
  reason?: string;
  /** Path of the mapping that carries the entry: findings at or below it are suppressed. */
  scope: YamlPath;
  /** Path of the entry itself, for reporting. */
  path: YamlPath;
  line: number;
  column: number;
}

export interface LoadedPlan {
  file: string;
  plan: Plan;
  locator: Locator;
  diagnostics: Diagnostic[];
  suppressions: Suppression[];
}

export interface LoadOptions {
  /** Unknown keys are errors rather than warnings. */
  strict?: boolean;
}

/** YAML aliases beyond this many are refused: a guard against "billion laughs" documents. */
const MAX_ALIASES = 100;

/**
 * The largest file pmcheck reads. A 50,000-task plan is about 11 MB; parsing YAML with
 * positions costs roughly 100 bytes of memory per byte of text, so far larger files would
 * take minutes and gigabytes. They are refused up front, with advice.
 */
export const MAX_BYTES = 16 * 1024 * 1024;

/** Below this size, validating a plan by interpreting the schema beats compiling it. */
const JIT_WORTHWHILE_BYTES = 256 * 1024;

export function readPlanFile(file: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError('is a folder, not a plan file', { file });
    if (stat.size > MAX_BYTES) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      throw new InputError(
        `the file is ${mb(stat.size)}, more than the ${mb(MAX_BYTES)} pmcheck reads; split it into smaller plans`,
        { file },
      );
    }
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'ELOOP'
            ? 'too many symbolic links (a link loop?)'
            : `cannot read the file (${code ?? String(err)})`;
    throw new InputError(why, { file });
  }
  return decodePlanBytes(bytes, file);
}

/** Plans are UTF-8. A UTF-8 BOM is accepted; UTF-16 and binary content are refused with a reason. */
export function decodePlanBytes(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('the file is UTF-16 text; save it as UTF-8 and try again', { file, line: 1, column: 1 });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError('the file looks binary (it contains a NUL byte), not a YAML plan', { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('the file is not valid UTF-8; save it as UTF-8 and try again', { file });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function loadPlanFile(file: string, options: LoadOptions = {}): LoadedPlan {
  return loadPlanText(readPlanFile(file), file, options);
}

/** A YAML mapping document with positions: what plan and config loading share. */
export interface YamlSource {
  doc: Document;
  locator: Locator;
  /** The document as plain data. */
  raw: unknown;
}

/**
 * Parses one YAML document that must be a mapping. Every syntax problem, a duplicate key,
 * a custom tag or an alias bomb becomes an InputError at its line and column. `what` names
 * the kind of file for the messages ("plan", "config").
 */
export function parseYamlMapping(text: string, file: string, what: { empty: string; notMapping: string }): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    keepSourceTokens: false,
  });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { file, line: Math.max(1, p.line), column: Math.max(1, p.col) };
  };
  const yamlProblems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  if (yamlProblems.length > 0) {
    const first = yamlProblems[0]!;
    throw new InputError(
      yamlMessage(first.code, first.message),
      at(yamlOffset(text, first.code, first.message, first.pos[0])),
      yamlProblems.length - 1,
    );
  }
  const locator = new Locator(doc, lineCounter);
  if (doc.contents === null) throw new InputError(what.empty, { file, line: 1, column: 1 });
  if (!isMap(doc.contents)) {
    const kind = isSeq(doc.contents) ? 'a list' : 'a single value';
    throw new InputError(`the top level is ${kind}; ${what.notMapping}`, { file, ...pos(locator, []) });
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/alias/i.test(msg))
      throw new InputError(`too many YAML aliases (more than ${MAX_ALIASES}); refusing a possible alias bomb`, {
        file,
        line: 1,
        column: 1,
      });
    throw new InputError(`cannot read the YAML: ${msg}`, { file, line: 1, column: 1 });
  }
  return { doc, locator, raw };
}

/** Parses and validates plan text. Throws InputError for anything that stops the audit. */
export function loadPlanText(text: string, file: string, options: LoadOptions = {}): LoadedPlan {
  const { doc, locator, raw } = parseYamlMapping(text, file, {
    empty: 'the file is empty; a plan needs at least `pmcheck: 1` and `project.name`',
    notMapping: 'a plan is a mapping that starts with `pmcheck: 1`',
  });
  if (!hasOwn(raw, 'pmcheck')) {
    throw new InputError(
      'this is not a pmcheck plan: the top level has no `pmcheck:` key (add `pmcheck: 1` as the first line)',
      { file, line: 1, column: 1 },
    );
  }

  // zod compiles a fast path for each object schema on first use: worth it for a big plan
  // (-25 ms at 10,000 tasks), not for a small one (+10 ms at 100 tasks, at start-up).
  z.config({ jitless: text.length < JIT_WORTHWHILE_BYTES });
  const result = PlanSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      path: issue.path as YamlPath,
      message: schemaMessage(issue),
    }));
    throw firstProblem(problems, locator, file);
  }
  const plan = result.data;

  const diagnostics: Diagnostic[] = [];
  // Both walks below visit the whole plan; a plain text search tells when they cannot find anything.
  const mayHaveReserved = [...RESERVED_NAMES].some((name) => text.includes(name));
  for (const path of mayHaveReserved ? findReservedKeys(raw, []) : []) {
    diagnostics.push({
      severity: 'error',
      code: 'reserved-key',
      message: `"${String(path[path.length - 1])}" cannot be used as a key in a plan`,
      path,
      ...pos(locator, path, 'key'),
    });
  }
  for (const u of findUnknownKeys(raw, PlanSchema, [])) {
    if (RESERVED_NAMES.has(u.key)) continue;
    diagnostics.push({
      severity: options.strict ? 'error' : 'warning',
      code: 'unknown-key',
      message: `unknown key "${u.key}" in ${formatPath(u.path.slice(0, -1))}${didYouMean(u.key, u.known)}`,
      path: u.path,
      ...pos(locator, u.path, 'key'),
    });
  }
  const hint = (d: Diagnostic) =>
    d.code === 'unknown-key' ? ' (--strict makes unknown keys errors; prefix your own keys with x-)' : '';
  const errors = [
    ...diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ message: `${d.message}${hint(d)}`, line: d.line, column: d.column })),
    ...checkReferences(plan, (p) => `line ${locator.locate(p).line}`).map((p) => ({
      message: `${formatPath(p.path)}: ${p.message}`,
      ...pos(locator, p.path),
    })),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.length > 0) {
    const e = errors[0]!;
    throw new InputError(e.message, { file, line: e.line, column: e.column }, errors.length - 1);
  }
  const suppressions = text.includes('x-pmcheck-ignore') ? collectSuppressions(doc, locator, diagnostics) : [];
  return { file, plan, locator, diagnostics, suppressions };
}

export function pos(locator: Locator, path: YamlPath, at: 'value' | 'key' = 'value') {
  const s = locator.locate(path, at);
  return { line: s.line, column: s.column };
}

export function firstProblem(
  problems: { path: YamlPath; message: string }[],
  locator: Locator,
  file: string,
): InputError {
  const located = problems
    .map((p) => ({ ...p, ...pos(locator, p.path) }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  const first = located[0]!;
  return new InputError(
    `${formatPath(first.path)}: ${first.message}`,
    { file, line: first.line, column: first.column },
    located.length - 1,
  );
}

/**
 * Where to point for a YAML error. An unclosed quote is reported by the parser at the end of
 * the file, where the string ran out; the user needs the line where the quote was opened,
 * which (as the closing quote is missing) is the last quote of that kind before the end.
 */
function yamlOffset(text: string, code: string, message: string, offset: number): number {
  const unclosed = /end with an? ([}\]])$/.exec(message)?.[1];
  if (unclosed) {
    // An unclosed { or [ is noticed where the next line starts; point at the bracket instead.
    const open = unclosed === '}' ? '{' : '[';
    let depth = 0;
    for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
      if (text[i] === unclosed) depth++;
      else if (text[i] === open && depth-- === 0) return i;
    }
  }
  if (code === 'MISSING_CHAR') {
    const quote = /Missing closing (["'])quote/.exec(message)?.[1];
    if (quote) {
      const opened = text.lastIndexOf(quote, Math.max(0, offset - 1));
      if (opened !== -1) return opened;
    }
  }
  return offset;
}

function yamlMessage(code: string, message: string): string {
  const plain = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return `${plain}: this key appears twice in the same mapping`;
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation in YAML; indent with spaces';
    case 'BAD_INDENT':
      if (/end with an? [}\]]$/.test(plain))
        return `this ${plain.includes('map') ? '{ … }' : '[ … ]'} is never closed: add the missing ${plain.slice(-1)} or put each entry on its own line`;
      return `YAML syntax error: ${plain}`;
    case 'MULTIPLE_DOCS':
      return 'the file holds several YAML documents (separated by ---); a plan is one document';
    case 'TAG_RESOLVE_FAILED':
      return `${plain}; custom YAML tags are not allowed in a plan`;
    default:
      return `YAML syntax error: ${plain}`;
  }
}

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
// Unknown keys: walk the raw data beside the zod schema, so the schema stays the only list of
// known keys. `x-` keys are always allowed.

interface UnknownKey {
  key: string;
  path: YamlPath;
  known: string[];
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
};
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object or array schema behind wrappers (optional, nullable, pipe, union) for this value. */
function unwrapFor(schema: z.ZodType, value: unknown): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (let guard = 0; s && guard < 20; guard++) {
    const d = defOf(s);
    if (d.type === 'object' || d.type === 'array') return s;
    if (d.innerType) s = d.innerType;
    else if (d.type === 'pipe') s = d.in;
    else if (d.type === 'union') {
      const want = Array.isArray(value) ? 'array' : 'object';
      s = d.options?.map((o) => unwrapFor(o, value)).find((o) => o !== undefined && defOf(o).type === want);
    } else return undefined;
  }
  return undefined;
}

function findUnknownKeys(value: unknown, schema: z.ZodType, path: YamlPath, out: UnknownKey[] = []): UnknownKey[] {
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
      if (key.startsWith('x-')) continue;
      const child = hasOwn(d.shape, key) ? d.shape[key] : undefined;
      if (child) findUnknownKeys((value as Record<string, unknown>)[key], child, [...path, key], out);
      else out.push({ key, path: [...path, key], known });
    }
  }
  return out;
}

/** Every key, at any depth, that is a reserved name: refused wherever it appears. */
function findReservedKeys(value: unknown, path: YamlPath, out: YamlPath[] = []): YamlPath[] {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value))
    value.forEach((v, i) => {
      findReservedKeys(v, [...path, i], out);
    });
  else
    for (const key of Object.keys(value)) {
      if (RESERVED_NAMES.has(key)) out.push([...path, key]);
      else findReservedKeys((value as Record<string, unknown>)[key], [...path, key], out);
    }
  return out;
}

function hasOwn(o: unknown, key: string): boolean {
  return o !== null && typeof o === 'object' && Object.hasOwn(o, key);
}

// ---------------------------------------------------------------------------------------------
// Suppressions: `x-pmcheck-ignore` on any mapping.

function collectSuppressions(doc: Document, locator: Locator, diagnostics: Diagnostic[]): Suppression[] {
  const out: Suppression[] = [];
  const visit = (node: unknown, path: YamlPath) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        if (key === 'x-pmcheck-ignore') {
          const entriesPath = [...path, key];
          const parsed = IgnoreList.safeParse(
            isScalar(pair.value) ? pair.value.value : (pair.value as { toJSON?: () => unknown })?.toJSON?.(),
          );
          if (!parsed.success) {
            diagnostics.push({
              severity: 'warning',
              code: 'suppression',
              message: 'x-pmcheck-ignore must be a list of { rule, reason } entries; it was ignored',
              path: entriesPath,
              ...pos(locator, entriesPath),
            });
            continue;
          }
          parsed.data.forEach((e, i) => {
            const entryPath = [...entriesPath, i];
            out.push({
              rule: e.rule,
              reason: e.reason?.trim() || undefined,
              scope: path,
              path: entryPath,
              ...pos(locator, entryPath),
            });
          });
        } else visit(pair.value, [...path, key]);
      }
    } else if (isSeq(node))
      node.items.forEach((item, i) => {
        visit(item, [...path, i]);
      });
  };
  visit(doc.contents, []);
  return out;
}
