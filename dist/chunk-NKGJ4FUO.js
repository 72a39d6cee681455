import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/engine/types.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
var SEVERITY_WEIGHT = { critical: 10, high: 7.5, medium: 5, low: 2.5 };
var severityRank = (s) => 3 - SEVERITIES.indexOf(s);
var CATEGORIES = [
  "governance",
  "scope",
  "change",
  "vendors",
  "schedule",
  "budget",
  "risk",
  "communication"
];
function defineRule(rule) {
  return rule;
}

export {
  SEVERITIES,
  SEVERITY_WEIGHT,
  severityRank,
  CATEGORIES,
  defineRule
};
