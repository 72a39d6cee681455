/**
 * The presets. A preset changes rules' severities, or turns them off, for a kind of plan.
 * - `recommended`: every rule at its default severity.
 * - `strict`: the medium and low rules one level higher.
 * - `presale` (applied when project.phase is presale, unless the plan's facts contradict it): a
 *   proposal has no progress to judge and nothing signed yet; it must be ready to sell.
 * - `closed` (applied when project.phase is closed, unless work is still to come): a finished
 *   project has nothing to report on or forecast; it must be closed out.
 * - `small-job` (applied when formal project management is not warranted): the rules about how a
 *   managed project is governed and reported do not apply to a three-day job; the rules about
 *   whether the work itself will go right still do.
 * - `dcma` (applied to a plan read from an MS Project or P6 file): turns on the DCMA 14-point
 *   assessment (the rules that opt in to it) and turns off the four rules whose facts it reports
 *   itself, with the PAM's population and thresholds: missing-logic (dcma-logic), long-task
 *   (dcma-high-duration), overdue-task (dcma-invalid-dates) and deadline-at-risk (dcma-cpli,
 *   which names the same critical chain). Outside it, the DCMA rules do not run, so a YAML plan
 *   is judged once for each fact.
 * Applied in that order, then the config file's own rule settings, which always win.
 */
import type { SeverityOrOff } from '../engine/types.js';
import type { RuleId } from '../rules/index.js';
import type { PresetName } from './schema.js';

/** The DCMA rules: a finished project has no schedule left to assess. */
const DCMA_RULES = [
  'dcma-logic',
  'dcma-leads',
  'dcma-lags',
  'dcma-relationship-types',
  'dcma-hard-constraints',
  'dcma-high-float',
  'dcma-negative-float',
  'dcma-high-duration',
  'dcma-invalid-dates',
  'dcma-resources',
  'dcma-missed-tasks',
  'dcma-critical-path-test',
  'dcma-cpli',
  'dcma-bei',
  'float-mismatch',
] as const satisfies readonly RuleId[];

export type PresetChanges = Readonly<Partial<Record<RuleId | '*', SeverityOrOff | 'raise'>>>;

/** Severity changes a preset makes to the defaults. */
export const PRESET_SEVERITIES: Record<PresetName, PresetChanges> = {
  recommended: {},
  strict: { '*': 'raise' },
  presale: {
    // No progress yet, so nothing can be overdue, slipped, overspent or reported on.
    'overdue-task': 'off',
    'milestone-slipped': 'off',
    'delivery-overdue': 'off',
    'delivery-blocks-work': 'off',
    'milestone-done-incomplete': 'off',
    'cost-performance': 'off',
    'schedule-performance': 'off',
    'budget-overrun': 'off',
    'unapproved-spend': 'off',
    'status-stale': 'off',
    'watermelon-status': 'off',
    'risk-review-stale': 'off',
    'kickoff-held': 'off',
    'change-decision-stale': 'off',
    // A proposal is not signed yet, nor are its suppliers' contracts; it has to be ready to be.
    'scope-signed-off': 'off',
    'work-before-signoff': 'off',
    'vendor-contract': 'off',
    'success-criteria': 'high',
    'scope-boundaries': 'high',
    'pm-budgeted': 'critical',
    'milestone-gate': 'high',
    contingency: 'high',
    'risk-register': 'critical',
  },
  closed: {
    // The work is done: nothing left to report on, forecast or sequence.
    'status-stale': 'off',
    'watermelon-status': 'off',
    'overdue-task': 'off',
    'milestone-slipped': 'off',
    'delivery-overdue': 'off',
    'delivery-blocks-work': 'off',
    'cost-performance': 'off',
    'schedule-performance': 'off',
    'risk-review-stale': 'off',
    'change-decision-stale': 'off',
    'deadline-at-risk': 'off',
    'predecessor-order': 'off',
    'vendor-sequencing': 'off',
    'vendor-double-booked': 'off',
    'person-overbooked': 'off',
    'user-comms': 'off',
    'kickoff-held': 'off',
    'pilot-first': 'off',
    'blackout-clash': 'off',
    ...Object.fromEntries(DCMA_RULES.map((id) => [id, 'off' as const])),
  },
  'small-job': {
    // Roles, sign-off, meetings, reports, registers, reserves, gates and earned value are how a
    // managed project is run; article 002 says a job this size does not need one.
    'pm-assigned': 'off',
    'pm-allocation': 'off',
    'pm-budgeted': 'off',
    'pm-not-engineer': 'off',
    'sponsor-assigned': 'off',
    'scope-signed-off': 'off',
    'work-before-signoff': 'off',
    'scope-boundaries': 'off',
    'success-criteria': 'off',
    'kickoff-held': 'off',
    'comms-plan': 'off',
    'escalation-path': 'off',
    'status-stale': 'off',
    'risk-register': 'off',
    'risk-review-stale': 'off',
    contingency: 'off',
    'milestone-gate': 'off',
    'cost-performance': 'off',
    'schedule-performance': 'off',
    'change-decision-stale': 'off',
  },
  dcma: {
    // The DCMA rules opt in to this preset; these report facts a DCMA rule reports too.
    'missing-logic': 'off',
    'long-task': 'off',
    'overdue-task': 'off',
    'deadline-at-risk': 'off',
  },
};

/** Presets a plan gets without asking, and why: shown in the table header and `explain`. */
export const AUTOMATIC_PRESETS: Partial<Record<PresetName, string>> = {
  presale: 'project.phase is presale',
  closed: 'project.phase is closed',
  'small-job': 'formal project management is not warranted',
  dcma: 'the plan was read from an MS Project or P6 schedule',
};
