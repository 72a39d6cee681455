import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/engine/types.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
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
  severityRank,
  CATEGORIES,
  defineRule
};
