import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'vendor-contract',
  category: 'vendors',
  severity: 'medium',
  description: 'Every vendor has a signed contract, and none starts work before signing it.',
  fix: "Record the vendor's contract.signed_on, and do not start their work before it.",
  messages: {
    noContract: 'Vendor {{vendor}} has no signed contract (contract.signed_on).',
    startsBeforeContract: '"{{task}}" by {{vendor}} starts {{start}}, before the contract was signed on {{signed}}.',
  },
  options: z.object({}).strict(),
  needs: ['vendors'],
  docs: {
    catches: "A vendor with no `contract.signed_on`, and a vendor's task (`vendor:`) that starts before that date.",
    why: 'Article 002: project management means "holding vendors accountable to their commitments". A vendor working without a signed contract has made no commitment to hold them to: no dates, no price, no liability.',
    sources: [cite('tpm-guide', 'Vendor and supplier coordination')],
    howToFix:
      'Get the contract or purchase order signed before the vendor starts, and record `contract: { signed_on, po }`.',
    failing: `vendors:\n  - { id: wirewise, name: Wirewise }\ntasks:\n  - { id: mount-aps, vendor: wirewise, start: 2026-05-05 }`,
    fixed: `vendors:\n  - { id: wirewise, name: Wirewise, contract: { signed_on: 2026-04-20, po: CAL-7790 } }\ntasks:\n  - { id: mount-aps, vendor: wirewise, start: 2026-05-05 }`,
  },
  check(ctx) {
    const vendors = ctx.plan.vendors ?? [];
    if (vendors.length === 0) return ctx.notApplicable('the plan has no vendors');
    vendors.forEach((v, i) => {
      if (!v.contract?.signed_on)
        ctx.report({
          messageId: 'noContract',
          path: ['vendors', i, 'contract'],
          data: { vendor: ctx.model.vendorName(v.id) },
        });
    });
    for (const item of ctx.model.items.values()) {
      const signed = item.kind === 'task' ? item.vendor?.contract?.signed_on : undefined;
      if (!signed) continue;
      const start = ctx.model.startOf(item);
      if (start && start < signed) {
        ctx.report({
          messageId: 'startsBeforeContract',
          path: [...item.path, item.actualStart ? 'actual_start' : 'start'],
          data: { task: item.name, vendor: ctx.model.vendorName(item.vendor!.id), start, signed },
        });
      }
    }
  },
});
