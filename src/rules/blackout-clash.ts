import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import type { Plan, Task } from '../plan/schema.js';
import { dateSpan } from '../text.js';

export default defineRule({
  id: 'blackout-clash',
  category: 'schedule',
  severity: 'high',
  description: 'No downtime, cutover, migration or user-facing rollout falls in a blackout window at its site.',
  fix: 'Move the work out of the blackout window, or agree an exception with the business owner.',
  messages: {
    clash: '"{{task}}" ({{dates}}{{at}}) falls in the blackout "{{blackout}}" ({{window}}).',
    forecastClash:
      '"{{task}}" is planned for {{dates}}{{at}}, but the work before it pushes it to {{forecastDates}}, into the blackout "{{blackout}}" ({{window}}).',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'A task with `downtime: true`, of kind `cutover` or `migration`, or user-facing (a `rollout` or `pilot`, or `training` that affects users), whose dates overlap a `blackouts` window at the same site. A blackout with no `sites` covers every site; a task with no site clashes only with such all-site blackouts. The forecast is judged too: work not yet started that the forward pass pushes into a blackout is reported even when its planned dates are clear of it.',
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
    const { model } = ctx;
    const blackouts = ctx.plan.blackouts ?? [];
    if (blackouts.length === 0) return ctx.notApplicable('the plan has no blackout windows');
    const disruptive = [...model.items.values()].filter((i) => isDisruptive(i.task));
    if (disruptive.length === 0)
      return ctx.notApplicable('no downtime, cutover or migration work, and no user-facing rollout');
    const windows = new BlackoutIndex(blackouts);
    for (const item of disruptive) {
      const start = model.startOf(item);
      const finish = model.finishOf(item) ?? start;
      if (!start || !finish) continue;
      const site = item.task!.site ?? undefined;
      const at = site ? ` at ${model.siteName(site)}` : '';
      const planned = windows.clash(site, start, finish);
      if (planned) {
        ctx.report({
          messageId: 'clash',
          path: [...item.path, item.actualStart ? 'actual_start' : 'start'],
          data: {
            task: item.name,
            start,
            finish,
            dates: dateSpan(start, finish),
            at,
            blackout: name(planned),
            from: planned.from,
            to: planned.to,
            window: dateSpan(planned.from, planned.to),
          },
        });
        continue;
      }
      // Not started yet: where the logic will really put it.
      const forecast = item.actualStart ? undefined : model.forecast.dates.get(item.id);
      if (!forecast || (forecast.start === start && forecast.finish === finish)) continue;
      const pushed = windows.clash(site, forecast.start, forecast.finish);
      if (pushed) {
        ctx.report({
          messageId: 'forecastClash',
          path: [...item.path, 'start'],
          data: {
            task: item.name,
            start,
            finish,
            at,
            dates: dateSpan(start, finish),
            forecastStart: forecast.start,
            forecastFinish: forecast.finish,
            forecastDates: dateSpan(forecast.start, forecast.finish),
            blackout: name(pushed),
            from: pushed.from,
            to: pushed.to,
            window: dateSpan(pushed.from, pushed.to),
          },
        });
      }
    }
  },
});

type Blackout = NonNullable<Plan['blackouts']>[number];

const name = (b: Blackout) => b.name ?? b.id ?? `${b.from} to ${b.to}`;

/** Work that takes a service down, changes how people work, or takes their time. */
function isDisruptive(t: Task | undefined): boolean {
  if (!t) return false;
  if (t.downtime || t.kind === 'cutover' || t.kind === 'migration' || t.kind === 'rollout' || t.kind === 'pilot')
    return true;
  return t.kind === 'training' && (t.users_affected ?? 0) > 0;
}

/**
 * Blackout windows by site (and those for every site), each list sorted by start with a running
 * latest end, so that "does any window overlap these dates" is a binary search: a plan with
 * thousands of windows and tasks stays O((T + B) log B).
 */
class BlackoutIndex {
  private readonly bySite = new Map<string, Sorted>();
  private readonly everywhere: Sorted;

  constructor(blackouts: readonly Blackout[]) {
    const all: [number, Blackout][] = [];
    const site = new Map<string, [number, Blackout][]>();
    blackouts.forEach((b, i) => {
      if (!b.sites?.length) all.push([i, b]);
      else
        for (const s of new Set(b.sites)) {
          // Pushed, not spread into a new list per window: that was quadratic in one site's windows.
          const list = site.get(s) ?? [];
          list.push([i, b]);
          site.set(s, list);
        }
    });
    this.everywhere = new Sorted(all);
    for (const [s, list] of site) this.bySite.set(s, new Sorted(list));
  }

  /** A window that overlaps [start, finish] at the site: of each list the one ending latest, the earlier in the plan of the two. */
  clash(site: string | undefined, start: string, finish: string): Blackout | undefined {
    const candidates = [
      this.everywhere.overlapping(start, finish),
      site ? this.bySite.get(site)?.overlapping(start, finish) : undefined,
    ];
    const found = candidates.filter((c): c is [number, Blackout] => c !== undefined).sort((a, b) => a[0] - b[0]);
    return found[0]?.[1];
  }
}

class Sorted {
  private readonly byFrom: [number, Blackout][];
  /** For each position, the window with the latest end among those up to it. */
  private readonly latest: [number, Blackout][];

  constructor(list: [number, Blackout][]) {
    this.byFrom = [...list].sort((a, b) => (a[1].from < b[1].from ? -1 : a[1].from > b[1].from ? 1 : a[0] - b[0]));
    this.latest = [];
    for (const w of this.byFrom) {
      const prev = this.latest[this.latest.length - 1];
      this.latest.push(prev && prev[1].to >= w[1].to ? prev : w);
    }
  }

  overlapping(start: string, finish: string): [number, Blackout] | undefined {
    // The last window that starts on or before `finish`; among those, the one ending latest.
    let lo = 0;
    let hi = this.byFrom.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.byFrom[mid]![1].from <= finish) lo = mid + 1;
      else hi = mid;
    }
    const best = lo > 0 ? this.latest[lo - 1]! : undefined;
    return best && best[1].to >= start ? best : undefined;
  }
}
