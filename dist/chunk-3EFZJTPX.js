import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/config/presets.ts
var DCMA_RULES = [
  "dcma-logic",
  "dcma-leads",
  "dcma-lags",
  "dcma-relationship-types",
  "dcma-hard-constraints",
  "dcma-high-float",
  "dcma-negative-float",
  "dcma-high-duration",
  "dcma-invalid-dates",
  "dcma-resources",
  "dcma-missed-tasks",
  "dcma-critical-path-test",
  "dcma-cpli",
  "dcma-bei",
  "float-mismatch"
];
var PRESET_SEVERITIES = {
  recommended: {},
  strict: { "*": "raise" },
  presale: {
    // No progress yet, so nothing can be overdue, slipped, overspent or reported on.
    "overdue-task": "off",
    "milestone-slipped": "off",
    "delivery-overdue": "off",
    "delivery-blocks-work": "off",
    "milestone-done-incomplete": "off",
    "cost-performance": "off",
    "schedule-performance": "off",
    "budget-overrun": "off",
    "unapproved-spend": "off",
    "status-stale": "off",
    "watermelon-status": "off",
    "risk-review-stale": "off",
    "kickoff-held": "off",
    "change-decision-stale": "off",
    // A proposal is not signed yet, nor are its suppliers' contracts; it has to be ready to be.
    "scope-signed-off": "off",
    "work-before-signoff": "off",
    "vendor-contract": "off",
    "success-criteria": "high",
    "scope-boundaries": "high",
    "pm-budgeted": "critical",
    "milestone-gate": "high",
    contingency: "high",
    "risk-register": "critical"
  },
  closed: {
    // The work is done: nothing left to report on, forecast or sequence.
    "status-stale": "off",
    "watermelon-status": "off",
    "overdue-task": "off",
    "milestone-slipped": "off",
    "delivery-overdue": "off",
    "delivery-blocks-work": "off",
    "cost-performance": "off",
    "schedule-performance": "off",
    "risk-review-stale": "off",
    "change-decision-stale": "off",
    "deadline-at-risk": "off",
    "predecessor-order": "off",
    "vendor-sequencing": "off",
    "vendor-double-booked": "off",
    "person-overbooked": "off",
    "user-comms": "off",
    "kickoff-held": "off",
    "pilot-first": "off",
    "blackout-clash": "off",
    ...Object.fromEntries(DCMA_RULES.map((id) => [id, "off"]))
  },
  "small-job": {
    // Roles, sign-off, meetings, reports, registers, reserves, gates and earned value are how a
    // managed project is run; article 002 says a job this size does not need one.
    "pm-assigned": "off",
    "pm-allocation": "off",
    "pm-budgeted": "off",
    "pm-not-engineer": "off",
    "sponsor-assigned": "off",
    "scope-signed-off": "off",
    "work-before-signoff": "off",
    "scope-boundaries": "off",
    "success-criteria": "off",
    "kickoff-held": "off",
    "comms-plan": "off",
    "escalation-path": "off",
    "status-stale": "off",
    "risk-register": "off",
    "risk-review-stale": "off",
    contingency: "off",
    "milestone-gate": "off",
    "cost-performance": "off",
    "schedule-performance": "off",
    "change-decision-stale": "off"
  },
  dcma: {
    // The DCMA rules opt in to this preset; these report facts a DCMA rule reports too.
    "missing-logic": "off",
    "long-task": "off",
    "overdue-task": "off",
    "deadline-at-risk": "off"
  }
};
var AUTOMATIC_PRESETS = {
  presale: "project.phase is presale",
  closed: "project.phase is closed",
  "small-job": "formal project management is not warranted",
  dcma: "the plan was read from an MS Project or P6 schedule"
};

export {
  PRESET_SEVERITIES,
  AUTOMATIC_PRESETS
};
