import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-EYL3OJFZ.js";
import {
  count,
  listOf
} from "./chunk-URGRNCBU.js";
import {
  CATEGORIES,
  SEVERITIES,
  severityRank
} from "./chunk-IDS44EEY.js";

// src/engine/score.ts
var RATINGS = ["green", "amber-green", "amber", "amber-red", "red"];
var BANDS = {
  green: { top: 100, bottom: 90 },
  "amber-green": { top: 89, bottom: 75 },
  amber: { top: 74, bottom: 60 },
  "amber-red": { top: 59, bottom: 40 },
  red: { top: 39, bottom: 0 }
};
var PRESSURE = { critical: 27, high: 9, medium: 3, low: 1 };
var BAND_K = { green: 3, "amber-green": 9, amber: 27, "amber-red": 81, red: 81 };
var FORMULA = "score = floor(top \u2212 (top \u2212 bottom) \xD7 P / (P + K)); P = \u03A3 of rules.pressure; a rule's pressure = \u03A3 w / 2^(k\u22121) over its unsuppressed findings, worst first (k = 1, 2, \u2026), w: low 1, medium 3, high 9, critical 27; top, bottom and K are the band's (K: green 3, amber-green 9, amber 27, amber-red 81, red 81), and the findings decide the band";
function bandFor(findings) {
  const of = (s) => findings.filter((f) => f.severity === s);
  const distinct = (xs) => [...new Set(xs)].sort();
  const critical = of("critical");
  const high = of("high");
  const criticalRules = distinct(critical.map((f) => f.ruleId));
  const highCategories = distinct(high.map((f) => f.category));
  const names = (xs) => listOf(xs, { max: 3 });
  const nFindings = (fs, s) => `${fs.length} ${s} finding${fs.length === 1 ? "" : "s"} (${names(distinct(fs.map((f) => f.ruleId)))})`;
  const fromRules = `critical findings from ${criticalRules.length} rule${criticalRules.length === 1 ? "" : "s"} (${names(criticalRules)})`;
  const inCategories = `high findings in ${highCategories.length} categories (${names(highCategories)})`;
  const band = (rating, reason) => ({ rating, ...BANDS[rating], k: BAND_K[rating], reason });
  if (criticalRules.length >= 2) return band("red", fromRules);
  if (criticalRules.length === 1 && highCategories.length >= 3) return band("red", `${fromRules} and ${inCategories}`);
  if (critical.length > 0) return band("amber-red", nFindings(critical, "critical"));
  if (highCategories.length >= 3) return band("amber-red", inCategories);
  if (high.length > 0) return band("amber", nFindings(high, "high"));
  const medium = of("medium");
  if (medium.length > 0) return band("amber-green", nFindings(medium, "medium"));
  const low = of("low");
  if (low.length > 0) return band("green", nFindings(low, "low"));
  return band("green", "no findings");
}
function termsFor(severities) {
  return [...severities].sort((a, b) => severityRank(b) - severityRank(a)).map((s, k) => PRESSURE[s] / 2 ** k);
}
function placeInBand(band, pressure) {
  return band.bottom + (band.top - band.bottom) * band.k / (pressure + band.k);
}
function sum(xs) {
  return xs.reduce((s, x) => s + x, 0);
}
var byId = (a, b) => a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
function scorePlan(outcomes) {
  const rules = outcomes.map((o) => {
    const applicable = o.applicable && o.error === void 0;
    const open = applicable ? o.findings.filter((f) => !f.suppressed) : [];
    const terms = termsFor(open.map((f) => f.severity));
    return {
      ruleId: o.ruleId,
      category: o.category,
      severity: o.severity,
      applicable,
      findings: open.length,
      suppressed: applicable ? o.findings.length - open.length : 0,
      terms,
      pressure: sum(terms)
    };
  }).sort(byId);
  const counted = outcomes.filter((o) => o.applicable && o.error === void 0).flatMap(
    (o) => o.findings.filter((f) => !f.suppressed).map((f) => ({ ruleId: o.ruleId, category: o.category, severity: f.severity }))
  );
  const place = (subset, findings) => {
    const band = bandFor(findings);
    const pressure = sum(subset.map((r) => r.pressure));
    const exact = placeInBand(band, pressure);
    return { band, pressure, exact, score: Math.floor(exact) };
  };
  const plan = place(rules, counted);
  const categories = {};
  for (const c of CATEGORIES) {
    const subset = rules.filter((r) => r.category === c && r.applicable);
    if (subset.length === 0) continue;
    const s = place(
      subset,
      counted.filter((f) => f.category === c)
    );
    categories[c] = {
      score: s.score,
      exact: s.exact,
      rating: s.band.rating,
      pressure: s.pressure,
      rules: subset.length
    };
  }
  return {
    score: plan.score,
    exact: plan.exact,
    rating: plan.band.rating,
    band: plan.band,
    pressure: plan.pressure,
    categories,
    rules
  };
}

