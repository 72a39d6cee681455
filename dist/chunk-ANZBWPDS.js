import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  planMeta
} from "./chunk-5AEJUB6B.js";

// src/plan/zod-def.ts
var defOf = (s) => s._zod.def;
function unwrapFor(schema, value) {
  let s = schema;
  for (let guard = 0; s && guard < 20; guard++) {
    const d = defOf(s);
    if (d.type === "object" || d.type === "array") return s;
    if (d.innerType) s = d.innerType;
    else if (d.type === "pipe") s = d.in;
    else if (d.type === "union") {
      const want = Array.isArray(value) ? "array" : "object";
      s = d.options?.map((o) => unwrapFor(o, value)).find((o) => o !== void 0 && defOf(o).type === want);
    } else return void 0;
  }
  return void 0;
}

// src/plan/walk.ts
function metaOf(schema) {
  let meta = {};
  let s = schema;
  for (let guard = 0; guard < 20; guard++) {
    const m = planMeta.get(s);
    if (m) meta = { ...m, ...meta };
    const d = defOf(s);
    if (d.innerType && d.type !== "pipe") s = d.innerType;
    else break;
  }
  return { meta, inner: s };
}
function walkPlan(schema, value, visit) {
  const go = (s, v, path, parent, owner) => {
    const { meta, inner } = metaOf(s);
    if (Object.keys(meta).length > 0) visit({ path, value: v, meta, parent, owner });
    if (v === null || v === void 0) return;
    const d = defOf(inner);
    if (d.type === "array" && Array.isArray(v) && d.element) {
      v.forEach((item, i) => {
        go(d.element, item, [...path, i], void 0, owner);
      });
    } else if (d.type === "object" && d.shape && typeof v === "object" && !Array.isArray(v)) {
      const obj = v;
      const id = typeof obj.id === "string" ? obj.id : void 0;
      const here = id !== void 0 && typeof path[path.length - 1] === "number" ? { id, path, noun: meta.declares?.noun, parent: owner } : owner;
      for (const [key, child] of Object.entries(d.shape)) {
        if (Object.hasOwn(obj, key)) go(child, obj[key], [...path, key], obj, here);
      }
    }
  };
  go(schema, value, [], void 0, void 0);
}

export {
  defOf,
  unwrapFor,
  walkPlan
};
