/** The YAML reader: a plan written as pmcheck's own YAML format. */
import { isAlias, isMap, isScalar, parseDocument } from 'yaml';
import { InputError } from '../../errors.js';
import type { LoadedPlan, LoadOptions } from '../../plan/loaded.js';
import { RESERVED_NAMES } from '../../plan/schema.js';
import { validatePlan } from '../../plan/validate.js';
import { parseYamlMapping } from './parse.js';

/** Parses and validates plan text. Throws InputError for anything that stops the audit. */
export function readYamlPlan(text: string, file: string, options: LoadOptions = {}): LoadedPlan {
  const { locator, raw } = parseYamlMapping(
    text,
    file,
    {
      empty: 'the file is empty; a plan needs at least `pmcheck: 1` and `project.name`',
      notMapping: 'a plan is a mapping that starts with `pmcheck: 1`',
    },
    options.yamlParser,
  );
  if (!Object.hasOwn(raw as object, 'pmcheck')) {
    throw new InputError(
      'this is not a pmcheck plan: the top level has no `pmcheck:` key (add `pmcheck: 1` as the first line)',
      { file, line: 1, column: 1 },
    );
  }
  const validated = validatePlan(raw, locator, file, options, {
    size: text.length,
    // Both walks visit the whole plan; a plain text search tells when they cannot find anything.
    mayHaveReserved: [...RESERVED_NAMES].some((name) => text.includes(name)),
    mayHaveSuppressions: text.includes('x-pmcheck-ignore'),
  });
  return { file, format: 'yaml', locator, ...validated };
}

/**
 * Whether YAML (or JSON) text is a plan by the rule `readYamlPlan` applies: its top level is a
 * mapping with a `pmcheck` key, however the key is written (plain, quoted, escaped, JSON,
 * explicit `? pmcheck`, through an alias). Text that does not parse is a plan when it names
 * pmcheck at all, so that the reader reports its syntax error rather than discovery skipping it.
 */
export function isYamlPlan(text: string): { plan: true } | { plan: false; why: string } {
  // A key can only spell pmcheck without the word in the text through an escape in quotes.
  if (!text.includes('pmcheck') && !text.includes('\\')) return { plan: false, why: 'no top-level `pmcheck` key' };
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const json: unknown = JSON.parse(trimmed);
      if (json !== null && typeof json === 'object' && !Array.isArray(json))
        return Object.hasOwn(json, 'pmcheck') ? { plan: true } : { plan: false, why: 'no top-level `pmcheck` key' };
    } catch {
      // Not strict JSON: YAML decides.
    }
  }
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  if (doc.errors.length > 0)
    return text.includes('pmcheck')
      ? { plan: true }
      : { plan: false, why: 'not YAML or JSON that parses, and it does not mention pmcheck' };
  if (!isMap(doc.contents)) return { plan: false, why: 'the top level is not a mapping' };
  for (const pair of doc.contents.items) {
    const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
    if (!isScalar(key)) continue;
    // A merge key may bring `pmcheck` in from an anchor; the reader refuses merge keys by name.
    if (key.value === 'pmcheck' || (key.value === '<<' && text.includes('pmcheck'))) return { plan: true };
  }
  return { plan: false, why: 'no top-level `pmcheck` key' };
}
