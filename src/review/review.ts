/**
 * pmcheck review: the document a phase calls for (a scope review, a status report or a closure
 * report), for the customer or for the team, as Markdown or as one self-contained HTML file.
 * Deterministic for a given as-of date. Each piece lives in its own module: the sections in
 * sections/, the documents in documents.ts, the chart in gantt/, the findings' words in points/,
 * and every escape in escape.ts, applied only by the two renderers.
 */
import type { PlanReport } from '../core/audit.js';
import { ReviewContext } from './context.js';
import { mapText } from './doc.js';
import { buildDocument } from './documents.js';
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';
import { defaultAudience, kindForPhase, type ReviewOptions } from './options.js';
import { humaniseDates } from './words.js';

export * from './options.js';

export function renderReview(report: PlanReport, options: ReviewOptions = {}): string {
  if (!report.model) throw new Error('renderReview needs a report audited in this process (with its model)');
  const kind = options.kind ?? kindForPhase(report.model.plan.project.phase);
  const audience = options.audience ?? defaultAudience(kind);
  const ctx = new ReviewContext(report as PlanReport & { model: NonNullable<PlanReport['model']> }, kind, audience);
  // A customer reads every date as people write it, those in the plan's own text included.
  const doc = ctx.customer ? mapText(buildDocument(ctx), humaniseDates) : buildDocument(ctx);
  return options.format === 'html' ? toHtml(doc, audience) : toMarkdown(doc, audience);
}
