/**
 * The rule registry: an explicit map from id to rule, sorted. A rule that is not here does not
 * run; a test checks that every file in this folder is registered under its own id. The keys
 * give the type RuleId, so a misspelt id in a preset, the review or a test is a compile error.
 */
import type { AnyRule } from '../engine/types.js';
import blackoutClash from './blackout-clash.js';
import budgetLinesExceedTotal from './budget-lines-exceed-total.js';
import budgetOverrun from './budget-overrun.js';
import changeApproved from './change-approved.js';
import changeApprover from './change-approver.js';
import changeBudgetReconciled from './change-budget-reconciled.js';
import changeCommunicated from './change-communicated.js';
import changeDecisionStale from './change-decision-stale.js';
import changeImpactAssessed from './change-impact-assessed.js';
import closeOut from './close-out.js';
import commsPlan from './comms-plan.js';
import contingency from './contingency.js';
import costPerformance from './cost-performance.js';
import dcmaBei from './dcma-bei.js';
import dcmaCpli from './dcma-cpli.js';
import dcmaCriticalPathTest from './dcma-critical-path-test.js';
import dcmaHardConstraints from './dcma-hard-constraints.js';
import dcmaHighDuration from './dcma-high-duration.js';
import dcmaHighFloat from './dcma-high-float.js';
import dcmaInvalidDates from './dcma-invalid-dates.js';
import dcmaLags from './dcma-lags.js';
import dcmaLeads from './dcma-leads.js';
import dcmaLogic from './dcma-logic.js';
import dcmaMissedTasks from './dcma-missed-tasks.js';
import dcmaNegativeFloat from './dcma-negative-float.js';
import dcmaRelationshipTypes from './dcma-relationship-types.js';
import dcmaResources from './dcma-resources.js';
import deadlineAtRisk from './deadline-at-risk.js';
import deliveryBlocksWork from './delivery-blocks-work.js';
import deliveryOverdue from './delivery-overdue.js';
import deliverySiteMismatch from './delivery-site-mismatch.js';
import dependencyCycle from './dependency-cycle.js';
import escalationPath from './escalation-path.js';
import floatMismatch from './float-mismatch.js';
import kickoffHeld from './kickoff-held.js';
import longTask from './long-task.js';
import milestoneDoneIncomplete from './milestone-done-incomplete.js';
import milestoneGate from './milestone-gate.js';
import milestoneSlipped from './milestone-slipped.js';
import missingLogic from './missing-logic.js';
import overdueTask from './overdue-task.js';
import ownerAssigned from './owner-assigned.js';
import personOverbooked from './person-overbooked.js';
import phaseContradicted from './phase-contradicted.js';
import pilotFirst from './pilot-first.js';
import pmAllocation from './pm-allocation.js';
import pmAssigned from './pm-assigned.js';
import pmBudgeted from './pm-budgeted.js';
import pmNotEngineer from './pm-not-engineer.js';
import predecessorOrder from './predecessor-order.js';
import riskMitigation from './risk-mitigation.js';
import riskOwner from './risk-owner.js';
import riskRegister from './risk-register.js';
import riskReviewStale from './risk-review-stale.js';
import rollbackPlan from './rollback-plan.js';
import schedulePerformance from './schedule-performance.js';
import scopeBoundaries from './scope-boundaries.js';
import scopeSignedOff from './scope-signed-off.js';
import sponsorAssigned from './sponsor-assigned.js';
import statusStale from './status-stale.js';
import successCriteria from './success-criteria.js';
import unapprovedSpend from './unapproved-spend.js';
import undocumentedChange from './undocumented-change.js';
import userComms from './user-comms.js';
import vendorContact from './vendor-contact.js';
import vendorContract from './vendor-contract.js';
import vendorDoubleBooked from './vendor-double-booked.js';
import vendorSequencing from './vendor-sequencing.js';
import watermelonStatus from './watermelon-status.js';
import workBeforeSignoff from './work-before-signoff.js';

export const RULE_REGISTRY = {
  'blackout-clash': blackoutClash,
  'budget-lines-exceed-total': budgetLinesExceedTotal,
  'budget-overrun': budgetOverrun,
  'change-approved': changeApproved,
  'change-approver': changeApprover,
  'change-budget-reconciled': changeBudgetReconciled,
  'change-communicated': changeCommunicated,
  'change-decision-stale': changeDecisionStale,
  'change-impact-assessed': changeImpactAssessed,
  'close-out': closeOut,
  'comms-plan': commsPlan,
  contingency: contingency,
  'cost-performance': costPerformance,
  'dcma-bei': dcmaBei,
  'dcma-cpli': dcmaCpli,
  'dcma-critical-path-test': dcmaCriticalPathTest,
  'dcma-hard-constraints': dcmaHardConstraints,
  'dcma-high-duration': dcmaHighDuration,
  'dcma-high-float': dcmaHighFloat,
  'dcma-invalid-dates': dcmaInvalidDates,
  'dcma-lags': dcmaLags,
  'dcma-leads': dcmaLeads,
  'dcma-logic': dcmaLogic,
  'dcma-missed-tasks': dcmaMissedTasks,
  'dcma-negative-float': dcmaNegativeFloat,
  'dcma-relationship-types': dcmaRelationshipTypes,
  'dcma-resources': dcmaResources,
  'deadline-at-risk': deadlineAtRisk,
  'delivery-blocks-work': deliveryBlocksWork,
  'delivery-overdue': deliveryOverdue,
  'delivery-site-mismatch': deliverySiteMismatch,
  'dependency-cycle': dependencyCycle,
  'escalation-path': escalationPath,
  'float-mismatch': floatMismatch,
  'kickoff-held': kickoffHeld,
  'long-task': longTask,
  'milestone-done-incomplete': milestoneDoneIncomplete,
  'milestone-gate': milestoneGate,
  'milestone-slipped': milestoneSlipped,
  'missing-logic': missingLogic,
  'overdue-task': overdueTask,
  'owner-assigned': ownerAssigned,
  'person-overbooked': personOverbooked,
  'phase-contradicted': phaseContradicted,
  'pilot-first': pilotFirst,
  'pm-allocation': pmAllocation,
  'pm-assigned': pmAssigned,
  'pm-budgeted': pmBudgeted,
  'pm-not-engineer': pmNotEngineer,
  'predecessor-order': predecessorOrder,
  'risk-mitigation': riskMitigation,
  'risk-owner': riskOwner,
  'risk-register': riskRegister,
  'risk-review-stale': riskReviewStale,
  'rollback-plan': rollbackPlan,
  'schedule-performance': schedulePerformance,
  'scope-boundaries': scopeBoundaries,
  'scope-signed-off': scopeSignedOff,
  'sponsor-assigned': sponsorAssigned,
  'status-stale': statusStale,
  'success-criteria': successCriteria,
  'unapproved-spend': unapprovedSpend,
  'undocumented-change': undocumentedChange,
  'user-comms': userComms,
  'vendor-contact': vendorContact,
  'vendor-contract': vendorContract,
  'vendor-double-booked': vendorDoubleBooked,
  'vendor-sequencing': vendorSequencing,
  'watermelon-status': watermelonStatus,
  'work-before-signoff': workBeforeSignoff,
} as const satisfies Record<string, AnyRule>;

export type RuleId = keyof typeof RULE_REGISTRY;

export const RULES: readonly AnyRule[] = Object.values(RULE_REGISTRY);

export const RULE_IDS = Object.keys(RULE_REGISTRY) as readonly RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULE_REGISTRY, id);
}
