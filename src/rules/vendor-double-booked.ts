import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import type { ScheduleItem } from '../plan/model/index.js';
import { dateSpan } from '../text.js';

export default defineRule({
  id: 'vendor-double-booked',
  category: 'vendors',
  severity: 'medium',
  description: 'No vendor is booked at two sites on overlapping dates.',
  fix: "Re-sequence the vendor's visits so that one site finishes before the next starts, or confirm two crews.",
  messages: {
    overlap:
      '{{vendor}} is booked at {{site}} for "{{task}}" ({{dates}}) while still at {{otherSite}} for "{{other}}" until {{otherFinish}}.',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      'Two tasks by the same vendor at different sites whose date ranges overlap. Tasks are swept in start order per vendor, so the cost is O(n log n); each double-booked task is reported once, against the earlier booking it overlaps.',
    why: 'Articles 001 and 002 on multi-site rollouts: each site must be "planned individually but managed as part of a coordinated programme". One installer cannot be at York and Hull on the same day; one of the two visits will slip, and with it everything behind it.',
    sources: [cite('outsourcing-pm', 'multi-site rollouts'), cite('tpm-guide', 'Multi-site network refresh')],
    howToFix:
      'Move one visit after the other, or confirm with the vendor that two crews are booked and record that with an `x-pmcheck-ignore` reason.',
    failing: `sites: [{ id: york }, { id: hull }]\nvendors: [{ id: wirewise }]\ntasks:\n  - { id: york-aps, vendor: wirewise, site: york, start: 2026-05-18, finish: 2026-05-21 }\n  - { id: hull-aps, vendor: wirewise, site: hull, start: 2026-05-19, finish: 2026-05-22 }`,
    fixed: `sites: [{ id: york }, { id: hull }]\nvendors: [{ id: wirewise }]\ntasks:\n  - { id: york-aps, vendor: wirewise, site: york, start: 2026-05-18, finish: 2026-05-21 }\n  - { id: hull-aps, vendor: wirewise, site: hull, start: 2026-05-22, finish: 2026-05-27 }`,
  },
  check(ctx) {
    const { model } = ctx;
    const byVendor = new Map<string, { item: ScheduleItem; start: string; finish: string; site: string }[]>();
    for (const item of model.items.values()) {
      const site = item.task?.site;
      const start = model.startOf(item);
      const finish = model.finishOf(item);
      if (item.kind !== 'task' || !item.vendor || !site || !start || !finish) continue;
      const list = byVendor.get(item.vendor.id) ?? [];
      list.push({ item, start, finish, site });
      byVendor.set(item.vendor.id, list);
    }
    const candidates = [...byVendor.values()].filter((l) => new Set(l.map((b) => b.site)).size > 1);
    if (candidates.length === 0) return ctx.notApplicable('no vendor works at more than one site');
    for (const bookings of candidates) {
      bookings.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
      // The booking that runs latest so far, per site: a new booking overlaps another site's
      // when it starts on or before the latest finish among the other sites' bookings.
      let latest: (typeof bookings)[number] | undefined;
      let latestOtherSite: (typeof bookings)[number] | undefined;
      for (const b of bookings) {
        const clash =
          latest && latest.site !== b.site
            ? latest
            : latestOtherSite && latestOtherSite.site !== b.site
              ? latestOtherSite
              : undefined;
        if (clash && b.start <= clash.finish) {
          ctx.report({
            messageId: 'overlap',
            path: [...b.item.path, b.item.actualStart ? 'actual_start' : 'start'],
            data: {
              vendor: model.vendorName(b.item.vendor!.id),
              site: model.siteName(b.site),
              task: b.item.name,
              start: b.start,
              finish: b.finish,
              dates: dateSpan(b.start, b.finish),
              otherSite: model.siteName(clash.site),
              other: clash.item.name,
              otherFinish: clash.finish,
            },
          });
        }
        if (!latest || b.finish > latest.finish) {
          if (latest && latest.site !== b.site) latestOtherSite = latest;
          latest = b;
        } else if (b.site !== latest.site && (!latestOtherSite || b.finish > latestOtherSite.finish))
          latestOtherSite = b;
      }
    }
  },
});
