/**
 * Cross-reference validation, after the schema has passed: ids are unique in their namespace,
 * every reference names something that exists, and date ranges run forwards.
 * Each problem carries the YAML path of the offending value, so it is reported at its line.
 */
import { formatPath, type YamlPath } from './locate.js';
import { type Dependency, type Plan, RESERVED_NAMES } from './schema.js';
import { closest } from './suggest.js';

export interface ReferenceProblem {
  path: YamlPath;
  message: string;
}

interface Namespace {
  noun: string;
  ids: Map<string, YamlPath>;
}

/** `where` renders the path of an earlier declaration, e.g. as "line 12". */
export function checkReferences(
  plan: Plan,
  where: (path: YamlPath) => string = (path) => formatPath(path.slice(0, -1)),
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const ns = (noun: string): Namespace => ({ noun, ids: new Map() });
  const people = ns('person');
  const vendors = ns('vendor');
  const sites = ns('site');
  // Tasks, milestones and deliveries share one namespace, so a dependency is never ambiguous.
  const schedulable = ns('task, milestone or delivery');
  const risks = ns('risk');
  const changes = ns('change');
  const lines = ns('budget line');

  const declare = (space: Namespace, id: string, path: YamlPath) => {
    if (RESERVED_NAMES.has(id)) {
      problems.push({ path, message: `"${id}" cannot be used as an id` });
      return;
    }
    const prior = space.ids.get(id);
    if (prior) {
      const shared = space === schedulable ? ' (tasks, milestones and deliveries share one set of ids)' : '';
      problems.push({
        path,
        message: `duplicate ${space.noun} id "${id}"${shared}; it is already used at ${where(prior)}`,
      });
    } else space.ids.set(id, path);
  };

  plan.people?.forEach((p, i) => {
    declare(people, p.id, ['people', i, 'id']);
  });
  plan.sites?.forEach((s, i) => {
    declare(sites, s.id, ['sites', i, 'id']);
  });
  plan.vendors?.forEach((v, i) => {
    declare(vendors, v.id, ['vendors', i, 'id']);
    v.deliveries?.forEach((d, j) => {
      declare(schedulable, d.id, ['vendors', i, 'deliveries', j, 'id']);
    });
  });
  plan.tasks?.forEach((t, i) => {
    declare(schedulable, t.id, ['tasks', i, 'id']);
  });
  plan.milestones?.forEach((m, i) => {
    declare(schedulable, m.id, ['milestones', i, 'id']);
  });
  plan.risks?.forEach((r, i) => {
    declare(risks, r.id, ['risks', i, 'id']);
  });
  plan.changes?.forEach((c, i) => {
    declare(changes, c.id, ['changes', i, 'id']);
  });
  plan.budget?.lines?.forEach((l, i) => {
    declare(lines, l.id, ['budget', 'lines', i, 'id']);
  });

  const ref = (spaces: Namespace[], id: string | null | undefined, path: YamlPath) => {
    if (id == null) return;
    if (spaces.some((s) => s.ids.has(id))) return;
    const all = spaces.flatMap((s) => [...s.ids.keys()]);
    const near = closest(id, all);
    const nouns = spaces.map((s) => s.noun).join(' or ');
    const hint = near ? `; did you mean "${near}"?` : all.length === 0 ? `; no ${nouns} ids are declared` : '';
    problems.push({ path, message: `unknown ${nouns} "${id}"${hint}` });
  };
  const refs = (spaces: Namespace[], ids: readonly string[] | null | undefined, path: YamlPath) =>
    ids?.forEach((id, i) => {
      ref(spaces, id, [...path, i]);
    });
  const deps = (ownId: string, list: readonly Dependency[] | null | undefined, path: YamlPath) =>
    list?.forEach((d, i) => {
      const p = [...path, i];
      if (d.id === ownId) problems.push({ path: p, message: `"${ownId}" depends on itself` });
      else ref([schedulable], d.id, p);
    });
  const range = (from: string | null | undefined, to: string | null | undefined, path: YamlPath, what: string) => {
    if (from && to && to < from) problems.push({ path, message: `${what} ${to} is before its start ${from}` });
  };

  ref([people], plan.project.manager, ['project', 'manager']);
  ref([people], plan.project.sponsor, ['project', 'sponsor']);
  range(plan.project.start, plan.project.deadline, ['project', 'deadline'], 'the deadline');
  ref([people], plan.scope?.signed_off?.by, ['scope', 'signed_off', 'by']);
  plan.vendors?.forEach((v, i) => {
    v.deliveries?.forEach((d, j) => {
      ref([sites], d.site, ['vendors', i, 'deliveries', j, 'site']);
    });
  });
  plan.tasks?.forEach((t, i) => {
    const at = ['tasks', i] as const;
    ref([people], t.owner, [...at, 'owner']);
    ref([vendors], t.vendor, [...at, 'vendor']);
    ref([sites], t.site, [...at, 'site']);
    deps(t.id, t.depends_on, [...at, 'depends_on']);
    range(t.start, t.finish, [...at, 'finish'], 'finish');
    range(t.actual_start, t.actual_finish, [...at, 'actual_finish'], 'actual_finish');
  });
  plan.milestones?.forEach((m, i) => {
    const at = ['milestones', i] as const;
    ref([people], m.owner, [...at, 'owner']);
    ref([people], m.gate?.approver, [...at, 'gate', 'approver']);
    deps(m.id, m.depends_on, [...at, 'depends_on']);
  });
  plan.budget?.lines?.forEach((l, i) => {
    ref([vendors], l.vendor, ['budget', 'lines', i, 'vendor']);
    ref([people], l.approved?.by, ['budget', 'lines', i, 'approved', 'by']);
  });
  plan.changes?.forEach((c, i) => {
    ref([people], c.requested_by, ['changes', i, 'requested_by']);
    ref([people], c.approved?.by, ['changes', i, 'approved', 'by']);
    refs([people, vendors], c.communicated_to, ['changes', i, 'communicated_to']);
  });
  plan.risks?.forEach((r, i) => {
    ref([people], r.owner, ['risks', i, 'owner']);
  });
  refs([people], plan.communication?.audience, ['communication', 'audience']);
  plan.blackouts?.forEach((b, i) => {
    refs([sites], b.sites, ['blackouts', i, 'sites']);
    range(b.from, b.to, ['blackouts', i, 'to'], 'the blackout end');
  });
  return problems;
}
