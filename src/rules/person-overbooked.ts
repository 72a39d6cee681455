import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { isFinished, type ScheduleItem } from '../plan/model/index.js';
import { onDates } from '../text.js';

/** Roles that oversee work rather than do it on site: owning tasks at two sites at once is their job. */
const OVERSEERS = new Set(['project-manager', 'sponsor', 'stakeholder', 'product-owner']);

interface Booking {
  item: ScheduleItem;
  start: string;
  finish: string;
  /** The site the person must be at, when the work is theirs to do on site. */
  site?: string;
  /**
   * The site and the shift, "day:leeds" or "night:leeds": an evening UPS swap at one site and a
   * day's testing at another can both be done, so only bookings in the same shift can clash.
   */
  place?: string;
  share?: number;
}

/** Bookings still running, smallest finish first (a binary heap). */
class FinishQueue {
  private heap: Booking[] = [];

  push(b: Booking): void {
    const h = this.heap;
    h.push(b);
    for (let i = h.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (h[parent]!.finish <= h[i]!.finish) break;
      [h[parent], h[i]] = [h[i]!, h[parent]!];
      i = parent;
    }
  }

  /** Removes and returns a booking that finished before `date`, if any. */
  popBefore(date: string): Booking | undefined {
    const h = this.heap;
    if (h.length === 0 || h[0]!.finish >= date) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]!.finish < h[m]!.finish) m = l;
        if (r < h.length && h[r]!.finish < h[m]!.finish) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }

  /** Some running booking at this place (rarely needed: only when the latest one has gone). */
  anyAt(place: string): Booking | undefined {
    return this.heap.find((b) => b.place === place);
  }
}

