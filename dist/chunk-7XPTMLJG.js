import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  money
} from "./chunk-T4DUGMBT.js";

// src/plan/describe.ts
var PHRASE = {
  durationDays: (v, t) => `runs ${v} working days (more than ${t})`,
  vendors: (v, t) => `involves ${v} vendors (more than ${t})`,
  budget: (v, t, currency) => `budget ${money(v)}${currency} (more than ${money(t)})`,
  users: (v, t) => `affects ${v} users (more than ${t})`
};
function describeExceeded(pm, currency) {
  return pm.exceeded.map(
    ({ measure, value, threshold }) => PHRASE[measure](value, threshold, currency ? ` ${currency}` : "")
  );
}
function warrantClause(pm, currency) {
  return pm.warranted ? ` Formal PM is warranted: the project ${describeExceeded(pm, currency).join(", ")}.` : "";
}
function describeSlip(s) {
  return s.forecast ? `forecast ${s.forecast}, due ${s.due}` : `due ${s.due} and not done`;
}
function describeOverrun(o) {
  return o.line ? `line ${o.line}` : "the budget total";
}

export {
  describeExceeded,
  warrantClause,
  describeSlip,
  describeOverrun
};
