import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  isComplete,
  isFinished
} from "./chunk-TBHZEG3U.js";
import {
  walkPlan
} from "./chunk-ANZBWPDS.js";
import {
  calendarDaysBetween,
  describeHolidayGroups,
  fromDayNumber,
  toDayNumber
} from "./chunk-JR7DYPOY.js";
import {
  AGILE_METHODOLOGIES,
  HARD_CONSTRAINTS,
  PlanSchema,
  array,
  number,
  object,
  string
} from "./chunk-5AEJUB6B.js";
import {
  formatPath,
  identify
} from "./chunk-VE5WFE6M.js";
import {
  describeOverrun,
  describeSlip,
  lineLabel,
  warrantClause
} from "./chunk-ZTRHFLJF.js";
import {
  chainOf,
  count,
  dateSpan,
  indexAgainst,
  listOf,
  money,
  onDates,
  percent
} from "./chunk-URGRNCBU.js";
import {
  defineRule
} from "./chunk-IDS44EEY.js";

// src/engine/sources.ts
var SOURCES = {
  "tpm-guide": {
    title: "Why technical project management matters: why IT projects fail without it, and what good looks like in practice",
    publisher: "A UK IT consultancy (Microsoft Partner, Cyber Essentials Plus, ISO 27001), Swalwell, Newcastle upon Tyne",
    subject: 'A guide for SMEs, updated February 2026, drawn from "over a decade of delivering IT projects for UK businesses".',
    reference: "Domain notes, file 002_19ed8548e0bcfd19.txt",
    contributes: 'The main source: no single point of accountability, scope creep, "progressing well" reports that hide slips; scoping and sign-off, vendor sequencing, the risk register, milestones with go/no-go gates, budget tracking and change control; four worked scenarios (office relocation, cloud migration, Cyber Essentials, multi-site network refresh); and the four thresholds for when work needs formal project management.'
  },
  "partner-pm-mistakes": {
    title: "The top three project management mistakes partners make",
    publisher: "Westcon-Comstor",
    author: "Tim O'Toole, Director, Project Management Office",
    subject: "Why project management protects a channel partner\u2019s delivery, margin and reputation.",
    reference: "Domain notes, file 000_d47432dd56c3f8ef.txt",
    contributes: "Mistake 1, cutting project management to hit a price; mistake 2, leaving project management to technical resources; mistake 3, relying on engineers to flag every risk."
  },
  "outsourcing-pm": {
    title: "Outsourcing Project Management \u2013 What\u2019s Behind the Decision?",
    publisher: "A technology channel services provider (not named in the copy we hold)",
    subject: "When MSPs and channel partners should bring in an outside project manager.",
    reference: "Domain notes, file 001_598b1120383cff0e.txt",
    contributes: "Short projects, multi-site rollouts and keeping the internal team small."
  },
  "msp-operational-pm": {
    title: "Project management and operational execution in Microsoft 365 and security projects",
    publisher: "A managed service provider (title and name not preserved in the copy we hold)",
    subject: "Communication, escalation, ownership and leadership visibility during SMB IT change.",
    reference: "Domain notes, file 003_2cc296884876ae22.txt",
    contributes: "Communication with users, escalation management, ownership, and piloting before an organisation-wide rollout."
  },
  "pm-six-ways": {
    title: "6 ways to get more from your IT project manager",
    publisher: "Backbone Connect",
    author: "Chris Topping, Head of Project Delivery",
    subject: "The client side of a project: what to tell the project manager and when.",
    reference: "Domain notes, file 004_bcc6a1ae56545a6b.txt",
    contributes: "The kick-off meeting, honest scoping, choosing agile or PRINCE2, and agreeing how often updates are sent."
  },
  "dcma-14": {
    title: "DCMA 14-Point Schedule Assessment",
    publisher: "Defense Contract Management Agency (US), EVMS Program Analysis Pamphlet DCMA-EA PAM 200.1, October 2012",
    subject: "Fourteen checks of an integrated master schedule\u2019s quality, with thresholds.",
    reference: "DCMA-EA PAM 200.1 (October 2012), section 4",
    contributes: "The fourteen checks and their thresholds, counted over the unfinished tasks (summaries, level of effort and milestones left out): logic (at most 5% without a predecessor or successor), leads (none), lags (5%), relationship types (at least 90% finish-to-start), hard constraints (5%), high float and high duration (more than 44 working days on at most 5%), negative float (none), invalid dates (none), resources, missed tasks (5%), the critical path test, and the critical path length and baseline execution indices (0.95)."
  },
  evm: {
    title: "Earned Value Management",
    publisher: "ANSI/EIA-748 and the PMI Practice Standard for Earned Value Management",
    subject: "Measuring cost and schedule performance against a baseline: PV, EV, AC, CPI and SPI.",
    reference: "ANSI/EIA-748; PMI, Practice Standard for Earned Value Management",
    contributes: "The cost and schedule performance indices and their usual amber and red thresholds."
  },
  taskjuggler: {
    title: "TaskJuggler",
    publisher: "The TaskJuggler open-source project scheduler",
    subject: "A text-first project scheduler.",
    reference: "taskjuggler.org; its scheduler reports `loop_detected` for circular dependencies",
    contributes: "Reporting a dependency loop with the whole loop named."
  }
};
var cite = (source, at) => at ? { source, at } : { source };
function citationText(c, style = "short") {
  const s = SOURCES[c.source];
  const title = style === "full" ? `${s.title} (${s.publisher})` : shortTitle(c.source);
  return c.at ? `${title}: ${c.at}` : title;
}
function shortTitle(key) {
  const s = SOURCES[key];
  const cut = s.title.indexOf(":");
  return cut > 20 ? s.title.slice(0, cut) : s.title;
}

// src/rules/blackout-clash.ts
var blackout_clash_default = defineRule({
  id: "blackout-clash",
  category: "schedule",
  severity: "high",
  description: "No downtime, cutover, migration or user-facing rollout falls in a blackout window at its site.",
  fix: "Move the work out of the blackout window, or agree an exception with the business owner.",
  messages: {
    clash: '"{{task}}" ({{dates}}{{at}}) falls in the blackout "{{blackout}}" ({{window}}).',
    forecastClash: '"{{task}}" is planned for {{dates}}{{at}}, but the work before it pushes it to {{forecastDates}}, into the blackout "{{blackout}}" ({{window}}).'
  },
  options: object({}).strict(),
  needs: ["blackouts"],
  docs: {
    catches: "A task with `downtime: true`, of kind `cutover` or `migration`, or user-facing (a `rollout` or `pilot`, or `training` that affects users), whose dates overlap a `blackouts` window at the same site. A blackout with no `sites` covers every site; a task with no site clashes only with such all-site blackouts. The forecast is judged too: work not yet started that the forward pass pushes into a blackout is reported even when its planned dates are clear of it.",
    why: 'Article 002 opens with it: "The server migration was technically sound, but it clashed with the busiest week of the quarter." In the multi-site network refresh, "Downtime windows clash with business-critical periods."',
    sources: [
      cite("tpm-guide", 'introduction: the migration that "clashed with the busiest week of the quarter"'),
      cite("tpm-guide", "Multi-site network refresh")
    ],
    howToFix: "Reschedule the work to a window the business has agreed. If the business accepts the clash, record who agreed it in an `x-pmcheck-ignore` reason.",
    failing: `sites: [{ id: leeds }]
blackouts:
  - { name: Peak dispatch, from: 2026-05-11, to: 2026-05-15, sites: [leeds] }
tasks:
  - { id: cutover, kind: cutover, site: leeds, start: 2026-05-11, finish: 2026-05-11 }`,
    fixed: `sites: [{ id: leeds }]
blackouts:
  - { name: Peak dispatch, from: 2026-05-11, to: 2026-05-15, sites: [leeds] }
tasks:
  - { id: cutover, kind: cutover, site: leeds, start: 2026-05-18, finish: 2026-05-18 }`
  },
  check(ctx) {
    const { model } = ctx;
    const blackouts = ctx.plan.blackouts ?? [];
    if (blackouts.length === 0) return ctx.notApplicable("the plan has no blackout windows");
    const disruptive = [...model.items.values()].filter((i) => isDisruptive(i.task));
    if (disruptive.length === 0)
      return ctx.notApplicable("no downtime, cutover or migration work, and no user-facing rollout");
    const windows = new BlackoutIndex(blackouts);
    for (const item of disruptive) {
      const start = model.startOf(item);
      const finish = model.finishOf(item) ?? start;
      if (!start || !finish) continue;
      const site = item.task.site ?? void 0;
      const at = site ? ` at ${model.siteName(site)}` : "";
      const planned = windows.clash(site, start, finish);
      if (planned) {
        ctx.report({
          messageId: "clash",
          path: [...item.path, item.actualStart ? "actual_start" : "start"],
          data: {
            task: item.name,
            start,
            finish,
            dates: dateSpan(start, finish),
            at,
            blackout: name(planned),
            from: planned.from,
            to: planned.to,
            window: dateSpan(planned.from, planned.to)
          }
        });
        continue;
      }
      const forecast = item.actualStart ? void 0 : model.forecast.dates.get(item.id);
      if (!forecast || forecast.start === start && forecast.finish === finish) continue;
      const pushed = windows.clash(site, forecast.start, forecast.finish);
      if (pushed) {
        ctx.report({
          messageId: "forecastClash",
          path: [...item.path, "start"],
          data: {
            task: item.name,
            start,
            finish,
            at,
            dates: dateSpan(start, finish),
            forecastStart: forecast.start,
            forecastFinish: forecast.finish,
            forecastDates: dateSpan(forecast.start, forecast.finish),
            blackout: name(pushed),
            from: pushed.from,
            to: pushed.to,
            window: dateSpan(pushed.from, pushed.to)
          }
        });
      }
    }
  }
});
var name = (b) => b.name ?? b.id ?? `${b.from} to ${b.to}`;
function isDisruptive(t) {
  if (!t) return false;
  if (t.downtime || t.kind === "cutover" || t.kind === "migration" || t.kind === "rollout" || t.kind === "pilot")
    return true;
  return t.kind === "training" && (t.users_affected ?? 0) > 0;
}
var BlackoutIndex = class {
  bySite = /* @__PURE__ */ new Map();
  everywhere;
  constructor(blackouts) {
    const all = [];
    const site = /* @__PURE__ */ new Map();
    blackouts.forEach((b, i) => {
      if (!b.sites?.length) all.push([i, b]);
      else
        for (const s of new Set(b.sites)) {
          const list = site.get(s) ?? [];
          list.push([i, b]);
          site.set(s, list);
        }
    });
    this.everywhere = new Sorted(all);
    for (const [s, list] of site) this.bySite.set(s, new Sorted(list));
  }
  /** A window that overlaps [start, finish] at the site: of each list the one ending latest, the earlier in the plan of the two. */
  clash(site, start, finish) {
    const candidates = [
      this.everywhere.overlapping(start, finish),
      site ? this.bySite.get(site)?.overlapping(start, finish) : void 0
    ];
    const found = candidates.filter((c) => c !== void 0).sort((a, b) => a[0] - b[0]);
    return found[0]?.[1];
  }
};
var Sorted = class {
  byFrom;
  /** For each position, the window with the latest end among those up to it. */
  latest;
  constructor(list) {
    this.byFrom = [...list].sort((a, b) => a[1].from < b[1].from ? -1 : a[1].from > b[1].from ? 1 : a[0] - b[0]);
    this.latest = [];
    for (const w of this.byFrom) {
      const prev = this.latest[this.latest.length - 1];
      this.latest.push(prev && prev[1].to >= w[1].to ? prev : w);
    }
  }
  overlapping(start, finish) {
    let lo = 0;
    let hi = this.byFrom.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.byFrom[mid][1].from <= finish) lo = mid + 1;
      else hi = mid;
    }
    const best = lo > 0 ? this.latest[lo - 1] : void 0;
    return best && best[1].to >= start ? best : void 0;
  }
};

// src/rules/budget-lines-exceed-total.ts
var budget_lines_exceed_total_default = defineRule({
  id: "budget-lines-exceed-total",
  category: "budget",
  severity: "medium",
  description: "The planned lines, contingency included, fit within the budget total.",
  fix: "Raise the total through change control, or trim the lines to fit it.",
  messages: {
    exceeds: "The planned lines and {{contingencyText}} add up to {{sum:money}}, {{over:money}} more than the budget total of {{total:money}}."
  },
  options: object({}).strict(),
  needs: ["budget"],
  docs: {
    catches: "A budget whose lines' `planned` amounts plus `budget.contingency` add up to more than `budget.total`. A line of `category: contingency` counts as the contingency, so it is not added twice. With `budget.drawdowns`, only the contingency left after them is added: the money drawn sits on the lines that spend it.",
    why: 'A budget whose parts exceed its whole was never really approved: the sponsor signed the total, and the plan spends more. Article 002: "additional costs are approved before they are incurred."',
    sources: [cite("tpm-guide", "Budget tracking and cost control")],
    howToFix: "Either get the higher total approved, or reduce the lines until they fit.",
    failing: `budget:
  total: 50000
  contingency: 5000
  lines:
    - { id: kit, planned: 48000 }`,
    fixed: `budget:
  total: 53000
  contingency: 5000
  lines:
    - { id: kit, planned: 48000 }`
  },
  check(ctx) {
    const b = ctx.plan.budget;
    if (b?.total == null || !b.lines?.length) return ctx.notApplicable("the budget has no total or no lines");
    const hasContingencyLine = b.lines.some((l) => l.category === "contingency");
    const drawn = (b.drawdowns ?? []).reduce((s, d) => s + d.amount, 0);
    const left = hasContingencyLine ? 0 : Math.max(0, (b.contingency ?? 0) - drawn);
    const sum = b.lines.reduce((s, l) => s + (l.planned ?? 0), 0) + left;
    if (sum > b.total) {
      ctx.report({
        messageId: "exceeds",
        path: ["budget", "total"],
        data: {
          sum,
          over: sum - b.total,
          total: b.total,
          contingencyText: drawn > 0 && !hasContingencyLine ? `the contingency left after drawdowns (${money(left)})` : "contingency"
        }
      });
    }
  }
});

// src/rules/budget-overrun.ts
var budget_overrun_default = defineRule({
  id: "budget-overrun",
  category: "budget",
  severity: "high",
  description: "No budget line, and not the total, has actual plus committed spend above its plan.",
  fix: "Explain the variance to the sponsor and approve it through change control, or recover it.",
  messages: {
    overrun: "Spend on {{label}} is {{spent:money}} (actual plus committed) against {{planned:money}} planned: {{over:money}} over.{{tolerance}}"
  },
  options: object({}).strict(),
  needs: ["budget"],
  docs: {
    catches: "A budget line whose `actual` plus `committed` is more than its `planned`, and the whole budget when the lines' spend adds up to more than `budget.total`.",
    why: 'Article 002: "IT projects are notorious for running over budget. Usually this is not because of a single large expense, but because of dozens of small, untracked additions." A PM "tracks spend against budget in real time, flags variances early".',
    sources: [cite("tpm-guide", "Budget tracking and cost control")],
    howToFix: "Find what drove the variance. If it is an agreed change, put it through change control and re-plan the line; if not, raise it with the sponsor now.",
    failing: `budget:
  lines:
    - { id: cabling, planned: 22000, actual: 23800 }`,
    fixed: `budget:
  lines:
    - { id: cabling, planned: 23800, actual: 23800 }`,
    context: "With `project.tolerance.cost` (a share of `budget.total`), the message says whether the overrun is within tolerance, and one within it counts one level lower (medium). Off under the presale preset: nothing has been spent."
  },
  check(ctx) {
    const budget = ctx.plan.budget;
    const lines = budget?.lines ?? [];
    if (!lines.some((l) => l.planned != null && (l.actual != null || l.committed != null)))
      return ctx.notApplicable("no budget line has both a plan and spend");
    const share = ctx.plan.project.tolerance?.cost ?? void 0;
    const allowance = share !== void 0 && budget?.total != null ? share * budget.total : void 0;
    for (const o of ctx.model.problemsAt(ctx.asOf).overruns) {
      const over = o.spent - o.planned;
      const within = allowance !== void 0 && over <= allowance;
      const tolerance = allowance === void 0 ? "" : ` That is ${within ? "within" : "beyond"} the cost tolerance of ${percent(share, 1)} of the budget (${money(allowance)})${within ? ": the PM's to manage, and to report." : ": an exception for the sponsor to decide."}`;
      ctx.report({
        messageId: "overrun",
        path: o.path,
        data: { label: describeOverrun(o), spent: o.spent, planned: o.planned, over, tolerance },
        ...within ? { lower: 1 } : {}
      });
    }
  }
});

// src/rules/change-approved.ts
var change_approved_default = defineRule({
  id: "change-approved",
  category: "change",
  severity: "critical",
  description: "Every approved or implemented change has an approval record, dated no later than its implementation.",
  fix: "Record approved: { by, on } for the change, dated before it was implemented.",
  messages: {
    noApproval: 'Change {{id}} ("{{title}}") is {{status}} with no approval record.',
    incomplete: "The approval of change {{id}} names no {{missing}}.",
    implementedFirst: "Change {{id}} was implemented on {{implemented}}, before it was approved on {{approved}}."
  },
  options: object({}).strict(),
  needs: ["changes"],
  docs: {
    catches: "A change in the change log whose `status` is `approved` or `implemented` but which has no `approved` record, or whose record lacks the approver (`by`) or the date (`on`); and a change whose `implemented_on` is before its approval date.",
    why: 'Article 002: "A change control process ensures that every modification to scope, timeline, or budget is documented, assessed for impact, approved by the right person, and communicated to everyone affected. Without this, projects drift in ways that nobody notices until the invoice arrives." A change implemented first and approved later is scope creep with paperwork attached.',
    sources: [cite("tpm-guide", "Change control"), cite("tpm-guide", "No formal change control")],
    howToFix: "Add `approved: { by: <person id>, on: <date> }` to each change that was approved. If work went ahead before approval, record that honestly and raise it with the sponsor; do not back-date the approval.",
    failing: `people:
  - { id: alice, role: sponsor }
changes:
  - id: CR-002
    title: Extra Wi-Fi access points
    status: implemented
    implemented_on: 2026-02-10`,
    fixed: `people:
  - { id: alice, role: sponsor }
changes:
  - id: CR-002
    title: Extra Wi-Fi access points
    status: implemented
    approved: { by: alice, on: 2026-02-06 }
    implemented_on: 2026-02-10`
  },
  check(ctx) {
    const relevant = (ctx.plan.changes ?? []).map((change, i) => ({ change, i })).filter(({ change }) => change.status === "approved" || change.status === "implemented");
    if (relevant.length === 0) return ctx.notApplicable("no change is approved or implemented");
    for (const { change, i } of relevant) {
      const at = ["changes", i];
      const a = change.approved;
      if (!a || !a.by && !a.on) {
        ctx.report({
          messageId: "noApproval",
          path: [...at, "status"],
          data: { id: change.id, title: change.title ?? change.id, status: change.status }
        });
        continue;
      }
      if (!a.by || !a.on) {
        ctx.report({
          messageId: "incomplete",
          path: [...at, "approved"],
          data: { id: change.id, missing: !a.by ? "approver (by)" : "date (on)" }
        });
      }
      if (a.on && change.implemented_on && change.implemented_on < a.on) {
        ctx.report({
          messageId: "implementedFirst",
          path: [...at, "implemented_on"],
          data: { id: change.id, implemented: change.implemented_on, approved: a.on }
        });
      }
    }
  }
});

// src/rules/change-approver.ts
var change_approver_default = defineRule({
  id: "change-approver",
  category: "change",
  severity: "medium",
  description: "Changes are approved by the sponsor, the PM, or someone listed in the approvers option.",
  fix: "Have the sponsor or the PM approve the change, or add the approver to the approvers option.",
  messages: {
    wrongApprover: "Change {{id}} was approved by {{approver}}, who is neither the sponsor nor the project manager.",
    ownerBeyondBacklog: "Change {{id}} was approved by the product owner, {{approver}}, but it moves {{impact}}: a backlog swap is theirs, a change to the budget or the date is the sponsor's."
  },
  options: object({ approvers: array(string()).default([]).describe("Further person ids allowed to approve changes.") }).strict(),
  needs: ["changes"],
  docs: {
    catches: "A change whose `approved.by` is not `project.sponsor`, not `project.manager`, and not in the option `approvers`.",
    why: `Article 002: a change must be "approved by the right person". A change approved by an engineer or a vendor commits the client's money and time without the client's decision maker.`,
    sources: [cite("tpm-guide", "Change control")],
    howToFix: "Get the sponsor (or the PM, within delegated authority) to approve the change. If your governance names other approvers, such as a finance director, list them: `rules: { change-approver: { approvers: [cfo] } }`.",
    context: "On an agile project (methodology agile, scrum or kanban), a person with role `product-owner` may approve a change with no cost and no days impact: swapping backlog items of the same size is theirs to decide. A change that adds cost or time still needs the sponsor or the PM.",
    failing: `project:
  name: Move
  sponsor: alice
people:
  - { id: alice, role: sponsor }
  - { id: sam, role: engineer }
changes:
  - { id: CR-1, status: approved, approved: { by: sam, on: 2026-02-03 } }`,
    fixed: `project:
  name: Move
  sponsor: alice
people:
  - { id: alice, role: sponsor }
  - { id: sam, role: engineer }
changes:
  - { id: CR-1, status: approved, approved: { by: alice, on: 2026-02-03 } }`
  },
  check(ctx) {
    const allowed = new Set(
      [ctx.plan.project.sponsor, ctx.plan.project.manager, ...ctx.options.approvers].filter(Boolean)
    );
    const agile = AGILE_METHODOLOGIES.has(ctx.plan.project.methodology ?? "");
    const approved = ctx.model.changes.filter(({ item }) => item.approved?.by && item.status !== "rejected");
    if (approved.length === 0) return ctx.notApplicable("no change records an approver");
    for (const { item: change, path } of approved) {
      const by = change.approved.by;
      if (allowed.has(by)) continue;
      const person = ctx.model.people.get(by);
      const approver = ctx.model.personName(by);
      if (agile && person?.role === "product-owner") {
        const cost = change.impact?.cost ?? 0;
        const days = change.impact?.days ?? 0;
        if (cost <= 0 && days <= 0) continue;
        const impact = [cost > 0 && `${money(cost)} of budget`, days > 0 && count(days, "working day")].filter(
          (x) => Boolean(x)
        );
        ctx.report({
          messageId: "ownerBeyondBacklog",
          path: [...path, "approved", "by"],
          data: { id: change.id, approver: person.name ?? by, impact: listOf(impact), cost, days }
        });
        continue;
      }
      ctx.report({ messageId: "wrongApprover", path: [...path, "approved", "by"], data: { id: change.id, approver } });
    }
  }
});

// src/rules/change-budget-reconciled.ts
var change_budget_reconciled_default = defineRule({
  id: "change-budget-reconciled",
  category: "change",
  severity: "medium",
  description: "Approved change costs are funded: drawn from the contingency, or matched by a raise in the budget total.",
  fix: "Record the draw on the contingency for each approved change (budget.drawdowns), or raise budget.total (keeping baseline_total), or re-plan.",
  messages: {
    unreconciled: "Approved changes add {{cost:money}}, {{excess:money}} more than the contingency of {{contingency:money}}, and the budget total was {{raise}}.",
    unfunded: "Approved changes cost {{cost:money}}; drawdowns from the contingency cover {{covered:money}}{{raised}}, leaving {{uncovered:money}} unfunded ({{changes:list}}).",
    undecidedDrawdown: "Contingency was drawn for change {{change}}, which is {{status}}: nothing has approved spending it."
  },
  options: object({}).strict(),
  needs: ["changes", "budget"],
  docs: {
    catches: "With `budget.drawdowns` recorded: an approved or implemented change whose cost is not covered by the drawdowns linked to it (or by a raise in the total), and any drawdown for a change that is not approved. Without drawdowns: approved change costs that add up to more than `budget.contingency` (the contingency as planned) while the total was not raised to cover the excess. A raise is the difference between `budget.total` and `budget.baseline_total` (the total as first approved); with no baseline, the total counts as never raised. Keep `budget.contingency` at the amount planned: lowering it as it is spent would count each change twice.",
    why: 'Article 002: change control "ensures that additional costs are approved before they are incurred", and without it "projects drift in ways that nobody notices until the invoice arrives". Approving changes one by one past the contingency without re-baselining the budget is how that happens.',
    sources: [cite("tpm-guide", "Budget tracking and cost control"), cite("tpm-guide", "Change control")],
    howToFix: "When approved changes exceed the contingency, agree a new total with the sponsor: keep the original in `baseline_total` and raise `total`. Otherwise de-scope something.",
    failing: `people:
  - { id: alice }
budget:
  total: 50000
  contingency: 2000
changes:
  - { id: CR-1, status: approved, impact: { cost: 5000 }, approved: { by: alice, on: 2026-02-03 } }`,
    fixed: `people:
  - { id: alice }
budget:
  baseline_total: 50000
  total: 53000
  contingency: 2000
changes:
  - { id: CR-1, status: approved, impact: { cost: 5000 }, approved: { by: alice, on: 2026-02-03 } }`
  },
  check(ctx) {
    const budget = ctx.plan.budget;
    if (!budget || budget.total == null) return ctx.notApplicable("the plan has no budget total");
    const decided = ctx.model.decidedChanges.filter(({ item }) => (item.impact?.cost ?? 0) > 0);
    const cost = decided.reduce((s, { item }) => s + item.impact.cost, 0);
    const drawdowns = budget.drawdowns ?? [];
    if (cost === 0 && drawdowns.length === 0) return ctx.notApplicable("no approved change has a cost");
    const raised = budget.baseline_total != null ? budget.total - budget.baseline_total : 0;
    const status = new Map(ctx.model.changes.map(({ item }) => [item.id, item.status ?? "proposed"]));
    drawdowns.forEach((d, i) => {
      const st = status.get(d.change);
      if (st !== "approved" && st !== "implemented") {
        ctx.report({
          messageId: "undecidedDrawdown",
          path: ["budget", "drawdowns", i, "change"],
          data: { change: d.change, status: st }
        });
      }
    });
    if (drawdowns.length > 0) {
      const drawnFor = /* @__PURE__ */ new Map();
      for (const d of drawdowns) drawnFor.set(d.change, (drawnFor.get(d.change) ?? 0) + d.amount);
      const short = decided.map(({ item }) => ({
        id: item.id,
        gap: item.impact.cost - Math.min(item.impact.cost, drawnFor.get(item.id) ?? 0)
      })).filter((c) => c.gap > 0);
      const covered = cost - short.reduce((s, c) => s + c.gap, 0);
      const uncovered = cost - covered - Math.max(0, raised);
      if (uncovered > 0) {
        ctx.report({
          messageId: "unfunded",
          path: ["budget", "drawdowns"],
          data: {
            cost,
            covered,
            uncovered,
            raised: raised > 0 ? ` and the total was raised by ${money(raised)}` : "",
            changes: short.map((c) => c.id)
          }
        });
      }
      return;
    }
    const contingency = budget.contingency ?? 0;
    const excess = cost - contingency;
    if (excess > 0 && raised < excess) {
      ctx.report({
        messageId: "unreconciled",
        path: ["budget", "total"],
        data: {
          cost,
          excess,
          contingency,
          raise: raised > 0 ? `raised by only ${money(raised)}` : "never raised"
        }
      });
    }
  }
});

