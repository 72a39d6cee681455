/** Every generated, checked-in file: its path from the repo root and how to render it. */
import { GENERATED_SCHEMAS } from '../plan/json-schema.js';
import { renderReadmeRules } from '../report/rules.js';
import { readFileSync } from 'node:fs';

const README = new URL('../../README.md', import.meta.url);

export const GENERATED_FILES: Record<string, () => string> = {
  'schemas/plan.schema.json': GENERATED_SCHEMAS.plan,
  'schemas/config.schema.json': GENERATED_SCHEMAS.config,
  // The README's rule table, between its markers, comes from the rules' own metadata.
  'README.md': () => renderReadmeRules(readFileSync(README, 'utf8')),
};
