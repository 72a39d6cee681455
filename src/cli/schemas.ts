/**
 * schemas/plan.schema.json, generated from the zod schema (never edited by hand).
 * Editors use it through the `# yaml-language-server: $schema=` line at the top of a plan.
 */
import * as z from 'zod';
import { ConfigSchema } from '../config/schema.js';
import { PlanSchema } from '../plan/schema.js';

type JsonObject = { [key: string]: unknown };

/** `x-` keys are allowed on every mapping: they are the user's own notes and pmcheck's suppressions. */
function allowExtensionKeys(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) allowExtensionKeys(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as JsonObject;
  if (obj.type === 'object' && obj.properties) obj.patternProperties = { '^x-': {} };
  for (const value of Object.values(obj)) allowExtensionKeys(value);
}

export function planJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(PlanSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonObject;
  allowExtensionKeys(schema);
  return schema;
}

export function renderJsonSchema(schema: JsonObject): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function configJsonSchema(): JsonObject {
  return z.toJSONSchema(ConfigSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonObject;
}

/** The generated JSON Schemas by name, as `pmcheck schema <name>` prints and schemas/ holds them. */
export const GENERATED_SCHEMAS = {
  plan: () => renderJsonSchema(planJsonSchema()),
  config: () => renderJsonSchema(configJsonSchema()),
} as const;