// src/rules/change-communicated.ts
var change_communicated_default = defineRule({
  id: "change-communicated",
  category: "change",
  severity: "low",
  description: "Approved and implemented changes record who they were communicated to.",
  fix: "List the people and vendors told about the change in communicated_to.",
  messages: {
    untold: "Change {{id}} is {{status}} but was not communicated to anyone (communicated_to is empty)."
  },
  options: object({}).strict(),
  needs: ["changes"],
  docs: {
    catches: "A change with status `approved` or `implemented` and an empty or missing `communicated_to`.",
    why: 'Article 002: every change must be "communicated to everyone affected". A change the cabling contractor never heard about is a change they will not build, or will build and invoice as extra.',
    sources: [cite("tpm-guide", "Change control")],
    howToFix: "Tell the people and vendors the change affects, and list their ids in `communicated_to`.",
    failing: `people:
  - { id: alice }
changes:
  - { id: CR-1, status: approved, approved: { by: alice, on: 2026-02-03 } }`,
    fixed: `people:
  - { id: alice }
  - { id: sam }
changes:
  - id: CR-1
    status: approved
    approved: { by: alice, on: 2026-02-03 }
    communicated_to: [sam]`
  },
  check(ctx) {
    const decided = (ctx.plan.changes ?? []).map((change, i) => ({ change, i })).filter(({ change }) => change.status === "approved" || change.status === "implemented");
    if (decided.length === 0) return ctx.notApplicable("no change is approved or implemented");
    for (const { change, i } of decided) {
      if (!change.communicated_to?.length)
        ctx.report({
          messageId: "untold",
          path: ["changes", i, "communicated_to"],
          data: { id: change.id, status: change.status }
        });
    }
  }
});

// src/rules/change-decision-stale.ts
var change_decision_stale_default = defineRule({
  id: "change-decision-stale",
  category: "change",
  severity: "low",
  description: "No change waits for a decision longer than maxDays.",
  fix: "Get a decision on the change from the sponsor: approve it or reject it.",
  messages: {
    stale: 'Change {{id}} ("{{title}}") has waited {{days}} days for a decision (raised {{raised}}).'
  },
  options: object({ maxDays: number().int().positive().default(14).describe("Calendar days a change may stay proposed.") }).strict(),
  needs: ["changes"],
  docs: {
    catches: "A change with `status: proposed` whose `raised_on` is more than the option `maxDays` (default 14) calendar days before the as-of date.",
    why: 'Article 002: "Decisions stall because nobody is sure who should make them." A change left undecided still shapes the work: the team either waits, or builds it anyway and the change log stops telling the truth.',
    sources: [cite("tpm-guide", "No single point of accountability")],
    howToFix: "Take the change to the sponsor and record the decision: `approved` with its approval, or `rejected`.",
    failing: `project:
  name: Move
  status_date: 2026-03-01
changes:
  - { id: CR-2, status: proposed, raised_on: 2026-02-01 }`,
    fixed: `project:
  name: Move
  status_date: 2026-03-01
changes:
  - { id: CR-2, status: proposed, raised_on: 2026-02-24 }`
  },
  check(ctx) {
    const proposed = (ctx.plan.changes ?? []).map((change, i) => ({ change, i })).filter(({ change }) => change.status === "proposed" && change.raised_on);
    if (proposed.length === 0) return ctx.notApplicable("no proposed change has a raised_on date");
    for (const { change, i } of proposed) {
      const days = calendarDaysBetween(change.raised_on, ctx.asOf);
      if (days > ctx.options.maxDays)
        ctx.report({
          messageId: "stale",
          path: ["changes", i, "raised_on"],
          data: { id: change.id, title: change.title ?? change.id, days, raised: change.raised_on }
        });
    }
  }
});

// src/rules/change-impact-assessed.ts
var change_impact_assessed_default = defineRule({
  id: "change-impact-assessed",
  category: "change",
  severity: "medium",
  description: "Every change that is not rejected has its cost or schedule impact recorded.",
  fix: "Record impact: { cost, days } for the change, even when it is zero.",
  messages: {
    unassessed: 'Change {{id}} ("{{title}}") has no cost or days impact recorded.'
  },
  options: object({}).strict(),
  needs: ["changes"],
  docs: {
    catches: "A change whose status is not `rejected` and which has neither `impact.cost` nor `impact.days`. Write 0 when the impact really is nil.",
    why: 'Article 002: every change must be "documented, assessed for impact, approved by the right person, and communicated"; "Each addition seems small, but collectively they push the timeline out by weeks and the budget up by thousands." An approval given without the impact on the table is not an informed decision.',
    sources: [cite("tpm-guide", "Change control"), cite("tpm-guide", "Scope creep disguised as improvement")],
    howToFix: "Estimate the change's cost and its effect on the schedule in working days, and record both in `impact`.",
    failing: `changes:
  - id: CR-3
    title: Add Intune
    status: proposed`,
    fixed: `changes:
  - id: CR-3
    title: Add Intune
    status: proposed
    impact: { cost: 4200, days: 6 }`
  },
  check(ctx) {
    const live = (ctx.plan.changes ?? []).map((change, i) => ({ change, i })).filter(({ change }) => change.status !== "rejected");
    if (live.length === 0) return ctx.notApplicable("the change log has no live changes");
    for (const { change, i } of live) {
      if (change.impact?.cost == null && change.impact?.days == null) {
        ctx.report({
          messageId: "unassessed",
          path: ["changes", i, "impact"],
          data: { id: change.id, title: change.title ?? change.id }
        });
      }
    }
  }
});

// src/rules/close-out.ts
var close_out_default = defineRule({
  id: "close-out",
  category: "governance",
  severity: "medium",
  description: "A closed project leaves nothing open: every change decided, every risk closed or handed over, all work done or dropped.",
  fix: "Decide or withdraw the change, close the risk or hand it over to its new owner, and complete or drop the task.",
  messages: {
    undecided: 'The project is closed, but change {{change}} ("{{title}}") is still proposed: nobody decided it.',
    openRisk: 'The project is closed, but risk {{risk}} ("{{title}}") is still open: close it or hand it over to whoever runs the service now.',
    unfinished: 'The project is closed, but task "{{task}}" is {{state}}: record it as complete, or as dropped with the reason.'
  },
  options: object({}).strict(),
  needs: ["project.phase"],
  docs: {
    catches: "Only on a plan whose `project.phase` is `closed`: a change still `proposed`, a risk still `open` (neither `closed`, `occurred` nor `handed-over`), or a task that is neither complete (`actual_finish`, or `progress: 1`) nor `status: dropped`.",
    why: 'A project that closes with loose ends hands its problems to whoever runs the service next without telling them. Article 002: a PM "maintains a risk register, assigns owners to each risk" and makes sure every change is "documented, assessed for impact, approved by the right person, and communicated to everyone affected" - a closure that leaves risks without an owner and changes without a decision undoes both.',
    sources: [cite("tpm-guide", "Risk identification and mitigation"), cite("tpm-guide", "Change control")],
    howToFix: "Before recording the project as closed, walk the change log, the risk register and the task list. Every change gets a decision (approved, rejected or implemented); every risk is closed or `handed-over` (say to whom in its mitigation); every task is complete or `status: dropped`.",
    failing: `project:
  name: Move
  phase: closed
risks:
  - { id: R-1, title: ISP lead time, status: open }`,
    fixed: `project:
  name: Move
  phase: closed
risks:
  - { id: R-1, title: ISP lead time, status: handed-over, mitigation: Service desk owns the ISP relationship now }`,
    context: "Applies only when `project.phase` is `closed` (the `closed` preset turns off the rules about progress, forecasts and reporting instead). A plan that says `closed` while work is still planned is reported by phase-contradicted, and gets no `closed` preset."
  },
  check(ctx) {
    if (ctx.plan.project.phase !== "closed") return ctx.notApplicable("the project is not closed");
    const tasks = [...ctx.model.items.values()].filter((i) => i.task);
    if (ctx.model.changes.length + ctx.model.risks.length + tasks.length === 0)
      return ctx.notApplicable("the plan has no tasks, changes or risks to close out");
    for (const { item: change, path } of ctx.model.changes) {
      if (change.status === "proposed")
        ctx.report({
          messageId: "undecided",
          path: [...path, "status"],
          data: { change: change.id, title: change.title ?? change.id }
        });
    }
    for (const { item: risk, path } of ctx.model.openRisks) {
      ctx.report({
        messageId: "openRisk",
        path: [...path, risk.status ? "status" : "id"],
        data: { risk: risk.id, title: risk.title ?? risk.id }
      });
    }
    for (const item of tasks) {
      const t = item.task;
      if (isFinished(item)) continue;
      const state = t.actual_start || (t.progress ?? 0) > 0 ? `${Math.round((t.progress ?? 0) * 100)}% done` : "not started";
      ctx.report({
        messageId: "unfinished",
        path: [...item.path, t.progress != null ? "progress" : "id"],
        data: { task: item.name, state }
      });
    }
  }
});

// src/rules/comms-plan.ts
var comms_plan_default = defineRule({
  id: "comms-plan",
  category: "communication",
  severity: "medium",
  description: "The plan says how often updates go out and to whom.",
  fix: "Set communication.cadence and communication.audience.",
  messages: {
    noCadence: "The communication plan has no cadence: nobody has agreed how often updates are sent.",
    noAudience: "The communication plan has no audience: nobody has agreed who receives updates."
  },
  options: object({}).strict(),
  needs: ["communication"],
  docs: {
    catches: "A plan with no `communication.cadence`, and one with no `communication.audience`: each is a finding.",
    why: `Article 004, from the client's side: "be clear how you want to be updated", and agree how often. Article 002: honest, regular reporting is how "problems surface early enough to do something about them".`,
    sources: [
      cite("pm-six-ways", "4. Be clear how you want to be updated"),
      cite("tpm-guide", "Poor communication between technical and non-technical stakeholders")
    ],
    howToFix: "Agree with the sponsor how often updates are sent and who receives them, and record both.",
    failing: `communication:
  channel: email`,
    fixed: `people: [{ id: alice, role: sponsor }]
communication:
  channel: email
  cadence: weekly
  audience: [alice]`
  },
  check(ctx) {
    const c = ctx.plan.communication;
    if (!c?.cadence) ctx.report({ messageId: "noCadence", path: ["communication", "cadence"] });
    if (!c?.audience?.length) ctx.report({ messageId: "noAudience", path: ["communication", "audience"] });
  }
});

// src/rules/contingency.ts
var contingency_default = defineRule({
  id: "contingency",
  category: "budget",
  severity: "medium",
  description: "The budget holds a contingency of at least a minimum share of the total.",
  fix: "Set budget.contingency to at least the minimum share, sized against the risk register.",
  messages: {
    none: "The budget has no contingency.",
    small: "The contingency of {{amount:money}} is {{share:percent1}} of the budget, below the minimum {{min:percent1}}.",
    overdrawn: "The contingency of {{amount:money}} has had {{drawn:money}} drawn from it ({{changes:list}}): {{over:money}} more than it held."
  },
  options: object({
    minShare: number().min(0).max(1).default(0.05).describe("Minimum contingency as a share of the budget total.")
  }).strict(),
  needs: ["budget"],
  docs: {
    catches: "A budget with no `contingency` (and no line of `category: contingency`), or one below the option `minShare` (default 5%) of `budget.total`; and a contingency whose recorded `drawdowns` add up to more than it held. `budget.contingency` is the contingency as planned: draws on it are recorded in `drawdowns`, each linked to its change, rather than by lowering the figure.",
    why: 'Article 002: "70% of IT projects exceed their original budget without formal project management." Every project has risks; a budget with no contingency has already decided that none of them will happen.',
    sources: [
      cite(
        "tpm-guide",
        "Budget tracking and cost control, and its figure: 70% of IT projects exceed their original budget"
      )
    ],
    howToFix: "Hold a contingency sized against the risks in the register, typically 5% to 10% of the total, released by the sponsor through change control.",
    failing: `budget:
  total: 64000
  contingency: 1000`,
    fixed: `budget:
  total: 64000
  contingency: 4000`,
    context: "On an agile project (methodology agile, scrum or kanban), Could-have scope recorded in `scope.moscow.could` is a contingency: the team drops it before the date or the budget moves. It satisfies the rule, unless `could_share` says it is below the minimum share."
  },
  check(ctx) {
    const p = ctx.plan;
    const b = p.budget;
    const moscow = p.scope?.moscow;
    const scopeHeld = AGILE_METHODOLOGIES.has(p.project.methodology ?? "") && (moscow?.could?.length ?? 0) > 0 && (moscow?.could_share == null || moscow.could_share >= ctx.options.minShare);
    if (b?.total == null) {
      if (scopeHeld) return;
      return ctx.notApplicable("the budget has no total");
    }
    const amount = (b.contingency ?? 0) + (b.lines ?? []).filter((l) => l.category === "contingency").reduce((s, l) => s + (l.planned ?? 0), 0);
    const drawdowns = b.drawdowns ?? [];
    const drawn = drawdowns.reduce((s, d) => s + d.amount, 0);
    if (drawn > amount) {
      ctx.report({
        messageId: "overdrawn",
        path: ["budget", "drawdowns"],
        data: { amount, drawn, over: drawn - amount, changes: [...new Set(drawdowns.map((d) => d.change))] }
      });
    }
    if (scopeHeld) return;
    if (amount === 0) return ctx.report({ messageId: "none", path: ["budget", "contingency"] });
    if (b.total > 0 && amount / b.total < ctx.options.minShare) {
      ctx.report({
        messageId: "small",
        path: ["budget", b.contingency != null ? "contingency" : "lines"],
        data: { amount, share: amount / b.total, min: ctx.options.minShare }
      });
    }
  }
});

// src/rules/cost-performance.ts
var cost_performance_default = defineRule({
  id: "cost-performance",
  category: "budget",
  severity: "high",
  description: "The cost performance index (CPI = earned value / actual cost) is at least min.",
  fix: "Find where the money is going faster than the work, and re-forecast the budget with the sponsor.",
  messages: {
    low: "CPI is {{cpiShown}}: {{ev:money}} of work earned for {{ac:money}} spent (below {{min}}); {{forecast}}. {{gap}}"
  },
  options: object({
    min: number().positive().default(0.9).describe("Lowest acceptable CPI (0.95 is amber, 0.90 red in common practice).")
  }).strict(),
  needs: ["budget"],
  docs: {
    catches: "Earned value management. Planned cost sits on the work it pays for: the `cost` of tasks, deliveries (earned on arrival) and payment milestones (earned when done) when the plan gives them; otherwise each budget line goes to its vendor's one delivery, or is spread over its vendor's tasks (or, with no vendor, the tasks no vendor does) by working days. A vendor line with several deliveries and no costs on them is not split evenly - that would be a guess - and is left out, as are contingency and anything marked `pass_through`. EV is progress \xD7 planned cost; AC is the actual spend on the lines counted. The rule fires when CPI = EV / AC is below the option `min` (default 0.9); the message names the lines furthest behind, and gives an estimate at completion only once a fifth of the work is done.",
    why: 'Article 002: a PM "tracks spend against budget in real time, flags variances early". A CPI below 1 means each pound buys less than a pound of planned work; below 0.9 the overrun is usually too large to recover without a change in scope or budget.',
    sources: [cite("evm", "cost performance index (CPI)"), cite("tpm-guide", "Budget tracking and cost control")],
    howToFix: "Compare line actuals with the progress of the work they pay for, find the overspend, and agree a re-forecast (estimate at completion) with the sponsor.",
    failing: `project:
  name: Move
  status_date: 2026-02-13
budget:
  lines: [{ id: labour, planned: 10000, actual: 8000 }]
tasks:
  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 0.5 }`,
    fixed: `project:
  name: Move
  status_date: 2026-02-13
budget:
  lines: [{ id: labour, planned: 10000, actual: 5000 }]
tasks:
  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 0.5 }`
  },
  check(ctx) {
    const evm = ctx.model.earnedValue;
    if (!evm) return ctx.notApplicable(noEarnedValue(ctx.model.plan.budget?.lines?.length ?? 0));
    if (evm.ac <= 0)
      return ctx.notApplicable("no planned costs and actual spend to compare: nothing has been spent yet");
    if (evm.ev <= 0 && evm.pv <= 0) return ctx.notApplicable("no work is planned or done yet");
    const cpi = evm.ev / evm.ac;
    if (cpi >= ctx.options.min) return;
    const share = evm.ev / evm.bac;
    const forecast = share >= 0.2 ? `at this rate the budget of ${money(evm.bac)} becomes ${money(evm.bac / Math.max(cpi, 0.01))}` : `only ${percent(share)} of the work (${money(evm.bac)}) is done, too little to forecast the final cost`;
    const worst = evm.groups.filter((g) => g.ac > g.ev).sort((a, b) => b.ac - b.ev - (a.ac - a.ev)).slice(0, 3).map((g) => `${g.label} (${money(g.ac)} spent on ${listOf(g.lines)}, ${money(g.ev)} earned)`);
    const gap = [
      worst.length > 0 ? `Most of the gap: ${listOf(worst)}.` : "",
      evm.unplaced.length > 0 ? `Not counted: ${listOf(
        [...new Set(evm.unplaced.map((u) => u.reason))].map(
          (reason) => `${listOf(evm.unplaced.filter((u) => u.reason === reason).map((u) => u.line))}, as ${reason}`
        ),
        { separator: ";" }
      )}.` : ""
    ].filter(Boolean).join(" ");
    ctx.report({
      messageId: "low",
      path: ["budget"],
      data: {
        cpi: Math.round(cpi * 1e3) / 1e3,
        cpiShown: indexAgainst(cpi, ctx.options.min),
        ev: Math.round(evm.ev),
        ac: evm.ac,
        min: ctx.options.min,
        bac: evm.bac,
        forecast,
        gap: gap || `Basis: ${evm.basis}.`
      }
    });
  }
});
function noEarnedValue(lines) {
  return lines === 0 ? "the plan has no budget lines or costs on its work" : "no planned cost can be put on the work without guessing (give deliveries, tasks or payment milestones a cost)";
}

// src/rules/dcma/baselined.ts
function baselined(model) {
  const work = model.dcma.work;
  if (!work.some((item) => item.task?.baseline_finish))
    return { none: "no task has a baseline finish (baseline_finish), so there is no baseline to execute against" };
  const due = work.filter((item) => {
    const finish = item.task.baseline_finish;
    return finish !== void 0 && finish !== null && finish <= model.asOf;
  });
  if (due.length === 0) return { none: `no task was baselined to finish by ${model.asOf}` };
  return { due };
}

// src/rules/dcma/shared.ts
var DCMA_CONTEXT = "Runs under the dcma preset only: `extends: dcma` in .pmcheck.yaml, or automatically for a plan read from an MS Project or P6 file (or a sidecar of one). Under that preset missing-logic, long-task, overdue-task and deadline-at-risk are off: dcma-logic, dcma-high-duration, dcma-invalid-dates and dcma-cpli report the same facts with the assessment's own population and thresholds.";
var showOption = number().int().min(0).default(5).describe("How many offending tasks the message names; the rest are counted.");
var shareOption = (value, what) => number().min(0).max(1).default(value).describe(what);
function named(offenders, show2) {
  const shown = offenders.slice(0, show2);
  const rest = offenders.length - shown.length;
  const words2 = shown.map(({ item, note }) => `"${item.name}" (${item.id}${note ? `, ${note}` : ""})`);
  return {
    names: listOf(rest > 0 ? [...words2, `${rest} more`] : words2),
    first: shown.map(({ item }) => item.id),
    rest
  };
}
function working(pop, asOf, base = "unfinished") {
  const left = [
    base === "unfinished" && pop.completed > 0 ? `${pop.completed} complete` : "",
    pop.levelOfEffort > 0 ? `${pop.levelOfEffort} level of effort` : "",
    pop.dropped > 0 ? `${pop.dropped} dropped` : ""
  ].filter(Boolean);
  const n = base === "unfinished" ? pop.tasks.length : pop.work.length;
  return {
    working: `${count(n, base === "unfinished" ? "unfinished task" : "task")} as of ${asOf} (${pop.inPlan} in the plan${left.length > 0 ? `, less ${listOf(left)}` : ""}; milestones and summary tasks are not counted)`,
    inPlan: pop.inPlan,
    completed: pop.completed,
    levelOfEffort: pop.levelOfEffort,
    dropped: pop.dropped,
    milestones: pop.milestones
  };
}
function ratio(offenders, total) {
  return { count: offenders, total, share: total === 0 ? 0 : offenders / total };
}
var writtenLag = (edge) => edge.written?.lag ?? edge.lag;
function linkOffender(edge, succ) {
  const lag = writtenLag(edge);
  const days = Math.abs(lag) === 1 ? "day" : "days";
  const unit = edge.written?.unit === "percent" ? "%" : edge.written ? ` elapsed ${days}` : ` ${days}`;
  return {
    item: succ,
    note: `${edge.type}${lag === 0 ? "" : ` ${lag > 0 ? "+" : ""}${lag}${unit}`} after ${edge.from}`
  };
}

// src/rules/dcma-bei.ts
var dcma_bei_default = defineRule({
  id: "dcma-bei",
  category: "schedule",
  severity: "medium",
  optIn: "dcma",
  description: "DCMA check 14: tasks completed are at least 0.95 of those baselined to finish by now.",
  fix: "Close out what is done (actual finishes) and recover the named tasks, or re-baseline through change control.",
  messages: {
    low: "DCMA check 14 (baseline execution index): {{done}} tasks are complete against {{due}} baselined to finish by {{asOf}}, an index of {{bei}} ({{done}} / {{due}}), below {{min}}. Baselined but not done: {{names}}. Counted from {{working}}."
  },
  options: object({
    minIndex: number().min(0).max(1).default(0.95).describe("Lowest baseline execution index allowed (PAM 200.1: 0.95)."),
    show: showOption
  }).strict(),
  docs: {
    catches: "The baseline execution index: the tasks complete by the as-of date (every one, whenever its baseline finish), divided by the tasks whose `baseline_finish` is on or before it. Tasks that are level of effort or dropped are left out, as are milestones. Below `minIndex` (0.95), one finding gives both counts, the index, the threshold and the first `show` tasks baselined but not done. Not applicable without baseline dates.",
    why: "The index says how much of the work the baseline planned by now has really been done: 0.8 means a fifth of it is behind, however green the forecast looks. DCMA-EA PAM 200.1 (check 14) wants 0.95 or more.",
    sources: [cite("dcma-14", "check 14 (baseline execution index)"), cite("evm")],
    howToFix: "Record what is finished; plan the recovery of what is not and report it. If the baseline no longer means anything, re-baseline through change control.",
    failing: `project:
  name: Move
  status_date: 2026-07-13
tasks:
  - { id: racks, start: 2026-07-01, finish: 2026-07-03, baseline_start: 2026-07-01, baseline_finish: 2026-07-03, actual_start: 2026-07-01, actual_finish: 2026-07-03 }
  - { id: cabling, start: 2026-07-06, finish: 2026-07-10, baseline_start: 2026-07-06, baseline_finish: 2026-07-10, actual_start: 2026-07-06, progress: 0.5 }`,
    fixed: `project:
  name: Move
  status_date: 2026-07-13
tasks:
  - { id: racks, start: 2026-07-01, finish: 2026-07-03, baseline_start: 2026-07-01, baseline_finish: 2026-07-03, actual_start: 2026-07-01, actual_finish: 2026-07-03 }
  - { id: cabling, start: 2026-07-06, finish: 2026-07-10, baseline_start: 2026-07-06, baseline_finish: 2026-07-10, actual_start: 2026-07-06, actual_finish: 2026-07-10 }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const base = baselined(ctx.model);
    if ("none" in base) return ctx.notApplicable(base.none);
    const pop = ctx.model.dcma;
    const done = pop.work.filter((item) => isComplete(item, ctx.asOf)).length;
    const due = base.due.length;
    const index = done / due;
    if (index >= ctx.options.minIndex) return;
    const late = base.due.filter((item) => !isComplete(item, ctx.asOf)).map((item) => ({ item }));
    ctx.report({
      messageId: "low",
      path: ["tasks"],
      data: {
        done,
        due,
        index,
        bei: indexAgainst(index, ctx.options.minIndex),
        min: ctx.options.minIndex,
        asOf: ctx.asOf,
        ...named(late, ctx.options.show),
        ...working(pop, ctx.asOf, "all")
      }
    });
  }
});

// src/rules/dcma-cpli.ts
var dcma_cpli_default = defineRule({
  id: "dcma-cpli",
  category: "schedule",
  severity: "high",
  optIn: "dcma",
  description: "DCMA check 13: the critical path length index is at least 0.95.",
  fix: "Shorten the critical chain named in the message, or agree a new date through change control.",
  messages: {
    low: "DCMA check 13 (CPLI): the critical path length index is {{cpli}}, below {{min}}: {{cpl}} working days from {{asOf}} to the forecast finish {{finish}}, and {{float}} working days of float to {{target}} ({{targetIs}}), so ({{cpl}} {{plusFloat}}) / {{cpl}}. Critical chain: {{chain}}."
  },
  options: object({
    minIndex: number().min(0).default(0.95).describe("Lowest critical path length index allowed (PAM 200.1: 0.95).")
  }).strict(),
  docs: {
    catches: "The critical path length index: (CPL + TF) / CPL, where CPL is the working days from the as-of date to the forecast finish (pmcheck's forward pass) and TF the float of that finish against the target: `project.deadline`, else the latest baseline finish (`baseline_finish`, or a milestone's `due`). Both are counted on the calendar of the item that finishes last. Below `minIndex` (0.95), one finding gives the index, its arithmetic and the critical chain. Not applicable without a deadline or a baseline, or when the forecast finish is not after the as-of date.",
    why: "The index says how efficiently the rest of the critical path must be worked to finish on time: 0.9 means a tenth faster than planned, which rarely happens. DCMA-EA PAM 200.1 (check 13) wants 0.95 or more. Under the dcma preset it takes over from deadline-at-risk, which reports the same late finish as a date; the message names the same critical chain.",
    sources: [
      cite("dcma-14", "check 13 (critical path length index)"),
      cite("tpm-guide", "Timeline and milestone management")
    ],
    howToFix: "Work on the chain in the message: bring a delivery forward, add a crew, overlap what can safely overlap. If none of that is possible, agree a new deadline with the sponsor through change control.",
    failing: `project:
  name: Move
  status_date: 2026-06-29
  deadline: 2026-07-10
tasks:
  - { id: build, start: 2026-07-01, duration: 10d }`,
    fixed: `project:
  name: Move
  status_date: 2026-06-29
  deadline: 2026-07-17
tasks:
  - { id: build, start: 2026-07-01, duration: 10d }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const { model } = ctx;
    const { finish, criticalChain, loops } = model.forecast;
    if (loops)
      return ctx.notApplicable(
        "the dependencies contain a loop, so no finish can be forecast (dependency-cycle reports it)"
      );
    if (!finish) return ctx.notApplicable("no item has enough dates to schedule");
    const deadline = ctx.plan.project.deadline ?? void 0;
    let target = deadline;
    if (!target) {
      for (const item of model.items.values()) {
        const b = item.task?.baseline_finish ?? item.milestone?.due ?? void 0;
        if (b && (!target || b > target)) target = b;
      }
    }
    if (!target)
      return ctx.notApplicable("no project.deadline and no baseline finish to measure the critical path against");
    const cal = model.items.get(finish.id).calendar;
    const cpl = cal.workingDaysAfter(ctx.asOf, finish.date);
    if (cpl <= 0) return ctx.notApplicable(`the forecast finish, ${finish.date}, is not after the as-of date`);
    const float = cal.workingDaysAfter(finish.date, target);
    const index = (cpl + float) / cpl;
    if (index >= ctx.options.minIndex) return;
    ctx.report({
      messageId: "low",
      path: deadline ? ["project", "deadline"] : ["tasks"],
      data: {
        cpli: indexAgainst(index, ctx.options.minIndex),
        index,
        min: ctx.options.minIndex,
        cpl,
        float,
        plusFloat: float < 0 ? `\u2212 ${-float}` : `+ ${float}`,
        asOf: ctx.asOf,
        finish: finish.date,
        target,
        targetIs: deadline ? "the deadline" : "the latest baseline finish",
        chain: chainOf(criticalChain.map((id) => `"${model.items.get(id)?.name ?? id}"`))
      }
    });
  }
});

