/**
 * The presets. `recommended` is every rule at its default severity. `strict` raises the
 * medium and low rules one level. `presale` is for a plan that is still a proposal: it turns
 * off the rules that need progress data and raises the ones that make a scope ready to sell.
 */
import type { SeverityOrOff } from '../engine/types.js';
import type { RuleId } from '../rules/index.js';
import type { PresetName } from './schema.js';

/** Severity changes a preset makes to the defaults. */
export const PRESET_SEVERITIES: Record<PresetName, Readonly<Partial<Record<RuleId | '*', SeverityOrOff | 'raise'>>>> = {
  recommended: {},
  strict: { '*': 'raise' },
  presale: {
    // No progress yet, so nothing can be overdue, slipped, overspent or reported on.
    'overdue-task': 'off',
    'milestone-slipped': 'off',
    'delivery-overdue': 'off',
    'cost-performance': 'off',
    'schedule-performance': 'off',
    'budget-overrun': 'off',
    'unapproved-spend': 'off',
    'status-stale': 'off',
    'watermelon-status': 'off',
    'risk-review-stale': 'off',
    'kickoff-held': 'off',
    'change-decision-stale': 'off',
    // A proposal is not signed yet; it has to be ready to be.
    'scope-signed-off': 'off',
    'success-criteria': 'high',
    'scope-boundaries': 'high',
    'pm-budgeted': 'critical',
    'milestone-gate': 'high',
    contingency: 'high',
    'risk-register': 'critical',
  },
};
