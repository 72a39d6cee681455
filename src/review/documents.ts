/**
 * The three documents, one per phase, each a list of sections in reading order:
 * - the scope review (presale, planning): what will be delivered, by whom, when and for how
 *   much, what to settle first, and the sign-off block;
 * - the status report (delivery): the rating and its reasons, milestones baseline against
 *   forecast, the timeline, spend, a RAID summary and the decisions needed from the sponsor;
 * - the closure report (closed): delivered against planned, the outturn, the open items handed
 *   over, the lessons and the acceptance block.
 * Sections are built in order, so the sources are numbered as the reader meets them.
 */
import { VERSION } from '../version.js';
import type { DocKind, ReviewContext } from './context.js';
import type { ReviewDocument, Section } from './doc.js';
import { outturnSection, priceSection, spendSection } from './sections/budget.js';
import { acceptanceSection, deliveredSection, handoverSection, lessonsSection } from './sections/closure.js';
import { sourcesSection } from './sections/common.js';
import { communicationSection } from './sections/communication.js';
import { milestonesSection } from './sections/milestones.js';
import { nextStepsSection, signOffSection } from './sections/next-steps.js';
import { pmSection } from './sections/pm.js';
import { decisionsSection, raidSection } from './sections/raid.js';
import { risksSection } from './sections/risks.js';
import { scopeSection } from './sections/scope.js';
import { summarySection } from './sections/summary.js';
import { suppliersSection } from './sections/suppliers.js';
import { timelineSection } from './sections/timeline.js';

const HEADING: Record<DocKind, string> = { scope: 'Scope review', status: 'Status report', closure: 'Closure report' };

type Maybe = Section | undefined;

const SECTIONS: Record<DocKind, ((ctx: ReviewContext) => Maybe)[]> = {
  scope: [
    summarySection,
    pmSection,
    scopeSection,
    suppliersSection,
    timelineSection,
    priceSection,
    risksSection,
    communicationSection,
    (ctx) => nextStepsSection(ctx),
    signOffSection,
  ],
  // Every point appears once: the decisions for the sponsor first, the issues in the RAID summary.
  status: [
    summarySection,
    milestonesSection,
    decisionsSection,
    (ctx) => timelineSection(ctx, 'Timeline', false),
    raidSection,
    (ctx) => spendSection(ctx, false),
    (ctx) =>
      nextStepsSection(
        ctx,
        ctx.points.filter((p) => !ctx.customer || !p.decision),
        ctx.customer ? 'Actions' : 'Recommendations',
      ),
    (ctx) => suppliersSection(ctx, false),
    (ctx) => communicationSection(ctx, false),
  ],
  closure: [
    summarySection,
    deliveredSection,
    milestonesSection,
    (ctx) => timelineSection(ctx, 'Timeline: planned against actual', false),
    (ctx) => outturnSection(ctx, false),
    handoverSection,
    lessonsSection,
    acceptanceSection,
  ],
};

export function buildDocument(ctx: ReviewContext): ReviewDocument {
  const sections = SECTIONS[ctx.kind].map((make) => make(ctx)).filter((s): s is Section => s !== undefined);
  const sources = sourcesSection(ctx);
  if (sources) sections.push(sources);
  const asOf = ctx.date(ctx.model.asOf);
  const byline = ctx.customer
    ? `${ctx.kind === 'status' ? 'For' : 'Prepared for'} ${ctx.client}, as of ${asOf}`
    : `Prepared with pmcheck ${VERSION} from ${ctx.report.file}, as of ${asOf}. Findings refer to lines of the plan file.`;
  return {
    heading: HEADING[ctx.kind],
    project: ctx.plan.project.name,
    byline,
    sections,
    footer: ctx.customer
      ? `${HEADING[ctx.kind]} of ${ctx.plan.project.name}, as of ${asOf}. Prepared from the project plan with pmcheck.`
      : `pmcheck ${VERSION}, ${ctx.report.file}, as of ${ctx.model.asOf}.`,
  };
}
