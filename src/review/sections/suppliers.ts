/** Suppliers and what they deliver, where and when, with the points about them under their own labels. */
import type { ReviewContext } from '../context.js';
import { type Inline, para, type Section, strong } from '../doc.js';
import { pointBlocks } from './common.js';

export function suppliersSection(ctx: ReviewContext, withPoints = true): Section {
  const c = ctx.customer;
  const rows: Inline[][] = [];
  for (const v of ctx.plan.vendors ?? []) {
    const signed = v.contract?.signed_on;
    const contract: Inline = signed
      ? `Signed ${ctx.date(signed)}${v.contract?.po ? `, ${v.contract.po}` : ''}`
      : ctx.kind === 'scope'
        ? 'To be signed'
        : c
          ? 'Not yet signed'
          : strong('none');
    const contact: Inline = v.contact || (c ? 'Not yet named' : strong('none'));
    const name = v.name ?? v.id;
    if (!v.deliveries?.length) rows.push([name, contact, contract, { em: 'no deliveries listed' }, '', '']);
    for (const d of v.deliveries ?? []) {
      const when = d.received_on
        ? `Received ${ctx.date(d.received_on)}`
        : d.due
          ? `Due ${ctx.date(d.due)}`
          : { em: 'no date yet' };
      rows.push([name, contact, contract, d.item ?? d.id, d.site ? ctx.model.siteName(d.site) : '', when]);
    }
  }
  // A missing contract or contact shows in the table; the list says what the table cannot.
  const points = withPoints
    ? ctx
        .pointsIn('suppliers')
        .filter((p) => p.finding.messageId !== 'noContract' && p.finding.messageId !== 'noContact')
    : [];
  return {
    title: 'Suppliers and deliveries',
    blocks: [
      rows.length > 0
        ? {
            kind: 'table',
            head: ['Supplier', 'Contact', 'Contract', 'Delivers', 'Where', 'When'],
            rows,
            // wide enough for a contact's e-mail address on one line
            widths: [14, 30, 13, 18, 11, 14],
          }
        : para({
            em: 'No suppliers are listed. If suppliers are involved, name them, what they deliver and when.',
          }),
      ...(points.length > 0
        ? pointBlocks(ctx, points)
        : rows.length > 0 && withPoints
          ? [para('The deliveries and the work that depends on them are in sequence.')]
          : []),
    ],
  };
}