export default defineRule({
  id: 'person-overbooked',
  category: 'schedule',
  severity: 'medium',
  description: 'Nobody is booked at two sites on the same days, or for more than their whole week.',
  fix: "Move one of the tasks, give it to someone else, or lower the tasks' allocations to what the person can give.",
  messages: {
    twoSites: '{{person}} is booked at {{siteA}} for "{{taskA}}" and at {{siteB}} for "{{taskB}}" {{when}}.',
    overAllocated: '{{person}} is booked for {{load:percent}} of a week {{when}}: {{tasks:list}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      "Unfinished tasks owned by the same person that overlap in time, when they are at different `site`s (for people who do the work - not a project manager, sponsor, stakeholder or product owner, and not tasks a vendor does), or when the tasks' `allocation`s add up to more than 100% of the person's week. Tasks without an allocation are not counted towards the 100%, since owning a task is not the same as working on it full time. A task marked `out_of_hours` (an evening UPS swap) does not clash with day work at another site: only two daytime tasks, or two out-of-hours ones, at different sites do.",
    why: 'Article 002\'s multi-site refresh needs each site "planned individually but managed as part of a coordinated programme": an engineer booked for the Leeds switch swap and the Rotherham cutover on the same Saturday means one of them will not happen. Article 000 warns that engineers absorb such clashes silently instead of escalating them.',
    sources: [
      cite('tpm-guide', 'Multi-site network refresh'),
      cite('partner-pm-mistakes', 'Mistake 3: relying on assumptions instead of proactive management'),
    ],
    howToFix:
      "Re-sequence one of the tasks, or give it to another engineer. Record real allocations on tasks that share someone's week (`allocation: 50%`).",
    failing: `project: { name: Refresh, status_date: 2026-03-02 }\npeople: [{ id: sam, name: Sam Lee, role: engineer }]\nsites: [{ id: leeds, name: Leeds }, { id: roth, name: Rotherham }]\ntasks:\n  - { id: a, name: Leeds switch swap, owner: sam, site: leeds, start: 2026-03-02, finish: 2026-03-04 }\n  - { id: b, name: Rotherham switch swap, owner: sam, site: roth, start: 2026-03-03, finish: 2026-03-05 }`,
    fixed: `project: { name: Refresh, status_date: 2026-03-02 }\npeople: [{ id: sam, name: Sam Lee, role: engineer }]\nsites: [{ id: leeds, name: Leeds }, { id: roth, name: Rotherham }]\ntasks:\n  - { id: a, name: Leeds switch swap, owner: sam, site: leeds, start: 2026-03-02, finish: 2026-03-04 }\n  - { id: b, name: Rotherham switch swap, owner: sam, site: roth, start: 2026-03-05, finish: 2026-03-06 }`,
  },
  check(ctx) {
    const { model } = ctx;
    const byPerson = new Map<string, Booking[]>();
    for (const item of model.items.values()) {
      const t = item.task;
      if (!t?.owner || isFinished(item)) continue;
      const start = model.startOf(item);
      const finish = model.finishOf(item) ?? start;
      if (!start || !finish || finish < ctx.asOf) continue;
      const onSite = !OVERSEERS.has(model.people.get(t.owner)?.role ?? '') && !t.vendor;
      const site = onSite ? (t.site ?? undefined) : undefined;
      const booking: Booking = {
        item,
        start,
        finish,
        site,
        place: site === undefined ? undefined : `${t.out_of_hours ? 'night' : 'day'}:${site}`,
        share: t.allocation ?? undefined,
      };
      byPerson.set(t.owner, [...(byPerson.get(t.owner) ?? []), booking]);
    }
    const people = [...byPerson.values()].filter((b) => b.length > 1);
    if (people.length === 0) return ctx.notApplicable('nobody owns two or more dated, unfinished tasks');
    for (const [id, bookings] of byPerson) {
      if (bookings.length < 2) continue;
      const person = model.personName(id);
      bookings.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
      // A sweep in start order over the bookings still running, kept by finish: each booking is
      // added and removed once, and the sites and shares in use are counted as they change, so
      // a person with thousands of tasks costs O(n log n), not a comparison of every pair.
      const running = new FinishQueue();
      const atSite = new Map<string, Booking>();
      const siteCount = new Map<string, number>();
      const shared = new Set<Booking>();
      let load = 0;
      for (const b of bookings) {
        for (let gone = running.popBefore(b.start); gone; gone = running.popBefore(b.start)) {
          if (gone.place) {
            const n = siteCount.get(gone.place)! - 1;
            if (n === 0) siteCount.delete(gone.place);
            else siteCount.set(gone.place, n);
            if (atSite.get(gone.place) === gone) atSite.delete(gone.place);
          }
          if (gone.share !== undefined) {
            load -= gone.share;
            shared.delete(gone);
          }
        }
        if (b.site && b.place) {
          const shift = b.place.slice(0, b.place.indexOf(':') + 1);
          const other = [...siteCount.keys()].find((place) => place !== b.place && place.startsWith(shift));
          const elsewhere = other === undefined ? undefined : (atSite.get(other) ?? running.anyAt(other));
          if (elsewhere) {
            ctx.report({
              messageId: 'twoSites',
              path: [...b.item.path, 'site'],
              data: {
                person,
                siteA: model.siteName(elsewhere.site!),
                taskA: elsewhere.item.name,
                siteB: model.siteName(b.site),
                taskB: b.item.name,
                from: b.start,
                to: elsewhere.finish < b.finish ? elsewhere.finish : b.finish,
                when: onDates(b.start, elsewhere.finish < b.finish ? elsewhere.finish : b.finish),
              },
            });
          }
          siteCount.set(b.place, (siteCount.get(b.place) ?? 0) + 1);
          atSite.set(b.place, b);
        }
        if (b.share !== undefined) {
          load += b.share;
          shared.add(b);
          if (load > 1 + 1e-9) {
            const all = [...shared];
            const to = all.reduce((m, a) => (a.finish < m ? a.finish : m), b.finish);
            ctx.report({
              messageId: 'overAllocated',
              path: [...b.item.path, 'allocation'],
              data: {
                person,
                load,
                from: b.start,
                to,
                when: onDates(b.start, to),
                tasks: all.map((a) => `"${a.item.name}" (${Math.round(a.share! * 100)}%)`),
              },
            });
          }
        }
        running.push(b);
      }
    }
  },
});
