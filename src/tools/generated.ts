/** Every generated, checked-in file: its path from the repo root and how to render it. */
import { planJsonSchema, renderJsonSchema } from '../plan/json-schema.js';

export const GENERATED_FILES: Record<string, () => string> = {
  'schemas/plan.schema.json': () => renderJsonSchema(planJsonSchema()),
};
