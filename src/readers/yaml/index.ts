/** The YAML reader: a plan written as pmcheck's own YAML format. */
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
