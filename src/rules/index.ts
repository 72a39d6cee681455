/**
 * The rule registry: an explicit, sorted list. A rule that is not here does not run;
 * a test checks that every file in this folder is registered and its id matches its name.
 */
import type { AnyRule } from '../engine/types.js';
import changeApproved from './change-approved.js';
import dependencyCycle from './dependency-cycle.js';
import pmAssigned from './pm-assigned.js';
import vendorSequencing from './vendor-sequencing.js';
import workBeforeSignoff from './work-before-signoff.js';

export const RULES: readonly AnyRule[] = [
  changeApproved,
  dependencyCycle,
  pmAssigned,
  vendorSequencing,
  workBeforeSignoff,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function findRule(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id);
}
