/** A finding as a review says it: where it belongs, what it found, and what to do about it. */
import type { Citation } from '../../engine/sources.js';
import type { Finding } from '../../engine/types.js';

/** The part of a review a finding belongs in. */
export type Area = 'pm' | 'scope' | 'suppliers' | 'schedule' | 'budget' | 'risks' | 'changes' | 'communication';

export interface Point {
  finding: Finding;
  area: Area;
  /** What it is about, as a label: "Contracts", "Delivery timing". */
  topic: string;
  /** A short noun phrase for a summary: "a change made without approval". */
  gist: string;
  /** What was found, in a sentence. */
  says: string;
  /** What to do about it, as an instruction. */
  action: string;
  /** The decision, put to the sponsor, when it is one. */
  decide?: string;
  /** Who acts: the customer (the sponsor's side) or the delivery team. */
  owner: 'customer' | 'team';
  /** A decision for the sponsor, for the status report. */
  decision: boolean;
  /** Where the failure it prevents is described. */
  sources: readonly Citation[];
  /** Internal review only: "high, `pm-assigned`, line 14". */
  ref?: string;
}
