/**
 * The review's choices, in a module that imports nothing, so the command line can offer them
 * without loading the review itself.
 */
export const DOC_KINDS = ['scope', 'status', 'closure'] as const;
export type DocKind = (typeof DOC_KINDS)[number];
export const AUDIENCES = ['customer', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const REVIEW_FORMATS = ['markdown', 'html'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

export interface ReviewOptions {
  audience?: Audience;
  kind?: DocKind;
  format?: ReviewFormat;
}

/** The document a phase calls for: a proposal, or a plan not yet under way, gets the scope review. */
export function kindForPhase(phase: string | null | undefined): DocKind {
  return phase === 'delivery' ? 'status' : phase === 'closed' ? 'closure' : 'scope';
}

/** The scope review is written for the customer unless asked otherwise; the others for the team. */
export function defaultAudience(kind: DocKind): Audience {
  return kind === 'scope' ? 'customer' : 'internal';
}
