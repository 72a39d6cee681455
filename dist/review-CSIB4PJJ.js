import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  isMeasurable
} from "./chunk-53MPB5SY.js";
import {
  fromDayNumber,
  toDayNumber
} from "./chunk-T4GFYPQJ.js";
import "./chunk-YVNGLSHO.js";
import {
  VERSION
} from "./chunk-EYL3OJFZ.js";
import {
  describeExceeded
} from "./chunk-CIQLUKOZ.js";
import {
  money,
  percent
} from "./chunk-UIZSZRUV.js";
import {
  CATEGORIES
} from "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";

// src/review/escape.ts
function md(text) {
  return (text ?? "").replace(/\\/g, "\\\\").replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/([`*_[\]#~])/g, "\\$1").replace(/^(\s*)([-+]|\d+\.)(\s)/, "$1\\$2$3");
}
function mermaid(text) {
  const clean = (text ?? "").replace(/[\r\n]+/g, " ").replace(/:/g, "\uA789").replace(/;/g, ",").replace(/#/g, "No.").replace(/%/g, " pct").replace(/[<>`"'\\{}[\]]/g, "").replace(/\s+/g, " ").trim();
  return clean.length > 0 ? clean.slice(0, 80) : "untitled";
}

// src/review/review.ts
var CATEGORY_TITLE = {
  governance: "Governance and accountability",
  scope: "Scope",
  change: "Change control",
  vendors: "Vendors",
  schedule: "Schedule",
  budget: "Budget",
  risk: "Risk",
  communication: "Communication"
};
var nextDay = (iso) => fromDayNumber(toDayNumber(iso) + 1);
var list = (items, missing) => items?.length ? items.map((i) => `- ${md(i)}`).join("\n") : `_${missing}_`;
var findingsOf = (r, ...ids) => r.findings.filter((f) => ids.includes(f.ruleId));
var atLine = (f) => `line ${f.span.line}`;
function renderReview(report) {
  if (!report.model) throw new Error("renderReview needs a report audited in this process (with its model)");
  const r = report;
  const plan = r.model.plan;
  const p = plan.project;
  const person = (id) => id ? r.model.people.get(id) : void 0;
  const who = (id) => {
    const x = person(id);
    return x ? `${md(x.name ?? x.id)}${x.organisation ? `, ${md(x.organisation)}` : ""}` : id ? md(id) : "_not named_";
  };
  const out = [];
  const section = (title, ...body) => out.push(`## ${title}`, "", ...body, "");
  out.push(
    `# Scope review: ${md(p.name)}`,
    "",
    `_Prepared with pmcheck ${VERSION} from \`${md(r.file)}\`, as of ${r.asOf}. Findings refer to lines of the plan file._`,
    ""
  );
  section(
    "Summary",
    "| | |",
    "| --- | --- |",
    `| Client | ${md(p.client) || "_not stated_"} |`,
    `| Sponsor | ${who(p.sponsor)} |`,
    `| Project manager | ${who(p.manager)} |`,
    `| Phase | ${p.phase ?? "_not stated_"} |`,
    `| Method | ${p.methodology ?? "_not stated_"} |`,
    `| Start | ${p.start ?? "_not stated_"} |`,
    `| Deadline | ${p.deadline ?? "_not stated_"} |`,
    `| Users affected | ${p.users_affected ?? "_not stated_"} |`,
    `| Plan health | **${r.score.score}/100, ${r.score.rating}**${r.score.pressure > 0 ? `: ${md(r.score.band.reason)}` : ""} |`,
    "",
    plan.scope?.summary ? md(plan.scope.summary) : "_The plan has no summary (`scope.summary`): say in two sentences what will be delivered and why._"
  );
  const pm = r.pm;
  const manager = person(p.manager);
  const pmLines = r.model.pmBudget?.lines ?? [];
  const pmAmount = r.model.pmBudget?.amount ?? 0;
  const total = r.model.pmBudget?.total ?? 0;
  const verdict = [
    pm.warranted ? `**Formal project management is warranted.** Article 002 says work needs it when it runs more than two weeks, involves more than one supplier, costs more than a few thousand pounds, or affects more than a handful of users. This project ${describeExceeded(pm, p.currency).map(md).join("; ")}.` : "**Formal project management is not warranted** by article 002's thresholds: the work is no longer than two weeks, has at most one supplier, a small budget and few users. A named owner is still needed.",
    ""
  ];
  if (!manager)
    verdict.push(
      `- **No project manager is assigned.** Without one there is "no single point of accountability" (article 002): decisions stall and tasks fall through the cracks.`
    );
  else {
    verdict.push(
      `- Project manager: ${who(manager.id)}, role ${manager.role ?? "_not stated_"}, ${manager.allocation != null ? `${percent(manager.allocation)} of a week` : "allocation not stated"}.`
    );
    const engineer = findingsOf(r, "pm-assigned", "pm-not-engineer");
    if (engineer.length > 0)
      verdict.push(
        `- **Project management is left to an engineer** (article 000, mistake 2): ${engineer.map((f) => `${md(f.message)} (${atLine(f)})`).join(" ")}`
      );
    for (const f of findingsOf(r, "pm-allocation"))
      verdict.push(
        `- **Part-time PM:** ${md(f.message)} "Part-time project management produces part-time results" (article 002).`
      );
  }
  if (!plan.budget) verdict.push("- The plan has no budget, so the PM cost cannot be checked.");
  else if (pmLines.length === 0)
    verdict.push(
      '- **Project management is not in the price** (article 000, mistake 1): the budget has no project-management line. The cost does not go away; it returns as "delays, rework, escalations".'
    );
  else
    verdict.push(
      `- PM budget: ${money(pmAmount)}${p.currency ? ` ${md(p.currency)}` : ""}, ${total > 0 ? percent(pmAmount / total, 1) : "an unknown share"} of the total.${findingsOf(r, "pm-budgeted").length > 0 ? " **This is below the minimum share; check PM was not cut to hit a price (article 000, mistake 1).**" : ""}`
    );
  section("Project management verdict", ...verdict);
  const s = plan.scope;
  const criteria = s?.success_criteria?.length ? s.success_criteria.map((c) => `- ${md(c)}${isMeasurable(c) ? "" : " \u2014 \u26A0 **not measurable**: add a number, date or percentage"}`).join("\n") : "_No success criteria: agree specific, measurable outcomes before work starts (article 002)._";
  const signed = s?.signed_off?.by && s.signed_off.on ? `Signed off by ${who(s.signed_off.by)} on ${s.signed_off.on}.` : '**Not yet signed off.** Work should not start until it is (article 002: "starting work before scope is agreed").';
  section(
    "Scope",
    signed,
    "",
    "### In scope",
    list(s?.in_scope, "Nothing is listed in scope."),
    "",
    "### Out of scope",
    list(s?.out_of_scope, "No exclusions are listed: say what a customer might expect but will not get."),
    "",
    "### Assumptions",
    list(s?.assumptions, "No assumptions are recorded."),
    "",
    "### Constraints",
    list(s?.constraints, "No constraints are recorded."),
    "",
    "### Success criteria",
    criteria
  );
  const vendorRows = [];
  for (const v of plan.vendors ?? []) {
    const contract = v.contract?.signed_on ? `signed ${v.contract.signed_on}${v.contract.po ? `, ${md(v.contract.po)}` : ""}` : "**none**";
    const base = `| ${md(v.name ?? v.id)} | ${md(v.contact) || "**none**"} | ${contract}`;
    if (!v.deliveries?.length) vendorRows.push(`${base} | _no deliveries listed_ | | |`);
    for (const d of v.deliveries ?? []) {
      const when = d.received_on ? `received ${d.received_on}` : d.due ? `due ${d.due}` : "_no date_";
      vendorRows.push(
        `${base} | ${md(d.item ?? d.id)} | ${d.site ? md(r.model.siteName(d.site)) : "_no site_"} | ${when} |`
      );
    }
  }
  const sequencing = findingsOf(
    r,
    "vendor-sequencing",
    "delivery-site-mismatch",
    "vendor-double-booked",
    "vendor-contract",
    "delivery-overdue"
  );
  section(
    "Vendors and deliveries",
    ...vendorRows.length > 0 ? [
      "| Vendor | Contact | Contract | Delivers | Where | When |",
      "| --- | --- | --- | --- | --- | --- |",
      ...vendorRows
    ] : ["_No vendors are listed. If suppliers are involved, name them, their deliveries and their dates._"],
    "",
    sequencing.length > 0 ? `**Sequencing problems** ("work in sequence rather than in conflict", article 002):

${sequencing.map((f) => `- ${md(f.message)} (${atLine(f)})`).join("\n")}` : vendorRows.length > 0 ? "No sequencing problems were found between the vendors and the work that depends on them." : ""
  );
  section("Timeline", ...timeline(r));
  const b = plan.budget;
  const currency = p.currency ? ` ${md(p.currency)}` : "";
  const budgetBody = [];
  if (!b)
    budgetBody.push("_The plan has no budget. A scope review should show the price, the PM line and the contingency._");
  else {
    if (b.lines?.length) {
      budgetBody.push(
        "| Line | Category | Vendor | Planned | Actual | Committed | Approved |",
        "| --- | --- | --- | ---: | ---: | ---: | --- |"
      );
      for (const l of b.lines) {
        const vendor = l.vendor ? md(r.model.vendors.get(l.vendor)?.name ?? l.vendor) : "";
        budgetBody.push(
          `| ${md(l.id)}${l.description ? `: ${md(l.description)}` : ""} | ${l.category ?? ""} | ${vendor} | ${l.planned != null ? money(l.planned) : ""} | ${l.actual != null ? money(l.actual) : ""} | ${l.committed != null ? money(l.committed) : ""} | ${l.approved?.by ? `${who(l.approved.by)} ${l.approved.on ?? ""}` : "**no**"} |`
        );
      }
      budgetBody.push("");
    } else budgetBody.push("_No budget lines: break the total down so that spend can be tracked against it._", "");
    const approvedChanges = (plan.changes ?? []).filter((c) => c.status === "approved" || c.status === "implemented");
    const changeCost = approvedChanges.reduce((s2, c) => s2 + (c.impact?.cost ?? 0), 0);
    const open = (plan.risks ?? []).filter(
      (x) => (x.status ?? "open") === "open" && x.likelihood != null && x.impact != null
    );
    const exposure = open.reduce((s2, x) => s2 + x.likelihood * x.impact, 0);
    const serious = open.filter((x) => x.likelihood * x.impact >= 12).length;
    budgetBody.push(
      `- Total: ${b.total != null ? `**${money(b.total)}${currency}**` : "_not stated_"}`,
      `- Project management: ${pmLines.length ? `${money(pmAmount)}${currency} (${total > 0 ? percent(pmAmount / total, 1) : "?"})` : "**none** (see the PM verdict)"}`,
      `- Contingency: ${b.contingency != null ? `${money(b.contingency)}${currency} (${b.total ? percent(b.contingency / b.total, 1) : "?"} of the total)` : "**none**"}, against ${open.length} open risk${open.length === 1 ? "" : "s"} with a combined score of ${exposure} (${serious} serious: likelihood \xD7 impact of 12 or more). "70% of IT projects exceed their original budget" (article 002).`,
      `- Approved changes: ${approvedChanges.length === 0 ? "none" : `${approvedChanges.length}, adding ${money(changeCost)}${currency}: ${approvedChanges.map((c) => `${md(c.id)} ${md(c.title ?? "")}`.trim()).join("; ")}`}`
    );
  }
  section("Budget", ...budgetBody);
  section("Risks", ...risks(r, who));
  const recs = [
    `The plan scores **${r.score.score}/100, ${r.score.rating}**. Each recommendation below comes from a check pmcheck makes; \`pmcheck explain <rule>\` says why it matters.`,
    ""
  ];
  if (r.findings.length === 0) recs.push("No recommendations: the plan passes every check that applies to it.");
  for (const c of CATEGORIES) {
    const fs = r.findings.filter((f) => f.category === c);
    if (fs.length === 0) continue;
    recs.push(`### ${CATEGORY_TITLE[c]}`, "");
    for (const f of fs)
      recs.push(`- **${md(f.fix)}** ${md(f.message)} _(${f.severity}, \`${f.ruleId}\`, ${atLine(f)})_`);
    recs.push("");
  }
  section("Recommendations", ...recs);
  section(
    "Sign-off",
    "By signing, the sponsor agrees the scope, exclusions and assumptions above, and the project manager accepts accountability for delivering them.",
    "",
    "| Role | Name | Signature | Date |",
    "| --- | --- | --- | --- |",
    `| Sponsor | ${who(p.sponsor)} | | |`,
    `| Project manager | ${who(p.manager)} | | |`
  );
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}
`;
}
function timeline(r) {
  const { model } = r;
  const plan = model.plan;
  const critical = new Set(model.forecast.criticalChain);
  const dates = (item) => {
    const start = model.startOf(item) ?? model.forecast.dates.get(item.id)?.start;
    const finish = model.finishOf(item) ?? model.forecast.dates.get(item.id)?.finish ?? start;
    return start && finish ? { start, finish: finish < start ? start : finish } : void 0;
  };
  const tasks = [...model.items.values()].filter((i) => i.kind === "task");
  const usePhase = tasks.some((t) => t.task?.phase);
  const groups = /* @__PURE__ */ new Map();
  const unplaced = [];
  let n = 0;
  for (const t of tasks) {
    const d = dates(t);
    if (!d) {
      unplaced.push(t.name);
      continue;
    }
    const group = usePhase ? t.task?.phase ?? "Other work" : t.task?.site ? model.siteName(t.task.site) : "Work";
    const tags = [
      critical.has(t.id) && "crit",
      t.actualFinish && "done",
      !t.actualFinish && t.actualStart && "active"
    ].filter(Boolean);
    const line = `    ${mermaid(t.name)} :${[...tags, `t${n++}`].join(", ")}, ${d.start}, ${nextDay(d.finish)}`;
    groups.set(group, [...groups.get(group) ?? [], line]);
  }
  const chart = [
    "```mermaid",
    "gantt",
    `    title ${mermaid(plan.project.name)}`,
    "    dateFormat YYYY-MM-DD",
    "    axisFormat %d %b",
    "    todayMarker off"
  ];
  const blackouts = plan.blackouts ?? [];
  if (blackouts.length > 0) {
    chart.push("    section Blackouts");
    blackouts.forEach((b, i) => {
      chart.push(`    ${mermaid(b.name ?? `Blackout ${i + 1}`)} :b${i}, ${b.from}, ${nextDay(b.to)}`);
    });
  }
  for (const [group, lines] of groups) chart.push(`    section ${mermaid(group)}`, ...lines);
  const points = (kind, title) => {
    const items = [...model.items.values()].filter((i) => i.kind === kind);
    const lines = items.flatMap((i) => {
      const d = dates(i);
      if (!d) return [];
      const name = kind === "delivery" ? `${i.name} from ${i.vendor?.name ?? i.vendor?.id ?? "vendor"}` : i.name;
      return [
        `    ${mermaid(name)} :${critical.has(i.id) ? "crit, " : ""}milestone, ${kind[0]}${n++}, ${d.finish}, 0d`
      ];
    });
    if (lines.length > 0) chart.push(`    section ${title}`, ...lines);
  };
  points("milestone", "Milestones");
  points("delivery", "Deliveries");
  chart.push("```");
  if (groups.size === 0 && !chart.some((l) => l.includes("milestone"))) {
    return [
      "_The plan has no dated tasks, milestones or deliveries, so there is no timeline yet. Add start and finish dates (or durations and dependencies)._"
    ];
  }
  const chain = model.forecast.criticalChain;
  const notes = [
    chain.length > 0 ? `Critical items (red) drive the earliest finish, ${model.forecast.finish?.date}: ${chain.map((id) => md(model.items.get(id).name)).join(" \u2192 ")}.` : "",
    blackouts.length > 0 ? "Blackout windows are shown at the top: no downtime, cutover or migration should fall in them." : "",
    unplaced.length > 0 ? `Not on the chart, for want of dates: ${unplaced.map(md).join("; ")}.` : "",
    r.findings.some((f) => f.ruleId === "dependency-cycle") ? "**The dependencies contain a loop**, so dates after it cannot be trusted; see the recommendations." : ""
  ].filter(Boolean);
  return [...chart, "", ...notes];
}
function risks(r, who) {
  const all = r.model.plan.risks ?? [];
  if (all.length === 0)
    return [
      '_The plan has no risk register. Every project has risks; "what goes unnoticed often goes unmanaged" (article 000, mistake 3). List them with likelihood, impact, owner and mitigation._'
    ];
  const open = all.filter((x) => (x.status ?? "open") === "open");
  const scored = open.filter((x) => x.likelihood != null && x.impact != null);
  const cell = (l, i) => scored.filter((x) => x.likelihood === l && x.impact === i).map((x) => md(x.id)).join(", ");
  const heat = ["| Impact \u2193 \xB7 Likelihood \u2192 | 1 | 2 | 3 | 4 | 5 |", "| --- | --- | --- | --- | --- | --- |"];
  for (let i = 5; i >= 1; i--) heat.push(`| **${i}** | ${[1, 2, 3, 4, 5].map((l) => cell(l, i)).join(" | ")} |`);
  const top = [...scored].sort((a, b) => b.likelihood * b.impact - a.likelihood * a.impact || (a.id < b.id ? -1 : 1)).slice(0, 5);
  const unscored = open.filter((x) => x.likelihood == null || x.impact == null);
  return [
    `${open.length} open risk${open.length === 1 ? "" : "s"} of ${all.length}. Open risks by likelihood and impact (1 low to 5 high):`,
    "",
    ...heat,
    "",
    "### Top risks",
    "",
    ...top.length > 0 ? [
      "| Risk | Score | Owner | Mitigation |",
      "| --- | ---: | --- | --- |",
      ...top.map(
        (x) => `| ${md(x.id)}: ${md(x.title ?? "")} | ${x.likelihood * x.impact} | ${x.owner ? who(x.owner) : "**none**"} | ${x.mitigation ? md(x.mitigation) : "**none**"} |`
      )
    ] : ["_No open risk has both a likelihood and an impact._"],
    ...unscored.length > 0 ? ["", `Not scored, so not on the map: ${unscored.map((x) => md(x.id)).join(", ")}.`] : []
  ];
}
export {
  renderReview
};
