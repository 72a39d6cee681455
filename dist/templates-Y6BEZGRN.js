import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayNoun,
  regionCode
} from "./chunk-TBHZEG3U.js";
import {
  WorkingCalendar
} from "./chunk-JR7DYPOY.js";
import "./chunk-5AEJUB6B.js";
import "./chunk-URGRNCBU.js";
import "./chunk-EN6KPABM.js";

// src/init/templates.ts
var PUBLIC_HOLIDAYS = "england-and-wales";
function templateCalendar(start, holidays) {
  const year = Number(start.slice(0, 4));
  const code = regionCode(PUBLIC_HOLIDAYS);
  const noun = holidayNoun(code);
  return new WorkingCalendar({ holidays: holidays(code, year - 1, year + 2).map((h) => ({ ...h, noun })) });
}
var OPENING = [
  {
    id: "kickoff",
    name: "Kick-off meeting with the client and suppliers",
    kind: "scoping",
    owner: "pm",
    at: 0,
    days: 1,
    deps: ["start"]
  },
  {
    id: "scope-workshop",
    name: "Scope workshop and requirements",
    kind: "scoping",
    owner: "pm",
    at: 1,
    days: 3,
    deps: ["kickoff"]
  }
];
var TEMPLATES = {
  "office-move": {
    title: "Office relocation",
    description: "Move staff and IT to a new office: cabling, switching, ISP, phones, printers.",
    summary: "Move 40 staff and all IT to the new office over one weekend.",
    users: 40,
    methodology: "waterfall",
    engineerRole: "Network engineer",
    sites: [
      ["old-office", "Current office"],
      ["new-office", "New office"]
    ],
    vendors: [
      {
        id: "cabling-co",
        name: "Cabling contractor",
        delivery: "cabling-certified",
        delivers: "Structured cabling certified",
        site: "new-office",
        at: 14
      },
      {
        id: "switch-supplier",
        name: "Switch supplier",
        delivery: "switches-delivered",
        delivers: "Core switches",
        site: "new-office",
        at: 12
      },
      {
        id: "isp",
        name: "Internet provider",
        delivery: "line-live",
        delivers: "Leased line live",
        site: "new-office",
        at: 20
      }
    ],
    tasks: [
      {
        id: "site-survey",
        name: "Survey the new office",
        kind: "scoping",
        owner: "eng",
        at: 4,
        days: 2,
        deps: ["scope-workshop"],
        site: "new-office"
      },
      {
        id: "cabling",
        name: "Install structured cabling",
        kind: "build",
        owner: "eng",
        vendor: "cabling-co",
        at: 6,
        days: 8,
        deps: ["scope-agreed"],
        site: "new-office"
      },
      {
        id: "switch-install",
        name: "Install and configure switches",
        kind: "build",
        owner: "eng",
        at: 15,
        days: 3,
        deps: ["cabling-certified", "switches-delivered"],
        site: "new-office"
      },
      {
        id: "circuit",
        name: "Connect the leased line",
        kind: "build",
        owner: "eng",
        at: 21,
        days: 2,
        deps: ["line-live", "switch-install"],
        site: "new-office"
      },
      {
        id: "test",
        name: "End-to-end network test",
        kind: "testing",
        owner: "eng",
        at: 23,
        days: 2,
        deps: ["circuit"],
        site: "new-office"
      },
      {
        id: "brief-staff",
        name: "Move-day briefing for staff",
        kind: "communication",
        owner: "pm",
        at: 20,
        days: 3,
        deps: ["scope-agreed"]
      },
      {
        id: "cutover",
        name: "Move servers and switch over",
        kind: "cutover",
        owner: "eng",
        at: 25,
        days: 1,
        deps: ["test", "brief-staff"],
        site: "new-office",
        users: 40,
        downtime: true,
        rollback: "The old office network stays live for a week after the move."
      }
    ],
    milestones: [{ id: "live", name: "Staff working from the new office", after: "cutover" }],
    inScope: ["Structured cabling", "Core switching and Wi-Fi", "Leased line", "Phones and printers"],
    outOfScope: ["Furniture and removals"],
    assumptions: ["Access to the new office from week 2"],
    criteria: ["All 40 users can log in and print by 09:00 on the first day"],
    lines: [
      ["pm", "project-management", 7500],
      ["cabling", "services", 22e3, "cabling-co"],
      ["switching", "hardware", 18e3, "switch-supplier"],
      ["circuit", "services", 4800, "isp"],
      ["engineering", "labour", 12e3]
    ],
    risks: [
      [
        "R-01",
        "The leased line lead time exceeds the move date",
        3,
        5,
        "Order the line in week 1, with 4G failover as a fallback"
      ]
    ]
  },
  "cloud-migration": {
    title: "Cloud migration",
    description: "Move file servers, email and a line-of-business app to the cloud.",
    summary: "Move the file server to SharePoint and email to Exchange Online, then retire the servers.",
    users: 120,
    methodology: "hybrid",
    engineerRole: "Cloud engineer",
    sites: [
      ["office", "Head office"],
      ["cloud", "Cloud tenant"]
    ],
    vendors: [
      {
        id: "licensing",
        name: "Licensing reseller",
        delivery: "licences-provisioned",
        delivers: "Licences provisioned",
        site: "cloud",
        at: 6
      }
    ],
    tasks: [
      {
        id: "discovery",
        name: "Discover servers, shares and mailboxes",
        kind: "scoping",
        owner: "eng",
        at: 4,
        days: 3,
        deps: ["scope-workshop"]
      },
      {
        id: "bandwidth",
        name: "Upgrade bandwidth for the bulk upload",
        kind: "procurement",
        owner: "pm",
        at: 8,
        days: 5,
        deps: ["scope-agreed"],
        site: "office"
      },
      {
        id: "tenant",
        name: "Configure the tenant and identity sync",
        kind: "build",
        owner: "eng",
        at: 8,
        days: 4,
        deps: ["licences-provisioned", "scope-agreed"],
        site: "cloud"
      },
      {
        id: "pilot",
        name: "Pilot migration with one team",
        kind: "pilot",
        owner: "eng",
        at: 14,
        days: 3,
        deps: ["tenant", "bandwidth"],
        site: "cloud",
        users: 10,
        rollback: "The pilot share stays read-write on the file server until sign-off."
      },
      {
        id: "tell-users",
        name: "Tell users what changes and when",
        kind: "communication",
        owner: "pm",
        at: 10,
        days: 2,
        deps: ["scope-agreed"]
      },
      {
        id: "training",
        name: "Training sessions",
        kind: "training",
        owner: "pm",
        at: 17,
        days: 2,
        deps: ["tell-users"]
      },
      {
        id: "migration",
        name: "Migrate files and mailboxes",
        kind: "migration",
        owner: "eng",
        at: 19,
        days: 5,
        deps: ["pilot", "training"],
        site: "cloud",
        users: 120,
        rollback: "Servers stay read-only for 30 days; MX records can be reverted."
      },
      {
        id: "retire",
        name: "Retire the on-premise servers",
        kind: "other",
        owner: "eng",
        at: 35,
        days: 2,
        deps: ["migration"],
        site: "office"
      }
    ],
    milestones: [
      { id: "migrated", name: "All users in the cloud", after: "migration" },
      { id: "closed", name: "Servers retired", after: "retire" }
    ],
    inScope: ["File server to SharePoint and Teams", "Email to Exchange Online", "Retiring the on-premise servers"],
    outOfScope: ["Line-of-business application rewrite"],
    assumptions: ["The office line can be upgraded within two weeks"],
    criteria: ["100% of mailboxes and shares migrated", "Fewer than 5 support tickets a day in the first week"],
    lines: [
      ["pm", "project-management", 6e3],
      ["engineering", "labour", 33e3],
      ["licences", "licences", 16e3, "licensing"]
    ],
    risks: [
      [
        "R-01",
        "Legacy application needs on-premise connectivity",
        3,
        4,
        "Test it in the pilot; keep a site-to-site VPN as a fallback"
      ]
    ]
  },
  "cyber-essentials": {
    title: "Cyber Essentials certification",
    description: "Scope assets, remediate the five controls, and certify.",
    summary: "Certify the organisation to Cyber Essentials: scope, remediate, self-assess and submit.",
    users: 45,
    methodology: "prince2",
    engineerRole: "Security engineer",
    sites: [["office", "Main office"]],
    vendors: [
      {
        id: "cert-body",
        name: "Certification body",
        delivery: "certificate",
        delivers: "Cyber Essentials certificate",
        site: "office",
        at: 30
      }
    ],
    tasks: [
      {
        id: "asset-inventory",
        name: "Inventory devices, accounts and cloud services",
        kind: "scoping",
        owner: "eng",
        at: 4,
        days: 4,
        deps: ["scope-workshop"]
      },
      {
        id: "firewalls",
        name: "Harden boundary firewalls",
        kind: "build",
        owner: "eng",
        at: 9,
        days: 3,
        deps: ["scope-agreed"]
      },
      {
        id: "config",
        name: "Secure configuration baselines",
        kind: "build",
        owner: "eng",
        at: 9,
        days: 5,
        deps: ["scope-agreed"]
      },
      {
        id: "access",
        name: "User access control and MFA",
        kind: "build",
        owner: "eng",
        at: 14,
        days: 4,
        deps: ["config"]
      },
      {
        id: "patching",
        name: "Automatic patching and malware protection",
        kind: "build",
        owner: "eng",
        at: 14,
        days: 5,
        deps: ["config"]
      },
      {
        id: "tell-staff",
        name: "Tell staff about MFA enrolment",
        kind: "communication",
        owner: "pm",
        at: 12,
        days: 2,
        deps: ["scope-agreed"]
      },
      {
        id: "mfa-rollout",
        name: "Enrol all staff in MFA",
        kind: "rollout",
        owner: "eng",
        at: 19,
        days: 3,
        deps: ["access", "tell-staff"],
        users: 15
      },
      {
        id: "self-assessment",
        name: "Complete and submit the self-assessment",
        kind: "other",
        owner: "pm",
        at: 23,
        days: 4,
        deps: ["firewalls", "patching", "mfa-rollout"],
        vendor: "cert-body"
      }
    ],
    milestones: [{ id: "certified", name: "Certificate received", after: "certificate" }],
    inScope: ["Firewalls", "Secure configuration", "User access control", "Malware protection", "Patch management"],
    outOfScope: ["Staff personal devices"],
    assumptions: ["Staff can enrol in MFA in 30-minute slots"],
    criteria: ["Cyber Essentials certificate issued within 8 weeks of the start", "100% of accounts enrolled in MFA"],
    lines: [
      ["pm", "project-management", 3400],
      ["engineering", "labour", 9800],
      ["certification", "services", 600, "cert-body"]
    ],
    risks: [
      [
        "R-01",
        "An unsupported device cannot be patched in time",
        3,
        4,
        "Isolate it outside the certification boundary"
      ]
    ]
  },
  "network-refresh": {
    title: "Multi-site network refresh",
    description: "Replace switches and Wi-Fi at several sites with one standard design.",
    summary: "Replace end-of-life switches and Wi-Fi at both sites with one standard configuration.",
    users: 150,
    methodology: "waterfall",
    engineerRole: "Network engineer",
    sites: [
      ["site-a", "Site A"],
      ["site-b", "Site B"]
    ],
    vendors: [
      {
        id: "distributor",
        name: "Network distributor",
        delivery: "site-a-switches-delivered",
        delivers: "Site A switches",
        site: "site-a",
        at: 10
      },
      {
        id: "installer",
        name: "Installation partner",
        delivery: "site-b-switches-delivered",
        delivers: "Site B switches",
        site: "site-b",
        at: 16
      }
    ],
    tasks: [
      {
        id: "surveys",
        name: "Wireless surveys at both sites",
        kind: "scoping",
        owner: "eng",
        at: 4,
        days: 3,
        deps: ["scope-workshop"]
      },
      {
        id: "standard",
        name: "Write the configuration standard",
        kind: "build",
        owner: "eng",
        at: 8,
        days: 4,
        deps: ["scope-agreed"]
      },
      {
        id: "a-stage",
        name: "Stage the Site A switches",
        kind: "build",
        owner: "eng",
        at: 12,
        days: 2,
        deps: ["site-a-switches-delivered", "standard"],
        site: "site-a"
      },
      {
        id: "tell-a",
        name: "Tell Site A about the downtime window",
        kind: "communication",
        owner: "pm",
        at: 12,
        days: 2,
        deps: ["scope-agreed"],
        site: "site-a"
      },
      {
        id: "a-cutover",
        name: "Site A cutover",
        kind: "cutover",
        owner: "eng",
        at: 15,
        days: 1,
        deps: ["a-stage", "tell-a"],
        site: "site-a",
        users: 90,
        downtime: true,
        rollback: "Old switches stay racked for a week; swap the patch leads back."
      },
      {
        id: "b-stage",
        name: "Stage the Site B switches",
        kind: "build",
        owner: "eng",
        at: 17,
        days: 2,
        deps: ["site-b-switches-delivered", "a-cutover"],
        site: "site-b"
      },
      {
        id: "tell-b",
        name: "Tell Site B about the downtime window",
        kind: "communication",
        owner: "pm",
        at: 17,
        days: 2,
        deps: ["scope-agreed"],
        site: "site-b"
      },
      {
        id: "b-cutover",
        name: "Site B cutover",
        kind: "cutover",
        owner: "eng",
        at: 20,
        days: 1,
        deps: ["b-stage", "tell-b"],
        site: "site-b",
        users: 60,
        downtime: true,
        rollback: "Old switches stay racked for a week; swap the patch leads back."
      }
    ],
    milestones: [
      { id: "a-live", name: "Site A live", after: "a-cutover" },
      { id: "all-live", name: "Both sites live", after: "b-cutover" }
    ],
    inScope: ["Access and core switches", "Wi-Fi access points", "One configuration standard"],
    outOfScope: ["Handheld scanners"],
    assumptions: ["Each site gives a four-hour evening downtime window"],
    criteria: ["99.9% uptime in the first month", "0 roaming drop-outs in a 30-minute walk test per site"],
    lines: [
      ["pm", "project-management", 11e3],
      ["hardware", "hardware", 6e4, "distributor"],
      ["installation", "services", 14500, "installer"],
      ["engineering", "labour", 18e3]
    ],
    risks: [
      [
        "R-01",
        "Switch lead times stretch past the cutover dates",
        3,
        4,
        "Order in week 1; the distributor confirms stock"
      ]
    ]
  }
};
function startMonday(date, holidays) {
  const weekdays = new WorkingCalendar();
  let d = weekdays.addWorkingDays(date, 0);
  while ((/* @__PURE__ */ new Date(`${d}T00:00:00Z`)).getUTCDay() !== 1) d = weekdays.addWorkingDays(d, 1);
  return templateCalendar(d, holidays).addWorkingDays(d, 0);
}
function renderTemplate(name, start, holidays, schema = "../schemas/plan.schema.json") {
  const t = TEMPLATES[name];
  const cal = templateCalendar(start, holidays);
  const day = (offset) => cal.addWorkingDays(start, offset);
  const finishOf = (task) => cal.finishOf(day(task.at), task.days);
  const tasks = [...OPENING, ...t.tasks];
  const taskById = new Map(tasks.map((x) => [x.id, x]));
  const hasSuccessor = new Set(
    [...tasks, ...t.milestones.map((m) => ({ deps: [m.after] }))].flatMap((x) => x.deps ?? [])
  );
  const loose = tasks.filter((x) => !hasSuccessor.has(x.id)).map((x) => x.id);
  const scoping = tasks.filter((x) => x.kind === "scoping" && loose.includes(x.id)).map((x) => x.id);
  const signoff = [.../* @__PURE__ */ new Set(["scope-workshop", ...scoping])].map((id) => finishOf(taskById.get(id))).sort().at(-1);
  const lastFinish = Math.max(...tasks.map((x) => x.at + x.days)) + 3;
  const deadline = day(lastFinish + 5);
  const total = t.lines.reduce((s, l) => s + l[2], 0);
  const contingency = Math.round(total * 0.08 / 100) * 100;
  const y = (s) => /^[\w .()/-]+$/.test(s) && !/^(yes|no|true|false|null|on|off)$/i.test(s) ? s : JSON.stringify(s);
  const o = [];
  const w = (s = "") => o.push(s);
  w(`# yaml-language-server: $schema=${schema}`);
  w(`# ${t.title}: a starter plan from \`pmcheck init --template ${name}\`.`);
  w("# Replace the placeholder people, vendors, dates and money with your own, then run");
  w("#   pmcheck audit <this file>");
  w("# Until the scope is signed off and the vendor contracts are signed, pmcheck reports");
  w("# exactly that (scope-signed-off, vendor-contract): the two things a starter plan lacks.");
  w("pmcheck: 1");
  w();
  w("project:");
  w(`  name: ${y(t.title)}`);
  w("  client: Your client");
  w("  phase: planning              # presale | planning | delivery | closed");
  w("  sponsor: sponsor             # the decision maker on the client side (a person id below)");
  w("  manager: pm                  # the one accountable project manager");
  w(`  start: ${start}`);
  w(`  deadline: ${deadline}`);
  w(`  status_date: ${start}        # the "as of" date for every date rule; update it with each report`);
  w("  currency: GBP");
  w(`  users_affected: ${t.users}`);
  w(`  methodology: ${t.methodology}`);
  w("  calendar:");
  w(`    public_holidays: ${PUBLIC_HOLIDAYS}   # or scotland, northern-ireland, or a code such as IE`);
  w("    holidays: []               # your own days off (an office closure), YYYY-MM-DD");
  w();
  w("people:");
  w("  - { id: pm, name: Your project manager, role: project-manager, allocation: 0.4 }");
  w("  - { id: sponsor, name: Client sponsor, role: sponsor }");
  w(`  - { id: eng, name: ${y(t.engineerRole)}, role: engineer }`);
  w();
  w("sites:");
  for (const [id, n] of t.sites) w(`  - { id: ${id}, name: ${y(n)} }`);
  w();
  w("scope:");
  w(`  summary: ${y(t.summary)}`);
  w(`  # signed_off: { by: sponsor, on: ${signoff} }   # record the sign-off before build work starts`);
  w(`  in_scope: [${t.inScope.map(y).join(", ")}]`);
  w(`  out_of_scope: [${t.outOfScope.map(y).join(", ")}]`);
  w(`  assumptions: [${t.assumptions.map(y).join(", ")}]`);
  w("  success_criteria:            # each needs a number, a date or a percentage");
  for (const c of t.criteria) w(`    - ${y(c)}`);
  w();
  w("vendors:");
  for (const v of t.vendors) {
    w(`  - id: ${v.id}`);
    w(`    name: ${y(v.name)}`);
    w(`    contact: Account manager <accounts@${v.id}.example>`);
    w("    # contract: { signed_on: YYYY-MM-DD, po: PO-0000 }   # before their work starts");
    w("    deliveries:");
    w(`      - { id: ${v.delivery}, item: ${y(v.delivers)}, site: ${v.site}, due: ${day(v.at)} }`);
  }
  w();
  w("tasks:                          # durations in working days; depends_on ids of tasks, milestones or deliveries");
  for (const x of tasks) {
    const deps = x.deps ?? [];
    w(`  - id: ${x.id}`);
    w(`    name: ${y(x.name)}`);
    w(`    kind: ${x.kind}`);
    w(`    owner: ${x.owner}`);
    if (x.vendor) w(`    vendor: ${x.vendor}`);
    if (x.site) w(`    site: ${x.site}`);
    w(`    start: ${day(x.at)}`);
    w(`    finish: ${finishOf(x)}`);
    if (x.users) w(`    users_affected: ${x.users}`);
    if (x.downtime) w("    downtime: true");
    if (x.rollback) w(`    rollback_plan: ${y(x.rollback)}`);
    if (deps.length > 0) w(`    depends_on: [${deps.join(", ")}]`);
  }
  w();
  w("milestones:");
  w("  - id: start");
  w("    name: Project start");
  w(`    due: ${start}`);
  w(`    forecast: ${start}`);
  w("    owner: pm");
  w("    gate: { criteria: [Sponsor and PM named, Budget approved], approver: sponsor }");
  w("  - id: scope-agreed");
  w("    name: Scope signed off by the sponsor");
  w(`    due: ${signoff}`);
  w(`    forecast: ${signoff}`);
  w("    owner: pm");
  w(`    depends_on: [${["scope-workshop", ...scoping].join(", ")}]`);
  w("    gate: { criteria: [Requirements agreed, Exclusions agreed], approver: sponsor }");
  t.milestones.forEach((m, index) => {
    const isLast = index === t.milestones.length - 1;
    const feeds = isLast ? loose.filter((id) => !scoping.includes(id) && id !== m.after) : [];
    const dateOf = (id) => {
      const task = taskById.get(id);
      const vendor = t.vendors.find((v) => v.delivery === id);
      return task ? finishOf(task) : vendor ? day(vendor.at) : deadline;
    };
    const due = [m.after, ...feeds].map(dateOf).sort().at(-1);
    w(`  - id: ${m.id}`);
    w(`    name: ${y(m.name)}`);
    w(`    due: ${due}`);
    w(`    forecast: ${due}`);
    w("    owner: pm");
    w(`    depends_on: [${[m.after, ...feeds].join(", ")}]`);
    w("    gate: { criteria: [Tested, Accepted by the client], approver: sponsor }");
  });
  w();
  w("budget:");
  w(`  total: ${total + contingency}`);
  w(`  contingency: ${contingency}`);
  w("  lines:");
  for (const [id, category, planned, vendor] of t.lines) {
    w(
      `    - { id: ${id}, category: ${category}${vendor ? `, vendor: ${vendor}` : ""}, planned: ${planned}, approved: { by: sponsor, on: ${signoff} } }`
    );
  }
  w();
  w("changes: []                     # the change log: every change to scope, dates or budget goes here");
  w();
  w("risks:");
  for (const [id, title, l, i, mitigation] of t.risks) {
    w(
      `  - { id: ${id}, title: ${y(title)}, likelihood: ${l}, impact: ${i}, owner: pm, mitigation: ${y(mitigation)}, status: open, reviewed_on: ${start} }`
    );
  }
  w();
  w("communication:");
  w("  cadence: weekly");
  w("  channel: email");
  w("  audience: [sponsor, pm]");
  w("  escalation: eng -> pm -> sponsor");
  w(`  kickoff_on: ${start}`);
  w("  status_reports: []");
  return `${o.join("\n")}
`;
}
export {
  TEMPLATES,
  renderTemplate,
  startMonday
};