// src/rules/dcma-critical-path-test.ts
var dcma_critical_path_test_default = defineRule({
  id: "dcma-critical-path-test",
  category: "schedule",
  severity: "high",
  optIn: "dcma",
  description: "DCMA check 12: a delay on the critical path moves the forecast finish by as much.",
  fix: "Mend the path after the named task: link its finish to what waits for it, and let the logic, not fixed dates, place the work.",
  messages: {
    broken: 'DCMA check 12 (critical path test): {{delay}} working days added to "{{task}}" ({{id}}), the first unfinished task on the critical path, move the forecast finish {{slip}} working days (from {{before}} to {{after}}), not {{delay}}: the path from it to the finish is broken. Critical path: {{path}}.'
  },
  options: object({
    delayDays: number().int().min(1).default(600).describe(
      "Working days added to the critical task (the PAM suggests an unrealistically large delay, such as 600)."
    )
  }).strict(),
  docs: {
    catches: "Adds `delayDays` (600) working days to the first unfinished task on pmcheck's critical path and runs the forward pass again. An unbroken path carries the whole delay to the forecast finish; when the finish moves less (a start-to-start link out of the task, a successor held by its own dates), one finding gives the delay, the task, the slip and both finish dates, and names the path.",
    why: "The critical path is only worth watching if it is a chain of logic: if a delay on it does not reach the finish, the finish date is held up by something other than the work. DCMA-EA PAM 200.1 (check 12) tests exactly this. pmcheck's critical path is its own (the least-float chain back from the finish); where the file marks other tasks critical, float-mismatch says so.",
    sources: [cite("dcma-14", "check 12 (critical path test)")],
    howToFix: "Follow the path after the named task: a start-to-start link out of it lets its successors start however long it runs; link its finish to them too. Give work that is held by a fixed date a predecessor instead.",
    failing: `tasks:
  - { id: configure, start: 2026-07-01, duration: 5d }
  - { id: test, duration: 10d, depends_on: [{ id: configure, type: SS, lag: 2d }] }`,
    fixed: `tasks:
  - { id: configure, start: 2026-07-01, duration: 5d }
  - { id: test, duration: 10d, depends_on: [configure] }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const { model } = ctx;
    if (model.forecast.loops)
      return ctx.notApplicable(
        "the dependencies contain a loop, so there is no critical path (dependency-cycle reports it)"
      );
    const test = model.criticalPathTest(ctx.options.delayDays);
    if (!test) return ctx.notApplicable("no unfinished task is on the critical path");
    if (test.slip >= test.delay) return;
    ctx.report({
      messageId: "broken",
      path: ["tasks"],
      data: {
        delay: test.delay,
        task: test.task.name,
        id: test.task.id,
        slip: test.slip,
        before: test.before,
        after: test.after,
        path: chainOf(model.forecast.criticalPath.map((id) => `"${model.items.get(id)?.name ?? id}"`))
      }
    });
  }
});

// src/rules/dcma-hard-constraints.ts
var dcma_hard_constraints_default = defineRule({
  id: "dcma-hard-constraints",
  category: "schedule",
  severity: "medium",
  optIn: "dcma",
  description: "DCMA check 5: at most 5% of unfinished tasks have a hard date constraint.",
  fix: "Let the logic set the date: remove the constraint, and put a fixed date on a milestone as its deadline.",
  messages: {
    hard: "DCMA check 5 (hard constraints): {{count}} of {{total}} tasks ({{share:percent1}}) have a hard constraint, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}."
  },
  options: object({
    maxShare: shareOption(
      0.05,
      "Largest share of the tasks counted that may have a hard constraint (PAM 200.1: 5%)."
    ),
    show: showOption
  }).strict(),
  docs: {
    catches: "Counts the unfinished tasks (not level of effort, not dropped) whose `constraint` holds a date the logic cannot move past: must-start-on, must-finish-on, start-no-later-than and finish-no-later-than (the PAM's hard constraints), and P6's start-on and finish-on, which fix the late date the same way. Start- and finish-no-earlier-than only hold work back and are not counted. One finding gives the count, the total, the share, the threshold and the first `show` tasks with their constraint.",
    why: "A hard constraint pins a date whatever happens before it: when a predecessor slips, the constrained task does not move and the slip disappears from the forecast, or shows only as negative float. DCMA-EA PAM 200.1 (check 5) allows them on at most 5% of tasks.",
    sources: [cite("dcma-14", "check 5 (hard constraints)")],
    howToFix: "Remove the constraint and link the task to what really drives it. A date the customer needs is a milestone `deadline` (or `project.deadline`): it shows the risk as negative float without hiding the slip.",
    failing: `tasks:
  - { id: cutover, start: 2026-07-04, duration: 1d, constraint: { type: must-start-on, date: 2026-07-04 } }`,
    fixed: `milestones:
  - { id: live, due: 2026-07-06, deadline: 2026-07-06, depends_on: [cutover] }
tasks:
  - { id: cutover, start: 2026-07-04, duration: 1d }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable("no unfinished tasks to count");
    const offenders = pop.tasks.flatMap((item) => {
      const c = item.task?.constraint;
      return c && HARD_CONSTRAINTS.has(c.type) ? [{ item, note: `${c.type}${c.date ? ` ${c.date}` : ""}` }] : [];
    });
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: "hard",
      path: ["tasks"],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) }
    });
  }
});

// src/rules/dcma-high-duration.ts
function durationOf(item) {
  const t = item.task;
  if (t.baseline_start && t.baseline_finish)
    return { days: item.calendar.workingDaysBetween(t.baseline_start, t.baseline_finish), baseline: true };
  if (t.duration != null) return { days: t.duration, baseline: false };
  if (item.start && item.finish)
    return { days: item.calendar.workingDaysBetween(item.start, item.finish), baseline: false };
  return void 0;
}
var dcma_high_duration_default = defineRule({
  id: "dcma-high-duration",
  category: "schedule",
  severity: "low",
  optIn: "dcma",
  description: "DCMA check 8: at most 5% of unfinished tasks run longer than 44 working days.",
  fix: "Break each named task into pieces of a few weeks, each with its own finish that progress can be measured against.",
  messages: {
    long: "DCMA check 8 (high duration): {{count}} of {{total}} tasks ({{share:percent1}}) run more than {{days}} working days, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}; durations are the baseline's for {{fromBaseline}} of them, else as planned."
  },
  options: object({
    maxDays: number().int().min(1).default(44).describe("Longest task in working days (PAM 200.1: 44, two months)."),
    maxShare: shareOption(0.05, "Largest share of the tasks counted that may run longer (PAM 200.1: 5%)."),
    show: showOption
  }).strict(),
  docs: {
    catches: "Counts the unfinished tasks (not level of effort, not dropped) whose duration is more than `maxDays` (44) working days: the baseline's (`baseline_start` to `baseline_finish`), as the PAM asks, else the `duration` written (for an imported schedule, the one the tool shows), else the span of its dates, on the task's own calendar. When they are more than `maxShare` (5%) of the tasks counted, one finding gives the count, the total, the share, the thresholds and the first `show` tasks with their durations.",
    why: 'Progress on a two-month block cannot be measured until it is late. DCMA-EA PAM 200.1 (check 8) allows such tasks at most 5% of the time. Article 002: breaking work "into phases with clear deliverables, review points" is what "makes progress visible".',
    sources: [cite("dcma-14", "check 8 (high duration)"), cite("tpm-guide", "Timeline and milestone management")],
    howToFix: "Split the work into parts that each finish within a few weeks and can be checked off.",
    failing: `tasks:
  - { id: migrate-all, start: 2026-07-01, finish: 2026-10-30 }`,
    fixed: `tasks:
  - { id: migrate-finance, start: 2026-07-01, finish: 2026-08-14 }
  - { id: migrate-sales, start: 2026-08-17, finish: 2026-09-25, depends_on: [migrate-finance] }
  - { id: migrate-rest, start: 2026-09-28, finish: 2026-10-30, depends_on: [migrate-sales] }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable("no unfinished tasks to count");
    let fromBaseline = 0;
    const offenders = pop.tasks.flatMap((item) => {
      const d = durationOf(item);
      if (d?.baseline) fromBaseline++;
      return d && d.days > ctx.options.maxDays ? [{ item, note: `${d.days} days${d.baseline ? " in the baseline" : ""}` }] : [];
    });
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: "long",
      path: ["tasks"],
      data: {
        ...r,
        days: ctx.options.maxDays,
        max: ctx.options.maxShare,
        fromBaseline,
        ...named(offenders, ctx.options.show),
        ...working(pop, ctx.asOf)
      }
    });
  }
});

// src/rules/dcma-high-float.ts
var dcma_high_float_default = defineRule({
  id: "dcma-high-float",
  category: "schedule",
  severity: "medium",
  optIn: "dcma",
  description: "DCMA check 6: at most 5% of unfinished tasks have more than 44 working days of total float.",
  fix: "Find the missing successor that float hides: link the task to the work that really needs it.",
  messages: {
    highFloat: "DCMA check 6 (high float): {{count}} of {{total}} tasks ({{share:percent1}}) have more than {{days}} working days of total float, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}."
  },
  options: object({
    maxDays: number().int().min(0).default(44).describe("Most working days of total float a task may have (PAM 200.1: 44, two months)."),
    maxShare: shareOption(0.05, "Largest share of the tasks counted that may have more float (PAM 200.1: 5%)."),
    show: showOption
  }).strict(),
  docs: {
    catches: "Counts the unfinished tasks (not level of effort, not dropped) whose total float is more than `maxDays` (44) working days. Float is pmcheck's own: the backward pass, from the forecast finish (or `project.deadline` when it is earlier), in working days of each task's own calendar. When they are more than `maxShare` (5%) of the tasks counted, one finding gives the count, the total, the share, the thresholds and the first `show` tasks with their float.",
    why: "Two months of float nearly always means a missing successor: the work drives nothing, so its slip would never show. DCMA-EA PAM 200.1 (check 6) allows it on at most 5% of tasks.",
    sources: [cite("dcma-14", "check 6 (high float)")],
    howToFix: "Ask what waits for the task and link it there. If nothing does, it may not belong in this project, or it is level of effort (`level_of_effort: true`), which the checks leave out.",
    failing: `milestones:
  - { id: live, due: 2026-10-30, depends_on: [migrate] }
tasks:
  - { id: migrate, start: 2026-07-01, finish: 2026-10-30 }
  - { id: docs, start: 2026-07-01, duration: 5d, depends_on: [] }
  - { id: train, duration: 5d, depends_on: [docs] }`,
    fixed: `milestones:
  - { id: live, due: 2026-10-30, depends_on: [migrate, train] }
tasks:
  - { id: migrate, start: 2026-07-01, finish: 2026-10-30 }
  - { id: docs, start: 2026-09-21, duration: 5d }
  - { id: train, duration: 5d, depends_on: [docs] }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable("no unfinished tasks to count");
    const { dates } = ctx.model.forecast;
    const offenders = pop.tasks.flatMap((item) => {
      const float = dates.get(item.id)?.totalFloat;
      return float !== void 0 && float > ctx.options.maxDays ? [{ item, note: `${float} days of float` }] : [];
    });
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: "highFloat",
      path: ["tasks"],
      data: {
        ...r,
        days: ctx.options.maxDays,
        max: ctx.options.maxShare,
        ...named(offenders, ctx.options.show),
        ...working(pop, ctx.asOf)
      }
    });
  }
});

// src/rules/dcma-invalid-dates.ts
var dcma_invalid_dates_default = defineRule({
  id: "dcma-invalid-dates",
  category: "schedule",
  severity: "high",
  optIn: "dcma",
  description: "DCMA check 9: no task has a forecast date before the as-of date or an actual date after it.",
  fix: "Status the schedule: record what really started and finished, and move what has not to dates after the as-of date.",
  messages: {
    invalid: "DCMA check 9 (invalid dates): {{count}} of {{total}} tasks ({{share:percent1}}) have a forecast date before {{asOf}} or an actual date after it, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}."
  },
  options: object({
    maxShare: shareOption(0, "Largest share of the tasks counted that may have invalid dates (PAM 200.1: none)."),
    show: showOption
  }).strict(),
  docs: {
    catches: "Counts the tasks that are not level of effort or dropped, complete or not, with a date that cannot be true as of the as-of date (`project.status_date`, or --as-of): a planned start before it with no `actual_start`, a planned finish before it with the work not done, or an `actual_start` or `actual_finish` after it. One finding gives the count, the total, the share, the threshold (none) and the first `show` tasks with what is wrong.",
    why: "A forecast in the past or an actual in the future means the schedule was not statused: its forecast finish and its float are computed from dates that are already wrong. DCMA-EA PAM 200.1 (check 9) allows none. Under the dcma preset it takes over from overdue-task, which reports the same past finishes one by one.",
    sources: [cite("dcma-14", "check 9 (invalid dates)"), cite("tpm-guide", "Timeline and milestone management")],
    howToFix: "Record `actual_start`, `actual_finish` and `progress` for what has happened, and re-plan what has not to start or finish after the as-of date.",
    failing: `project:
  name: Move
  status_date: 2026-07-06
tasks:
  - { id: racks, start: 2026-06-29, finish: 2026-07-03 }`,
    fixed: `project:
  name: Move
  status_date: 2026-07-06
tasks:
  - { id: racks, start: 2026-06-29, finish: 2026-07-03, actual_start: 2026-06-29, actual_finish: 2026-07-03 }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.work.length === 0) return ctx.notApplicable("no tasks to count");
    const asOf = ctx.asOf;
    const offenders = [];
    for (const item of pop.work) {
      const t = item.task;
      const done = (t.progress ?? 0) >= 1;
      const why = t.actual_start && t.actual_start > asOf ? `actual start ${t.actual_start}` : t.actual_finish && t.actual_finish > asOf ? `actual finish ${t.actual_finish}` : !t.actual_start && !done && item.start && item.start < asOf ? `starts ${item.start}, not started` : !t.actual_finish && !done && item.finish && item.finish < asOf ? `finishes ${item.finish}, not done` : void 0;
      if (why) offenders.push({ item, note: why });
    }
    const r = ratio(offenders.length, pop.work.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: "invalid",
      path: ["tasks"],
      data: {
        ...r,
        asOf,
        max: ctx.options.maxShare,
        ...named(offenders, ctx.options.show),
        ...working(pop, asOf, "all")
      }
    });
  }
});

// src/rules/dcma-lags.ts
var dcma_lags_default = defineRule({
  id: "dcma-lags",
  category: "schedule",
  severity: "low",
  optIn: "dcma",
  description: "DCMA check 3: at most 5% of dependencies have a lag.",
  fix: "Replace the lag with a task or milestone that says what the wait is (a delivery, a notice period), so it can be statused.",
  messages: {
    lags: "DCMA check 3 (lags): {{count}} of {{total}} dependencies ({{share:percent1}}) have a lag, more than the {{max:percent}} allowed: {{names}}. Counted: the dependencies into {{working}}."
  },
  options: object({
    maxShare: shareOption(0.05, "Largest share of the dependencies counted that may have a lag (PAM 200.1: 5%)."),
    show: showOption
  }).strict(),
  docs: {
    catches: "Counts the dependencies into the unfinished tasks (not level of effort, not dropped) with a positive lag, in working days, elapsed days or percent. When they are more than `maxShare` (5%) of those dependencies, one finding gives the count, the total, the share, the threshold and the first `show` by their successor.",
    why: "A lag is waiting that no one owns and no status update can change: three days after a delivery is usually a delivery that may slip, hidden in a link. DCMA-EA PAM 200.1 (check 3) allows lags on at most 5% of dependencies.",
    sources: [cite("dcma-14", "check 3 (lags)")],
    howToFix: 'Model the wait as work with an owner (a "Burn-in" task, a delivery with its due date), or remove lags that only push dates to where someone wanted them.',
    failing: `tasks:
  - { id: order, start: 2026-07-01, duration: 2d }
  - { id: install, duration: 3d, depends_on: [{ id: order, lag: 10d }] }`,
    fixed: `vendors:
  - { id: acme, deliveries: [{ id: kit, due: 2026-07-16 }] }
tasks:
  - { id: order, start: 2026-07-01, duration: 2d }
  - { id: install, duration: 3d, depends_on: [order, kit] }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.relationships.length === 0) return ctx.notApplicable("no dependencies into the unfinished tasks");
    const offenders = pop.relationships.filter((e) => writtenLag(e) > 0).map((e) => linkOffender(e, ctx.model.items.get(e.to)));
    const r = ratio(offenders.length, pop.relationships.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: "lags",
      path: ["tasks"],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) }
    });
  }
});

// src/rules/dcma-leads.ts
var dcma_leads_default = defineRule({
  id: "dcma-leads",
  category: "schedule",
  severity: "medium",
  optIn: "dcma",
  description: "DCMA check 2: no dependency has a lead (a negative lag).",
  fix: "Replace the lead with the work it stands for: split the predecessor, and link to the piece that really must finish first.",
  messages: {
    leads: "DCMA check 2 (leads): {{count}} of {{total}} dependencies ({{share:percent1}}) have a lead, more than the {{max:percent}} allowed: {{names}}. Counted: the dependencies into {{working}}."
  },
  options: object({
    maxShare: shareOption(0, "Largest share of the dependencies counted that may have a lead (PAM 200.1: none)."),
    show: showOption
  }).strict(),
  docs: {
    catches: "Counts the dependencies into the unfinished tasks (not level of effort, not dropped) whose lag is negative: a lead. An elapsed or percent lag counts by the sign it was written with. One finding gives the count, the total, the share, the threshold (none) and the first `show` by their successor.",
    why: "A lead starts work before what it depends on is done, on the assumption that the overlap is safe; nothing in the schedule checks that assumption, and the critical path through a lead is distorted. DCMA-EA PAM 200.1 (check 2) allows none.",
    sources: [cite("dcma-14", "check 2 (leads)")],
    howToFix: "Split the predecessor where the successor can really start and link to that piece finish-to-start, or use a start-to-start dependency with a positive lag that says how much must be done first.",
    failing: `tasks:
  - { id: build, start: 2026-07-01, duration: 10d }
  - { id: test, duration: 5d, depends_on: [{ id: build, lag: -3d }] }`,
    fixed: `tasks:
  - { id: build, start: 2026-07-01, duration: 10d }
  - { id: test, duration: 5d, depends_on: [{ id: build, type: SS, lag: 7d }] }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.relationships.length === 0) return ctx.notApplicable("no dependencies into the unfinished tasks");
    const offenders = pop.relationships.filter((e) => writtenLag(e) < 0).map((e) => linkOffender(e, ctx.model.items.get(e.to)));
    const r = ratio(offenders.length, pop.relationships.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: "leads",
      path: ["tasks"],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) }
    });
  }
});

// src/rules/dcma-logic.ts
var dcma_logic_default = defineRule({
  id: "dcma-logic",
  category: "schedule",
  severity: "high",
  optIn: "dcma",
  description: "DCMA check 1: at most 5% of unfinished tasks lack a predecessor or a successor.",
  fix: "Link each named task into the schedule: what must finish before it starts, and what waits for it.",
  messages: {
    dangling: "DCMA check 1 (logic): {{count}} of {{total}} tasks ({{share:percent1}}) lack a predecessor or a successor, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}."
  },
  options: object({
    maxShare: shareOption(
      0.05,
      "Largest share of the tasks counted that may lack a predecessor or a successor (PAM 200.1: 5%)."
    ),
    show: showOption
  }).strict(),
  docs: {
    catches: "Counts the unfinished tasks (not level of effort, not dropped; milestones and summary tasks are not tasks) that have no predecessor, no successor, or neither, among all tasks, milestones and deliveries. When they are more than `maxShare` (5%) of the tasks counted, one finding gives the count, the total, the share, the threshold and the first `show` tasks by name.",
    why: 'A task without a predecessor can start any time; one without a successor drives nothing, so its slip never reaches the finish. DCMA-EA PAM 200.1 (check 1) allows at most 5% of them: beyond that the critical path and the float the schedule shows cannot be trusted. Article 002: dependencies should be "mapped weeks in advance".',
    sources: [cite("dcma-14", "check 1 (logic)"), cite("tpm-guide", "Office relocation with IT infrastructure")],
    howToFix: "Give each named task a predecessor (often the milestone that starts its phase) and a successor (the next task, or the milestone its work feeds). A start and a finish milestone tie the loose ends of a schedule.",
    failing: `tasks:
  - { id: racks, start: 2026-07-01, duration: 5d }
  - { id: cabling, start: 2026-07-01, duration: 5d }`,
    fixed: `milestones:
  - { id: kickoff, due: 2026-06-30 }
  - { id: ready, due: 2026-07-14, depends_on: [cabling] }
tasks:
  - { id: racks, start: 2026-07-01, duration: 5d, depends_on: [kickoff] }
  - { id: cabling, duration: 5d, depends_on: [racks] }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable("no unfinished tasks to count");
    const { graph } = ctx.model;
    const offenders = pop.tasks.flatMap((item) => {
      const noPred = graph.predecessors(item.id).length === 0;
      const noSucc = graph.successors(item.id).length === 0;
      if (!noPred && !noSucc) return [];
      return [
        { item, note: noPred && noSucc ? "no predecessor or successor" : noPred ? "no predecessor" : "no successor" }
      ];
    });
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: "dangling",
      path: ["tasks"],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) }
    });
  }
});

// src/rules/dcma-missed-tasks.ts
var dcma_missed_tasks_default = defineRule({
  id: "dcma-missed-tasks",
  category: "schedule",
  severity: "medium",
  optIn: "dcma",
  description: "DCMA check 11: at most 5% of the tasks baselined to finish by now finished late or not at all.",
  fix: "Find why the named tasks missed their baseline, recover what is still open, and report the slip.",
  messages: {
    missed: "DCMA check 11 (missed tasks): {{count}} of {{total}} tasks baselined to finish by {{asOf}} ({{share:percent1}}) finished after their baseline finish or not at all, more than the {{max:percent}} allowed: {{names}}. Counted from {{working}}."
  },
  options: object({
    maxShare: shareOption(
      0.05,
      "Largest share of the tasks baselined to finish by now that may miss it (PAM 200.1: 5%)."
    ),
    show: showOption
  }).strict(),
  docs: {
    catches: "Takes the tasks (not level of effort, not dropped, complete or not) whose `baseline_finish` is on or before the as-of date, and counts those that finished after it (`actual_finish` later) or are not complete. When they are more than `maxShare` (5%), one finding gives the count, the total, the share, the threshold and the first `show` tasks. Not applicable without baseline dates.",
    why: 'A task that missed its baseline finish is a slip that has already happened; many of them mean the plan is not being delivered as agreed, whatever the forecast says. DCMA-EA PAM 200.1 (check 11) allows 5%. Article 002 wants slips to "surface early rather than in the final week".',
    sources: [cite("dcma-14", "check 11 (missed tasks)"), cite("tpm-guide", "Timeline and milestone management")],
    howToFix: "Record actual finishes; for what is still open, plan the recovery and say so in the next status report. Re-baseline only through change control.",
    failing: `project:
  name: Move
  status_date: 2026-07-13
tasks:
  - { id: racks, start: 2026-07-01, finish: 2026-07-03, baseline_start: 2026-07-01, baseline_finish: 2026-07-03, actual_start: 2026-07-01, actual_finish: 2026-07-08 }`,
    fixed: `project:
  name: Move
  status_date: 2026-07-13
tasks:
  - { id: racks, start: 2026-07-01, finish: 2026-07-03, baseline_start: 2026-07-01, baseline_finish: 2026-07-03, actual_start: 2026-07-01, actual_finish: 2026-07-03 }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const base = baselined(ctx.model);
    if ("none" in base) return ctx.notApplicable(base.none);
    const offenders = [];
    for (const item of base.due) {
      const t = item.task;
      if (!isComplete(item, ctx.asOf)) offenders.push({ item, note: `baseline ${t.baseline_finish}, not done` });
      else if (t.actual_finish && t.actual_finish > t.baseline_finish)
        offenders.push({ item, note: `baseline ${t.baseline_finish}, finished ${t.actual_finish}` });
    }
    const r = ratio(offenders.length, base.due.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: "missed",
      path: ["tasks"],
      data: {
        ...r,
        asOf: ctx.asOf,
        max: ctx.options.maxShare,
        ...named(offenders, ctx.options.show),
        ...working(ctx.model.dcma, ctx.asOf, "all")
      }
    });
  }
});

// src/rules/dcma-negative-float.ts
var dcma_negative_float_default = defineRule({
  id: "dcma-negative-float",
  category: "schedule",
  severity: "high",
  optIn: "dcma",
  description: "DCMA check 7: no unfinished task has negative total float.",
  fix: "Recover the named tasks: shorten or overlap the work before them, or agree a new date through change control.",
  messages: {
    negative: "DCMA check 7 (negative float): {{count}} of {{total}} tasks ({{share:percent1}}) have negative total float, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}."
  },
  options: object({
    maxShare: shareOption(0, "Largest share of the tasks counted that may have negative float (PAM 200.1: none)."),
    show: showOption
  }).strict(),
  docs: {
    catches: "Counts the unfinished tasks (not level of effort, not dropped) whose total float is below zero: work the logic cannot finish by a date it must meet. pmcheck's backward pass runs from the forecast finish or, when that is later, from `project.deadline`, and each task's `deadline` and no-later-than, must and on constraints cap its late dates; float is in working days of each task's own calendar. One finding gives the count, the total, the share, the threshold (none) and the first `show` tasks with their float.",
    why: 'Negative float is a date already lost on paper: the deadline or constraint cannot be met unless something changes. DCMA-EA PAM 200.1 (check 7) allows none. Article 002: "When milestones slip, it surfaces early rather than in the final week."',
    sources: [cite("dcma-14", "check 7 (negative float)"), cite("tpm-guide", "Timeline and milestone management")],
    howToFix: "Work on the chain before the named tasks: bring a delivery forward, add a crew, overlap what can safely overlap. If none of that is possible, agree a new date with the sponsor through change control.",
    failing: `tasks:
  - { id: build, start: 2026-07-01, duration: 10d }
  - { id: test, duration: 5d, depends_on: [build], deadline: 2026-07-17 }`,
    fixed: `tasks:
  - { id: build, start: 2026-07-01, duration: 10d }
  - { id: test, duration: 5d, depends_on: [build], deadline: 2026-07-24 }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable("no unfinished tasks to count");
    const { dates } = ctx.model.forecast;
    const offenders = pop.tasks.flatMap((item) => {
      const float = dates.get(item.id)?.totalFloat;
      return float !== void 0 && float < 0 ? [{ item, note: `${float} days of float` }] : [];
    });
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: "negative",
      path: ["tasks"],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) }
    });
  }
});

