/** Reading zod's schema definitions, to walk data beside the schema that validated it. */
import type * as z from 'zod';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
};
export const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object or array schema behind wrappers (optional, nullable, pipe, union) for this value. */
export function unwrapFor(schema: z.ZodType, value: unknown): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (let guard = 0; s && guard < 20; guard++) {
    const d = defOf(s);
    if (d.type === 'object' || d.type === 'array') return s;
    if (d.innerType) s = d.innerType;
    else if (d.type === 'pipe') s = d.in;
    else if (d.type === 'union') {
      const want = Array.isArray(value) ? 'array' : 'object';
      s = d.options?.map((o) => unwrapFor(o, value)).find((o) => o !== undefined && defOf(o).type === want);
    } else return undefined;
  }
  return undefined;
}
