import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'vendor-contact',
  category: 'vendors',
  severity: 'low',
  description: 'Every vendor has a named contact.',
  fix: "Record the vendor's contact: a name and an email or phone number.",
  messages: {
    noContact: 'Vendor {{vendor}} has no named contact.',
  },
  options: z.object({}).strict(),
  needs: ['vendors'],
  docs: {
    catches: 'A vendor with no `contact`.',
    why: 'Article 002: vendor coordination means "each party knows exactly when they need to deliver, and someone is checking that they do". Checking needs someone to ring; escalating "before delays cascade" needs to know who.',
    sources: [cite('tpm-guide', 'Vendor and supplier coordination')],
    howToFix: 'Add `contact: Name <email>` to the vendor.',
    failing: `vendors:\n  - { id: netdist, name: Northern Network Distribution }`,
    fixed: `vendors:\n  - { id: netdist, name: Northern Network Distribution, contact: Sales desk <sales@nnd.example> }`,
  },
  check(ctx) {
    const vendors = ctx.plan.vendors ?? [];
    if (vendors.length === 0) return ctx.notApplicable('the plan has no vendors');
    vendors.forEach((v, i) => {
      if (!v.contact?.trim())
        ctx.report({
          messageId: 'noContact',
          path: ['vendors', i, 'contact'],
          data: { vendor: ctx.model.vendorName(v.id) },
        });
    });
  },
});