// src/rules/dcma-relationship-types.ts
var dcma_relationship_types_default = defineRule({
  id: "dcma-relationship-types",
  category: "schedule",
  severity: "low",
  optIn: "dcma",
  description: "DCMA check 4: at least 90% of dependencies are finish-to-start.",
  fix: "Turn the start-to-start and finish-to-finish pairs into finish-to-start links between smaller pieces of work; never use start-to-finish.",
  messages: {
    notFinishToStart: "DCMA check 4 (relationship types): {{fs}} of {{total}} dependencies ({{share:percent1}}) are finish-to-start, fewer than the {{min:percent}} required; the other {{count}}: {{names}}. Counted: the dependencies into {{working}}."
  },
  options: object({
    minShare: shareOption(
      0.9,
      "Smallest share of the dependencies counted that must be finish-to-start (PAM 200.1: 90%)."
    ),
    show: showOption
  }).strict(),
  docs: {
    catches: "Counts the dependencies into the unfinished tasks (not level of effort, not dropped) by type. When fewer than `minShare` (90%) are finish-to-start, one finding gives the finish-to-start count, the total, the share, the threshold and the first `show` other dependencies by their successor.",
    why: "Finish-to-start says plainly what must be done before what; start-to-start and finish-to-finish links let work overlap on assumptions the schedule cannot check, and start-to-finish is almost always a mistake. DCMA-EA PAM 200.1 (check 4) wants at least 90% finish-to-start.",
    sources: [cite("dcma-14", "check 4 (relationship types)")],
    howToFix: 'Break the overlapping work into pieces and link them finish-to-start: "Cable floor 1" before "Patch floor 1", rather than cabling and patching start-to-start.',
    failing: `tasks:
  - { id: cable, start: 2026-07-01, duration: 10d }
  - { id: patch, duration: 10d, depends_on: [{ id: cable, type: SS, lag: 2d }] }`,
    fixed: `tasks:
  - { id: cable, start: 2026-07-01, duration: 10d }
  - { id: patch, duration: 10d, depends_on: [cable] }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    const total = pop.relationships.length;
    if (total === 0) return ctx.notApplicable("no dependencies into the unfinished tasks");
    const others = pop.relationships.filter((e) => e.type !== "FS");
    const fs = total - others.length;
    const share = fs / total;
    if (share >= ctx.options.minShare) return;
    const offenders = others.map((e) => linkOffender(e, ctx.model.items.get(e.to)));
    ctx.report({
      messageId: "notFinishToStart",
      path: ["tasks"],
      data: {
        fs,
        count: others.length,
        total,
        share,
        min: ctx.options.minShare,
        ...named(offenders, ctx.options.show),
        ...working(pop, ctx.asOf)
      }
    });
  }
});

// src/rules/dcma-resources.ts
var loaded = (item) => {
  const t = item.task;
  return Boolean(t.resources?.length || t.owner || t.vendor || t.cost != null);
};
var dcma_resources_default = defineRule({
  id: "dcma-resources",
  category: "schedule",
  severity: "low",
  optIn: "dcma",
  description: "DCMA check 10: every unfinished task has resources (people, a vendor) or a cost.",
  fix: "Assign who does each named task (a resource or an owner, or the vendor) or its cost.",
  messages: {
    unresourced: "DCMA check 10 (resources): {{count}} of {{total}} tasks ({{share:percent1}}) have no resource, owner, vendor or cost, more than the {{max:percent}} allowed: {{names}}. Counted: {{working}}."
  },
  options: object({
    maxShare: shareOption(0, "Largest share of the tasks counted that may have no resources (PAM 200.1: none)."),
    show: showOption
  }).strict(),
  docs: {
    catches: "Counts the unfinished tasks (not level of effort, not dropped) with no `resources`, no `owner`, no `vendor` and no `cost`. The check applies only to a resource-loaded schedule: when no task has any of them, it is not applicable. One finding gives the count, the total, the share, the threshold (none) and the first `show` tasks.",
    why: "Work nobody is assigned to is work nobody is planning to do, and a schedule whose tasks carry no hours or cost cannot be checked against the budget. DCMA-EA PAM 200.1 (check 10) wants every task resourced once the schedule is resource-loaded.",
    sources: [cite("dcma-14", "check 10 (resources)"), cite("tpm-guide", "No single point of accountability")],
    howToFix: "Name an `owner` (or the `resources` the tool assigns), or the `vendor` doing the work, or its `cost`.",
    failing: `people:
  - { id: sam, name: Sam }
tasks:
  - { id: racks, start: 2026-07-01, duration: 2d, owner: sam }
  - { id: cabling, duration: 3d, depends_on: [racks] }`,
    fixed: `people:
  - { id: sam, name: Sam }
tasks:
  - { id: racks, start: 2026-07-01, duration: 2d, owner: sam }
  - { id: cabling, duration: 3d, depends_on: [racks], owner: sam }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const pop = ctx.model.dcma;
    if (pop.tasks.length === 0) return ctx.notApplicable("no unfinished tasks to count");
    if (!pop.work.some(loaded))
      return ctx.notApplicable(
        "the schedule is not resource-loaded: no task has resources, an owner, a vendor or a cost"
      );
    const offenders = pop.tasks.filter((item) => !loaded(item)).map((item) => ({ item }));
    const r = ratio(offenders.length, pop.tasks.length);
    if (r.share <= ctx.options.maxShare) return;
    ctx.report({
      messageId: "unresourced",
      path: ["tasks"],
      data: { ...r, max: ctx.options.maxShare, ...named(offenders, ctx.options.show), ...working(pop, ctx.asOf) }
    });
  }
});

// src/rules/deadline-at-risk.ts
var deadline_at_risk_default = defineRule({
  id: "deadline-at-risk",
  category: "schedule",
  severity: "critical",
  description: "The earliest finish the schedule logic allows is on or before the project deadline.",
  fix: "Shorten the critical chain named in the message, or agree a new deadline through change control.",
  messages: {
    late: "The earliest finish is {{finish}}{{finishNote}}, {{lateText}} after the deadline {{deadline}}{{deadlineNote}}{{holidays}}. Critical chain: {{chain}}."
  },
  options: object({}).strict(),
  needs: ["project.deadline"],
  docs: {
    catches: "A forward pass through the dependencies (FS, SS, FF, SF, with lags, over working days) gives every item its earliest dates: unfinished work cannot finish before the as-of date, in-progress work needs its remaining share of days, and planned starts are kept as \"no earlier than\". When the last item finishes after `project.deadline` (negative float), the finding names the critical chain that drives the finish. Calendars: each item is scheduled on its own working calendar, and dependencies on the successor's. A task with `calendar: 7-day` (or with no `calendar` and its own planned start or finish on a weekend or holiday, read as planned to work then) works every day, so a weekend cutover may finish on a Sunday deadline. Bank and public holidays (`project.calendar.public_holidays`) and the plan's own `holidays` are not working days: the lateness is counted in working days of the last item's calendar, and the holidays between the deadline and the finish are named.",
    why: `Article 002: "When milestones slip, it surfaces early rather than in the final week." The plan's own logic often already shows the deadline cannot be met: a late delivery pushes the build, which pushes the cutover. The DCMA assessment checks critical path integrity and negative float (checks 7 and 13) for this reason.`,
    sources: [
      cite("dcma-14", "checks 7 (negative float) and 13 (critical path length index)"),
      cite("tpm-guide", "Timeline and milestone management")
    ],
    howToFix: "Work on the chain in the message: bring a delivery forward, add a crew, overlap work that can safely overlap (SS with a lag). If none of that is possible, agree a new deadline with the sponsor through change control.",
    failing: `project:
  name: Move
  status_date: 2026-02-20
  deadline: 2026-03-06
tasks:
  - { id: build, start: 2026-02-23, duration: 10d }
  - { id: test, duration: 3d, depends_on: [build] }`,
    fixed: `project:
  name: Move
  status_date: 2026-02-20
  deadline: 2026-03-13
tasks:
  - { id: build, start: 2026-02-23, duration: 10d }
  - { id: test, duration: 3d, depends_on: [build] }`
  },
  check(ctx) {
    const deadline = ctx.plan.project.deadline;
    if (!deadline) return ctx.notApplicable("the project has no deadline");
    if (ctx.model.graph.cycles().length > 0)
      return ctx.notApplicable(
        "the dependencies contain a loop, so no finish date can be computed (dependency-cycle reports it)"
      );
    const { finish, criticalChain } = ctx.model.forecast;
    if (!finish) return ctx.notApplicable("no item has enough dates to schedule");
    if (finish.date <= deadline) return;
    const cal = ctx.model.calendarFor(ctx.model.items.get(finish.id));
    const late = cal.workingDaysAfter(deadline, finish.date);
    const off = cal.holidaySummary(fromDayNumber(toDayNumber(deadline) + 1), finish.date);
    const chain = chainOf(criticalChain.map((id) => `"${ctx.model.items.get(id)?.name ?? id}"`));
    ctx.report({
      messageId: "late",
      path: ["project", "deadline"],
      data: {
        finish: finish.date,
        finishNote: ctx.model.dayNote(cal, finish.date),
        late,
        lateText: `${late} working day${late === 1 ? "" : "s"}`,
        deadline,
        deadlineNote: ctx.model.dayNote(ctx.model.calendar, deadline),
        holidays: off.length > 0 ? `; ${describeHolidayGroups([off])}` : "",
        chain,
        chainIds: criticalChain
      }
    });
  }
});

// src/rules/delivery-blocks-work.ts
var delivery_blocks_work_default = defineRule({
  id: "delivery-blocks-work",
  category: "vendors",
  severity: "high",
  description: "No overdue delivery is needed by work that is about to start.",
  fix: "Get a committed date from the vendor today, and move the dependent work (and tell whoever is booked for it) if it will not arrive in time.",
  messages: {
    blocks: '{{item}} from {{vendor}} was due {{due}} and has not arrived, and "{{task}}", which needs it, {{when}}.'
  },
  options: object({
    withinDays: number().int().nonnegative().default(5).describe("Working days ahead of the as-of date in which a dependent start counts as imminent.")
  }).strict(),
  needs: ["vendors"],
  docs: {
    catches: "A vendor delivery past its `due` date and not received, on which a task depends (finish-to-start or start-to-start) that has not started and is planned to start within the option `withinDays` working days of the as-of date (default 5), or should already have started.",
    why: `Article 002's office move: "the cabling contractor finishes before the network switches arrive". An overdue delivery is delivery-overdue's; this rule is about its consequence arriving this week - contractors booked, engineers on site, nothing to install. The PM's job is "escalating before delays cascade".`,
    sources: [
      cite("tpm-guide", "Office relocation with IT infrastructure"),
      cite("tpm-guide", "Vendor and supplier coordination")
    ],
    howToFix: "Chase the vendor for a committed date. If it will not arrive in time, re-plan the dependent task now and tell whoever is booked for it, rather than on the day.",
    failing: `project:
  name: Move
  status_date: 2026-02-16
vendors:
  - id: netsupply
    deliveries: [{ id: switches, item: Core switches, due: 2026-02-12 }]
tasks:
  - { id: install, name: Install switches, start: 2026-02-18, depends_on: [switches] }`,
    fixed: `project:
  name: Move
  status_date: 2026-02-16
vendors:
  - id: netsupply
    deliveries: [{ id: switches, item: Core switches, due: 2026-02-12 }]
tasks:
  # re-planned after NetSupply committed to 2026-02-27
  - { id: install, name: Install switches, start: 2026-03-02, depends_on: [switches] }`
  },
  check(ctx) {
    const { model } = ctx;
    const overdue = model.problemsAt(ctx.asOf).overdueDeliveries;
    const needed = overdue.filter(
      ({ item }) => model.graph.successors(item.id).some((e) => model.items.get(e.to)?.kind === "task")
    );
    if (needed.length === 0) return ctx.notApplicable("no overdue delivery is needed by a task");
    const cal = model.calendar;
    const horizon = cal.addWorkingDays(ctx.asOf, ctx.options.withinDays);
    for (const { item, path } of needed) {
      for (const edge of model.graph.successors(item.id)) {
        if (edge.type !== "FS" && edge.type !== "SS") continue;
        const task = model.items.get(edge.to);
        if (task.kind !== "task" || task.actualStart || !task.start || task.task?.status === "dropped") continue;
        if (task.start > horizon) continue;
        const days = cal.workingDaysBetween(
          task.start < ctx.asOf ? task.start : ctx.asOf,
          task.start < ctx.asOf ? ctx.asOf : task.start
        ) - 1;
        const when = task.start < ctx.asOf ? `was due to start on ${task.start}` : task.start === ctx.asOf ? `is due to start today (${task.start})` : `starts on ${task.start}, in ${count(days, "working day")}`;
        ctx.report({
          messageId: "blocks",
          path,
          data: {
            item: item.name,
            vendor: item.vendor ? model.vendorName(item.vendor.id) : "the vendor",
            due: item.delivery.due,
            task: task.name,
            when
          }
        });
        break;
      }
    }
  }
});

// src/rules/delivery-overdue.ts
var delivery_overdue_default = defineRule({
  id: "delivery-overdue",
  category: "vendors",
  severity: "high",
  description: "No vendor delivery is past its due date without having arrived.",
  fix: "Chase the vendor for a committed date, record received_on when it arrives, and re-plan what depends on it.",
  messages: {
    overdue: "{{item}} from {{vendor}} was due {{due}} and has not arrived ({{days}} days late as of {{asOf}}).{{need}}"
  },
  options: object({}).strict(),
  needs: ["vendors"],
  docs: {
    catches: "A vendor delivery whose `due` date is before the as-of date and which has no `received_on` (or one after the as-of date). The message says when the work that waits for it starts. With a week or more in hand before that work starts, or within `project.tolerance.days`, it counts one level lower (medium); with both, two (low): chase it, but it is not yet a slip. When the work starts within days, delivery-blocks-work reports that too.",
    why: `Article 002: a PM coordinates vendors, "holding vendors accountable to their commitments and escalating before delays cascade". An overdue delivery nobody has flagged is the next task's slip, and the one after.`,
    sources: [cite("tpm-guide", "Vendor and supplier coordination")],
    howToFix: "Escalate with the vendor now. Record the new expected date as `due` (and the slip in the change log if it moves a milestone), and `received_on` once it arrives.",
    failing: `project:
  name: Move
  status_date: 2026-02-16
vendors:
  - id: fibrelink
    deliveries: [{ id: circuit, item: Leased line, due: 2026-02-09 }]`,
    fixed: `project:
  name: Move
  status_date: 2026-02-16
vendors:
  - id: fibrelink
    deliveries: [{ id: circuit, item: Leased line, due: 2026-02-09, received_on: 2026-02-09 }]`
  },
  check(ctx) {
    const { model } = ctx;
    const dated = [...model.items.values()].filter((i) => i.kind === "delivery" && i.delivery?.due);
    if (dated.length === 0) return ctx.notApplicable("no vendor delivery has a due date");
    const tolerance = ctx.plan.project.tolerance?.days ?? void 0;
    const cal = model.calendar;
    for (const { item, path } of model.problemsAt(ctx.asOf).overdueDeliveries) {
      const due = item.delivery.due;
      const late = model.lateBy(due, ctx.asOf);
      const waiting = model.graph.successors(item.id).map((e) => model.items.get(e.to)).filter((s) => s.kind === "task" && !s.actualStart && s.start && s.task?.status !== "dropped");
      const needed = waiting.map((s) => s.start).sort()[0];
      const away = needed ? Math.max(0, cal.workingDaysBetween(ctx.asOf, needed) - 1) : void 0;
      const inHand = away === void 0 || away >= 5;
      const withinTolerance = tolerance !== void 0 && late <= tolerance;
      const lower = inHand && withinTolerance ? 2 : inHand || withinTolerance ? 1 : 0;
      const need = needed === void 0 ? " Nothing waits for it yet." : needed <= ctx.asOf ? " The work waiting for it is already held up." : ` It is needed on ${needed} ("${waiting.find((s) => s.start === needed).name}"), ${count(away, "working day")} away.`;
      ctx.report({
        messageId: "overdue",
        path,
        data: {
          item: item.name,
          vendor: item.vendor ? model.vendorName(item.vendor.id) : "the vendor",
          due,
          days: calendarDaysBetween(due, ctx.asOf),
          asOf: ctx.asOf,
          need,
          workingDaysLate: late,
          ...away !== void 0 ? { workingDaysAway: away } : {}
        },
        ...lower > 0 ? { lower } : {}
      });
    }
  }
});

// src/rules/delivery-site-mismatch.ts
var delivery_site_mismatch_default = defineRule({
  id: "delivery-site-mismatch",
  category: "vendors",
  severity: "high",
  description: "A delivery goes to the site of the work that needs it.",
  fix: "Correct the delivery address with the vendor, or the site of the task that depends on it.",
  messages: {
    wrongSite: "{{item}} is being delivered to {{deliverySite}}, but {{task}}, which {{needs}} it, {{taskSite}}.{{kindHint}}",
    arrivedElsewhere: "{{item}} was delivered to {{deliverySite}} on {{received}}, but {{task}}, which {{needs}} it, {{taskSite}}: arrange to move it there before {{start}}."
  },
  options: object({}).strict(),
  needs: ["vendors"],
  docs: {
    catches: "A vendor delivery of goods whose `site` differs from the `site` of every task that depends on it. Kit delivered centrally and worked on there first (a task at the delivery's own site depends on it) is a choice, not a mistake, and a delivery of `kind: service` (a circuit, a licence) is used from wherever it is switched on: neither is reported. Kit that has already arrived at the wrong site is reported as a move to arrange. A delivery not yet received whose `kind` is not given counts one level lower (medium), with a hint: it may be a service, and an address can still be corrected before anything ships.",
    why: `Article 002's multi-site network refresh: "Without project management, equipment arrives at the wrong site." Kit at the wrong depot means a courier, a lost day, and an engineer standing in an empty comms room.`,
    sources: [cite("tpm-guide", "Multi-site network refresh")],
    howToFix: "Confirm the delivery address with the vendor and correct the delivery's `site`, or move the task if the plan had the wrong site.",
    failing: `sites: [{ id: york }, { id: hull }]
vendors:
  - id: netdist
    deliveries: [{ id: hull-kit, item: Hull switches, site: york }]
tasks:
  - { id: hull-install, site: hull, depends_on: [hull-kit] }`,
    fixed: `sites: [{ id: york }, { id: hull }]
vendors:
  - id: netdist
    deliveries: [{ id: hull-kit, item: Hull switches, site: hull }]
tasks:
  - { id: hull-install, site: hull, depends_on: [hull-kit] }`
  },
  check(ctx) {
    const { model } = ctx;
    let checked = 0;
    for (const delivery of model.items.values()) {
      const deliverySite = delivery.delivery?.site;
      if (!deliverySite || delivery.delivery?.kind === "service") continue;
      const elsewhere = [];
      let usedThere = false;
      for (const edge of model.graph.successors(delivery.id)) {
        const succ = model.items.get(edge.to);
        const taskSite = succ.task?.site;
        if (!taskSite) continue;
        checked++;
        if (taskSite === deliverySite) usedThere = true;
        else elsewhere.push({ name: succ.name, site: taskSite, start: model.startOf(succ) });
      }
      if (elsewhere.length === 0 || usedThere) continue;
      const sites = [...new Set(elsewhere.map((t) => model.siteName(t.site)))].join(" and ");
      const tasks = elsewhere.map((t) => `"${t.name}"`);
      const data = {
        item: delivery.name,
        deliverySite: model.siteName(deliverySite),
        task: listOf(tasks),
        needs: tasks.length === 1 ? "needs" : "need",
        taskSite: `${tasks.length === 1 ? "is" : "are"} at ${sites}`
      };
      const received = delivery.actualFinish && delivery.actualFinish <= ctx.asOf ? delivery.actualFinish : void 0;
      const first = elsewhere.map((t) => t.start).filter((d) => d !== void 0).sort()[0];
      if (received)
        ctx.report({
          messageId: "arrivedElsewhere",
          path: [...delivery.path, "site"],
          data: { ...data, received, start: first ?? "the work starts" }
        });
      else {
        const unsure = delivery.delivery?.kind == null;
        ctx.report({
          messageId: "wrongSite",
          path: [...delivery.path, "site"],
          data: {
            ...data,
            kindHint: unsure ? " If it is a service (a line, a licence), mark it kind: service." : ""
          },
          ...unsure ? { lower: 1 } : {}
        });
      }
    }
    if (checked === 0) return ctx.notApplicable("no task with a site depends on a delivery with a site");
  }
});

// src/rules/dependency-cycle.ts
var dependency_cycle_default = defineRule({
  id: "dependency-cycle",
  category: "schedule",
  severity: "critical",
  description: "The dependencies between tasks, milestones and deliveries contain no loop.",
  fix: "Remove or reverse one dependency in the loop.",
  messages: {
    loop: "Dependency loop: {{loop}}. None of these can ever start."
  },
  options: object({}).strict(),
  docs: {
    catches: "A chain of `depends_on` entries that leads back to where it started (a \u2192 b \u2192 c \u2192 a), across tasks, milestones and deliveries. The message lists the whole loop; the finding is placed on the dependency that closes it. A task that depends on itself is already a validation error.",
    why: "A loop makes the schedule logic meaningless: no item in it can start, so every date that follows from it is fiction. Schedule-quality checks (the DCMA 14-point assessment's logic check; TaskJuggler's loop_detected error) refuse such a network outright. In a plan kept by hand it is usually a dependency typed the wrong way round.",
    sources: [cite("dcma-14", "check 1 (logic)"), cite("taskjuggler", "loop detection")],
    howToFix: "Read the loop in the message and decide which dependency is wrong, usually the one that points backwards in time, then remove or reverse it.",
    failing: `tasks:
  - { id: design, depends_on: [build] }
  - { id: build, depends_on: [design] }`,
    fixed: `tasks:
  - { id: design }
  - { id: build, depends_on: [design] }`
  },
  check(ctx) {
    const graph = ctx.model.graph;
    if (graph.edges.length === 0) return ctx.notApplicable("the plan has no dependencies");
    for (const loop of graph.cycles()) {
      const names = [loop[0].from, ...loop.map((e) => e.to)];
      ctx.report({ messageId: "loop", path: loop[loop.length - 1].path, data: { loop: names.join(" \u2192 ") } });
    }
  }
});

// src/rules/escalation-path.ts
var escalation_path_default = defineRule({
  id: "escalation-path",
  category: "communication",
  severity: "low",
  description: "The plan records who escalates to whom.",
  fix: 'Record communication.escalation, e.g. "engineer -> PM -> sponsor".',
  messages: {
    none: "No escalation path is recorded (communication.escalation)."
  },
  options: object({}).strict(),
  needs: ["communication"],
  docs: {
    catches: "A plan with no `communication.escalation`.",
    why: 'Article 000: good PMs "escalate early", and engineers "are not always the first to escalate concerns". Article 003 makes escalation management part of every project. Without an agreed path, a problem waits for the next status meeting, or for somebody senior enough to notice.',
    sources: [
      cite(
        "partner-pm-mistakes",
        'Mistake 3: relying on assumptions instead of proactive management, "escalate early"'
      ),
      cite("msp-operational-pm", "escalation management")
    ],
    howToFix: "Agree the path with the sponsor at kick-off, name each step, and record it.",
    failing: `communication:
  cadence: weekly`,
    fixed: `communication:
  cadence: weekly
  escalation: engineer -> PM -> sponsor`
  },
  check(ctx) {
    if (!ctx.plan.communication?.escalation?.trim())
      ctx.report({ messageId: "none", path: ["communication", "escalation"] });
  }
});

// src/rules/float-mismatch.ts
var float_mismatch_default = defineRule({
  id: "float-mismatch",
  category: "schedule",
  severity: "low",
  optIn: "dcma",
  description: "The float and critical flags the scheduling tool stored agree with pmcheck's backward pass.",
  fix: "Reschedule the file in its tool (F9 in MS Project, F9 in P6) and check the named tasks' constraints, calendars and links.",
  messages: {
    mismatch: "{{count}} of {{total}} unfinished tasks and milestones disagree with pmcheck's backward pass on their float or whether they are critical: {{names}}. The file's figures are the tool's at its last scheduling; pmcheck's are from the logic as of {{asOf}}, in working days of each item's calendar."
  },
  options: object({
    toleranceDays: number().min(0).default(1).describe("Working days of float by which the two may differ before it is reported (hours round to days)."),
    show: showOption
  }).strict(),
  docs: {
    catches: "For every unfinished task and milestone whose `as_scheduled` gives the float or the critical flag the scheduling tool computed (pmcheck import fills them from MS Project and P6), compares them with pmcheck's own backward pass: a float that differs by more than `toleranceDays` (1), or a critical flag that pmcheck's float contradicts (critical with float above zero, or not critical at zero or below). One finding gives the count, the total and the first `show` items with both figures.",
    why: "The DCMA float checks use pmcheck's float, computed the same way on every file; where the tool's own figures differ, the file was not rescheduled since its last change, or dates are held by something the logic does not show (a constraint, a manual date, a resource level). Either way the critical path the team is watching may not be the real one. DCMA-EA PAM 200.1 (checks 6, 7 and 12) rests on float that follows from the logic.",
    sources: [cite("dcma-14", "checks 6, 7 and 12 (float and the critical path)")],
    howToFix: "Reschedule in the tool and export again. If they still disagree, look at the named tasks: a manually scheduled date, a hard constraint or a resource calendar can hold a task where the logic would not.",
    failing: `tasks:
  - { id: build, start: 2026-07-01, duration: 10d, as_scheduled: { total_float: 0, critical: true } }
  - { id: docs, start: 2026-07-01, duration: 2d, as_scheduled: { total_float: 0, critical: true } }`,
    fixed: `tasks:
  - { id: build, start: 2026-07-01, duration: 10d, as_scheduled: { total_float: 0, critical: true } }
  - { id: docs, start: 2026-07-01, duration: 2d, as_scheduled: { total_float: 8, critical: false } }`,
    context: DCMA_CONTEXT
  },
  check(ctx) {
    const { dates } = ctx.model.forecast;
    const stored = [...ctx.model.items.values()].filter(
      (item) => (item.task ?? item.milestone)?.as_scheduled && !isComplete(item, ctx.asOf) && !item.milestone?.done_on
    );
    if (stored.length === 0)
      return ctx.notApplicable("no unfinished task or milestone says what float the scheduling tool gave it");
    const offenders = [];
    for (const item of stored) {
      const own = (item.task ?? item.milestone).as_scheduled;
      const float = dates.get(item.id)?.totalFloat;
      if (float === void 0) continue;
      const file = own.total_float ?? void 0;
      if (file !== void 0 && Math.abs(file - float) > ctx.options.toleranceDays)
        offenders.push({ item, note: `float ${file} in the file, ${float} by pmcheck` });
      else if (own.critical === true && float > 0)
        offenders.push({ item, note: `critical in the file, ${float} days of float by pmcheck` });
      else if (own.critical === false && float <= 0)
        offenders.push({ item, note: `not critical in the file, critical by pmcheck (float ${float})` });
    }
    if (offenders.length === 0) return;
    ctx.report({
      messageId: "mismatch",
      path: ["tasks"],
      data: { count: offenders.length, total: stored.length, asOf: ctx.asOf, ...named(offenders, ctx.options.show) }
    });
  }
});

