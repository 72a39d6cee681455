/**
 * Walks validated plan data beside its zod schema, handing each value that carries metadata
 * (a reference, a declared id, a tracked field) to a visitor. The checks that follow ids and
 * the comparison change control makes are built on it, so a new field is covered by giving
 * it metadata in the schema, and nothing else.
 */
import type * as z from 'zod';
import type { PlanPath } from './path.js';
import { type FieldMeta, planMeta } from './schema.js';
import { defOf } from './zod-def.js';

export interface Owner {
  id: string;
  path: PlanPath;
  /** What the item is, from its schema ("task"), when it declares its id. */
  noun?: string;
  /** The owner of this owner, for items inside items (a vendor's delivery). */
  parent?: Owner;
}

export interface Visit {
  path: PlanPath;
  value: unknown;
  meta: FieldMeta;
  /** The mapping the value sits in (for sibling fields), when it is a field. */
  parent?: Record<string, unknown>;
  /** The nearest list item above the value that has an id: a dependency's own task, say. */
  owner?: Owner;
}

/** All metadata on a schema and the wrappers around it, merged outermost last. */
export function metaOf(schema: z.ZodType): { meta: FieldMeta; inner: z.ZodType } {
  let meta: FieldMeta = {};
  let s: z.ZodType = schema;
  for (let guard = 0; guard < 20; guard++) {
    const m = planMeta.get(s);
    if (m) meta = { ...m, ...meta };
    const d = defOf(s);
    if (d.innerType && d.type !== 'pipe') s = d.innerType;
    else break;
  }
  return { meta, inner: s };
}

interface Walked {
  meta: FieldMeta;
  hasMeta: boolean;
  def: ReturnType<typeof defOf>;
  fields?: [string, z.ZodType][];
}

/**
 * What the walk needs of each schema, worked out once per schema rather than once per value:
 * the metadata is fixed when the schema is defined, and a 10,000-task plan visits each field's
 * schema 10,000 times.
 */
const walked = new WeakMap<z.ZodType, Walked>();
function walkedOf(schema: z.ZodType): Walked {
  let w = walked.get(schema);
  if (!w) {
    const { meta, inner } = metaOf(schema);
    const def = defOf(inner);
    w = { meta, hasMeta: Object.keys(meta).length > 0, def };
    if (def.type === 'object' && def.shape) w.fields = Object.entries(def.shape) as [string, z.ZodType][];
    walked.set(schema, w);
  }
  return w;
}

export function walkPlan(schema: z.ZodType, value: unknown, visit: (v: Visit) => void): void {
  const go = (s: z.ZodType, v: unknown, path: PlanPath, parent: Visit['parent'], owner: Visit['owner']) => {
    const { meta, hasMeta, def: d, fields } = walkedOf(s);
    // Each visitor gets its own copy of the metadata, as when it was merged per value.
    if (hasMeta) visit({ path, value: v, meta: { ...meta }, parent, owner });
    if (v === null || v === undefined) return;
    if (d.type === 'array' && Array.isArray(v) && d.element) {
      v.forEach((item, i) => {
        go(d.element!, item, [...path, i], undefined, owner);
      });
    } else if (fields && typeof v === 'object' && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      const id = typeof obj.id === 'string' ? obj.id : undefined;
      const here =
        id !== undefined && typeof path[path.length - 1] === 'number'
          ? { id, path, noun: meta.declares?.noun, parent: owner }
          : owner;
      for (const [key, child] of fields) {
        if (Object.hasOwn(obj, key)) go(child, obj[key], [...path, key], obj, here);
      }
    }
  };
  go(schema, value, [], undefined, undefined);
}
