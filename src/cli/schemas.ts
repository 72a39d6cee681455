/**
 * schemas/plan.schema.json, generated from the zod schema (never edited by hand).
 * Editors use it through the `# yaml-language-server: $schema=` line at the top of a plan.
 */
import * as z from 'zod';
import { ConfigSchema } from '../config/schema.js';
import { FIELD_DOCS } from '../plan/field-docs.js';
import { PlanSchema } from '../plan/schema.js';

type JsonObject = { [key: string]: unknown };

/**
 * `x-` keys are allowed on every mapping: they are the user's own notes and pmcheck's
 * suppressions. Every other key a mapping does not define is closed, so that an editor
 * underlines `taks:` as pmcheck would report it.
 */
function allowExtensionKeys(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) allowExtensionKeys(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as JsonObject;
  if (obj.type === 'object' && obj.properties) {
    obj.patternProperties = { '^x-': {} };
    if (obj.additionalProperties === undefined) obj.additionalProperties = false;
  }
  for (const value of Object.values(obj)) allowExtensionKeys(value);
}

/**
 * Calls `visit` with each property's path (`tasks[].depends_on[].lag`) and its schema, through
 * nullable unions and arrays, as an editor would reach it.
 */
export function forEachProperty(node: unknown, visit: (path: string, schema: JsonObject) => void, path = ''): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const obj = node as JsonObject;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = obj[key];
    if (Array.isArray(branches)) for (const branch of branches) forEachProperty(branch, visit, path);
  }
  if (obj.items) forEachProperty(obj.items, visit, `${path}[]`);
  const props = obj.properties as Record<string, JsonObject> | undefined;
  if (!props) return;
  for (const [key, child] of Object.entries(props)) {
    const childPath = path ? `${path}.${key}` : key;
    visit(childPath, child);
    forEachProperty(child, visit, childPath);
  }
}

/**
 * A sidecar (a plan with `schedule:`) takes the project's name from its schedule, as pmcheck
 * reads it, so the editor asks for `project.name` only of a plan without one.
 */
function sidecarTakesNameFromSchedule(schema: JsonObject): void {
  const project = (schema.properties as Record<string, JsonObject>).project!;
  const needsName = project.required;
  schema.required = (schema.required as string[]).filter((k) => k !== 'project');
  delete project.required;
  schema.if = { required: ['schedule'] };
  schema.else = { required: ['project'], properties: { project: { required: needsName } } };
}

/** The descriptions of src/plan/field-docs.ts, on the fields they name. */
function describeFields(schema: JsonObject): void {
  forEachProperty(schema, (path, child) => {
    const doc = FIELD_DOCS[path];
    if (doc !== undefined) child.description = doc;
  });
}

export function planJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(PlanSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonObject;
  describeFields(schema);
  allowExtensionKeys(schema);
  sidecarTakesNameFromSchedule(schema);
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
