import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'blackout-clash',
  category: 'schedule',
  severity: 'high',
  description: 'No downtime, cutover or migration work falls in a blackout window at its site.',
  fix: 'Move the work out of the blackout window, or agree an exception with the business owner.',
  messages: {
    clash: '"{{task}}" ({{start}} to {{finish}}{{at}}) falls in the blackout "{{blackout}}" ({{from}} to {{to}}).',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'A task with `downtime: true`, or of kind `cutover` or `migration`, whose dates overlap a `blackouts` window at the same site. A blackout with no `sites` covers every site; a task with no site clashes only with such all-site blackouts.',
    why: 'Article 002 opens with it: "The server migration was technically sound, but it clashed with the busiest week of the quarter." In the multi-site network refresh, "Downtime windows clash with business-critical periods."',
    sources: [
      cite('tpm-guide', 'introduction: the migration that "clashed with the busiest week of the quarter"'),
      cite('tpm-guide', 'Multi-site network refresh'),
    ],
    howToFix:
      'Reschedule the work to a window the business has agreed. If the business accepts the clash, record who agreed it in an `x-pmcheck-ignore` reason.',
    failing: `sites: [{ id: leeds }]\nblackouts:\n  - { name: Peak dispatch, from: 2026-05-11, to: 2026-05-15, sites: [leeds] }\ntasks:\n  - { id: cutover, kind: cutover, site: leeds, start: 2026-05-11, finish: 2026-05-11 }`,
    fixed: `sites: [{ id: leeds }]\nblackouts:\n  - { name: Peak dispatch, from: 2026-05-11, to: 2026-05-15, sites: [leeds] }\ntasks:\n  - { id: cutover, kind: cutover, site: leeds, start: 2026-05-18, finish: 2026-05-18 }`,
  },
  check(ctx) {
    const blackouts = ctx.plan.blackouts ?? [];
    if (blackouts.length === 0) return ctx.notApplicable('the plan has no blackout windows');
    const disruptive = [...ctx.model.items.values()].filter(
      (i) => i.task && (i.task.downtime || i.task.kind === 'cutover' || i.task.kind === 'migration'),
    );
    if (disruptive.length === 0) return ctx.notApplicable('no downtime, cutover or migration work');
    ctx.checked(disruptive.length);
    const dated = disruptive.flatMap((item) => {
      const start = ctx.model.startOf(item);
      const finish = ctx.model.finishOf(item) ?? start;
      return start && finish ? [{ item, start, finish, site: item.task!.site ?? undefined }] : [];
    });
    // The first window in plan order that overlaps each task at its site: all-site windows for
    // every task, a site's own windows for its tasks. O((windows × sites + tasks) log windows);
    // each task against each window was quadratic (issue 14, class 7).
    const allSites: Window[] = [];
    const bySite = new Map<string, Window[]>();
    blackouts.forEach((b, index) => {
      if (!b.sites?.length) allSites.push({ from: b.from, to: b.to, index });
      else
        for (const site of new Set(b.sites)) {
          const list = bySite.get(site) ?? [];
          list.push({ from: b.from, to: b.to, index });
          bySite.set(site, list);
        }
    });
    const first = firstOverlapping(allSites, dated);
    const groups = new Map<string, number[]>();
    dated.forEach((t, i) => {
      if (t.site === undefined || !bySite.has(t.site)) return;
      const members = groups.get(t.site) ?? [];
      members.push(i);
      groups.set(t.site, members);
    });
    for (const [site, members] of groups) {
      const found = firstOverlapping(
        bySite.get(site)!,
        members.map((i) => dated[i]!),
      );
      members.forEach((i, k) => {
        if (found[k]! >= 0 && (first[i]! < 0 || found[k]! < first[i]!)) first[i] = found[k]!;
      });
    }
    dated.forEach(({ item, start, finish, site }, i) => {
      if (first[i]! < 0) return;
      const b = blackouts[first[i]!]!;
      ctx.report({
        messageId: 'clash',
        path: [...item.path, item.actualStart ? 'actual_start' : 'start'],
        data: {
          task: item.name,
          start,
          finish,
          at: site ? ` at ${site}` : '',
          blackout: b.name ?? b.id ?? `${b.from} to ${b.to}`,
          from: b.from,
          to: b.to,
        },
      });
    });
  },
});

interface Window {
  from: string;
  to: string;
  /** Its position in the plan's list: the first overlapping window is the one reported. */
  index: number;
}

/**
 * For each span [start, finish], the smallest index of a window that overlaps it (from <= finish
 * and to >= start), or -1. Offline: spans by finish, windows added by from, and a Fenwick tree
 * over the windows' ends keeping the smallest index among ends at or after a date.
 */
function firstOverlapping(windows: readonly Window[], spans: readonly { start: string; finish: string }[]): number[] {
  const out = new Array<number>(spans.length).fill(-1);
  if (windows.length === 0) return out;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ends = [...new Set(windows.map((w) => w.to))].sort(cmp);
  const lowerBound = (date: string) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Position n - rank(end), so that "ends at or after a date" is a prefix of the tree.
  const n = ends.length;
  const tree = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const add = (pos: number, v: number) => {
    for (let p = pos; p <= n; p += p & -p) if (v < tree[p]!) tree[p] = v;
  };
  const least = (pos: number) => {
    let best = Number.POSITIVE_INFINITY;
    for (let p = pos; p > 0; p -= p & -p) if (tree[p]! < best) best = tree[p]!;
    return best;
  };
  const byFrom = [...windows].sort((a, b) => cmp(a.from, b.from));
  const order = spans.map((_, i) => i).sort((a, b) => cmp(spans[a]!.finish, spans[b]!.finish));
  let k = 0;
  for (const i of order) {
    const { start, finish } = spans[i]!;
    while (k < byFrom.length && byFrom[k]!.from <= finish) {
      const w = byFrom[k++]!;
      add(n - lowerBound(w.to), w.index);
    }
    const best = least(n - lowerBound(start));
    if (best !== Number.POSITIVE_INFINITY) out[i] = best;
  }
  return out;
}