// src/rules/kickoff-held.ts
var kickoff_held_default = defineRule({
  id: "kickoff-held",
  category: "scope",
  severity: "low",
  description: "A kick-off meeting is recorded, on or before the day work starts.",
  fix: "Record communication.kickoff_on, no later than the first task's start.",
  messages: {
    missing: "No kick-off meeting is recorded (communication.kickoff_on).",
    late: 'The kick-off on {{kickoff}} comes after work started on {{started}} ("{{task}}").'
  },
  options: object({}).strict(),
  needs: ["communication"],
  docs: {
    catches: "A plan with no `communication.kickoff_on`, or whose kick-off date is after the earliest task start (actual, else planned).",
    why: "Article 004 puts the kick-off meeting first: it is where the client and the delivery team agree the goals, the method and how updates will be shared. Starting work before it means the team starts without that shared understanding.",
    sources: [cite("pm-six-ways", "1. Lay everything out at your kick-off meeting")],
    howToFix: "Hold the kick-off before work starts and record its date in `communication.kickoff_on`.",
    failing: `communication:
  kickoff_on: 2026-01-20
tasks:
  - { id: survey, start: 2026-01-12 }`,
    fixed: `communication:
  kickoff_on: 2026-01-09
tasks:
  - { id: survey, start: 2026-01-12 }`
  },
  check(ctx) {
    let first;
    for (const item of ctx.model.items.values()) {
      if (item.kind !== "task") continue;
      const start = ctx.model.startOf(item);
      if (start && (!first || start < first.start)) first = { start, name: item.name };
    }
    if (!first) return ctx.notApplicable("no task has a start date");
    const kickoff = ctx.plan.communication?.kickoff_on;
    if (!kickoff) return ctx.report({ messageId: "missing", path: ["communication", "kickoff_on"] });
    if (kickoff > first.start)
      ctx.report({
        messageId: "late",
        path: ["communication", "kickoff_on"],
        data: { kickoff, started: first.start, task: first.name }
      });
  }
});

// src/rules/long-task.ts
var long_task_default = defineRule({
  id: "long-task",
  category: "schedule",
  severity: "low",
  description: "No task runs longer than maxDays working days.",
  fix: "Break the task into pieces of a few weeks each, with their own owners and finish dates.",
  messages: {
    long: 'Task "{{task}}" runs {{days}} working days, more than {{max}}.'
  },
  options: object({
    maxDays: number().int().positive().default(44).describe("Longest task in working days (44 is about two months).")
  }).strict(),
  docs: {
    catches: "A task whose planned span (start to finish, or its duration) is more than the option `maxDays` (default 44) working days.",
    why: 'The DCMA 14-point assessment (check 8) flags tasks over 44 working days: progress on a two-month block cannot be measured until it is late. Article 002: breaking work "into phases with clear deliverables, review points" is what "makes progress visible".',
    sources: [cite("dcma-14", "check 8 (high duration)"), cite("tpm-guide", "Timeline and milestone management")],
    howToFix: "Split the task into parts that each finish within a few weeks and can be checked off.",
    failing: `tasks:
  - { id: migrate-all, start: 2026-01-05, finish: 2026-04-30 }`,
    fixed: `tasks:
  - { id: migrate-finance, start: 2026-01-05, finish: 2026-02-13 }
  - { id: migrate-sales, start: 2026-02-16, finish: 2026-03-27, depends_on: [migrate-finance] }
  - { id: migrate-rest, start: 2026-03-30, finish: 2026-04-30, depends_on: [migrate-sales] }`
  },
  check(ctx) {
    const cal = ctx.model.calendar;
    const spans = [...ctx.model.items.values()].filter((i) => i.kind === "task" && i.start && i.finish);
    if (spans.length === 0) return ctx.notApplicable("no task has dates");
    for (const item of spans) {
      const days = cal.workingDaysBetween(item.start, item.finish);
      if (days > ctx.options.maxDays) {
        ctx.report({
          messageId: "long",
          path: [...item.path, item.task?.finish ? "finish" : "duration"],
          data: { task: item.name, days, max: ctx.options.maxDays }
        });
      }
    }
  }
});

// src/rules/milestone-done-incomplete.ts
var milestone_done_incomplete_default = defineRule({
  id: "milestone-done-incomplete",
  category: "schedule",
  severity: "high",
  description: "A milestone is marked done only when the work it depends on is complete.",
  fix: "Record the milestone as not done (a forecast instead of done_on) until the work before it is complete.",
  messages: {
    incomplete: 'Milestone "{{milestone}}" is marked done on {{done}}, but "{{item}}", which it depends on, {{state}}.'
  },
  options: object({}).strict(),
  docs: {
    catches: "A milestone with `done_on` (on or before the as-of date) that has a finish-to-start or finish-to-finish dependency on a task that is not complete (no `actual_finish` and `progress` below 1, and not dropped), a delivery not yet received, or a milestone not yet done.",
    why: 'A milestone is a claim that a phase is finished. Marked done while its work is 60% complete, it tells the sponsor the go/no-go decision was passed when it was not - the "progressing well" report article 002 warns about, in the schedule itself.',
    sources: [
      cite("tpm-guide", "Timeline and milestone management"),
      cite("tpm-guide", "Poor communication between technical and non-technical stakeholders")
    ],
    howToFix: "Take `done_on` off the milestone and give it a `forecast` instead, or finish (or drop, with a change) the work it depends on and record its `actual_finish`.",
    failing: `project:
  name: Move
  status_date: 2026-02-16
tasks:
  - { id: vlans, name: Configure VLANs, start: 2026-02-02, finish: 2026-02-13, progress: 0.6 }
milestones:
  - { id: network-ready, due: 2026-02-13, done_on: 2026-02-13, depends_on: [vlans] }`,
    fixed: `project:
  name: Move
  status_date: 2026-02-16
tasks:
  - { id: vlans, name: Configure VLANs, start: 2026-02-02, finish: 2026-02-13, progress: 1, actual_finish: 2026-02-13 }
milestones:
  - { id: network-ready, due: 2026-02-13, done_on: 2026-02-13, depends_on: [vlans] }`
  },
  check(ctx) {
    const { model } = ctx;
    const done = [...model.items.values()].filter(
      (i) => i.kind === "milestone" && i.actualFinish && i.actualFinish <= ctx.asOf
    );
    if (done.length === 0) return ctx.notApplicable("no milestone is marked done");
    for (const m of done) {
      for (const edge of model.graph.predecessors(m.id)) {
        if (edge.type !== "FS" && edge.type !== "FF") continue;
        const pred = model.items.get(edge.from);
        let state;
        if (pred.kind === "task") {
          const t = pred.task;
          if (!isFinished(pred, ctx.asOf))
            state = t.actual_start || (t.progress ?? 0) > 0 ? `is only ${Math.round((t.progress ?? 0) * 100)}% done` : "has not started";
        } else if (!(pred.actualFinish && pred.actualFinish <= ctx.asOf)) {
          state = pred.kind === "delivery" ? "has not been delivered" : "is not done";
        }
        if (state) {
          ctx.report({
            messageId: "incomplete",
            path: [...m.path, "done_on"],
            data: { milestone: m.name, done: m.actualFinish, item: pred.name, state }
          });
          break;
        }
      }
    }
  }
});

// src/rules/milestone-gate.ts
var milestone_gate_default = defineRule({
  id: "milestone-gate",
  category: "schedule",
  severity: "medium",
  description: "Every milestone has a go/no-go gate with criteria and an approver.",
  fix: "Add gate: { criteria: [...], approver: <person> } to the milestone.",
  messages: {
    noGate: 'Milestone "{{milestone}}" has no go/no-go gate.',
    incomplete: 'The gate of milestone "{{milestone}}" has no {{missing}}.'
  },
  options: object({}).strict(),
  needs: ["milestones[].gate"],
  docs: {
    catches: "A milestone with no `gate`, or a gate with no `criteria` or no `approver`.",
    why: 'Article 002: "A project without milestones is a project without accountability"; PM "breaks work into phases with clear deliverables, review points, and go/no-go decisions." A milestone that anyone can declare reached, on no stated criteria, is not a review point.',
    sources: [cite("tpm-guide", "Timeline and milestone management")],
    howToFix: "For each milestone, write down what must be true to pass it and who decides.",
    context: "On an agile project (methodology agile, scrum or kanban) that records a regular `communication.sprint_review` with a cadence and an audience, the sprint reviews stand in for milestone gates.",
    failing: `milestones:
  - { id: go-live, due: 2026-03-02 }`,
    fixed: `people: [{ id: alice, role: sponsor }]
milestones:
  - id: go-live
    due: 2026-03-02
    gate: { criteria: [UAT signed, Rollback tested], approver: alice }`
  },
  check(ctx) {
    const milestones = ctx.plan.milestones ?? [];
    if (milestones.length === 0) return ctx.notApplicable("the plan has no milestones");
    const review = ctx.plan.communication?.sprint_review;
    if (AGILE_METHODOLOGIES.has(ctx.plan.project.methodology ?? "") && review?.cadence && review.audience?.length)
      return;
    milestones.forEach((m, i) => {
      const name2 = m.name ?? m.id;
      if (!m.gate) {
        ctx.report({ messageId: "noGate", path: ["milestones", i, "gate"], data: { milestone: name2 } });
        return;
      }
      const missing = [!m.gate.criteria?.length && "criteria", !m.gate.approver && "approver"].filter(Boolean).join(" and ");
      if (missing)
        ctx.report({ messageId: "incomplete", path: ["milestones", i, "gate"], data: { milestone: name2, missing } });
    });
  }
});

// src/rules/milestone-slipped.ts
var milestone_slipped_default = defineRule({
  id: "milestone-slipped",
  category: "schedule",
  severity: "high",
  description: "No milestone is forecast after its due date, or past due and not done.",
  fix: "Recover the slip or re-baseline the milestone through change control, and tell the sponsor.",
  messages: {
    slipped: 'Milestone "{{milestone}}" has slipped: {{why}}.{{tolerance}}',
    logicLater: 'Milestone "{{milestone}}" is {{recorded}}, but the work before it cannot be done until {{logic}} ("{{driver}}" drives it).'
  },
  options: object({}).strict(),
  docs: {
    catches: "A milestone whose `forecast` is after its `due` date, or whose `due` date has passed (as of the as-of date) with no `done_on`; and a milestone whose recorded forecast (or due date) the logic cannot meet: the forward pass, from the work it depends on, puts it later. With `project.tolerance.days`, the message says whether the slip is within tolerance, and a slip within it counts one level lower (medium).",
    why: 'Article 002: good PM means that "when milestones slip, it surfaces early rather than in the final week", and warns that status updates saying "progressing well" can "hide the fact that a critical dependency has slipped by three weeks". The DCMA assessment tracks missed baseline dates (check 11).',
    sources: [cite("tpm-guide", "Timeline and milestone management"), cite("dcma-14", "check 11 (missed tasks)")],
    howToFix: "Report the slip, with its cause and a recovery plan. If the date really has moved, agree a new baseline with the sponsor and record it in the change log.",
    failing: `project:
  name: Move
  status_date: 2026-02-16
milestones:
  - { id: network-ready, due: 2026-02-13, forecast: 2026-02-20 }`,
    fixed: `project:
  name: Move
  status_date: 2026-02-16
milestones:
  - { id: network-ready, due: 2026-02-13, done_on: 2026-02-13 }`,
    context: "PRINCE2 tolerances: with `project.tolerance.days`, a slip within the tolerance is reported one level lower, as the PM's to manage; beyond it, at full severity, as an exception for the sponsor. Off under the presale preset (nothing has started) and the closed preset (nothing is left to slip)."
  },
  check(ctx) {
    const { model } = ctx;
    const dated = (ctx.plan.milestones ?? []).filter((m) => m.due);
    if (dated.length === 0) return ctx.notApplicable("no milestone has a due date");
    const tolerance = ctx.plan.project.tolerance?.days ?? void 0;
    for (const slip of model.problemsAt(ctx.asOf).slippedMilestones) {
      const within = tolerance !== void 0 && slip.days <= tolerance;
      const late = count(slip.days, "working day");
      const note = tolerance === void 0 ? "" : within ? ` It is ${late} late, within the ${tolerance}-day tolerance: the PM's to manage, and to report.` : ` It is ${late} late, beyond the ${tolerance}-day tolerance: an exception for the sponsor to decide.`;
      ctx.report({
        messageId: "slipped",
        path: slip.path,
        data: { milestone: slip.item.name, why: describeSlip(slip), tolerance: note, days: slip.days },
        ...within ? { lower: 1 } : {}
      });
    }
    for (const item of model.items.values()) {
      const m = item.milestone;
      if (!m || m.done_on && m.done_on <= ctx.asOf) continue;
      const recorded = m.forecast ?? m.due;
      if (!recorded || recorded < ctx.asOf) continue;
      const f = model.forecast.dates.get(item.id);
      if (!f?.drivenBy || f.finish <= recorded) continue;
      ctx.report({
        messageId: "logicLater",
        path: [...item.path, m.forecast ? "forecast" : "due"],
        data: {
          milestone: item.name,
          recorded: m.forecast ? `forecast for ${recorded}` : `due ${recorded} (no forecast recorded)`,
          logic: f.finish,
          driver: model.items.get(f.drivenBy.from)?.name ?? f.drivenBy.from
        }
      });
    }
  }
});

// src/rules/missing-logic.ts
var missing_logic_default = defineRule({
  id: "missing-logic",
  category: "schedule",
  severity: "medium",
  description: "Almost every unfinished task has both a predecessor and a successor.",
  fix: "Link the task into the schedule: what must happen before it, and what it enables.",
  messages: {
    dangling: 'Task "{{task}}" has no {{missing}}; {{count}} of {{total}} unfinished tasks ({{share:percent}}) lack logic, above the {{max:percent}} allowed.'
  },
  options: object({
    maxShare: number().min(0).max(1).default(0.05).describe("Largest share of unfinished tasks allowed to lack a predecessor or successor."),
    minTasks: number().int().min(1).default(10).describe("Fewest unfinished tasks for a share to mean anything: below it, the rule does not judge.")
  }).strict(),
  docs: {
    catches: "More than the option `maxShare` (default 5%) of unfinished tasks have no predecessor or no successor among tasks, milestones and deliveries. Each such task is then reported. With fewer than `minTasks` (default 10) unfinished tasks the rule does not judge: a share of three tasks is noise. Milestones are exempt, so the project's start and finish milestones need no logic of their own; link the first task after a start milestone and the last before a finish milestone.",
    why: 'A task with no predecessor can start any time; one with no successor drives nothing, so its slip stays invisible. The DCMA 14-point assessment (check 1) allows at most 5% of such tasks. Article 002: dependencies should be "mapped weeks in advance".',
    sources: [cite("dcma-14", "check 1 (logic)"), cite("tpm-guide", "Office relocation with IT infrastructure")],
    howToFix: "Add `depends_on` to the task, and make something later depend on it. A milestone is a fine successor for the last piece of work in a phase.",
    failing: `tasks:
${Array.from({ length: 10 }, (_, i) => `  - { id: t${i}, start: 2026-03-0${i % 5 + 2} }`).join("\n")}`,
    fixed: `milestones:
  - { id: start, due: 2026-02-27 }
  - { id: done, due: 2026-03-20, depends_on: [t9] }
tasks:
${Array.from({ length: 10 }, (_, i) => `  - { id: t${i}, start: 2026-03-0${i % 5 + 2}, depends_on: [${i === 0 ? "start" : `t${i - 1}`}] }`).join("\n")}`
  },
  check(ctx) {
    const { model } = ctx;
    const open = [...model.items.values()].filter((i) => i.kind === "task" && !isFinished(i));
    if (open.length === 0) return ctx.notApplicable("no unfinished tasks");
    if (open.length < ctx.options.minTasks)
      return ctx.notApplicable(
        `only ${count(open.length, "unfinished task")}: a share of so few says nothing (the rule judges ${ctx.options.minTasks} or more)`
      );
    const dangling = open.map((item) => {
      const noPred = model.graph.predecessors(item.id).length === 0;
      const noSucc = model.graph.successors(item.id).length === 0;
      return {
        item,
        missing: noPred && noSucc ? "predecessor or successor" : noPred ? "predecessor" : noSucc ? "successor" : ""
      };
    }).filter((d) => d.missing);
    const share = dangling.length / open.length;
    if (share <= ctx.options.maxShare) return;
    for (const { item, missing } of dangling) {
      ctx.report({
        messageId: "dangling",
        path: [...item.path, "id"],
        data: {
          task: item.name,
          missing,
          count: dangling.length,
          total: open.length,
          share,
          max: ctx.options.maxShare
        }
      });
    }
  }
});

// src/rules/overdue-task.ts
var overdue_task_default = defineRule({
  id: "overdue-task",
  category: "schedule",
  severity: "medium",
  description: "No task is past its finish date with work still to do.",
  fix: "Update the task's progress and actual dates, or re-plan its finish and what depends on it.",
  messages: {
    overdue: 'Task "{{task}}" was due to finish {{finish}} and is {{progress}} done as of {{asOf}}.'
  },
  options: object({}).strict(),
  docs: {
    catches: "A task whose planned finish is before the as-of date, with `progress` below 1 and no `actual_finish`.",
    why: 'An overdue task is a slip already happening. The DCMA assessment counts them (checks 9 and 14, the baseline execution index); article 002 wants slips to surface "early rather than in the final week", while something can still be done.',
    sources: [
      cite("dcma-14", "checks 9 (invalid dates) and 14 (baseline execution index)"),
      cite("tpm-guide", "Timeline and milestone management")
    ],
    howToFix: "If the work is done, record `actual_finish` and `progress: 1`. If not, set a realistic new finish, check what depends on it, and say so in the next status report.",
    failing: `project:
  name: Move
  status_date: 2026-02-16
tasks:
  - { id: switch-config, start: 2026-02-09, finish: 2026-02-13, progress: 0.6 }`,
    fixed: `project:
  name: Move
  status_date: 2026-02-16
tasks:
  - { id: switch-config, start: 2026-02-09, finish: 2026-02-13, actual_finish: 2026-02-13, progress: 1 }`
  },
  check(ctx) {
    const dated = [...ctx.model.items.values()].filter((i) => i.kind === "task" && i.finish);
    if (dated.length === 0) return ctx.notApplicable("no task has a finish date");
    for (const { item, path } of ctx.model.problemsAt(ctx.asOf).overdueTasks) {
      ctx.report({
        messageId: "overdue",
        path,
        data: {
          task: item.name,
          finish: item.finish,
          progress: `${Math.round((item.task?.progress ?? 0) * 100)}%`,
          asOf: ctx.asOf
        }
      });
    }
  }
});

// src/rules/owner-assigned.ts
var owner_assigned_default = defineRule({
  id: "owner-assigned",
  category: "governance",
  severity: "medium",
  description: "Every task and milestone has an owner, and every change a requester.",
  fix: "Name an owner (a person id) for the item.",
  messages: {
    noOwner: '{{kind}} "{{name}}" has no owner.',
    noRequester: "Change {{id}} has no requester (requested_by)."
  },
  options: object({}).strict(),
  docs: {
    catches: "A task or milestone without `owner`, and a change without `requested_by`. Risks without owners are `risk-owner`'s job; an owner that is not a known person is already a validation error.",
    why: 'Article 002: "Tasks fall through the cracks because everyone assumes someone else is handling it." Article 003 makes ownership of each piece of work the basis of escalation. An unowned item is one nobody will chase.',
    sources: [cite("tpm-guide", "No single point of accountability"), cite("msp-operational-pm", "ownership")],
    howToFix: "Give every task and milestone an `owner`, and every change a `requested_by`, using ids from `people`.",
    failing: `people:
  - { id: sam }
tasks:
  - { id: cabling, name: Install cabling }`,
    fixed: `people:
  - { id: sam }
tasks:
  - { id: cabling, name: Install cabling, owner: sam }`
  },
  check(ctx) {
    const { tasks = [], milestones = [], changes = [] } = ctx.plan;
    const total = (tasks?.length ?? 0) + (milestones?.length ?? 0) + (changes?.length ?? 0);
    if (total === 0) return ctx.notApplicable("the plan has no tasks, milestones or changes");
    tasks?.forEach((t, i) => {
      if (!t.owner)
        ctx.report({ messageId: "noOwner", path: ["tasks", i, "owner"], data: { kind: "Task", name: t.name ?? t.id } });
    });
    milestones?.forEach((m, i) => {
      if (!m.owner)
        ctx.report({
          messageId: "noOwner",
          path: ["milestones", i, "owner"],
          data: { kind: "Milestone", name: m.name ?? m.id }
        });
    });
    changes?.forEach((c, i) => {
      if (!c.requested_by)
        ctx.report({ messageId: "noRequester", path: ["changes", i, "requested_by"], data: { id: c.id } });
    });
  }
});

