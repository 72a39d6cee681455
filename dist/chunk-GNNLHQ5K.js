import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-EYL3OJFZ.js";
import {
  count
} from "./chunk-IVILEFZV.js";
import {
  SEVERITIES,
  severityRank
} from "./chunk-NKGJ4FUO.js";

// src/core/gate.ts
function judge(reports, override = {}) {
  const reasons = [];
  for (const r of reports) {
    const gate = { ...r.gate, ...definedOnly(override) };
    const broken = r.outcomes.filter((o) => o.error !== void 0);
    for (const o of broken) reasons.push(`${r.file}: rule ${o.ruleId} failed to run (${o.error})`);
    if (gate.failOn !== "none") {
      const threshold = severityRank(gate.failOn);
      const over = r.findings.filter((f) => severityRank(f.severity) >= threshold);
      if (over.length > 0) {
        const worst = SEVERITIES.find((s) => over.some((f) => f.severity === s));
        reasons.push(`${r.file}: ${count(over.length, "finding")} at or above ${gate.failOn} (worst: ${worst})`);
      }
    }
    if (gate.minScore !== void 0 && r.score.score < gate.minScore) {
      reasons.push(`${r.file}: score ${r.score.score} is below the minimum ${gate.minScore}`);
    }
  }
  return { passed: reasons.length === 0, reasons };
}
function blockingFindings(r) {
  if (r.gate.failOn === "none") return [];
  const threshold = severityRank(r.gate.failOn);
  return r.findings.filter((f) => severityRank(f.severity) >= threshold);
}
function definedOnly(g) {
  return Object.fromEntries(Object.entries(g).filter(([, v]) => v !== void 0));
}
function finishRun(reports, errors) {
  const same = (values) => values.length > 0 && values.every((v) => v === values[0]) ? values[0] : void 0;
  return {
    tool: { name: "pmcheck", version: VERSION },
    reports,
    errors,
    gate: {
      failOn: same(reports.map((r) => r.gate.failOn)),
      minScore: same(reports.map((r) => r.gate.minScore)),
      ...judge(reports)
    }
  };
}

export {
  judge,
  blockingFindings,
  finishRun
};
