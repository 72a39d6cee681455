import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  blockingFindings
} from "./chunk-CVNDX4B7.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-URGRNCBU.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";

// src/report/blocking.ts
var oneLine = (s) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
function formatBlocking(run) {
  const lines = [];
  for (const r of run.reports) {
    for (const f of blockingFindings(r))
      lines.push(oneLine(`${f.span.file}:${f.span.line}:${f.span.column} ${f.severity} ${f.ruleId} ${f.message}`));
    if (r.gate.minScore !== void 0 && r.score.score < r.gate.minScore)
      lines.push(oneLine(`${r.file}: score ${r.score.score} is below the minimum ${r.gate.minScore}`));
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
export {
  formatBlocking
};