// src/rules/person-overbooked.ts
var OVERSEERS = /* @__PURE__ */ new Set(["project-manager", "sponsor", "stakeholder", "product-owner"]);
var FinishQueue = class {
  heap = [];
  push(b) {
    const h = this.heap;
    h.push(b);
    for (let i = h.length - 1; i > 0; ) {
      const parent = i - 1 >> 1;
      if (h[parent].finish <= h[i].finish) break;
      [h[parent], h[i]] = [h[i], h[parent]];
      i = parent;
    }
  }
  /** Removes and returns a booking that finished before `date`, if any. */
  popBefore(date) {
    const h = this.heap;
    if (h.length === 0 || h[0].finish >= date) return void 0;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l].finish < h[m].finish) m = l;
        if (r < h.length && h[r].finish < h[m].finish) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }
  /** Some running booking at this place (rarely needed: only when the latest one has gone). */
  anyAt(place) {
    return this.heap.find((b) => b.place === place);
  }
};
var person_overbooked_default = defineRule({
  id: "person-overbooked",
  category: "schedule",
  severity: "medium",
  description: "Nobody is booked at two sites on the same days, or for more than their whole week.",
  fix: "Move one of the tasks, give it to someone else, or lower the tasks' allocations to what the person can give.",
  messages: {
    twoSites: '{{person}} is booked at {{siteA}} for "{{taskA}}" and at {{siteB}} for "{{taskB}}" {{when}}.',
    overAllocated: "{{person}} is booked for {{load:percent}} of a week {{when}}: {{tasks:list}}."
  },
  options: object({}).strict(),
  docs: {
    catches: "Unfinished tasks owned by the same person that overlap in time, when they are at different `site`s (for people who do the work - not a project manager, sponsor, stakeholder or product owner, and not tasks a vendor does), or when the tasks' `allocation`s add up to more than 100% of the person's week. Tasks without an allocation are not counted towards the 100%, since owning a task is not the same as working on it full time. A task marked `out_of_hours` (an evening UPS swap) does not clash with day work at another site: only two daytime tasks, or two out-of-hours ones, at different sites do.",
    why: `Article 002's multi-site refresh needs each site "planned individually but managed as part of a coordinated programme": an engineer booked for the Leeds switch swap and the Rotherham cutover on the same Saturday means one of them will not happen. Article 000 warns that engineers absorb such clashes silently instead of escalating them.`,
    sources: [
      cite("tpm-guide", "Multi-site network refresh"),
      cite("partner-pm-mistakes", "Mistake 3: relying on assumptions instead of proactive management")
    ],
    howToFix: "Re-sequence one of the tasks, or give it to another engineer. Record real allocations on tasks that share someone's week (`allocation: 50%`).",
    failing: `project: { name: Refresh, status_date: 2026-03-02 }
people: [{ id: sam, name: Sam Lee, role: engineer }]
sites: [{ id: leeds, name: Leeds }, { id: roth, name: Rotherham }]
tasks:
  - { id: a, name: Leeds switch swap, owner: sam, site: leeds, start: 2026-03-02, finish: 2026-03-04 }
  - { id: b, name: Rotherham switch swap, owner: sam, site: roth, start: 2026-03-03, finish: 2026-03-05 }`,
    fixed: `project: { name: Refresh, status_date: 2026-03-02 }
people: [{ id: sam, name: Sam Lee, role: engineer }]
sites: [{ id: leeds, name: Leeds }, { id: roth, name: Rotherham }]
tasks:
  - { id: a, name: Leeds switch swap, owner: sam, site: leeds, start: 2026-03-02, finish: 2026-03-04 }
  - { id: b, name: Rotherham switch swap, owner: sam, site: roth, start: 2026-03-05, finish: 2026-03-06 }`
  },
  check(ctx) {
    const { model } = ctx;
    const byPerson = /* @__PURE__ */ new Map();
    for (const item of model.items.values()) {
      const t = item.task;
      if (!t?.owner || isFinished(item)) continue;
      const start = model.startOf(item);
      const finish = model.finishOf(item) ?? start;
      if (!start || !finish || finish < ctx.asOf) continue;
      const onSite = !OVERSEERS.has(model.people.get(t.owner)?.role ?? "") && !t.vendor;
      const site = onSite ? t.site ?? void 0 : void 0;
      const booking = {
        item,
        start,
        finish,
        site,
        place: site === void 0 ? void 0 : `${t.out_of_hours ? "night" : "day"}:${site}`,
        share: t.allocation ?? void 0
      };
      byPerson.set(t.owner, [...byPerson.get(t.owner) ?? [], booking]);
    }
    const people = [...byPerson.values()].filter((b) => b.length > 1);
    if (people.length === 0) return ctx.notApplicable("nobody owns two or more dated, unfinished tasks");
    for (const [id, bookings] of byPerson) {
      if (bookings.length < 2) continue;
      const person = model.personName(id);
      bookings.sort((a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : 0);
      const running = new FinishQueue();
      const atSite = /* @__PURE__ */ new Map();
      const siteCount = /* @__PURE__ */ new Map();
      const shared = /* @__PURE__ */ new Set();
      let load = 0;
      for (const b of bookings) {
        for (let gone = running.popBefore(b.start); gone; gone = running.popBefore(b.start)) {
          if (gone.place) {
            const n = siteCount.get(gone.place) - 1;
            if (n === 0) siteCount.delete(gone.place);
            else siteCount.set(gone.place, n);
            if (atSite.get(gone.place) === gone) atSite.delete(gone.place);
          }
          if (gone.share !== void 0) {
            load -= gone.share;
            shared.delete(gone);
          }
        }
        if (b.site && b.place) {
          const shift = b.place.slice(0, b.place.indexOf(":") + 1);
          const other = [...siteCount.keys()].find((place) => place !== b.place && place.startsWith(shift));
          const elsewhere = other === void 0 ? void 0 : atSite.get(other) ?? running.anyAt(other);
          if (elsewhere) {
            ctx.report({
              messageId: "twoSites",
              path: [...b.item.path, "site"],
              data: {
                person,
                siteA: model.siteName(elsewhere.site),
                taskA: elsewhere.item.name,
                siteB: model.siteName(b.site),
                taskB: b.item.name,
                from: b.start,
                to: elsewhere.finish < b.finish ? elsewhere.finish : b.finish,
                when: onDates(b.start, elsewhere.finish < b.finish ? elsewhere.finish : b.finish)
              }
            });
          }
          siteCount.set(b.place, (siteCount.get(b.place) ?? 0) + 1);
          atSite.set(b.place, b);
        }
        if (b.share !== void 0) {
          load += b.share;
          shared.add(b);
          if (load > 1 + 1e-9) {
            const all = [...shared];
            const to = all.reduce((m, a) => a.finish < m ? a.finish : m, b.finish);
            ctx.report({
              messageId: "overAllocated",
              path: [...b.item.path, "allocation"],
              data: {
                person,
                load,
                from: b.start,
                to,
                when: onDates(b.start, to),
                tasks: all.map((a) => `"${a.item.name}" (${Math.round(a.share * 100)}%)`)
              }
            });
          }
        }
        running.push(b);
      }
    }
  }
});

// src/rules/phase-contradicted.ts
function describeFact(f) {
  switch (f.kind) {
    case "spent":
      return `budget line ${f.line} has ${money(f.amount)} of actual spend`;
    case "started":
      return `"${f.item}" started on ${f.date}`;
    case "progressed":
      return `"${f.item}" is ${Math.round(f.progress * 100)}% done`;
    case "received":
      return `${f.item} was delivered on ${f.date}`;
    case "done":
      return `milestone "${f.item}" was done on ${f.date}`;
    case "reported":
      return `a status report was sent on ${f.date}`;
    case "implemented":
      return `change ${f.change} has been implemented`;
    case "to-come":
      return `"${f.item}" is still to be done, by ${f.date}`;
  }
}
var phase_contradicted_default = defineRule({
  id: "phase-contradicted",
  category: "governance",
  severity: "high",
  description: "The plan's phase agrees with its facts: no spend or progress on a presale plan, no work to come on a closed one.",
  fix: "Set project.phase to what the project really is (delivery, most likely); the rules for that phase then apply.",
  messages: {
    presale: "The plan says it is in presale, but {{facts:semilist}}. A project already under way is judged as one: the presale preset was not applied.",
    closed: "The plan says it is closed, but {{facts:semilist}}. A project with work to come is judged as a live one: the closed preset was not applied."
  },
  options: object({}).strict(),
  needs: ["project.phase"],
  docs: {
    catches: "A plan whose `project.phase` is `presale` while it records actual spend, actual start or finish dates, progress, received deliveries, done milestones, status reports or implemented changes; or whose phase is `closed` while a task that is neither complete nor dropped is planned to finish on or after the as-of date.",
    why: 'Each phase changes what pmcheck expects: a presale plan is not asked for progress, and a closed one is not asked for status reports. A plan that claims a phase its facts deny would escape the rules that matter most - a live project with overspend and a slipped go-live could call itself "presale" and pass the gate. Article 002 warns that reports saying "progressing well" hide slips; a phase label that hides progress is the same failure.',
    sources: [cite("tpm-guide", "Poor communication between technical and non-technical stakeholders")],
    howToFix: "Set `project.phase` to the phase the facts describe: `delivery` once work, spend or reporting has begun; `closed` only when every task is complete or dropped.",
    failing: `project:
  name: Move
  phase: presale
  status_date: 2026-02-16
budget:
  lines: [{ id: cabling, planned: 22000, actual: 14000 }]`,
    fixed: `project:
  name: Move
  phase: presale
  status_date: 2026-01-05
budget:
  lines: [{ id: cabling, planned: 22000 }]`,
    context: "Applies to the presale and closed phases only. When it fires, the phase's preset is not applied, so every rule of a live project judges the plan."
  },
  check(ctx) {
    const phase = ctx.plan.project.phase;
    if (phase !== "presale" && phase !== "closed")
      return ctx.notApplicable("the plan is not in the presale or closed phase");
    const facts = ctx.model.phaseContradictions;
    if (facts.length === 0) return;
    const shown = facts.slice(0, 4).map(describeFact);
    if (facts.length > 4) shown.push(`${facts.length - 4} more`);
    ctx.report({ messageId: phase, path: ["project", "phase"], data: { facts: shown, first: facts[0].kind } });
  }
});

// src/rules/pilot-first.ts
var pilot_first_default = defineRule({
  id: "pilot-first",
  category: "schedule",
  severity: "medium",
  description: "A rollout to many users is preceded by a pilot.",
  fix: "Add a pilot task with a small group and make the rollout depend on it.",
  messages: {
    noPilot: 'Rollout "{{task}}" affects {{users}} users but no pilot precedes it.',
    noPilotWaves: 'Rollout "{{task}}" is the first of {{waves}} waves that reach {{users}} users in all, and no pilot precedes it; a first wave is not a pilot unless it is marked as one.'
  },
  options: object({
    minUsers: number().int().nonnegative().default(20).describe("Rollouts affecting more users than this need a pilot.")
  }).strict(),
  needs: ["tasks[].users_affected"],
  docs: {
    catches: "A task of kind `rollout` with `users_affected` above the option `minUsers` (default 20) that has no task of kind `pilot` among its predecessors, directly or further back; and a rollout in waves - rollouts that follow one another, through any work between them, or share a `phase` - whose users add up to more than `minUsers`, when its first wave has no pilot before it (a first wave is not a pilot unless it is `kind: pilot`). Computed in one pass over the dependency graph in topological order.",
    why: 'Article 003: validate with a pilot group before an organisation-wide rollout, so that problems are found by ten people rather than two hundred. Article 002: "each phase is tested and validated before the next begins."',
    sources: [
      cite("msp-operational-pm", "validating before an organisation-wide rollout"),
      cite("tpm-guide", "Cloud migration from on-premise servers")
    ],
    howToFix: "Add a `kind: pilot` task with a small, representative group, and make the rollout depend on it.",
    failing: `tasks:
  - { id: mfa-rollout, kind: rollout, users_affected: 45 }`,
    fixed: `tasks:
  - { id: mfa-pilot, kind: pilot, users_affected: 5 }
  - { id: mfa-rollout, kind: rollout, users_affected: 45, depends_on: [mfa-pilot] }`
  },
  check(ctx) {
    const { model } = ctx;
    const min = ctx.options.minUsers;
    const rollouts = [...model.items.values()].filter((i) => i.task?.kind === "rollout");
    const parent = new Map(rollouts.map((r) => [r.id, r.id]));
    const root = (id) => {
      let r = id;
      while (parent.get(r) !== r) r = parent.get(r);
      parent.set(id, r);
      return r;
    };
    const join = (a, b) => parent.set(root(a), root(b));
    const afterPilot = /* @__PURE__ */ new Set();
    const lastWave = /* @__PURE__ */ new Map();
    for (const id of model.graph.topologicalOrder()) {
      const item = model.items.get(id);
      const preds = model.graph.predecessors(id);
      if (item.task?.kind === "pilot" || preds.some((e) => afterPilot.has(e.from))) afterPilot.add(id);
      const upstream = preds.map((e) => lastWave.get(e.from)).find((w) => w !== void 0);
      if (parent.has(id)) {
        for (const e of preds) {
          const w = lastWave.get(e.from);
          if (w !== void 0) join(id, w);
        }
        lastWave.set(id, id);
      } else if (upstream !== void 0) lastWave.set(id, upstream);
    }
    const byPhase = /* @__PURE__ */ new Map();
    for (const r of rollouts) {
      const phase = r.task.phase;
      if (!phase) continue;
      const first = byPhase.get(phase);
      if (first === void 0) byPhase.set(phase, r.id);
      else join(r.id, first);
    }
    const groups = /* @__PURE__ */ new Map();
    for (const r of rollouts) groups.set(root(r.id), [...groups.get(root(r.id)) ?? [], r]);
    const users = (r) => r.task.users_affected ?? 0;
    const large = rollouts.filter((r) => users(r) > min);
    const wavesOverMin = [...groups.values()].filter((g) => g.length > 1 && g.reduce((s, r) => s + users(r), 0) > min);
    if (large.length === 0 && wavesOverMin.length === 0)
      return ctx.notApplicable(`no rollout affects more than ${min} users, alone or in waves`);
    const pilotBefore = (id) => model.graph.predecessors(id).some((e) => afterPilot.has(e.from));
    for (const item of large) {
      if (!pilotBefore(item.id))
        ctx.report({
          messageId: "noPilot",
          path: [...item.path, "users_affected"],
          data: { task: item.name, users: users(item) }
        });
    }
    for (const group of wavesOverMin) {
      const first = [...group].filter((r) => users(r) <= min && !pilotBefore(r.id)).sort((a, b) => (model.startOf(a) ?? "9999") < (model.startOf(b) ?? "9999") ? -1 : 1)[0];
      if (!first || group.some(
        (r) => users(r) > min && model.startOf(r) !== void 0 && model.startOf(r) < (model.startOf(first) ?? "")
      ))
        continue;
      ctx.report({
        messageId: "noPilotWaves",
        path: [...first.path, "users_affected"],
        data: { task: first.name, waves: group.length, users: group.reduce((s, r) => s + users(r), 0) }
      });
    }
  }
});

// src/rules/pm-allocation.ts
var pm_allocation_default = defineRule({
  id: "pm-allocation",
  category: "governance",
  severity: "medium",
  description: "On a project that warrants formal PM, the PM has at least a minimum share of their week for it.",
  fix: "Record the PM's real allocation and raise it to the minimum, or justify the lower figure.",
  messages: {
    below: "The project manager ({{pm}}) is allocated {{allocation}} of a week, below the minimum {{min}}.{{warranted}}",
    unknown: "The project manager's allocation is not recorded.{{warranted}}"
  },
  options: object({ min: number().min(0).max(1).default(0.3).describe("Minimum share of a full-time week, 0 to 1.") }).strict(),
  needs: ["project.manager"],
  docs: {
    catches: "The person named as `project.manager` has an `allocation` below the option `min` (default 0.3, i.e. 30% of a week), or none recorded, on a project where the PM-warranted assessment is true. On smaller work the rule does not apply.",
    why: 'Article 002: internal PMs "are often given project management as an additional responsibility on top of their existing role. Part-time project management produces part-time results." Article 000 adds that cut-down PM scope "simply shifts the cost into delays, rework, escalations".',
    sources: [
      cite("tpm-guide", "In-house or external project management"),
      cite("partner-pm-mistakes", "Mistake 1: cutting project management to save costs")
    ],
    howToFix: "Set `allocation` on the PM's entry in `people` to the share of a week they will really spend, and plan for at least the minimum. Change the minimum with `rules: { pm-allocation: [medium, { min: 0.5 }] }` in `.pmcheck.yaml`.",
    failing: `project:
  name: Office move
  manager: pat
  users_affected: 40
people:
  - { id: pat, role: project-manager, allocation: 0.1 }`,
    fixed: `project:
  name: Office move
  manager: pat
  users_affected: 40
people:
  - { id: pat, role: project-manager, allocation: 0.4 }`
  },
  check(ctx) {
    const pm = ctx.model.pmAssessment;
    if (!pm.warranted) return ctx.notApplicable("formal PM is not warranted for work this size");
    const person = ctx.model.manager;
    if (!person) return ctx.notApplicable("no project manager is named (pm-assigned reports that)");
    const i = ctx.plan.people.indexOf(person);
    const warranted = warrantClause(pm, ctx.plan.project.currency);
    if (person.allocation == null)
      return ctx.report({ messageId: "unknown", path: ["people", i, "allocation"], data: { warranted } });
    if (person.allocation < ctx.options.min) {
      ctx.report({
        messageId: "below",
        path: ["people", i, "allocation"],
        data: {
          pm: ctx.model.personName(person.id),
          allocation: percent(person.allocation),
          min: percent(ctx.options.min),
          warranted
        }
      });
    }
  }
});

// src/rules/pm-assigned.ts
var pm_assigned_default = defineRule({
  id: "pm-assigned",
  category: "governance",
  severity: "critical",
  description: "The project has one accountable project manager: project.manager names a person with role project-manager.",
  fix: "Set project.manager to a person whose role is project-manager.",
  messages: {
    missing: "No project manager: project.manager is not set.{{warranted}}",
    wrongRole: "The project manager, {{name}}, has role {{role}}, not project-manager.{{warranted}}"
  },
  options: object({}).strict(),
  needs: ["project.manager"],
  docs: {
    catches: "A plan with no `project.manager`, or whose manager is not a person with `role: project-manager`. When the PM-warranted assessment is true (the work runs more than 10 working days, involves more than one vendor, costs more than 5,000 or affects more than 5 users), the message names the thresholds crossed. On a plan below every threshold the rule counts as medium, not critical.",
    why: 'Article 002 names "no single point of accountability" as the first reason IT projects fail: when work is shared between an IT provider, the internal team and a vendor or two, "nobody owns the outcome. Decisions stall ... tasks fall through the cracks." Article 000 calls cutting PM to hit a price the most common partner mistake: the cost comes back as delays, rework and change requests.',
    sources: [
      cite("partner-pm-mistakes", "Mistake 1: cutting project management to save costs"),
      cite("tpm-guide", "No single point of accountability")
    ],
    howToFix: "Name one person as `project.manager` and give them `role: project-manager` in `people`, with an allocation that reflects real time on the project. If the PM comes from a partner or a distributor, say so in `organisation`.",
    failing: `project:
  name: Office move
  # no manager
people:
  - { id: sam, name: Sam Lee, role: engineer }`,
    fixed: `project:
  name: Office move
  manager: pat
people:
  - { id: pat, name: Pat Jones, role: project-manager, allocation: 0.5 }
  - { id: sam, name: Sam Lee, role: engineer }`
  },
  check(ctx) {
    const pm = ctx.model.pmAssessment;
    if (!pm.warranted) ctx.relax(2);
    const warranted = warrantClause(pm, ctx.plan.project.currency);
    const id = ctx.plan.project.manager;
    if (!id) return ctx.report({ messageId: "missing", path: ["project"], data: { warranted } });
    const person = ctx.model.manager;
    if (person && person.role !== "project-manager") {
      ctx.report({
        messageId: "wrongRole",
        path: ["project", "manager"],
        data: { id, name: person.name ?? id, role: person.role ?? "unset", warranted }
      });
    }
  }
});

// src/rules/pm-budgeted.ts
var pm_budgeted_default = defineRule({
  id: "pm-budgeted",
  category: "governance",
  severity: "high",
  description: "The budget has a project-management line of at least a minimum share of the total.",
  fix: "Add a project-management budget line sized to the PM effort, or restore the one cut to hit a price.",
  messages: {
    missing: "The budget has no project-management line: nobody is paid to manage this project.",
    small: "Project management is {{share:percent1}} of the budget ({{amount:money}} of {{total:money}}{{excluding}}), below the minimum {{min:percent1}}."
  },
  options: object({ minShare: number().min(0).max(1).default(0.05).describe("Minimum share of the budget total, 0 to 1.") }).strict(),
  needs: ["budget"],
  docs: {
    catches: "A budget with no line of `category: project-management`, or whose project-management lines add up to less than the option `minShare` (default 5%) of `budget.total` (or of the lines, when there is no total), leaving out lines marked `pass_through`: hardware passed through at cost is not work to manage.",
    why: 'Article 000, mistake 1: project management is "the first thing to be cut from the scope ... usually when trying to hit a customer price point", and the saving "simply shifts the cost into delays, rework, escalations, and lost customer confidence". Article 002: "Unless project management is explicitly scoped, resourced, and paid for, it is not happening."',
    sources: [
      cite("partner-pm-mistakes", "Mistake 1: cutting project management to save costs"),
      cite("tpm-guide", "Assuming the IT provider will manage the project")
    ],
    howToFix: "Add a budget line with `category: project-management` for the PM's days. Typical IT infrastructure projects carry 8% to 15% for PM.",
    failing: `budget:
  total: 100000
  lines:
    - { id: kit, category: hardware, planned: 100000 }`,
    fixed: `budget:
  total: 100000
  lines:
    - { id: pm, category: project-management, planned: 10000 }
    - { id: kit, category: hardware, planned: 90000 }`
  },
  check(ctx) {
    const pm = ctx.model.pmBudget;
    if (!pm) return ctx.notApplicable("the plan has no budget");
    const { lines: pmLines, amount, total } = pm;
    if (pmLines.length === 0)
      return ctx.report({
        messageId: "missing",
        path: ctx.plan.budget?.lines?.length ? ["budget", "lines"] : ["budget"]
      });
    if (total > 0 && amount / total < ctx.options.minShare) {
      ctx.report({
        messageId: "small",
        path: ["budget", "lines", pmLines[0].index, "planned"],
        data: {
          share: amount / total,
          amount,
          total,
          min: ctx.options.minShare,
          excluding: pm.passThrough > 0 ? `, leaving out ${money(pm.passThrough)} of pass-through hardware` : ""
        }
      });
    }
  }
});

// src/rules/pm-not-engineer.ts
var TECHNICAL = /* @__PURE__ */ new Set(["build", "migration", "cutover"]);
var pm_not_engineer_default = defineRule({
  id: "pm-not-engineer",
  category: "governance",
  severity: "high",
  description: "The project manager does not also own build, migration or cutover work.",
  fix: "Give the technical task to an engineer; keep the PM free to manage the whole outcome.",
  messages: {
    ownsTechnicalWork: 'The project manager ({{pm}}) owns {{kind}} task "{{task}}".'
  },
  options: object({}).strict(),
  needs: ["project.manager"],
  docs: {
    catches: "A task of kind `build`, `migration` or `cutover` whose `owner` is the project manager. A PM whose own role is technical (`role: engineer`) is reported by `pm-assigned`, so the same fact is not counted twice; this rule reports the technical work the PM has taken on.",
    why: 'Article 000, mistake 2: "technical engineers and IT professionals are rarely Project Managers. Expecting them to deliver solutions while managing stakeholders, risks, scope changes, and reporting often leads to missed milestones, poor escalation". When the person steering is also heads-down on the build, nobody is steering.',
    sources: [cite("partner-pm-mistakes", "Mistake 2: leaving project management to technical resources")],
    howToFix: "Assign each build, migration and cutover task to an engineer. The PM can own scoping, communication, procurement and governance tasks.",
    failing: `project:
  name: Migration
  manager: pat
people:
  - { id: pat, role: project-manager }
tasks:
  - { id: cutover, kind: cutover, owner: pat }`,
    fixed: `project:
  name: Migration
  manager: pat
people:
  - { id: pat, role: project-manager }
  - { id: kofi, role: engineer }
tasks:
  - { id: cutover, kind: cutover, owner: kofi }`
  },
  check(ctx) {
    const pm = ctx.model.manager;
    if (!pm) return ctx.notApplicable("no project manager is named (pm-assigned reports that)");
    const technical = (ctx.plan.tasks ?? []).map((task, i) => ({ task, i })).filter(({ task }) => task.kind && TECHNICAL.has(task.kind));
    if (technical.length === 0) return ctx.notApplicable("the plan has no build, migration or cutover tasks");
    for (const { task, i } of technical) {
      if (task.owner === pm.id) {
        ctx.report({
          messageId: "ownsTechnicalWork",
          path: ["tasks", i, "owner"],
          data: { pm: ctx.model.personName(pm.id), kind: task.kind, task: task.name ?? task.id }
        });
      }
    }
  }
});

// src/rules/predecessor-order.ts
var VERB = { FS: "finishes", SS: "starts", FF: "finishes", SF: "starts" };
var VERB_PAST = { FS: "finished", SS: "started", FF: "finished", SF: "started" };
var predecessor_order_default = defineRule({
  id: "predecessor-order",
  category: "schedule",
  severity: "high",
  description: "Every item starts or finishes no earlier than its dependencies allow, lags included.",
  fix: "Move the item to the date its dependency allows, or correct the dependency's type or lag.",
  messages: {
    tooEarly: '"{{item}}" {{bound}}s {{date}}{{dateNote}}, but its {{type}} dependency on "{{pred}}" (which {{verb}} {{predDate}}{{predNote}}{{lag}}) allows {{allowed}} at the earliest{{holidays}}.',
    happened: '"{{item}}" {{bound}}d on {{date}}, before its {{type}} dependency on "{{pred}}" ({{verb}} {{predDate}}) allowed: the work overlapped, and that has happened. If the plan is re-forecast, record the dependency as it really was (SS, or a lead).'
  },
  options: object({}).strict(),
  docs: {
    catches: "A successor whose dates break a dependency: with FS it must start after the predecessor finishes (the next working day after a task; the same day as a milestone or delivery), with SS start no earlier than it starts, with FF finish no earlier than it finishes, with SF finish no earlier than it starts; a lag adds working days (a negative lag is a lead). Actual dates win over planned ones. When both dates are actual the overlap has happened: with the successor still in progress it is a low note (record the dependency as it really ran), and with the successor complete it is history and not reported. A successor that really started while its predecessor is still unfinished stays high: that is work begun without what it needs. Dependencies on deliveries and hand-offs between vendors are `vendor-sequencing`'s, and dependencies inside a loop are `dependency-cycle`'s, so they are not reported twice. Calendars: lags and the earliest date are counted on the successor's working calendar, as MS Project does. A task with `calendar: 7-day` works every day, so a Saturday\u2013Sunday cutover straight after pre-staging that ends on the Friday is in order; a task with no `calendar` whose own planned start or finish falls on a weekend or holiday is read the same way, as planned to work then. With `calendar: standard` (or a named calendar) it is held to that calendar, and the message says when a date is not a working day (\"starts 2026-10-17 (a Saturday)\") and names the holidays (`project.calendar.holidays`, `public_holidays`) that push the allowed date later.",
    why: 'Schedule logic that the dates contradict is a plan nobody can follow: the successor is scheduled to happen before the work it needs. The DCMA 14-point assessment checks logic first for this reason; in IT projects it is how a migration "starts before the network has sufficient bandwidth" (article 002).',
    sources: [cite("dcma-14", "logic checks"), cite("tpm-guide", "Cloud migration from on-premise servers")],
    howToFix: "Move the successor to the date the message gives, or fix the dependency if its type or lag is wrong.",
    failing: `tasks:
  - { id: bandwidth, start: 2026-02-16, finish: 2026-02-27 }
  - { id: migrate, start: 2026-02-23, depends_on: [bandwidth] }`,
    fixed: `tasks:
  - { id: bandwidth, start: 2026-02-16, finish: 2026-02-27 }
  - { id: migrate, start: 2026-03-02, depends_on: [bandwidth] }`
  },
  check(ctx) {
    const { model } = ctx;
    const edges = model.graph.edges.filter((e) => !model.isVendorDependency(e) && !model.graph.isInLoop(e));
    if (edges.length === 0) return ctx.notApplicable("the plan has no dependencies between its own items");
    for (const edge of edges) {
      const needed = model.requirementOf(edge);
      const succ = model.items.get(edge.to);
      const date = needed?.bound === "start" ? model.startOf(succ) : model.finishOf(succ);
      if (!needed || !date || date >= needed.date) continue;
      const pred = model.items.get(edge.from);
      const predDate = edge.type === "FS" || edge.type === "FF" ? model.finishOf(pred) : model.startOf(pred);
      const succActual = needed.bound === "start" ? succ.actualStart : succ.actualFinish;
      const predActual = edge.type === "FS" || edge.type === "FF" ? pred.actualFinish : pred.actualStart;
      if (succActual && predActual && succActual <= ctx.asOf && predActual <= ctx.asOf) {
        if (isFinished(succ, ctx.asOf)) continue;
        ctx.report({
          messageId: "happened",
          path: edge.path,
          lower: 2,
          data: {
            item: succ.name,
            bound: needed.bound === "start" ? "starte" : "finishe",
            date,
            type: edge.type,
            pred: pred.name,
            verb: VERB_PAST[edge.type],
            predDate
          }
        });
        continue;
      }
      const off = holidaysBehind(model, edge, pred, succ, predDate, needed.date);
      const offCount = off.flat().reduce((n, g) => n + g.count, 0);
      ctx.report({
        messageId: "tooEarly",
        path: edge.path,
        data: {
          item: succ.name,
          bound: needed.bound === "start" ? "start" : "finishe",
          date,
          dateNote: model.dayNote(succ.calendar, date),
          type: edge.type,
          pred: pred.name,
          verb: VERB[edge.type],
          predDate,
          predNote: model.dayNote(pred.calendar, predDate),
          lag: edge.lag === 0 ? "" : `, lag ${edge.lag} working days`,
          allowed: needed.date,
          holidays: offCount > 0 ? `; ${describeHolidayGroups(off)}` : ""
        }
      });
    }
  }
});
function holidaysBehind(model, edge, pred, succ, predDate, allowed) {
  const fromDuration = (edge.type === "FS" || edge.type === "FF") && !pred.actualFinish && pred.task?.finish == null && pred.start;
  const inside = fromDuration ? pred.calendar.holidaySummary(model.startOf(pred), predDate) : [];
  const between = succ.calendar.holidaySummary(fromDayNumber(toDayNumber(predDate) + 1), allowed);
  return [inside, between];
}

// src/rules/risk-mitigation.ts
var risk_mitigation_default = defineRule({
  id: "risk-mitigation",
  category: "risk",
  severity: "high",
  description: "Every serious open risk (likelihood \xD7 impact of at least minScore) has a mitigation.",
  fix: "Write the mitigation: what will be done now to make the risk less likely or less damaging.",
  messages: {
    none: 'Open risk {{id}} ("{{title}}") scores {{score}} ({{likelihood}} \xD7 {{impact}}) and has no mitigation.'
  },
  options: object({
    minScore: number().int().min(1).max(25).default(12).describe("Likelihood \xD7 impact (each 1 to 5) from which a mitigation is required.")
  }).strict(),
  needs: ["risks"],
  docs: {
    catches: "An open risk whose `likelihood` \xD7 `impact` (each 1 to 5; low, medium and high count as 2, 3 and 4) is at least the option `minScore` (default 12) and which has no `mitigation`.",
    why: 'Article 002: a PM "ensures mitigation plans exist before they are needed. This is not bureaucracy. It is the difference between a controlled response and a crisis."',
    sources: [cite("tpm-guide", "Risk identification and mitigation")],
    howToFix: "Decide what will be done now (order early, add a fallback, test first) and record it as the `mitigation`.",
    failing: `risks:
  - { id: R1, title: Switch lead times, likelihood: 4, impact: 4 }`,
    fixed: `risks:
  - { id: R1, title: Switch lead times, likelihood: 4, impact: 4, mitigation: Order in week 1; distributor holds stock }`
  },
  check(ctx) {
    const scored = (ctx.plan.risks ?? []).map((risk, i) => ({ risk, i })).filter(({ risk }) => (risk.status ?? "open") === "open" && risk.likelihood != null && risk.impact != null);
    if (scored.length === 0) return ctx.notApplicable("no open risk has a likelihood and an impact");
    for (const { risk, i } of scored) {
      const score = risk.likelihood * risk.impact;
      if (score >= ctx.options.minScore && !risk.mitigation?.trim()) {
        ctx.report({
          messageId: "none",
          path: ["risks", i, "mitigation"],
          data: {
            id: risk.id,
            title: risk.title ?? risk.id,
            score,
            likelihood: risk.likelihood,
            impact: risk.impact
          }
        });
      }
    }
  }
});

// src/rules/risk-owner.ts
var risk_owner_default = defineRule({
  id: "risk-owner",
  category: "risk",
  severity: "medium",
  description: "Every open risk has an owner.",
  fix: "Name the person who will watch the risk and act on it.",
  messages: {
    noOwner: 'Open risk {{id}} ("{{title}}") has no owner.'
  },
  options: object({}).strict(),
  needs: ["risks"],
  docs: {
    catches: "A risk whose status is `open` (or unset) with no `owner`.",
    why: 'Article 002: a PM "maintains a risk register, assigns owners to each risk, and ensures mitigation plans exist before they are needed." A risk nobody owns is watched by nobody.',
    sources: [cite("tpm-guide", "Risk identification and mitigation")],
    howToFix: "Give each open risk an `owner` from `people`: the person best placed to see it coming and act.",
    failing: `risks:
  - { id: R1, title: Switch lead times, status: open }`,
    fixed: `people: [{ id: lee }]
risks:
  - { id: R1, title: Switch lead times, status: open, owner: lee }`
  },
  check(ctx) {
    const open = (ctx.plan.risks ?? []).map((risk, i) => ({ risk, i })).filter(({ risk }) => (risk.status ?? "open") === "open");
    if (open.length === 0) return ctx.notApplicable("no open risks");
    for (const { risk, i } of open)
      if (!risk.owner)
        ctx.report({
          messageId: "noOwner",
          path: ["risks", i, "owner"],
          data: { id: risk.id, title: risk.title ?? risk.id }
        });
  }
});

// src/rules/risk-register.ts
var risk_register_default = defineRule({
  id: "risk-register",
  category: "risk",
  severity: "high",
  description: "The project keeps a risk register.",
  fix: "Add a risks section: what could go wrong, how likely, how bad, who owns it, and the mitigation.",
  messages: {
    none: "The plan has no risk register.{{warranted}}"
  },
  options: object({}).strict(),
  needs: ["risks"],
  docs: {
    catches: "A plan with no `risks`, or an empty list. On a project where the PM-warranted assessment is true the rule counts at its full severity and the message names the thresholds; on smaller work it counts as low.",
    why: 'Article 000, mistake 3: assuming engineers "will identify and flag every potential risk, early and clearly" \u2014 "what goes unnoticed often goes unmanaged." Article 002: "Every project has risks. The question is whether you identify them upfront and plan for them, or discover them when they become problems."',
    sources: [
      cite("partner-pm-mistakes", "Mistake 3: relying on assumptions instead of proactive management"),
      cite("tpm-guide", "Risk identification and mitigation")
    ],
    howToFix: "Hold a risk workshop with the team and vendors, and record each risk with likelihood, impact, owner and mitigation. Review it at every status report.",
    failing: `project:
  name: Migration
  users_affected: 120`,
    fixed: `project:
  name: Migration
  users_affected: 120
  manager: dan
people: [{ id: dan, role: project-manager }]
risks:
  - { id: R1, title: Upload too slow, likelihood: 3, impact: 4, owner: dan, mitigation: Upgrade the line first }`
  },
  check(ctx) {
    const pm = ctx.model.pmAssessment;
    if (!pm.warranted) ctx.relax(2);
    if (!ctx.plan.risks?.length)
      ctx.report({
        messageId: "none",
        path: ["risks"],
        data: { warranted: warrantClause(pm, ctx.plan.project.currency) }
      });
  }
});

// src/rules/risk-review-stale.ts
var risk_review_stale_default = defineRule({
  id: "risk-review-stale",
  category: "risk",
  severity: "low",
  description: "Every open risk has been reviewed within maxDays.",
  fix: "Review the risk (is it still likely? is the mitigation working?) and record reviewed_on.",
  messages: {
    stale: "Open risk {{id}} was last reviewed {{reviewed}}, {{days}} days before {{asOf}}.",
    never: "Open risk {{id}} has never been reviewed (no reviewed_on)."
  },
  options: object({ maxDays: number().int().positive().default(30).describe("Calendar days allowed between reviews.") }).strict(),
  needs: ["risks"],
  docs: {
    catches: "An open risk with no `reviewed_on`, or one more than the option `maxDays` (default 30) calendar days before the as-of date.",
    why: 'Article 000 describes PMs as "the early warning systems": a register written at kick-off and never read again warns nobody. Risks change as the project moves; the review is what keeps the register alive.',
    sources: [
      cite(
        "partner-pm-mistakes",
        'Mistake 3: relying on assumptions instead of proactive management, the "early warning systems"'
      ),
      cite("tpm-guide", "Risk identification and mitigation")
    ],
    howToFix: "Walk the register at each status meeting and record the date in `reviewed_on`.",
    failing: `project:
  name: Refresh
  status_date: 2026-05-04
risks:
  - { id: R1, status: open, reviewed_on: 2026-03-13 }`,
    fixed: `project:
  name: Refresh
  status_date: 2026-05-04
risks:
  - { id: R1, status: open, reviewed_on: 2026-04-27 }`
  },
  check(ctx) {
    const open = (ctx.plan.risks ?? []).map((risk, i) => ({ risk, i })).filter(({ risk }) => (risk.status ?? "open") === "open");
    if (open.length === 0) return ctx.notApplicable("no open risks");
    for (const { risk, i } of open) {
      if (!risk.reviewed_on) {
        ctx.report({ messageId: "never", path: ["risks", i, "reviewed_on"], data: { id: risk.id } });
        continue;
      }
      const days = calendarDaysBetween(risk.reviewed_on, ctx.asOf);
      if (days > ctx.options.maxDays)
        ctx.report({
          messageId: "stale",
          path: ["risks", i, "reviewed_on"],
          data: { id: risk.id, reviewed: risk.reviewed_on, days, asOf: ctx.asOf }
        });
    }
  }
});

// src/rules/rollback-plan.ts
var rollback_plan_default = defineRule({
  id: "rollback-plan",
  category: "schedule",
  severity: "high",
  description: "Every migration and cutover task has a rollback plan.",
  fix: "Write the task's rollback_plan: how to get back, who decides, and by when.",
  messages: {
    none: '{{kind}} task "{{task}}" has no rollback plan.'
  },
  options: object({}).strict(),
  needs: ["tasks[].kind"],
  docs: {
    catches: "A task of kind `migration` or `cutover` with no `rollback_plan` text.",
    why: `Article 002's cloud migration: a PM "sequences the migration so that each phase is tested and validated before the next begins. They ensure rollback plans exist and that users know what is changing and when." A cutover without a way back turns a bad night into a lost week.`,
    sources: [cite("tpm-guide", "Cloud migration from on-premise servers")],
    howToFix: "Describe how to reverse the change (what is kept, for how long, and the decision point for rolling back) and test it before the cutover.",
    failing: `tasks:
  - { id: email-cutover, kind: cutover }`,
    fixed: `tasks:
  - id: email-cutover
    kind: cutover
    rollback_plan: Revert MX records; Exchange 2016 stays live for 14 days.`
  },
  check(ctx) {
    const risky = (ctx.plan.tasks ?? []).map((task, i) => ({ task, i })).filter(({ task }) => task.kind === "migration" || task.kind === "cutover");
    if (risky.length === 0) return ctx.notApplicable("no migration or cutover tasks");
    for (const { task, i } of risky) {
      if (!task.rollback_plan?.trim()) {
        ctx.report({
          messageId: "none",
          path: ["tasks", i, "rollback_plan"],
          data: { kind: task.kind === "cutover" ? "Cutover" : "Migration", task: task.name ?? task.id }
        });
      }
    }
  }
});

// src/rules/schedule-performance.ts
function daysBehind(model, target, asOf) {
  const item = model.items.get(target.id);
  if (item.kind !== "task") return model.lateBy(item.start, asOf);
  const days = Math.max(1, item.calendar.workingDaysBetween(item.start, item.finish));
  return Math.ceil((target.pv - target.ev) / target.cost * days);
}
var schedule_performance_default = defineRule({
  id: "schedule-performance",
  category: "budget",
  severity: "medium",
  description: "The schedule performance index (SPI = earned value / planned value) is at least min.",
  fix: "Find the tasks behind plan and re-plan them, or report the slip to the sponsor.",
  messages: {
    low: "SPI is {{spiShown}}: {{ev:money}} of work earned against {{pv:money}} planned by {{asOf}} (below {{min}}). {{behind}} The work is worth {{bac:money}} in all."
  },
  options: object({ min: number().positive().default(0.9).describe("Lowest acceptable SPI.") }).strict(),
  needs: ["budget"],
  docs: {
    catches: "Earned value, placed on the work as in `cost-performance` (costs on tasks, deliveries and payment milestones; else budget lines on the work they pay for, never split evenly over deliveries of unknown worth; pass-through hardware left out). PV is the planned cost of the work scheduled to be done by the as-of date (by working days elapsed in each task, on arrival for deliveries), EV the cost of the work done. The rule fires when SPI = EV / PV is below the option `min` (default 0.9), and names the work furthest behind. It stays quiet when every item behind is behind by no more than the plan absorbs: within `project.tolerance.days`, or inside the item's total float (a delivery by the working days since it was due, a task by the share of its days planned but not done). On a six-week job, one delivery two days late inside a five-day tolerance can put SPI at 0.5; that is an artefact of lumpy money, and `delivery-overdue` already says it.",
    why: 'SPI measures the schedule in money: below 0.9, a tenth of the work that should be done is not. Article 002: "When milestones slip, it surfaces early rather than in the final week"; SPI surfaces it before the milestone does.',
    sources: [cite("evm", "schedule performance index (SPI)"), cite("tpm-guide", "Timeline and milestone management")],
    howToFix: "Update task progress honestly, find the tasks furthest behind, and re-plan them or add capacity.",
    failing: `project:
  name: Move
  status_date: 2026-02-13
budget:
  lines: [{ id: labour, planned: 10000 }]
tasks:
  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 0.4 }`,
    fixed: `project:
  name: Move
  status_date: 2026-02-13
budget:
  lines: [{ id: labour, planned: 10000 }]
tasks:
  - { id: build, start: 2026-02-02, finish: 2026-02-13, progress: 1 }`
  },
  check(ctx) {
    const evm = ctx.model.earnedValue;
    if (!evm) return ctx.notApplicable(noEarnedValue(ctx.model.plan.budget?.lines?.length ?? 0));
    if (evm.pv <= 0) return ctx.notApplicable("no work was planned to be done by the as-of date");
    const spi = evm.ev / evm.pv;
    if (spi >= ctx.options.min) return;
    const { model } = ctx;
    const late = evm.targets.filter((t) => t.pv > t.ev);
    if (late.every((t) => model.absorbs(t.id, daysBehind(model, t, ctx.asOf)))) return;
    const behind = late.sort((a, b) => b.pv - b.ev - (a.pv - a.ev)).slice(0, 3).map((t) => `"${t.name}" (${money(t.pv - t.ev)} behind)`);
    ctx.report({
      messageId: "low",
      path: ["budget"],
      data: {
        spi: Math.round(spi * 1e3) / 1e3,
        spiShown: indexAgainst(spi, ctx.options.min),
        ev: Math.round(evm.ev),
        pv: Math.round(evm.pv),
        bac: evm.bac,
        asOf: ctx.asOf,
        min: ctx.options.min,
        behind: behind.length > 0 ? `Furthest behind: ${listOf(behind)}.` : `Basis: ${evm.basis}.`
      }
    });
  }
});

// src/rules/scope-boundaries.ts
var scope_boundaries_default = defineRule({
  id: "scope-boundaries",
  category: "scope",
  severity: "low",
  description: "The scope records what is out of scope and the assumptions it rests on.",
  fix: "List what the project will not do (out_of_scope) and what it assumes (assumptions).",
  messages: {
    noExclusions: "The scope lists nothing out of scope.",
    noAssumptions: "The scope records no assumptions."
  },
  options: object({}).strict(),
  needs: ["scope"],
  docs: {
    catches: "A scope with no `out_of_scope` entries, and one with no `assumptions`: each is a finding of its own.",
    why: 'Article 002: scoping "includes documenting assumptions, identifying constraints, and mapping dependencies", and scope creep happens when additions are not recognised as additions. Without written exclusions, "that is a good idea, but it is not in scope for this phase" has nothing to point to.',
    sources: [
      cite("tpm-guide", "Scope creep disguised as improvement"),
      cite("tpm-guide", "Scoping and requirements gathering")
    ],
    howToFix: "Add `out_of_scope` with what a customer might reasonably expect but will not get, and `assumptions` with what must be true for the plan to hold.",
    failing: `scope:
  in_scope: [Cabling, Switching]`,
    fixed: `scope:
  in_scope: [Cabling, Switching]
  out_of_scope: [Furniture]
  assumptions: [Landlord access from 2026-01-19]`
  },
  check(ctx) {
    const scope = ctx.plan.scope;
    if (!scope?.out_of_scope?.length) ctx.report({ messageId: "noExclusions", path: ["scope", "out_of_scope"] });
    if (!scope?.assumptions?.length) ctx.report({ messageId: "noAssumptions", path: ["scope", "assumptions"] });
  }
});

// src/rules/scope-signed-off.ts
var scope_signed_off_default = defineRule({
  id: "scope-signed-off",
  category: "scope",
  severity: "high",
  description: "The scope is signed off by a named person on a recorded date.",
  fix: "Record scope.signed_off: { by: <person>, on: <date> } once the client has agreed the scope.",
  messages: {
    unsigned: "The scope has not been signed off (no scope.signed_off).",
    incomplete: "The scope sign-off names no {{missing}}."
  },
  options: object({}).strict(),
  needs: ["scope"],
  docs: {
    catches: "A plan whose `scope.signed_off` is missing, or which names no person (`by`) or no date (`on`).",
    why: 'Article 002: "Before any work begins, a technical project manager defines what success looks like ... in specific, measurable outcomes that business and technical stakeholders both agree on." A scope nobody signed is a scope nobody agreed, and "the scoping phase typically prevents more problems than any other single activity".',
    sources: [cite("tpm-guide", "Scoping and requirements gathering")],
    howToFix: "Once the sponsor has agreed the scope, record who signed it and when. If it is not agreed yet, get it agreed before work starts (see `work-before-signoff`).",
    failing: `scope:
  summary: Move 40 staff`,
    fixed: `people:
  - { id: alice, role: sponsor }
scope:
  summary: Move 40 staff
  signed_off: { by: alice, on: 2026-01-12 }`
  },
  check(ctx) {
    const s = ctx.plan.scope?.signed_off;
    if (!s || !s.by && !s.on) return ctx.report({ messageId: "unsigned", path: ["scope", "signed_off"] });
    if (!s.by || !s.on)
      ctx.report({
        messageId: "incomplete",
        path: ["scope", "signed_off"],
        data: { missing: !s.by ? "person (by)" : "date (on)" }
      });
  }
});

// src/rules/sponsor-assigned.ts
var sponsor_assigned_default = defineRule({
  id: "sponsor-assigned",
  category: "governance",
  severity: "high",
  description: "The project names a sponsor: the client-side decision maker.",
  fix: "Set project.sponsor to the person on the client side who makes decisions and signs off.",
  messages: {
    missing: "No sponsor: project.sponsor is not set, so nobody on the client side owns decisions."
  },
  options: object({}).strict(),
  needs: ["project.sponsor"],
  docs: {
    catches: "A plan with no `project.sponsor`.",
    why: 'Article 002: when nobody owns the outcome, "Decisions stall because nobody is sure who should make them." Article 003 ties successful delivery to leadership alignment and visible executive ownership. Scope sign-off, change approval and go/no-go gates all need a named decision maker.',
    sources: [
      cite("tpm-guide", "No single point of accountability"),
      cite("msp-operational-pm", "leadership alignment")
    ],
    howToFix: "Add the client's decision maker to `people` (role `sponsor`) and name them in `project.sponsor`.",
    failing: `project:
  name: Cloud migration`,
    fixed: `project:
  name: Cloud migration
  sponsor: ruth
people:
  - { id: ruth, role: sponsor }`
  },
  check(ctx) {
    if (!ctx.plan.project.sponsor) ctx.report({ messageId: "missing", path: ["project"] });
  }
});

// src/rules/status-stale.ts
var CADENCE_DAYS = { daily: 1, weekly: 7, fortnightly: 14, monthly: 31 };
var status_stale_default = defineRule({
  id: "status-stale",
  category: "communication",
  severity: "medium",
  description: "The latest status report is no older than the agreed cadence allows.",
  fix: "Send the overdue status report and record it in communication.status_reports.",
  messages: {
    stale: "The last status report was {{last}}, {{days}} days before {{asOf}}; a {{cadence}} cadence allows {{allowed}}.",
    none: "No status report has been sent, though work started on {{started}} and the cadence is {{cadence}}."
  },
  options: object({ graceDays: number().int().nonnegative().default(2).describe("Days of grace on top of the cadence.") }).strict(),
  needs: ["communication"],
  docs: {
    catches: "With a `communication.cadence`, the latest entry of `status_reports` is older at the as-of date than the cadence plus the option `graceDays` (default 2): daily 1, weekly 7, fortnightly 14, monthly 31 days. Once work has started, having no reports at all is also a finding.",
    why: 'Article 002: "honest, clear reporting that surfaces problems early enough to do something about them". A report that stops arriving is itself a signal that something is wrong; article 004 asks the client to agree how often updates come, so the PM can be held to it.',
    sources: [
      cite("tpm-guide", "Poor communication between technical and non-technical stakeholders"),
      cite("pm-six-ways", "4. Be clear how you want to be updated")
    ],
    howToFix: "Send the report, and keep to the agreed cadence or agree a new one.",
    failing: `project:
  name: Move
  status_date: 2026-03-06
communication:
  cadence: weekly
  status_reports:
    - { on: 2026-02-20, rag: green }`,
    fixed: `project:
  name: Move
  status_date: 2026-03-06
communication:
  cadence: weekly
  status_reports:
    - { on: 2026-02-20, rag: green }
    - { on: 2026-03-06, rag: amber }`
  },
  check(ctx) {
    const c = ctx.plan.communication;
    if (!c?.cadence) return ctx.notApplicable("no reporting cadence is set (comms-plan reports that)");
    const allowed = CADENCE_DAYS[c.cadence] + ctx.options.graceDays;
    const reports = (c.status_reports ?? []).map((r, i) => ({ r, i })).filter(({ r }) => r.on <= ctx.asOf);
    if (reports.length === 0) {
      let started;
      for (const item of ctx.model.items.values())
        if (item.actualStart && item.actualStart <= ctx.asOf && (!started || item.actualStart < started))
          started = item.actualStart;
      if (!started) return ctx.notApplicable("no work has started, so no report is due yet");
      return ctx.report({
        messageId: "none",
        path: ["communication", "status_reports"],
        data: { started, cadence: c.cadence }
      });
    }
    const latest = reports.reduce((a, b) => b.r.on >= a.r.on ? b : a);
    const days = calendarDaysBetween(latest.r.on, ctx.asOf);
    if (days > allowed)
      ctx.report({
        messageId: "stale",
        path: ["communication", "status_reports", latest.i, "on"],
        data: { last: latest.r.on, days, asOf: ctx.asOf, cadence: c.cadence, allowed: `${allowed} days` }
      });
  }
});

// src/rules/success-criteria.ts
var isMeasurable = (criterion) => /\d/.test(criterion);
var success_criteria_default = defineRule({
  id: "success-criteria",
  category: "scope",
  severity: "medium",
  description: "The scope has success criteria, and each one is measurable (it has a number, date or percentage).",
  fix: "Rewrite the criterion with a measure: a number, a date or a percentage.",
  messages: {
    none: "The scope has no success criteria.",
    vague: 'Success criterion "{{criterion}}" has nothing measurable in it (no number, date or percentage).'
  },
  options: object({}).strict(),
  needs: ["scope"],
  docs: {
    catches: "A plan with no `scope.success_criteria`, and each criterion with no digit in it: no number, date or percentage to measure it by.",
    why: 'Article 002: success is defined "not in vague terms, but in specific, measurable outcomes that business and technical stakeholders both agree on". "Users are happy" cannot be signed off; "all 40 users can log in and print by 09:00 on 2 March" can.',
    sources: [cite("tpm-guide", "Scoping and requirements gathering")],
    howToFix: 'Give each criterion a measure: how many, by when, or what share. Replace "everything works" with the checks that prove it.',
    failing: `scope:
  success_criteria:
    - Users are happy`,
    fixed: `scope:
  success_criteria:
    - 95% of users rate the move 4/5 or better in the 2026-03-09 survey`
  },
  check(ctx) {
    const criteria = ctx.plan.scope?.success_criteria ?? [];
    if (criteria.length === 0) return ctx.report({ messageId: "none", path: ["scope", "success_criteria"] });
    criteria.forEach((c, i) => {
      if (!isMeasurable(c))
        ctx.report({ messageId: "vague", path: ["scope", "success_criteria", i], data: { criterion: c } });
    });
  }
});

// src/rules/unapproved-spend.ts
var unapproved_spend_default = defineRule({
  id: "unapproved-spend",
  category: "budget",
  severity: "high",
  description: "Money is spent only on approved budget lines, approved before the spending started.",
  fix: "Get the line approved (approved: { by, on }) before more is spent on it.",
  messages: {
    unapproved: "Budget line {{line}} has {{actual:money}} spent but no approval.",
    changeUndecided: "Budget line {{line}} has {{actual:money}} spent, but the change that raised it, {{change}}, {{state}}.",
    approvedLate: "Budget line {{line}} was approved on {{approved}}, after {{vendor}} started work on {{started}}{{others}}."
  },
  options: object({}).strict(),
  needs: ["budget"],
  docs: {
    catches: "A budget line with `actual` spend above 0 and no approval: neither a complete `approved: { by, on }` of its own nor, through `change`, an approved change that raised it. And a vendor whose first task started (its actual start, else its planned start, on or before the as-of date) before any of the vendor's budget lines was approved. A vendor with several lines is judged by the earliest approval among them: which line pays for which task the plan does not say, so a line added later by a change (a UPS swap approved in March) is not held to the kit ordered in February.",
    why: 'Article 002: a PM "ensures that additional costs are approved before they are incurred. No surprises at the end." Spend before approval is exactly the "dozens of small, untracked additions" that put IT projects over budget.',
    sources: [cite("tpm-guide", "Budget tracking and cost control")],
    howToFix: "Get the sponsor's approval for the line and record it, or link the line to the approved change that raised it (`change: CR-02`). In future, approve the line before the purchase order goes out.",
    failing: `budget:
  lines:
    - { id: bandwidth, planned: 1300, actual: 1300 }`,
    fixed: `people: [{ id: ruth, role: sponsor }]
budget:
  lines:
    - { id: bandwidth, planned: 1300, actual: 1300, approved: { by: ruth, on: 2026-02-13 } }`
  },
  check(ctx) {
    const lines = ctx.model.budgetLines;
    if (lines.length === 0) return ctx.notApplicable("the budget has no lines");
    const changes = new Map(ctx.model.changes.map(({ item }) => [item.id, item]));
    const approvalOf = (line) => {
      if (line.approved?.by && line.approved.on) return line.approved.on;
      const change = line.change ? changes.get(line.change) : void 0;
      const decided = change && (change.status === "approved" || change.status === "implemented");
      return decided && change.approved?.by && change.approved.on ? change.approved.on : void 0;
    };
    const firstWork = /* @__PURE__ */ new Map();
    for (const item of ctx.model.items.values()) {
      const v = item.kind === "task" ? item.vendor?.id : void 0;
      const start = ctx.model.startOf(item);
      if (v && start && (!firstWork.has(v) || start < firstWork.get(v))) firstWork.set(v, start);
    }
    for (const { item: line, path } of lines) {
      if ((line.actual ?? 0) <= 0 || approvalOf(line)) continue;
      const change = line.change ? changes.get(line.change) : void 0;
      if (change)
        ctx.report({
          messageId: "changeUndecided",
          path: [...path, "change"],
          data: {
            line: lineLabel(line),
            actual: line.actual,
            change: change.title ? `${change.id} ("${change.title}")` : change.id,
            state: change.status === "approved" || change.status === "implemented" ? `is marked ${change.status} but records no approval (approved: { by, on })` : change.status === "rejected" ? "was rejected" : `is ${change.status ?? "undecided"}, not approved`
          }
        });
      else
        ctx.report({
          messageId: "unapproved",
          path: [...path, "actual"],
          data: { line: lineLabel(line), actual: line.actual }
        });
    }
    const byVendor = /* @__PURE__ */ new Map();
    for (const l of lines) if (l.item.vendor) byVendor.set(l.item.vendor, [...byVendor.get(l.item.vendor) ?? [], l]);
    for (const [vendor, own] of byVendor) {
      const started = firstWork.get(vendor);
      const approved = own.flatMap((l) => {
        const on = approvalOf(l.item);
        return on ? [{ ...l, on }] : [];
      });
      if (!started || started > ctx.asOf || approved.length === 0) continue;
      const first = approved.reduce((a, b) => b.on < a.on ? b : a);
      if (first.on <= started) continue;
      ctx.report({
        messageId: "approvedLate",
        path: [...first.path, first.item.approved?.on ? "approved" : "change"],
        data: {
          line: lineLabel(first.item),
          approved: first.on,
          vendor: ctx.model.vendorName(vendor),
          started,
          others: own.length > 1 ? ", and its other lines were approved later still" : ""
        }
      });
    }
  }
});

// src/rules/undocumented-change.ts
var byId = (list) => new Map((list ?? []).map((x) => [x.id, x]));
var same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
var show = (v) => {
  if (v === void 0 || v === null) return "nothing";
  if (typeof v === "number") return money(v);
  if (Array.isArray(v)) return count(v.length, "item");
  return JSON.stringify(v);
};
function trackedValues(plan) {
  const out = /* @__PURE__ */ new Map();
  const keyOf = (path) => formatPath(identify(plan, path));
  walkPlan(PlanSchema, plan, ({ path, value, meta, owner }) => {
    const label = meta.tracked;
    if (!label) return;
    const within = [];
    const owners = [];
    for (let o = owner; o; o = o.parent) {
      owners.push(o.id);
      if (o.noun && out.get(keyOf(o.path))?.item) within.push(keyOf(o.path));
    }
    if (label === "items") {
      const id = value.id;
      out.set(keyOf(path), {
        key: keyOf(path),
        path,
        what: `${meta.declares?.noun ?? "item"} ${id}`,
        value,
        item: true,
        within,
        ids: [id, ...owners]
      });
      return;
    }
    const field = String(path[path.length - 1]);
    const what = label === "path" || !owner ? formatPath(path.filter((seg) => typeof seg === "string")) : label === "id.field" ? `${owner.id}.${field}` : label === "noun id" ? `${owner.noun} ${owner.id}` : `${owner.noun} ${owner.id}.${field}`;
    out.set(keyOf(path), { key: keyOf(path), path, what, value, item: false, within, ids: owners });
  });
  return out;
}
function drift(base, now) {
  const before = trackedValues(base);
  const after = trackedValues(now);
  const bothHave = (t) => t.within.every((k) => before.has(k) && after.has(k));
  const out = [];
  for (const t of after.values()) {
    const was = before.get(t.key);
    if (t.item) {
      if (!was && bothHave(t))
        out.push({ path: [...t.path, "id"], what: t.what, before: void 0, after: "added", ids: t.ids });
    } else if (bothHave(t) && !same(was?.value, t.value)) {
      out.push({ path: t.path, what: t.what, before: was?.value, after: t.value, ids: t.ids });
    }
  }
  for (const t of before.values()) {
    if (after.has(t.key) || !bothHave(t)) continue;
    if (t.item) out.push({ path: t.path.slice(0, -1), what: t.what, before: "present", after: void 0, ids: t.ids });
    else out.push({ path: t.path, what: t.what, before: t.value, after: void 0, ids: t.ids });
  }
  return out;
}
var words = (text) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
function covers(change, d) {
  if (d.ids.length === 0) {
    if (d.path[0] === "budget") return (change.impact?.cost ?? 0) !== 0;
    if (d.path[0] === "scope") return Boolean(change.impact?.scope?.trim());
    return false;
  }
  const listed = new Set(change.items ?? []);
  if (d.ids.some((id) => listed.has(id))) return true;
  const text = words(`${change.title ?? ""} ${change.impact?.scope ?? ""}`);
  return d.ids.some((id) => {
    const w = words(id);
    return w.trim().length >= 3 && text.includes(w);
  });
}
var undocumented_change_default = defineRule({
  id: "undocumented-change",
  category: "change",
  severity: "high",
  description: "With --base: scope, dates, budget or vendors changed since the base revision only together with a change-log entry.",
  fix: "Add (or update) a change-log entry for this change, with its impact and approval.",
  messages: {
    changed: "{{what}} changed from {{before}} to {{after}} since {{ref}}, and no change request covers it.",
    added: "{{what}} was added since {{ref}}, and no change request covers it.",
    removed: "{{what}} was removed since {{ref}}, and no change request covers it."
  },
  options: object({}).strict(),
  docs: {
    catches: "Run with `--base <git-ref>` (for example `origin/main` in a pull request), pmcheck reads each plan as it was at that ref (following a rename, as `git diff -M` finds it) and compares the scope, the task and milestone dates, the budget total, contingency and lines, and the vendors and their delivery dates. Each change is reported at its line, with what it was and what it is now, unless a change-log entry added or edited in the same diff covers it. An entry covers an item (a task, milestone, delivery, budget line or vendor, or a date or amount of one) when its `items` lists the item's id, or the id of the item it sits in (a delivery's vendor), or its `title` or `impact.scope` names that id as whole words (ids of three or more characters; case, hyphens and underscores aside). It covers `budget.total` and `budget.contingency` when it has a non-zero `impact.cost`, and the scope lists when it has an `impact.scope`. An unrelated entry covers nothing. A plan that did not exist at the ref, or that does not load there, is judged as new, so the rule does not apply.",
    why: 'Article 002: "projects drift in ways that nobody notices until the invoice arrives", because scope creep comes as small, unrecorded edits: "Someone adds a feature during a meeting. A vendor suggests an upgrade." Change control means every modification to scope, timeline or budget is "documented, assessed for impact, approved by the right person". At review time, a diff that moves a date or a budget line with no change request is exactly that drift.',
    sources: [cite("tpm-guide", "Change control"), cite("tpm-guide", "Scope creep disguised as improvement")],
    howToFix: "Add a change-log entry in the same pull request that names what changed (`items: [cabling]`, or the id in its title), with its cost and days impact, who asked, and its approval. If the edit fixes a typo rather than changing the plan, suppress the finding with an `x-pmcheck-ignore` reason.",
    base: `budget:
  total: 85000`,
    failing: `budget:
  total: 95000`,
    fixed: `budget:
  total: 95000
changes:
  - id: CR-003
    title: Extra floor of cabling
    impact: { cost: 10000 }`
  },
  check(ctx) {
    const base = ctx.model.base;
    if (!base) return ctx.notApplicable("it runs only with --base <git-ref>");
    if (base.status === "new")
      return ctx.notApplicable(
        base.unreadable ? `the plan at ${base.ref} does not load (${base.unreadable}), so it is judged as new` : `the plan is new since ${base.ref}`
      );
    const changes = drift(base.plan, ctx.plan);
    if (changes.length === 0) return;
    const before = byId(base.plan.changes);
    const edited = (ctx.plan.changes ?? []).filter((c) => !same(before.get(c.id), c));
    for (const d of changes) {
      if (edited.some((c) => covers(c, d))) continue;
      const data = { what: d.what, before: show(d.before), after: show(d.after), ref: base.ref };
      ctx.report({
        messageId: d.before === void 0 ? "added" : d.after === void 0 ? "removed" : "changed",
        path: d.path,
        data
      });
    }
  }
});

// src/rules/user-comms.ts
var user_comms_default = defineRule({
  id: "user-comms",
  category: "schedule",
  severity: "medium",
  description: "Work that affects users or takes a service down is preceded by a communication or training task.",
  fix: "Add a communication (or training) task that finishes before the work starts.",
  messages: {
    untold: '"{{task}}" {{effect}}, but no communication or training task {{where}}finishes before it starts on {{start}}.'
  },
  options: object({}).strict(),
  needs: ["tasks[].users_affected", "tasks[].downtime"],
  docs: {
    catches: "A task with `users_affected` above 0 or `downtime: true` when no task of kind `communication` or `training` at the same site (or with no site) finishes before it starts. A `pilot` task is exempt unless it takes a service down: its users are chosen and briefed to take part, and the announcement that matters comes before the rollout that follows it.",
    why: `Article 002: "The cloud deployment was flawless, apart from the 200 users who weren't told it was happening." Article 003 puts communication ahead of every change users will feel: what is changing, when, and what they must do.`,
    sources: [
      cite("tpm-guide", `introduction: "the 200 users who weren't told"`),
      cite("tpm-guide", "Cloud migration from on-premise servers"),
      cite("msp-operational-pm", "communication with users")
    ],
    howToFix: "Plan a communication task (an email, a briefing, a drop-in session) or training that finishes before the work, and link it as a dependency.",
    failing: `tasks:
  - { id: cutover, start: 2026-03-16, finish: 2026-03-16, users_affected: 120, downtime: true }`,
    fixed: `tasks:
  - { id: tell-users, kind: communication, start: 2026-03-09, finish: 2026-03-11 }
  - { id: cutover, start: 2026-03-16, finish: 2026-03-16, users_affected: 120, downtime: true, depends_on: [tell-users] }`
  },
  check(ctx) {
    const { model } = ctx;
    const earliestTold = /* @__PURE__ */ new Map();
    const affecting = [];
    for (const item of model.items.values()) {
      const t = item.task;
      if (!t) continue;
      if (t.kind === "communication" || t.kind === "training") {
        const f = model.finishOf(item);
        const key = t.site ?? "";
        if (f && (!earliestTold.has(key) || f < earliestTold.get(key))) earliestTold.set(key, f);
      } else if (t.kind === "pilot" && !t.downtime) continue;
      else if ((t.users_affected ?? 0) > 0 || t.downtime) affecting.push(item);
    }
    if (affecting.length === 0) return ctx.notApplicable("no work affects users or takes a service down");
    for (const item of affecting) {
      const start = model.startOf(item);
      if (!start) continue;
      const t = item.task;
      const candidates = [earliestTold.get(""), t.site ? earliestTold.get(t.site) : void 0].filter(
        (d) => d !== void 0
      );
      if (candidates.some((f) => f < start)) continue;
      const effect = (t.users_affected ?? 0) > 0 ? `affects ${t.users_affected} users${t.downtime ? " with downtime" : ""}` : "takes a service down";
      ctx.report({
        messageId: "untold",
        path: [...item.path, (t.users_affected ?? 0) > 0 ? "users_affected" : "downtime"],
        data: { task: item.name, effect, where: t.site ? `for ${ctx.model.siteName(t.site)} ` : "", start }
      });
    }
  }
});

// src/rules/vendor-contact.ts
var vendor_contact_default = defineRule({
  id: "vendor-contact",
  category: "vendors",
  severity: "low",
  description: "Every vendor has a named contact.",
  fix: "Record the vendor's contact: a name and an email or phone number.",
  messages: {
    noContact: "Vendor {{vendor}} has no named contact."
  },
  options: object({}).strict(),
  needs: ["vendors"],
  docs: {
    catches: "A vendor with no `contact`.",
    why: 'Article 002: vendor coordination means "each party knows exactly when they need to deliver, and someone is checking that they do". Checking needs someone to ring; escalating "before delays cascade" needs to know who.',
    sources: [cite("tpm-guide", "Vendor and supplier coordination")],
    howToFix: "Add `contact: Name <email>` to the vendor.",
    failing: `vendors:
  - { id: netdist, name: Northern Network Distribution }`,
    fixed: `vendors:
  - { id: netdist, name: Northern Network Distribution, contact: Sales desk <sales@nnd.example> }`
  },
  check(ctx) {
    const vendors = ctx.plan.vendors ?? [];
    if (vendors.length === 0) return ctx.notApplicable("the plan has no vendors");
    vendors.forEach((v, i) => {
      if (!v.contact?.trim())
        ctx.report({
          messageId: "noContact",
          path: ["vendors", i, "contact"],
          data: { vendor: ctx.model.vendorName(v.id) }
        });
    });
  }
});

// src/rules/vendor-contract.ts
var vendor_contract_default = defineRule({
  id: "vendor-contract",
  category: "vendors",
  severity: "medium",
  description: "Every vendor has a signed contract, and none starts work before signing it.",
  fix: "Record the vendor's contract.signed_on, and do not start their work before it.",
  messages: {
    noContract: "Vendor {{vendor}} has no signed contract (contract.signed_on).",
    startsBeforeContract: '"{{task}}" by {{vendor}} starts {{start}}, before the contract was signed on {{signed}}.'
  },
  options: object({}).strict(),
  needs: ["vendors"],
  docs: {
    catches: "A vendor with no `contract.signed_on`, and a vendor's task (`vendor:`) that starts before that date.",
    why: 'Article 002: project management means "holding vendors accountable to their commitments". A vendor working without a signed contract has made no commitment to hold them to: no dates, no price, no liability.',
    sources: [cite("tpm-guide", "Vendor and supplier coordination")],
    howToFix: "Get the contract or purchase order signed before the vendor starts, and record `contract: { signed_on, po }`.",
    failing: `vendors:
  - { id: wirewise, name: Wirewise }
tasks:
  - { id: mount-aps, vendor: wirewise, start: 2026-05-05 }`,
    fixed: `vendors:
  - { id: wirewise, name: Wirewise, contract: { signed_on: 2026-04-20, po: CAL-7790 } }
tasks:
  - { id: mount-aps, vendor: wirewise, start: 2026-05-05 }`
  },
  check(ctx) {
    const vendors = ctx.plan.vendors ?? [];
    if (vendors.length === 0) return ctx.notApplicable("the plan has no vendors");
    vendors.forEach((v, i) => {
      if (!v.contract?.signed_on)
        ctx.report({
          messageId: "noContract",
          path: ["vendors", i, "contract"],
          data: { vendor: ctx.model.vendorName(v.id) }
        });
    });
    for (const item of ctx.model.items.values()) {
      const signed = item.kind === "task" ? item.vendor?.contract?.signed_on : void 0;
      if (!signed) continue;
      const start = ctx.model.startOf(item);
      if (start && start < signed) {
        ctx.report({
          messageId: "startsBeforeContract",
          path: [...item.path, item.actualStart ? "actual_start" : "start"],
          data: { task: item.name, vendor: ctx.model.vendorName(item.vendor.id), start, signed }
        });
      }
    }
  }
});

// src/rules/vendor-double-booked.ts
var vendor_double_booked_default = defineRule({
  id: "vendor-double-booked",
  category: "vendors",
  severity: "medium",
  description: "No vendor is booked at two sites on overlapping dates.",
  fix: "Re-sequence the vendor's visits so that one site finishes before the next starts, or confirm two crews.",
  messages: {
    overlap: '{{vendor}} is booked at {{site}} for "{{task}}" ({{dates}}) while still at {{otherSite}} for "{{other}}" until {{otherFinish}}.'
  },
  options: object({}).strict(),
  needs: ["vendors"],
  docs: {
    catches: "Two tasks by the same vendor at different sites whose date ranges overlap. Tasks are swept in start order per vendor, so the cost is O(n log n); each double-booked task is reported once, against the earlier booking it overlaps.",
    why: 'Articles 001 and 002 on multi-site rollouts: each site must be "planned individually but managed as part of a coordinated programme". One installer cannot be at York and Hull on the same day; one of the two visits will slip, and with it everything behind it.',
    sources: [cite("outsourcing-pm", "multi-site rollouts"), cite("tpm-guide", "Multi-site network refresh")],
    howToFix: "Move one visit after the other, or confirm with the vendor that two crews are booked and record that with an `x-pmcheck-ignore` reason.",
    failing: `sites: [{ id: york }, { id: hull }]
vendors: [{ id: wirewise }]
tasks:
  - { id: york-aps, vendor: wirewise, site: york, start: 2026-05-18, finish: 2026-05-21 }
  - { id: hull-aps, vendor: wirewise, site: hull, start: 2026-05-19, finish: 2026-05-22 }`,
    fixed: `sites: [{ id: york }, { id: hull }]
vendors: [{ id: wirewise }]
tasks:
  - { id: york-aps, vendor: wirewise, site: york, start: 2026-05-18, finish: 2026-05-21 }
  - { id: hull-aps, vendor: wirewise, site: hull, start: 2026-05-22, finish: 2026-05-27 }`
  },
  check(ctx) {
    const { model } = ctx;
    const byVendor = /* @__PURE__ */ new Map();
    for (const item of model.items.values()) {
      const site = item.task?.site;
      const start = model.startOf(item);
      const finish = model.finishOf(item);
      if (item.kind !== "task" || !item.vendor || !site || !start || !finish) continue;
      const list = byVendor.get(item.vendor.id) ?? [];
      list.push({ item, start, finish, site });
      byVendor.set(item.vendor.id, list);
    }
    const candidates = [...byVendor.values()].filter((l) => new Set(l.map((b) => b.site)).size > 1);
    if (candidates.length === 0) return ctx.notApplicable("no vendor works at more than one site");
    for (const bookings of candidates) {
      bookings.sort((a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : 0);
      let latest;
      let latestOtherSite;
      for (const b of bookings) {
        const clash = latest && latest.site !== b.site ? latest : latestOtherSite && latestOtherSite.site !== b.site ? latestOtherSite : void 0;
        if (clash && b.start <= clash.finish) {
          ctx.report({
            messageId: "overlap",
            path: [...b.item.path, b.item.actualStart ? "actual_start" : "start"],
            data: {
              vendor: model.vendorName(b.item.vendor.id),
              site: model.siteName(b.site),
              task: b.item.name,
              start: b.start,
              finish: b.finish,
              dates: dateSpan(b.start, b.finish),
              otherSite: model.siteName(clash.site),
              other: clash.item.name,
              otherFinish: clash.finish
            }
          });
        }
        if (!latest || b.finish > latest.finish) {
          if (latest && latest.site !== b.site) latestOtherSite = latest;
          latest = b;
        } else if (b.site !== latest.site && (!latestOtherSite || b.finish > latestOtherSite.finish))
          latestOtherSite = b;
      }
    }
  }
});

// src/rules/vendor-sequencing.ts
var vendor_sequencing_default = defineRule({
  id: "vendor-sequencing",
  category: "vendors",
  severity: "critical",
  description: "Work does not start before the delivery or the other vendor's work it depends on is finished.",
  fix: "Move the task after the delivery or hand-off it depends on, or bring that date forward with the vendor.",
  messages: {
    beforeDelivery: 'Task "{{task}}" starts {{start}} but needs {{item}} from {{vendor}}, {{arrival}}.',
    beforeHandoff: 'Task "{{task}}" starts {{start}} but depends on "{{pred}}" by {{vendor}}, which finishes {{finish}}.'
  },
  options: object({}).strict(),
  needs: ["vendors"],
  docs: {
    catches: "A task that depends on a vendor delivery and starts before the delivery arrives (its `received_on`, else its `due` date); and a task that depends (finish-to-start) on another vendor's task and starts before that task finishes. Actual dates win over planned ones on both sides.",
    why: `Article 002's office relocation: "Without project management, the cabling contractor finishes before the network switches arrive." Each vendor has "their own timeline, their own priorities, and their own definition of done"; a PM coordinates them "so that they work in sequence rather than in conflict". A contractor booked before the kit is on site is a wasted day rate and a second visit.`,
    sources: [
      cite("tpm-guide", "Vendor and supplier coordination"),
      cite("tpm-guide", "Office relocation with IT infrastructure")
    ],
    howToFix: "Start the dependent task on or after the delivery date, or agree an earlier delivery with the vendor and record the new `due`. For a hand-off between vendors, schedule the second vendor after the first one's finish.",
    failing: `vendors:
  - id: netco
    deliveries:
      - { id: switches, item: 4x core switches, due: 2026-02-02 }
tasks:
  - id: install-switches
    start: 2026-01-26
    depends_on: [switches]`,
    fixed: `vendors:
  - id: netco
    deliveries:
      - { id: switches, item: 4x core switches, due: 2026-02-02 }
tasks:
  - id: install-switches
    start: 2026-02-03
    depends_on: [switches]`
  },
  check(ctx) {
    const { model } = ctx;
    let checked = 0;
    for (const item of model.items.values()) {
      if (item.kind !== "task") continue;
      const start = model.startOf(item);
      for (const edge of model.graph.predecessors(item.id)) {
        if (!model.isVendorDependency(edge)) continue;
        checked++;
        const pred = model.items.get(edge.from);
        const needed = model.requirementOf(edge);
        if (!start || !needed || needed.bound !== "start" || start >= needed.date) continue;
        const vendor = pred.vendor ? model.vendorName(pred.vendor.id) : "the vendor";
        if (pred.kind === "delivery") {
          const arrival = model.finishOf(pred);
          ctx.report({
            messageId: "beforeDelivery",
            path: edge.path,
            data: {
              task: item.name,
              start,
              item: pred.name,
              vendor,
              arrival: pred.actualFinish ? `received ${arrival}` : `due ${arrival}`
            }
          });
        } else {
          ctx.report({
            messageId: "beforeHandoff",
            path: edge.path,
            data: { task: item.name, start, pred: pred.name, vendor, finish: model.finishOf(pred) }
          });
        }
      }
    }
    if (checked === 0) return ctx.notApplicable("no task depends on a vendor delivery or on another vendor's task");
  }
});

// src/rules/watermelon-status.ts
var watermelon_status_default = defineRule({
  id: "watermelon-status",
  category: "communication",
  severity: "high",
  description: "The latest status report is not green while the plan shows slips, overdue work or overspend.",
  fix: "Re-issue the report at amber or red, naming each fact in the message and its recovery plan.",
  messages: {
    contradicted: 'The {{on}} report is green ("{{summary}}"), but on that date {{facts:semilist}}.{{why}}'
  },
  options: object({}).strict(),
  needs: ["communication"],
  docs: {
    catches: "The latest entry of `communication.status_reports` (on or before the as-of date) has `rag: green` while, as of that report's date, a milestone had slipped, a delivery was overdue, a task was overdue, or a budget line or the total was overrun - the same facts `milestone-slipped`, `delivery-overdue`, `overdue-task` and `budget-overrun` judge. A green report is accepted when its summary names every such fact (the item's name or id) and each is small: within `project.tolerance` (days, or cost as a share of the total) or inside the item's float from the backward pass. The message lists the facts, and says whether the report named them.",
    why: `Article 002: "Weekly status updates that say 'progressing well' hide the fact that a critical dependency has slipped by three weeks." Green outside, red inside: the report tells the sponsor there is nothing to decide, just when there is.`,
    sources: [cite("tpm-guide", "Poor communication between technical and non-technical stakeholders")],
    howToFix: "Report the true status. Amber with a recovery plan is a normal, healthy report; a green that later turns red overnight costs the PM the sponsor's trust.",
    failing: `project:
  name: Move
  status_date: 2026-02-16
milestones:
  - { id: network-ready, due: 2026-02-13, forecast: 2026-02-20 }
communication:
  status_reports:
    - { on: 2026-02-13, rag: green, summary: Progressing well }`,
    context: "PRINCE2 tolerances make an honest green possible: a named two-day slip inside a five-day tolerance, or absorbed by float, is green. Off under the presale preset (nothing to report on) and the closed preset.",
    fixed: `project:
  name: Move
  status_date: 2026-02-16
milestones:
  - { id: network-ready, due: 2026-02-13, forecast: 2026-02-20 }
communication:
  status_reports:
    - { on: 2026-02-13, rag: amber, summary: Network one week late; switches arrived 10 Feb }`
  },
  check(ctx) {
    const reports = (ctx.plan.communication?.status_reports ?? []).map((r, i) => ({ r, i })).filter(({ r }) => r.on <= ctx.asOf);
    if (reports.length === 0) return ctx.notApplicable("no status report has been sent");
    const latest = reports.reduce((a, b) => b.r.on >= a.r.on ? b : a);
    if (latest.r.rag !== "green") return;
    const { model } = ctx;
    const p = model.problemsAt(latest.r.on);
    const tolerance = ctx.plan.project.tolerance;
    const lateBy = (due) => model.lateBy(due, latest.r.on);
    const allowance = tolerance?.cost != null && ctx.plan.budget?.total != null ? tolerance.cost * ctx.plan.budget.total : void 0;
    const summary = (latest.r.summary ?? "").toLowerCase();
    const names = (...words2) => words2.some((w) => w && summary.includes(w.toLowerCase()));
    const small = (id, days) => model.absorbs(id, days);
    const facts = [
      ...p.slippedMilestones.map((m) => ({
        text: `milestone "${m.item.name}" had slipped (${describeSlip(m)})`,
        named: names(m.item.name, m.item.id),
        small: small(m.item.id, m.days)
      })),
      ...p.overdueDeliveries.map((d) => ({
        text: `${d.item.name} from ${d.item.vendor ? model.vendorName(d.item.vendor.id) : "its vendor"} was overdue (due ${d.item.delivery.due})`,
        named: names(d.item.name, d.item.id),
        small: small(d.item.id, lateBy(d.item.delivery.due))
      })),
      ...p.overdueTasks.map((t) => ({
        text: `task "${t.item.name}" was overdue (due ${t.item.finish})`,
        named: names(t.item.name, t.item.id),
        small: small(t.item.id, lateBy(t.item.finish))
      })),
      ...p.overruns.map((o) => ({
        text: `${describeOverrun(o)} was overspent (${money(o.spent)} against ${money(o.planned)})`,
        named: o.line ? names(o.line.id, o.line.description ?? void 0, `${o.line.id} line`) : names("budget", "overspend"),
        small: allowance !== void 0 && o.spent - o.planned <= allowance
      }))
    ];
    if (facts.length === 0) return;
    if (facts.every((f) => f.named && f.small)) return;
    const shown = facts.slice(0, 4).map((f) => f.text);
    if (facts.length > 4) shown.push(`${facts.length - 4} more`);
    const unnamed = facts.filter((f) => !f.named).length;
    const large = facts.filter((f) => f.named && !f.small).length;
    const why = unnamed === 0 ? ` The report names them, but ${large === facts.length ? "they are" : `${large} of them ${large === 1 ? "is" : "are"}`} beyond the tolerance and the float.` : unnamed < facts.length ? ` The report names ${facts.length - unnamed} of them, not the rest.` : "";
    ctx.report({
      messageId: "contradicted",
      path: ["communication", "status_reports", latest.i, "rag"],
      data: { on: latest.r.on, summary: latest.r.summary ?? "no summary", facts: shown, why }
    });
  }
});

// src/rules/work-before-signoff.ts
var work_before_signoff_default = defineRule({
  id: "work-before-signoff",
  category: "scope",
  severity: "critical",
  description: "No work starts before the scope is signed off; scoping tasks are exempt.",
  fix: "Move the task after scope.signed_off.on, or get the scope signed off first.",
  messages: {
    beforeSignoff: 'Task "{{task}}" {{verb}} on {{start}}, before the scope was signed off on {{signoff}}.',
    unsigned: 'Task "{{task}}" has started ({{evidence}}) but the scope has not been signed off.'
  },
  options: object({}).strict(),
  needs: ["scope"],
  docs: {
    catches: "A task whose start (the actual start if there is one, else the planned start) falls before `scope.signed_off.on`. If the scope has not been signed off at all, any task that has already started counts: one with an `actual_start` on or before the as-of date, or with progress above zero. Tasks of `kind: scoping` are exempt, because they are how the scope gets agreed.",
    why: 'Article 002 lists "starting work before scope is agreed" among the common mistakes: "beginning technical work before requirements are documented and agreed is a guaranteed path to rework. Every hour spent on scoping saves three to five hours of rework later."',
    sources: [cite("tpm-guide", "Starting work before scope is agreed")],
    howToFix: "Get the scope signed off (record `scope.signed_off` with the person and date) before build work starts, or move the task to start on or after the sign-off date. If early work really is scoping, mark it `kind: scoping`.",
    failing: `people:
  - { id: alice, role: sponsor }
scope:
  signed_off: { by: alice, on: 2026-01-12 }
tasks:
  - id: cabling
    kind: build
    start: 2026-01-05`,
    fixed: `people:
  - { id: alice, role: sponsor }
scope:
  signed_off: { by: alice, on: 2026-01-12 }
tasks:
  - id: cabling
    kind: build
    start: 2026-01-19`
  },
  check(ctx) {
    const tasks = (ctx.plan.tasks ?? []).map((task, i) => ({ task, i })).filter(({ task }) => task.kind !== "scoping");
    if (tasks.length === 0) return ctx.notApplicable("the plan has no tasks other than scoping");
    const signoff = ctx.plan.scope?.signed_off?.on ?? void 0;
    for (const { task, i } of tasks) {
      const name2 = task.name ?? task.id;
      if (signoff) {
        const start = task.actual_start ?? task.start;
        if (start && start < signoff) {
          ctx.report({
            messageId: "beforeSignoff",
            path: ["tasks", i, task.actual_start ? "actual_start" : "start"],
            data: { task: name2, verb: task.actual_start ? "started" : "is planned to start", start, signoff }
          });
        }
      } else if (task.actual_start && task.actual_start <= ctx.asOf) {
        ctx.report({
          messageId: "unsigned",
          path: ["tasks", i, "actual_start"],
          data: { task: name2, evidence: `actual start ${task.actual_start}` }
        });
      } else if ((task.progress ?? 0) > 0) {
        ctx.report({
          messageId: "unsigned",
          path: ["tasks", i, "progress"],
          data: { task: name2, evidence: `${Math.round((task.progress ?? 0) * 100)}% done` }
        });
      }
    }
  }
});

// src/rules/index.ts
var RULE_REGISTRY = {
  "blackout-clash": blackout_clash_default,
  "budget-lines-exceed-total": budget_lines_exceed_total_default,
  "budget-overrun": budget_overrun_default,
  "change-approved": change_approved_default,
  "change-approver": change_approver_default,
  "change-budget-reconciled": change_budget_reconciled_default,
  "change-communicated": change_communicated_default,
  "change-decision-stale": change_decision_stale_default,
  "change-impact-assessed": change_impact_assessed_default,
  "close-out": close_out_default,
  "comms-plan": comms_plan_default,
  contingency: contingency_default,
  "cost-performance": cost_performance_default,
  "dcma-bei": dcma_bei_default,
  "dcma-cpli": dcma_cpli_default,
  "dcma-critical-path-test": dcma_critical_path_test_default,
  "dcma-hard-constraints": dcma_hard_constraints_default,
  "dcma-high-duration": dcma_high_duration_default,
  "dcma-high-float": dcma_high_float_default,
  "dcma-invalid-dates": dcma_invalid_dates_default,
  "dcma-lags": dcma_lags_default,
  "dcma-leads": dcma_leads_default,
  "dcma-logic": dcma_logic_default,
  "dcma-missed-tasks": dcma_missed_tasks_default,
  "dcma-negative-float": dcma_negative_float_default,
  "dcma-relationship-types": dcma_relationship_types_default,
  "dcma-resources": dcma_resources_default,
  "deadline-at-risk": deadline_at_risk_default,
  "delivery-blocks-work": delivery_blocks_work_default,
  "delivery-overdue": delivery_overdue_default,
  "delivery-site-mismatch": delivery_site_mismatch_default,
  "dependency-cycle": dependency_cycle_default,
  "escalation-path": escalation_path_default,
  "float-mismatch": float_mismatch_default,
  "kickoff-held": kickoff_held_default,
  "long-task": long_task_default,
  "milestone-done-incomplete": milestone_done_incomplete_default,
  "milestone-gate": milestone_gate_default,
  "milestone-slipped": milestone_slipped_default,
  "missing-logic": missing_logic_default,
  "overdue-task": overdue_task_default,
  "owner-assigned": owner_assigned_default,
  "person-overbooked": person_overbooked_default,
  "phase-contradicted": phase_contradicted_default,
  "pilot-first": pilot_first_default,
  "pm-allocation": pm_allocation_default,
  "pm-assigned": pm_assigned_default,
  "pm-budgeted": pm_budgeted_default,
  "pm-not-engineer": pm_not_engineer_default,
  "predecessor-order": predecessor_order_default,
  "risk-mitigation": risk_mitigation_default,
  "risk-owner": risk_owner_default,
  "risk-register": risk_register_default,
  "risk-review-stale": risk_review_stale_default,
  "rollback-plan": rollback_plan_default,
  "schedule-performance": schedule_performance_default,
  "scope-boundaries": scope_boundaries_default,
  "scope-signed-off": scope_signed_off_default,
  "sponsor-assigned": sponsor_assigned_default,
  "status-stale": status_stale_default,
  "success-criteria": success_criteria_default,
  "unapproved-spend": unapproved_spend_default,
  "undocumented-change": undocumented_change_default,
  "user-comms": user_comms_default,
  "vendor-contact": vendor_contact_default,
  "vendor-contract": vendor_contract_default,
  "vendor-double-booked": vendor_double_booked_default,
  "vendor-sequencing": vendor_sequencing_default,
  "watermelon-status": watermelon_status_default,
  "work-before-signoff": work_before_signoff_default
};
var RULES = Object.values(RULE_REGISTRY);
var RULE_IDS = Object.keys(RULE_REGISTRY);

export {
  SOURCES,
  citationText,
  RULE_REGISTRY,
  RULES,
  RULE_IDS
};
