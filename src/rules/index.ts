/**
 * The rule registry: an explicit, sorted list. A rule that is not here does not run;
 * a test checks that every file in this folder is registered and its id matches its name.
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
import commsPlan from './comms-plan.js';
import contingency from './contingency.js';
import costPerformance from './cost-performance.js';
import deadlineAtRisk from './deadline-at-risk.js';
import deliveryOverdue from './delivery-overdue.js';
import deliverySiteMismatch from './delivery-site-mismatch.js';
import dependencyCycle from './dependency-cycle.js';
import escalationPath from './escalation-path.js';
import kickoffHeld from './kickoff-held.js';
import longTask from './long-task.js';
import milestoneGate from './milestone-gate.js';
import milestoneSlipped from './milestone-slipped.js';
import missingLogic from './missing-logic.js';
import overdueTask from './overdue-task.js';
import ownerAssigned from './owner-assigned.js';
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

export const RULES: readonly AnyRule[] = [
  blackoutClash,
  budgetLinesExceedTotal,
  budgetOverrun,
  changeApproved,
  changeApprover,
  changeBudgetReconciled,
  changeCommunicated,
  changeDecisionStale,
  changeImpactAssessed,
  commsPlan,
  contingency,
  costPerformance,
  deadlineAtRisk,
  deliveryOverdue,
  deliverySiteMismatch,
  dependencyCycle,
  escalationPath,
  kickoffHeld,
  longTask,
  milestoneGate,
  milestoneSlipped,
  missingLogic,
  overdueTask,
  ownerAssigned,
  pilotFirst,
  pmAllocation,
  pmAssigned,
  pmBudgeted,
  pmNotEngineer,
  predecessorOrder,
  riskMitigation,
  riskOwner,
  riskRegister,
  riskReviewStale,
  rollbackPlan,
  schedulePerformance,
  scopeBoundaries,
  scopeSignedOff,
  sponsorAssigned,
  statusStale,
  successCriteria,
  unapprovedSpend,
  undocumentedChange,
  userComms,
  vendorContact,
  vendorContract,
  vendorDoubleBooked,
  vendorSequencing,
  watermelonStatus,
  workBeforeSignoff,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