// src/core/gate.ts
function judge(reports, override = {}) {
  const failures = [];
  for (const r of reports) {
    const gate = { ...r.gate, ...definedOnly(override) };
    const failure = {
      file: r.file,
      failOn: gate.failOn,
      ...gate.minScore !== void 0 ? { minScore: gate.minScore } : {},
      over: [],
      broken: r.outcomes.filter((o) => o.error !== void 0).map((o) => ({ rule: o.ruleId, error: o.error }))
    };
    const strict = (r.diagnostics ?? []).filter((d) => d.severity === "error").length;
    if (strict > 0) failure.strictWarnings = strict;
    if (gate.failOn !== "none") {
      const threshold = severityRank(gate.failOn);
      failure.over = SEVERITIES.filter((s) => severityRank(s) >= threshold).map((s) => ({ severity: s, count: r.findings.filter((f) => f.severity === s).length })).filter((x) => x.count > 0);
    }
    if (gate.minScore !== void 0 && r.score.score < gate.minScore) failure.below = r.score.score;
    if (failure.over.length > 0 || failure.below !== void 0 || failure.broken.length > 0 || failure.strictWarnings)
      failures.push(failure);
  }
  const reasons = failures.flatMap((f) => [
    ...f.strictWarnings ? [`${f.file}: ${strictText(f)}`] : [],
    ...f.broken.map((b) => `${f.file}: rule ${b.rule} failed to run (${b.error})`),
    ...f.over.length > 0 ? [`${f.file}: ${overText(f)}`] : [],
    ...f.below !== void 0 ? [`${f.file}: ${belowText(f)}`] : []
  ]);
  return { passed: failures.length === 0, reasons, failures };
}
function overText(f) {
  const total = f.over.reduce((n, x) => n + x.count, 0);
  return `${listOf(f.over.map((x) => `${x.count} ${x.severity}`))} finding${total === 1 ? "" : "s"} (fail-on ${f.failOn})`;
}
function strictText(f) {
  return `${count(f.strictWarnings ?? 0, "warning")} (--strict makes every warning an error)`;
}
function belowText(f) {
  return `score ${f.below} is below min-score ${f.minScore}`;
}
function failureText(f) {
  const parts = [];
  if (f.strictWarnings) parts.push(strictText(f));
  if (f.broken.length > 0)
    parts.push(
      `${f.broken.length === 1 ? "rule" : "rules"} ${listOf(
        f.broken.map((b) => b.rule),
        { max: 3 }
      )} failed to run`
    );
  if (f.over.length > 0) parts.push(overText(f));
  if (f.below !== void 0) parts.push(belowText(f));
  return parts.join("; ");
}
function gateSummary(gate, plans) {
  const { failures } = gate;
  if (failures.length === 0) return "";
  if (plans <= 1 && failures.length === 1) return failureText(failures[0]);
  const causes = [
    ...new Set(
      failures.flatMap((f) => [
        ...f.over.length > 0 ? [`fail-on ${f.failOn}`] : [],
        ...f.below !== void 0 ? [`min-score ${f.minScore}`] : [],
        ...f.broken.length > 0 ? ["a rule failed to run"] : []
      ])
    )
  ];
  return `${failures.length} of ${count(Math.max(plans, failures.length), "plan")} (${causes.join(", ")})`;
}
function worstFirst(reports) {
  const rank = (r) => RATINGS.indexOf(r.score.rating);
  return [...reports].sort(
    (a, b) => rank(b) - rank(a) || a.score.exact - b.score.exact || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
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
  FORMULA,
  scorePlan,
  judge,
  gateSummary,
  worstFirst,
  blockingFindings,
  finishRun
};
