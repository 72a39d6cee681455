import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  money
} from "./chunk-URGRNCBU.js";

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
function lineLabel(line) {
  return line.description ? `${line.id} ("${line.description}")` : line.id;
}
function describeOverrun(o) {
  return o.line ? `line ${lineLabel(o.line)}` : "the budget total";
}
var MISSING = { dates: "no dates", users: "no number of users" };
function pmVerdict(pm, currency) {
  if (pm.status === "warranted")
    return `Formal PM warranted: the project ${describeExceeded(pm, currency).join("; ")}.`;
  if (pm.status === "not-warranted")
    return "Formal PM not warranted: the work is below every threshold in article 002 (small-job preset).";
  return `Formal PM: cannot tell, as the plan records ${pm.missing.map((m) => MISSING[m]).join(" and ")}; every rule applies.`;
}

export {
  describeExceeded,
  warrantClause,
  describeSlip,
  lineLabel,
  describeOverrun,
  pmVerdict
};
