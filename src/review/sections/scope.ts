/** The scope: what is in and out, what it assumes, how success is measured, and whether it is signed. */
import type { ReviewContext } from '../context.js';
import { type Block, heading, type Inline, list, para, type Section, strong } from '../doc.js';
import { pointBlocks } from './common.js';

function items(xs: readonly string[] | null | undefined, missing: string): Block {
  return xs?.length ? list([...xs]) : para({ em: missing });
}

export function signOffLine(ctx: ReviewContext): Block {
  const s = ctx.plan.scope?.signed_off;
  if (s?.by && s.on) return para(`Signed off by ${ctx.person(s.by)} on ${ctx.date(s.on)}.`);
  if (ctx.kind === 'scope')
    return para(
      ctx.customer
        ? 'The scope is ready for your sign-off: the block at the end of this document is for that. Build work starts once it is signed.'
        : 'Not yet signed off (scope.signed_off): the sign-off block at the end is for that.',
      'note',
    );
  return para(strong('The scope has not been signed off.'), 'alert');
}

export function scopeSection(ctx: ReviewContext): Section {
  const s = ctx.plan.scope;
  const c = ctx.customer;
  // Marked only where the rule found it (it is off for a small job).
  const vague = new Set(
    ctx.report.findings
      .filter((f) => f.ruleId === 'success-criteria' && f.messageId === 'vague')
      .map((f) => String(f.data.criterion)),
  );
  const criteria: Block = s?.success_criteria?.length
    ? list(
        s.success_criteria.map(
          (x): Inline =>
            !vague.has(x) ? x : [x, ' — ', strong('needs a measure'), ': add a number, a date or a percentage'],
        ),
      )
    : para({
        em: c
          ? 'No success criteria yet: agree how success will be measured, in numbers, dates or percentages.'
          : 'No success criteria: agree specific, measurable outcomes before work starts.',
      });
  const moscow = s?.moscow;
  const priorities: Block[] = [];
  if (moscow && (moscow.must?.length || moscow.should?.length || moscow.could?.length || moscow.wont?.length)) {
    priorities.push(heading('Priorities'));
    const rows: Inline[][] = [];
    for (const [label, xs] of [
      ['Must have', moscow.must],
      ['Should have', moscow.should],
      ['Could have (dropped first if time runs short)', moscow.could],
      ["Won't have this time", moscow.wont],
    ] as const)
      if (xs?.length) rows.push([label, xs.join('; ')]);
    priorities.push({ kind: 'table', head: ['Priority', 'Items'], rows, widths: [30, 70] });
  }
  // An unmeasurable criterion is marked in the list above, and a missing sign-off said at the
  // top: neither is said twice.
  const points = ctx
    .pointsIn('scope')
    .filter((p) => p.finding.messageId !== 'vague' && p.finding.ruleId !== 'scope-signed-off');
  return {
    title: 'Scope',
    blocks: [
      signOffLine(ctx),
      heading('In scope'),
      items(s?.in_scope, 'Nothing is listed in scope yet.'),
      heading('Out of scope'),
      items(
        s?.out_of_scope,
        c
          ? 'No exclusions are listed yet.'
          : 'No exclusions are listed: say what a customer might expect but will not get.',
      ),
      heading('Assumptions'),
      items(s?.assumptions, 'No assumptions are recorded.'),
      heading('Constraints'),
      items(s?.constraints, 'No constraints are recorded.'),
      ...priorities,
      heading('Success criteria'),
      criteria,
      ...(points.length > 0 ? [heading('Points to settle'), ...pointBlocks(ctx, points)] : []),
    ],
  };
}
