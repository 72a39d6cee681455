import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  object
} from "./chunk-5AEJUB6B.js";
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

export {
  cite,
  citationText,
  isMeasurable,
  success_criteria_default
};
