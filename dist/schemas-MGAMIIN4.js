import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigSchema
} from "./chunk-RK5WRRMI.js";
import {
  PlanSchema,
  toJSONSchema
} from "./chunk-5AEJUB6B.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";

// src/cli/schemas.ts
function allowExtensionKeys(node) {
  if (Array.isArray(node)) {
    for (const item of node) allowExtensionKeys(item);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const obj = node;
  if (obj.type === "object" && obj.properties) obj.patternProperties = { "^x-": {} };
  for (const value of Object.values(obj)) allowExtensionKeys(value);
}
function planJsonSchema() {
  const schema = toJSONSchema(PlanSchema, {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12"
  });
  allowExtensionKeys(schema);
  return schema;
}
function renderJsonSchema(schema) {
  return `${JSON.stringify(schema, null, 2)}
`;
}
function configJsonSchema() {
  return toJSONSchema(ConfigSchema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
}
var GENERATED_SCHEMAS = {
  plan: () => renderJsonSchema(planJsonSchema()),
  config: () => renderJsonSchema(configJsonSchema())
};
export {
  GENERATED_SCHEMAS,
  configJsonSchema,
  planJsonSchema,
  renderJsonSchema
};
