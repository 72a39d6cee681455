/**
 * Cross-reference validation, after the schema has passed: ids are unique in their namespace,
 * every reference names something that exists, and date ranges run forwards. Which fields are
 * ids, references and ranges is read from the schema's metadata (schema.ts), never listed here.
 * Each problem carries the path of the offending value, so it is reported at its line.
 */
import type * as z from 'zod';
import { money } from '../text.js';
import { formatPath, type PlanPath } from './path.js';
import { BUILT_IN_IDS, type Namespace, type Plan, PlanSchema, RESERVED_NAMES } from './schema.js';
import { closest } from './suggest.js';
import { walkPlan } from './walk.js';

export interface ReferenceProblem {
  path: PlanPath;
  message: string;
}

const NOUN: Record<Namespace, string> = {
  person: 'person',
  site: 'site',
  vendor: 'vendor',
  schedulable: 'task, milestone or delivery',
  risk: 'risk',
  change: 'change',
  'budget line': 'budget line',
  calendar: 'calendar',
};

/** `where` renders the path of an earlier declaration, e.g. as "line 12". */
export function checkReferences(
  plan: Plan,
  where: (path: PlanPath) => string = (path) => formatPath(path.slice(0, -1)),
  schema: z.ZodType = PlanSchema,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const declared = new Map<Namespace, Map<string, PlanPath>>();
  const builtIn = new Map(Object.entries(BUILT_IN_IDS).map(([ns, ids]) => [ns as Namespace, new Set(ids)]));
  const refs: { namespaces: readonly Namespace[]; id: string; path: PlanPath }[] = [];

  walkPlan(schema, plan, ({ path, value, meta, parent, owner }) => {
    if (meta.declares && value !== null && typeof value === 'object') {
      const id = (value as { id?: unknown }).id;
      if (typeof id !== 'string') return;
      const at = [...path, 'id'];
      const space = meta.declares.namespace;
      if (RESERVED_NAMES.has(id)) {
        problems.push({ path: at, message: `"${id}" cannot be used as an id` });
        return;
      }
      if (builtIn.get(space)?.has(id)) {
        problems.push({
          path: at,
          message: `"${id}" is a built-in ${NOUN[space]}, which every plan has; choose another id`,
        });
        return;
      }
      const ids = declared.get(space) ?? new Map<string, PlanPath>();
      declared.set(space, ids);
      const prior = ids.get(id);
      if (prior) {
        const shared = space === 'schedulable' ? ' (tasks, milestones and deliveries share one set of ids)' : '';
        problems.push({
          path: at,
          message: `duplicate ${NOUN[space]} id "${id}"${shared}; it is already used at ${where(prior)}`,
        });
      } else ids.set(id, at);
    }
    if (meta.ref && value != null) {
      const id = meta.refField ? (value as Record<string, unknown>)[meta.refField] : value;
      if (typeof id !== 'string') return;
      if (meta.notSelf && owner && id === owner.id) problems.push({ path, message: `"${id}" depends on itself` });
      else refs.push({ namespaces: meta.ref, id, path });
    }
    if (meta.notBefore && parent && typeof value === 'string') {
      const from = parent[meta.notBefore.field];
      if (typeof from === 'string' && value < from) {
        problems.push({ path, message: `${meta.notBefore.what} ${value} is before its start ${from}` });
      }
    }
  });

  // The ids a reference may name, listed once per set of namespaces, not once per reference.
  const candidates = new Map<string, string[]>();
  const idsIn = (namespaces: readonly Namespace[]) => {
    const key = namespaces.join('|');
    let all = candidates.get(key);
    if (!all) {
      all = namespaces.flatMap((ns) => [...(builtIn.get(ns) ?? []), ...(declared.get(ns)?.keys() ?? [])]);
      candidates.set(key, all);
    }
    return all;
  };
  for (const { namespaces, id, path } of refs) {
    if (namespaces.some((ns) => declared.get(ns)?.has(id) || builtIn.get(ns)?.has(id))) continue;
    const nouns = namespaces.map((ns) => NOUN[ns]).join(' or ');
    // The "did you mean" search runs over every declared id, so it runs only when the message is
    // read: a plan with thousands of unknown references shows one, and costs one search.
    problems.push(
      lazyMessage(path, () => {
        const all = idsIn(namespaces);
        const near = closest(id, all);
        const hint = near
          ? `; did you mean "${shown(near)}"?`
          : all.length === 0
            ? `; no ${nouns} ids are declared`
            : '';
        return `unknown ${nouns} "${shown(id)}"${hint}`;
      }),
    );
  }
  return problems;
}

/** A problem whose message is worked out on first reading, then kept. */
function lazyMessage(path: PlanPath, make: () => string): ReferenceProblem {
  let message: string | undefined;
  const problem = { path } as ReferenceProblem;
  Object.defineProperty(problem, 'message', {
    enumerable: true,
    get: () => {
      message ??= make();
      return message;
    },
  });
  return problem;
}

/** An id as a message shows it: a very long one is cut, so one id cannot fill a terminal. */
function shown(id: string): string {
  return id.length > 80 ? `${id.slice(0, 60)}… (${money(id.length)} characters)` : id;
}
