/**
 * YAML text → plain data and a Locator into the text. Every syntax problem, a duplicate key,
 * a custom tag or an alias bomb becomes an InputError at its line and column. Plans and
 * config files share it.
 *
 * Two paths give the same data and the same positions. The fast path (`fast.ts`) reads the YAML
 * subset plans are written in, several times faster than the `yaml` package and in a fraction
 * of the memory, and declines anything else and anything that might be an error. `yaml` reads
 * what it declines: it stays the reference (test/readers/yaml-fast.test.ts holds the two side
 * by side), the fallback, and the author of every error message.
 */
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { InputError } from '../../errors.js';
import type { YamlParser } from '../../plan/loaded.js';
import { fastParse, PARSE_OPTIONS } from './fast.js';
import { locatorTree } from './from-document.js';
import { LineIndex, TreeLocator } from './locator.js';
import { type PosNode, toJS } from './pos-tree.js';

/** YAML aliases beyond this many are refused: a guard against "billion laughs" documents. */
const MAX_ALIASES = 100;

/** A YAML mapping document with positions: what plan and config loading share. */
export interface YamlSource {
  locator: TreeLocator;
  /** The document as plain data. */
  raw: unknown;
  /** Which path read it. */
  parser: 'fast' | 'yaml';
}

/**
 * Parses one YAML document that must be a mapping. Every syntax problem, a duplicate key,
 * a custom tag or an alias bomb becomes an InputError at its line and column. `what` names
 * the kind of file for the messages ("plan", "config"); `parser: 'yaml'` skips the fast path.
 */
export function parseYamlMapping(
  text: string,
  file: string,
  what: { empty: string; notMapping: string },
  parser: YamlParser = 'auto',
): YamlSource {
  const tree = parser === 'yaml' ? undefined : fastParse(text);
  if (tree !== undefined) {
    const locator = new TreeLocator(file, tree, new LineIndex(text));
    checkMapping(tree, locator, file, what);
    return { locator, raw: toJS(tree!), parser: 'fast' };
  }
  return parseWithYaml(text, file, what);
}

/** The top level must be a mapping. */
function checkMapping(
  tree: PosNode | null,
  locator: TreeLocator,
  file: string,
  what: { empty: string; notMapping: string },
): asserts tree is PosNode {
  if (tree === null) throw new InputError(what.empty, { file, line: 1, column: 1 });
  if (tree.kind !== 'map') {
    const kind = tree.kind === 'seq' ? 'a list' : 'a single value';
    throw new InputError(`the top level is ${kind}; ${what.notMapping}`, { file, ...position(locator) });
  }
}

function parseWithYaml(text: string, file: string, what: { empty: string; notMapping: string }): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    ...PARSE_OPTIONS,
    lineCounter,
    // yaml's own check compares each key with every earlier one: quadratic in a mapping's size
    // (30,000 keys took minutes). Duplicates are found below, in one pass with a set per mapping.
    // (The fast path declines any duplicate, so it still answers only for what yaml accepts.)
    uniqueKeys: false,
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
  refuseDuplicateKeys(doc, at);
  if (text.includes('<<')) refuseMergeKeys(doc, at);
  const locator = new TreeLocator(file, locatorTree(doc), lineCounter);
  if (doc.contents === null) throw new InputError(what.empty, { file, line: 1, column: 1 });
  if (!isMap(doc.contents)) {
    const kind = isSeq(doc.contents) ? 'a list' : 'a single value';
    throw new InputError(`the top level is ${kind}; ${what.notMapping}`, { file, ...position(locator) });
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
  return { locator, raw, parser: 'yaml' };
}

/** The first key that appears twice in one mapping (as yaml compares them: equal scalar values), at its line. */
function refuseDuplicateKeys(doc: Document, at: (offset: number) => { file: string; line: number; column: number }) {
  let first: number | undefined;
  let count = 0;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (!seen.has(value)) seen.add(value);
        else {
          count++;
          const offset = pair.key.range?.[0] ?? 0;
          if (first === undefined || offset < first) first = offset;
        }
      }
    },
  });
  if (first !== undefined)
    throw new InputError(yamlMessage('DUPLICATE_KEY', 'Map keys must be unique'), at(first), count - 1);
}

/**
 * A merge key (`<<: *defaults`) is refused at its line. YAML 1.1 readers (PyYAML, js-yaml, Ruby)
 * copy the anchored mapping in; YAML 1.2 readers, this one among them, read a key named "<<".
 * Applying it would make pmcheck agree with some tools and not others; refusing it means a plan
 * means the same thing to every tool that reads it, and an overspend cannot hide behind one.
 */
function refuseMergeKeys(doc: Document, at: (offset: number) => { file: string; line: number; column: number }) {
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (isScalar(key) && key.value === '<<' && key.type === 'PLAIN') {
        throw new InputError(
          'YAML merge keys (<<) are not allowed: YAML 1.1 tools copy the anchored mapping in here and YAML 1.2 tools do not, so the file would mean different things to different tools; write the keys out in full',
          at(key.range?.[0] ?? 0),
        );
      }
    },
  });
}

function position(locator: TreeLocator) {
  const s = locator.locate([]);
  return { line: s.line, column: s.column };
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
