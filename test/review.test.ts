/**
 * pmcheck review: each document (scope review, status report, closure report) for each audience
 * and in each form. The Mermaid chart is checked with the real mermaid package (parsed, then its
 * tasks read back from mermaid's own gantt model); the HTML with a conforming HTML parser
 * (parse5, which jsdom uses) and with jsdom; the customer's documents for every example and every
 * starter plan must hold no field name, rule id or line number. Most tests render in-process;
 * a few run the committed bundle end to end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { parse as parseHtml } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliIO, main } from '../src/cli/program.js';
import type { PlanReport } from '../src/core/audit.js';
import { renderTemplate, TEMPLATES } from '../src/init/templates.js';
import { criticalPath } from '../src/review/critical.js';
import { buildChart, MAX_TASK_ROWS } from '../src/review/gantt/chart.js';
import { type ReviewOptions, renderReview } from '../src/review/review.js';
import { RULE_IDS } from '../src/rules/index.js';
import { auditSources } from '../src/run/audit.js';
import { holidaySource } from '../src/run/holidays.js';
import { generatePlan } from '../src/tools/generate-plan.js';
import { PUBLISHED_FILES } from '../src/version.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const pmcheck = (args: string[], cwd = root) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const EXAMPLES = ['office-move', 'cloud-migration', 'network-refresh', 'cyber-essentials'];
const KINDS = ['scope', 'status', 'closure'] as const;

/** Audits a plan file in this process, so the report keeps its model. */
function audit(file: string, asOf?: string): PlanReport {
  const run = auditSources([file], { today: '2026-12-07', asOf });
  if (run.errors.length > 0) throw run.errors[0];
  return run.reports[0]!;
}

function planFile(text: string, name = 'p.plan.yaml'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pmcheck-review-')), name);
  writeFileSync(file, text);
  return file;
}

/** Every starter plan of `pmcheck init`, written to a temporary folder. */
const STARTERS = Object.keys(TEMPLATES).map((name) => ({
  name,
  file: planFile(renderTemplate(name, '2026-12-07', holidaySource, 'plan.schema.json'), `${name}.plan.yaml`),
}));

type Mermaid = typeof import('mermaid').default;
let mermaid: Mermaid;
beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
}, 60_000);

const gantt = (review: string) => /```mermaid\n([\s\S]*?)```/.exec(review)?.[1];
const outsideChart = (review: string) => review.replace(/```mermaid[\s\S]*?```/g, '');

/** Mermaid's placeholder for an entity code (#58;) in its model, back to the character it stands for. */
const decode = (s: string) => s.replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n)));

/** Parses the chart with mermaid and returns its tasks as mermaid's gantt model holds them. */
async function ganttTasks(chart: string) {
  expect(await mermaid.parse(chart)).toMatchObject({ diagramType: 'gantt' });
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(chart);
  const db = diagram.db as unknown as {
    getTasks(): {
      task: string;
      startTime: Date;
      endTime: Date;
      crit?: boolean;
      milestone?: boolean;
      vert?: boolean;
      section: string;
    }[];
  };
  // mermaid keeps the space before a task's colon in its name
  return db.getTasks().map((t) => ({ ...t, task: decode(t.task).trim(), section: decode(t.section) }));
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Parses HTML as a browser does, and fails on any parse error (parse5 follows the HTML standard). */
function strictHtml(html: string): Document {
  const errors: string[] = [];
  parseHtml(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  expect(errors).toEqual([]);
  return new JSDOM(html).window.document;
}

/** Field names of the plan schema a customer must never see: snake_case keys, and any key path. */
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'plan.schema.json'), 'utf8'));
const KEYS = new Set<string>();
(function walk(node: unknown) {
  if (Array.isArray(node)) node.forEach(walk);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && v && typeof v === 'object') for (const key of Object.keys(v)) KEYS.add(key);
      walk(v);
    }
  }
})(schema);

function expectCustomerWords(text: string, where: string) {
  expect(KEYS.size, 'keys read from the schema').toBeGreaterThan(80);
  const prose = outsideChart(text);
  const leaks: string[] = [];
  for (const key of KEYS) {
    if (key.includes('_') && new RegExp(`\\b${key}\\b`).test(prose)) leaks.push(key);
    // a key written as YAML or as a path: "gate: {", "project.manager", "signed_off:"
    if (new RegExp(`\\b${key}:\\s*[{[<]`).test(prose)) leaks.push(`${key}:`);
    if (new RegExp(`\\b[a-z_]+\\.${key}\\b`).test(prose) && /[a-z]/.test(key)) {
      const m = new RegExp(`\\b([a-z_]+)\\.${key}\\b`).exec(prose)!;
      if (KEYS.has(m[1]!)) leaks.push(m[0]);
    }
  }
  for (const id of RULE_IDS) if (id.includes('-') && new RegExp(`\\b${id}\\b`).test(prose)) leaks.push(id);
  if (/\b(critical|high|medium|low), [a-z-]+, line/.test(prose)) leaks.push('a finding reference');
  const lines = /\blines? \d+|\(line|:\d+:\d+|lines of the plan file/i.exec(prose);
  if (lines) leaks.push(lines[0]);
  if (/x-pmcheck|pmcheck explain|article 00\d|\b\d{3}_[0-9a-f]{8,}/.test(prose)) leaks.push('an internal reference');
  // a slot the words left empty: "cannot start before ." or a pair of empty quotes
  const gap = /\w \.|""|\(\)|undefined|NaN|\[object/.exec(prose.replace(/\\(.)/g, '$1'));
  if (gap)
    leaks.push(`an empty slot: …${prose.replace(/\\(.)/g, '$1').slice(Math.max(0, gap.index - 60), gap.index + 10)}`);
  const iso = /\b\d{4}-\d{2}-\d{2}\b/.exec(prose.replace(/<svg[\s\S]*?<\/svg>/g, ''));
  if (iso) leaks.push(`ISO date ${iso[0]}`);
  expect(leaks, where).toEqual([]);
}

describe('the customer reads no field name, rule id or line number', () => {
  const plans = [
    ...EXAMPLES.map((name) => ({ name: `example ${name}`, file: join(root, 'examples', `${name}.plan.yaml`) })),
    ...STARTERS.map((s) => ({ name: `starter ${s.name}`, file: s.file })),
  ];
  for (const plan of plans) {
    it(`${plan.name}: every kind of document, as Markdown and as HTML`, () => {
      const report = audit(plan.file);
      for (const kind of KINDS)
        for (const format of ['markdown', 'html'] as const) {
          const text = renderReview(report, { kind, audience: 'customer', format });
          const words = format === 'html' ? new JSDOM(text).window.document.body.textContent! : text;
          expectCustomerWords(words, `${plan.name}, ${kind}, ${format}`);
        }
    });
  }

  it('every rule, on the example its documentation fails, is said in plain words', async () => {
    const { RULES } = await import('../src/rules/index.js');
    for (const rule of RULES) {
      const snippet = rule.docs.failing;
      const head = [
        snippet.includes('pmcheck:') ? '' : 'pmcheck: 1',
        /^project:/m.test(snippet) ? '' : 'project: { name: Docs example }',
      ].filter(Boolean);
      const file = planFile(`${head.join('\n')}\n${snippet}\n`);
      // the schedule-quality checks run under their own preset
      if (rule.id.startsWith('dcma-') || rule.id === 'float-mismatch')
        writeFileSync(join(dirname(file), '.pmcheck.yaml'), 'extends: dcma\n');
      const report = audit(file, '2026-06-01');
      const text = renderReview(report, { kind: 'status', audience: 'customer' });
      expectCustomerWords(text, rule.id);
    }
  });
});

describe('each document', () => {
  const headings = (md: string) => [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

  it('the phase chooses the document, and --kind overrides it', () => {
    const delivery = audit(join(root, 'examples', 'office-move.plan.yaml'));
    expect(renderReview(delivery)).toMatch(/^# Status report: Acme head office relocation\n/);
    expect(renderReview(delivery, { kind: 'scope' })).toMatch(/^# Scope review: /);
    expect(renderReview(delivery, { kind: 'closure' })).toMatch(/^# Closure report: /);
    expect(renderReview(audit(STARTERS[0]!.file))).toMatch(/^# Scope review: Office relocation\n/);
    const closed = audit(planFile('pmcheck: 1\nproject: { name: Done, phase: closed }\n'));
    expect(renderReview(closed)).toMatch(/^# Closure report: Done\n/);
  });

  it('the scope review: the sections a proposal needs, ending with the sign-off block', () => {
    const review = renderReview(audit(STARTERS[0]!.file));
    expect(headings(review)).toEqual([
      'Summary',
      'Project management',
      'Scope',
      'Suppliers and deliveries',
      'Timeline',
      'Budget',
      'Risks',
      'Communication',
      'Next steps',
      'Sign-off',
      'Sources',
    ]);
    expect(review).toContain('| Sponsor | Client sponsor |   |   |');
  });

  it('the status report: the rating and its reasons, milestones baseline against forecast, RAID and the decisions', () => {
    const review = renderReview(audit(join(root, 'examples', 'office-move.plan.yaml')), { audience: 'customer' });
    expect(headings(review)).toEqual([
      'Summary',
      'Milestones',
      'Decisions needed from the sponsor',
      'Timeline',
      'Risks, assumptions, issues and dependencies',
      'Budget',
      'Actions',
      'Suppliers and deliveries',
      'Communication',
      'Sources',
    ]);
    expect(review).toContain(
      '| Delivery confidence | **Red** (16 out of 100): not achievable as planned without urgent action. The reasons: work booked before its equipment arrives and a change made without a recorded approval. |',
    );
    expect(review).toContain(
      '| Network ready at 2 New Road | Fri 13 Feb 2026 | Fri 20 Feb 2026 | **5 working days late** |',
    );
    expect(review).toContain(
      '- **Confirm whether change CR-002 is approved, and record who approved it and when.** Change CR-002 ("Move the comms cabinet to the floor 2 riser") has been made without a recorded approval. \\[1\\]',
    );
    expect(review).toContain('### Issues');
    expect(review).toContain('### Dependencies');
    expect(review).not.toContain('## Sign-off');
    // Each point is said once: the overdue delivery is an issue, not also a supplier note.
    expect(review.match(/was due Mon 9 Feb 2026 and has not arrived/g)).toHaveLength(1);
  });

  it('the closure report: delivered against planned, the outturn, the open items, the lessons', () => {
    const review = renderReview(audit(join(root, 'examples', 'office-move.plan.yaml')), {
      kind: 'closure',
      audience: 'customer',
    });
    expect(headings(review)).toEqual([
      'Summary',
      'Delivered against planned',
      'Milestones',
      'Timeline: planned against actual',
      'Budget outturn',
      'Open items handed over',
      'Lessons',
      'Acceptance',
      'Sources',
    ]);
    expect(review).toContain('| **All lines** | **£79,000** | **£66,400** | £12,600 under |');
    // not yet closed, so the outturn is so far
    expect(review).toContain('Against the budget of £85,000, so far the project has cost £66,400: £18,600 under.');
    expect(review).toContain(
      '| Risk R-01: ISP circuit lead time may exceed the move date | **Still open** | Pat Jones, Example Services (external) |',
    );
  });

  it('the internal view keeps rule ids and lines; the customer view says the same in plain words', () => {
    const report = audit(join(root, 'examples', 'office-move.plan.yaml'));
    const internal = renderReview(report, { kind: 'scope', audience: 'internal' });
    expect(internal).toContain('Findings refer to lines of the plan file.');
    expect(internal).toContain(
      'Task "Patch and terminate the core switches" starts 2026-02-02 but needs 4x core switches from NetSupply Distribution, received 2026-02-10. \\[1\\] *(critical, vendor-sequencing, line 208)*',
    );
    const customer = renderReview(report, { kind: 'scope', audience: 'customer' });
    expect(customer).toContain(
      '"Patch and terminate the core switches" starts Mon 2 Feb 2026, but needs 4x core switches from NetSupply Distribution, received Tue 10 Feb 2026. \\[1\\]',
    );
    expect(customer).toContain('\\[1\\] Why technical project management matters');
  });

  it('labels sections by what they are: a missing contract is a contract, and a proposal has no "approved" column', () => {
    const review = renderReview(audit(STARTERS[0]!.file), { kind: 'status', audience: 'internal' });
    expect(review).not.toMatch(/Sequencing problems/);
    expect(review).toMatch(/\*\*Contracts:\*\*\n\n- Vendor Cabling contractor has no signed contract/);
    const proposal = audit(
      planFile(`pmcheck: 1
project: { name: Printer swap, phase: presale, start: 2026-03-02, deadline: 2026-03-04, users_affected: 4 }
people: [{ id: ann, name: Ann Lee, role: engineer }]
tasks: [{ id: swap, name: Swap the printer, owner: ann, start: 2026-03-02, finish: 2026-03-03 }]
budget: { total: 1200, lines: [{ id: kit, category: hardware, planned: 1200 }] }
`),
    );
    const price = renderReview(proposal);
    expect(price).toContain('| Line | Category | Supplier | Planned |\n');
    expect(price).not.toMatch(/Approved|\*\*no\*\*/);
  });

  it('an overdue delivery that holds up work is told the customer once; the team sees both findings', () => {
    const report = audit(join(root, 'examples', 'office-move.plan.yaml'));
    const late = /^- .*1 Gbps leased line, tested and handed over from FibreLink Business was due .* has not arrived/gm;
    expect(renderReview(report, { audience: 'customer' }).match(late)).toHaveLength(1);
    const team = renderReview(report, { audience: 'internal' });
    expect(team).toMatch(/has not arrived, and "Connect the leased line.*delivery-blocks-work, line 98/);
    expect(team).toMatch(/has not arrived \(7 days late.*delivery-overdue, line 98/);
  });

  it('the closure report says which milestones were not reached, even when a loop hides their forecast', () => {
    const review = renderReview(audit(join(root, 'examples', 'network-refresh.plan.yaml')), {
      kind: 'closure',
      audience: 'customer',
    });
    expect(review).toContain('| Leeds on the new network | Wed 13 May 2026 | not reached | **Not reached** |');
    expect(review).not.toMatch(/cannot be computed \|/);
  });

  it('with nothing to decide, says so once, with no "For the sponsor:" before it', () => {
    const review = renderReview(audit(join(root, 'examples', 'cyber-essentials.plan.yaml')), { audience: 'customer' });
    expect(review).toContain(
      '## Decisions needed from the sponsor\n\nNothing needs a decision from Dr Helen Marsh, Harbour Dental Group this time.\n',
    );
  });

  it('spend on a change nobody approved: the sponsor is asked to decide the change, in words a sponsor uses', () => {
    const report = audit(
      planFile(`pmcheck: 1
project: { name: Stockport office, phase: delivery, status_date: 2026-03-13, sponsor: jonathan }
people: [{ id: jonathan, name: Jonathan Welch, role: sponsor }]
vendors: [{ id: metro, name: Metro Fibre Networks }]
tasks: [{ id: survey, vendor: metro, start: 2026-01-12, actual_start: 2026-01-12 }]
changes: [{ id: CR-03, title: Second leased line, status: proposed }]
budget:
  lines:
    - { id: install, vendor: metro, planned: 3200, actual: 900, approved: { by: jonathan, on: 2026-01-12 } }
    - { id: second-line, vendor: metro, description: Second 500 Mbps circuit, planned: 4800, actual: 1200, change: CR-03 }
`),
    );
    const review = renderReview(report, { audience: 'customer' }).replace(/\\(.)/g, '$1');
    expect(review).toContain(
      '- **Confirm whether change CR-03 ("Second leased line") is approved, and record who approved it and when, or stop the spending.** 1,200 has been spent on "Second 500 Mbps circuit", which change CR-03 ("Second leased line") added, and that change has no recorded approval.',
    );
  });

  it('in proportion: a small job is not lectured about project management', () => {
    const small = audit(
      planFile(`pmcheck: 1
project: { name: Printer swap, phase: presale, start: 2026-03-02, deadline: 2026-03-04, users_affected: 4, manager: ann }
people: [{ id: ann, name: Ann Lee, role: engineer }]
tasks: [{ id: swap, name: Swap the printer, owner: ann, start: 2026-03-02, finish: 2026-03-03 }]
budget: { total: 1200, lines: [{ id: kit, category: hardware, planned: 1200 }] }
`),
    );
    const review = renderReview(small);
    expect(review).toContain(
      'This is a small job: under two weeks, with at most one supplier, a modest budget and few users. It does not need formal project management; Ann Lee is the named owner.',
    );
    expect(review).not.toMatch(/needs formal project management|70%|not in the price|delays, rework|cut to hit/);
  });

  it('dates read as people write them in the customer view, and stay ISO in the internal one', () => {
    const report = audit(STARTERS[0]!.file);
    expect(renderReview(report, { audience: 'customer' })).toContain('| Start | Mon 7 Dec 2026 |');
    expect(renderReview(report, { audience: 'internal' })).toContain('| Start | 2026-12-07 |');
  });

  it('is the same for the same as-of date', () => {
    const file = join(root, 'examples', 'office-move.plan.yaml');
    for (const format of ['markdown', 'html'] as const)
      expect(renderReview(audit(file, '2026-02-20'), { format })).toBe(
        renderReview(audit(file, '2026-02-20'), { format }),
      );
  });

  it('a minimal plan: empty sections say what is missing rather than disappearing', () => {
    const review = renderReview(audit(planFile('pmcheck: 1\nproject: { name: Bare }\n')), { audience: 'internal' });
    for (const missing of [
      'The plan has no summary',
      '*Nothing is listed in scope yet.*',
      '*No success criteria',
      '*No suppliers are listed.',
      '*The plan has no dated tasks',
      '*The plan has no budget.',
      '*The plan has no risk register',
    ])
      expect(review).toContain(missing);
  });
});

describe('the critical path, from the backward pass', () => {
  it('a final milestone with its own fixed date: the work with the least float before it, not the milestone alone', () => {
    const model = audit(
      planFile(`pmcheck: 1
project: { name: Chain, start: 2026-03-02, status_date: 2026-03-02 }
tasks:
  - { id: a, name: Build, start: 2026-03-02, finish: 2026-03-06 }
  - { id: b, name: Test, start: 2026-03-09, finish: 2026-03-10, depends_on: [a] }
  - { id: c, name: Train, start: 2026-03-02, finish: 2026-03-03 }
milestones:
  - { id: end, name: Handover, due: 2026-03-13, depends_on: [b, c] }
`),
    ).model!;
    const cp = criticalPath(model);
    expect(cp).toEqual({ status: 'known', ids: ['a', 'b', 'end'], finish: '2026-03-13', float: 3, fixedEnd: true });
  });

  it('with a dependency loop the finish cannot be computed, and the chart draws no forecast for the loop', async () => {
    const report = audit(join(root, 'examples', 'network-refresh.plan.yaml'));
    expect(criticalPath(report.model!)).toEqual({ status: 'loop' });
    const review = renderReview(report, { audience: 'customer' });
    expect(review).toContain('**The finish date cannot be computed.**');
    expect(review).toContain('| Forecast finish | cannot be computed: the dependencies contain a loop |');
    expect(review).not.toContain('Critical path:');
    const tasks = await ganttTasks(gantt(review)!);
    const looped = tasks.filter((t) => t.task.endsWith('(no forecast: dependency loop)'));
    expect(looped.map((t) => t.task)).toContain('York cutover (no forecast: dependency loop)');
    expect(tasks.some((t) => t.crit && t.section !== 'Blackouts')).toBe(false);
    const html = renderReview(report, { audience: 'customer', format: 'html' });
    expect(html).not.toMatch(/class="critical"/);
  });
});

describe('the timeline', () => {
  it('each example: a chart mermaid accepts, every task on a real date, forecast and planned bars, as-of and deadline lines', async () => {
    for (const name of EXAMPLES) {
      const review = renderReview(audit(join(root, 'examples', `${name}.plan.yaml`)));
      const tasks = await ganttTasks(gantt(review)!);
      expect(tasks.length, name).toBeGreaterThan(15);
      for (const t of tasks) {
        expect(Number.isNaN(t.startTime.getTime()), t.task).toBe(false);
        expect(t.endTime.getTime(), t.task).toBeGreaterThanOrEqual(t.startTime.getTime());
      }
      expect(tasks.filter((t) => t.vert).map((t) => t.task.replace(/ .*/, ''))).toEqual(['As', 'Deadline']);
    }
  });

  it('draws the forecast where the logic moves the work, with the plan beside it', async () => {
    const review = renderReview(audit(join(root, 'examples', 'office-move.plan.yaml')));
    const tasks = await ganttTasks(gantt(review)!);
    const patch = tasks.filter((t) => t.task.startsWith('Patch and terminate the core switches'));
    expect(patch.map((t) => [t.task, day(t.startTime), day(t.endTime)])).toEqual([
      ['Patch and terminate the core switches', '2026-02-02', '2026-02-19'],
      ['Patch and terminate the core switches (as planned)', '2026-02-02', '2026-02-05'],
    ]);
    const ready = tasks.filter((t) => t.task.startsWith('Network ready at 2 New Road'));
    expect(ready.map((t) => [t.task, day(t.startTime)])).toEqual([
      ['Network ready at 2 New Road', '2026-02-20'],
      ['Network ready at 2 New Road (baseline)', '2026-02-13'],
    ]);
  });

  it('task names that begin with a Mermaid keyword keep their tasks on their dates', async () => {
    const names = [
      'Section 3 cabling',
      'Title transfer to the new landlord',
      'Excludes weekends: check the rota',
      'Includes Wi-Fi survey',
      'Click and collect rollout',
      'dateFormat clean-up in the CRM',
      'todayMarker review',
      'axisFormat audit',
      '2026-03-02 kick-off',
      'Cutover at 02:00',
    ];
    const tasks = names
      .map(
        (n, i) =>
          `  - { id: t${i}, name: ${JSON.stringify(n)}, start: 2026-03-${String(2 + i).padStart(2, '0')}, duration: 1 }`,
      )
      .join('\n');
    const report = audit(
      planFile(`pmcheck: 1\nproject: { name: Keywords, status_date: 2026-03-01 }\ntasks:\n${tasks}\n`),
    );
    // The team's view: the customer's would write the date in the last name as "Mon 2 Mar 2026".
    const drawn = await ganttTasks(gantt(renderReview(report, { audience: 'internal' }))!);
    names.forEach((n, i) => {
      const t = drawn.find((x) => x.task === n);
      expect(t, n).toBeDefined();
      const date = `2026-03-${String(2 + i).padStart(2, '0')}`;
      expect(day(t!.startTime), n).toBe(date);
    });
    expect(drawn.filter((t) => !t.vert)).toHaveLength(names.length);
    // The HTML chart draws the same names, the colon in 02:00 a real colon.
    const html = strictHtml(renderReview(report, { format: 'html', audience: 'internal' }));
    const labels = [...html.querySelectorAll('svg.gantt text.label')].map((t) => t.textContent);
    for (const n of names) expect(labels.join(' '), n).toContain(n);
  });

  it('stays readable at 60 tasks or more: phases collapse to one bar each', async () => {
    const plan = generatePlan(80)
      .split('\n')
      .map((l) =>
        l.replace(
          /^(\s+)- id: (t\d+)$/,
          (_m, sp, id) => `${sp}- id: ${id}\n${sp}  phase: Stream ${Number(id.slice(1)) % 4}`,
        ),
      )
      .join('\n');
    const report = audit(planFile(plan));
    const chart = buildChart(report.model!, criticalPath(report.model!), {
      second: 'forecast',
      deliveryLabel: (i) => i.name,
    });
    const taskRows = chart.groups.filter((g) => g.label === 'Phases');
    expect(chart.collapsed?.tasks).toBeGreaterThan(MAX_TASK_ROWS);
    expect(taskRows[0]?.rows.length).toBeLessThanOrEqual(4);
    const tasks = await ganttTasks(gantt(renderReview(report))!);
    expect(tasks.length).toBeLessThan(80);
  });

  it('without phases to collapse, keeps the critical, slipping and current work and says how many are left out', () => {
    const report = audit(planFile(generatePlan(120).replace(/^ {4}site: s\d+\n/gm, '')));
    const chart = buildChart(report.model!, criticalPath(report.model!), {
      second: 'forecast',
      deliveryLabel: (i) => i.name,
    });
    const rows = chart.groups.flatMap((g) => g.rows).filter((r) => r.kind === 'task' || r.kind === 'summary');
    expect(rows.length).toBeLessThanOrEqual(MAX_TASK_ROWS);
    expect(chart.omitted + rows.length).toBeGreaterThanOrEqual(60);
    // every task of the critical path is among those kept
    const cp = criticalPath(report.model!);
    const kept = new Set(rows.map((r) => r.id));
    expect(
      cp.status === 'known' &&
        cp.ids.filter((id) => report.model!.items.get(id)!.kind === 'task').every((id) => kept.has(id)),
    ).toBe(true);
  });
});

describe('plan text full of metacharacters renders safely in all three forms', () => {
  const evil =
    '"Pipe | back`tick` \\\\ #hash: colon; semi %% <script>alert(1)</script> </svg> & *bold* [link](x) {brace} 02:00"';
  const said =
    'Pipe | back`tick` \\ #hash: colon; semi %% <script>alert(1)</script> </svg> & *bold* [link](x) {brace} 02:00';
  let report: PlanReport;
  beforeAll(() => {
    report = audit(
      planFile(`pmcheck: 1
project: { name: ${evil}, client: ${evil}, start: 2026-01-05, sponsor: s, manager: s, status_date: 2026-01-05 }
people: [{ id: s, name: ${evil}, role: project-manager }]
sites: [{ id: x, name: ${evil} }]
scope:
  summary: ${evil}
  in_scope: [${evil}]
  success_criteria: [${evil}]
vendors:
  - { id: v, name: ${evil}, contact: ${evil}, deliveries: [{ id: d, item: ${evil}, site: x, due: 2026-01-07 }] }
tasks:
  - { id: t, name: ${evil}, site: x, phase: ${evil}, start: 2026-01-05, finish: 2026-01-09, depends_on: [d] }
milestones: [{ id: m, name: ${evil}, due: 2026-01-09, depends_on: [t] }]
budget: { total: 100, lines: [{ id: l, description: ${evil}, planned: 100 }] }
risks: [{ id: R1, title: ${evil}, likelihood: 3, impact: 4, mitigation: ${evil} }]
blackouts: [{ name: ${evil}, from: 2026-01-08, to: 2026-01-08 }]
`),
    );
  });

  for (const kind of KINDS)
    for (const audience of ['customer', 'internal'] as const) {
      const options: ReviewOptions = { kind, audience };
      it(`${kind}, ${audience}: Markdown and its Mermaid chart`, async () => {
        const md = renderReview(report, options);
        expect(md).not.toMatch(/<script|<\/svg/);
        expect(md).toContain('&lt;script&gt;');
        // Table rows keep their columns: every pipe from the plan is escaped.
        for (const line of outsideChart(md)
          .split('\n')
          .filter((l) => l.startsWith('|')))
          expect(line).not.toMatch(/[^\\]\| back/);
        const chart = gantt(md)!;
        expect(chart).not.toMatch(/<script>|%%|#hash|: colon|02:00/);
        const tasks = await ganttTasks(chart);
        const named = tasks.filter((t) => t.task.startsWith('Pipe'));
        expect(named.length).toBeGreaterThanOrEqual(3); // the task, the milestone, the delivery, the blackout
        for (const t of named) expect(t.task).toContain(said);
      });
      it(`${kind}, ${audience}: HTML`, () => {
        const html = renderReview(report, { ...options, format: 'html' });
        const doc = strictHtml(html);
        expect(doc.querySelectorAll('script')).toHaveLength(0);
        expect(doc.querySelectorAll('svg')).toHaveLength(1);
        expect(doc.querySelector('h1')!.textContent).toBe(said);
        expect(doc.title).toContain(said);
        const svgText = [...doc.querySelectorAll('svg text tspan')].map((t) => t.textContent).join(' ');
        expect(svgText.replace(/\s+/g, ' ')).toContain('02:00');
        expect(doc.body.textContent).toContain(said);
      });
    }
});

describe('the HTML document', () => {
  for (const name of EXAMPLES)
    it(`${name}: one self-contained file that a conforming parser reads without error`, () => {
      const report = audit(join(root, 'examples', `${name}.plan.yaml`));
      for (const kind of KINDS) {
        const html = renderReview(report, { kind, audience: 'customer', format: 'html' });
        const doc = strictHtml(html);
        expect(doc.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
        expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
        expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(
          "default-src 'none'; style-src 'unsafe-inline'",
        );
        expect(doc.querySelector('style')!.textContent).toContain('@page { size: A4;');
        // cloud-migration keeps no risk register; a closure report lists open risks, not a map
        const map = name !== 'cloud-migration' && kind !== 'closure';
        expect(doc.querySelectorAll('table.heatmap td').length).toBe(map ? 25 : 0);
        // printed, the sentence that introduces the map is kept on its page
        if (map) expect(doc.querySelector('table.heatmap')!.previousElementSibling!.className).toBe('lead');
      }
    });
});

describe('pmcheck review on the command line', () => {
  it('writes HTML with -o, the same bytes for the same --as-of', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-review-'));
    const args = ['review', '--as-of', '2026-02-20', '--format', 'html', '--audience', 'customer', '--kind', 'scope'];
    expect(pmcheck([...args, '-o', join(dir, 'a.html'), 'examples/office-move.plan.yaml']).code).toBe(0);
    expect(pmcheck([...args, '-o', join(dir, 'b.html'), 'examples/office-move.plan.yaml']).code).toBe(0);
    const a = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(a).toMatch(/^<!doctype html>/);
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toBe(a);
  });

  it('the phase picks the document; a bad choice is a usage error', () => {
    expect(pmcheck(['review', 'examples/office-move.plan.yaml']).stdout).toMatch(/^# Status report: /);
    const bad = pmcheck(['review', '--kind', 'memo', 'examples/office-move.plan.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^pmcheck: option '--kind <document>' argument 'memo' is invalid/);
  });
});

describe('pmcheck init', () => {
  // What a starter plan is expected to have until the team fills it in (also in the README).
  const expected: Record<string, string[]> = {
    'office-move': ['scope-signed-off', 'vendor-contract', 'vendor-contract', 'vendor-contract'],
    'cloud-migration': ['scope-signed-off', 'vendor-contract'],
    'cyber-essentials': ['scope-signed-off', 'vendor-contract'],
    'network-refresh': ['scope-signed-off', 'vendor-contract', 'vendor-contract'],
  };

  for (const [template, findings] of Object.entries(expected)) {
    it(`${template}: a commented plan with the $schema line that loads, with only the expected findings`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'pmcheck-init-'));
      const made = pmcheck(['init', '--template', template, '--start', '2026-12-02'], dir);
      expect(made.code).toBe(0);
      expect(made.stdout).toContain(`Wrote ${template}.plan.yaml`);
      const text = readFileSync(join(dir, `${template}.plan.yaml`), 'utf8');
      const schemaLine = text.split('\n')[0]!;
      // No local install in a bare folder (as under npx): this version's schema at its published URL.
      expect(schemaLine).toBe(`# yaml-language-server: $schema=${PUBLISHED_FILES}schemas/plan.schema.json`);
      expect(text).toContain('start: 2026-12-07'); // the next Monday
      const audit = pmcheck(['audit', '--format', 'json', '--as-of', '2026-12-07', `${template}.plan.yaml`], dir);
      expect([0, 1]).toContain(audit.code);
      const plan = JSON.parse(audit.stdout).plans[0];
      expect(plan.findings.map((f: { rule: string }) => f.rule).sort()).toEqual(findings);
      expect(plan.diagnostics).toEqual([]);
    });
  }

  it("points $schema at the project's own node_modules/pmcheck when there is one, never at the running copy", () => {
    const project = mkdtempSync(join(tmpdir(), 'pmcheck-init-'));
    writeFileSync(join(project, 'package.json'), '{}\n');
    mkdirSync(join(project, 'node_modules', 'pmcheck', 'schemas'), { recursive: true });
    writeFileSync(join(project, 'node_modules', 'pmcheck', 'schemas', 'plan.schema.json'), '{}\n');
    mkdirSync(join(project, 'plans', '2027'), { recursive: true });
    expect(pmcheck(['init', '--template', 'office-move', 'plans/2027/move.plan.yaml'], project).code).toBe(0);
    const first = readFileSync(join(project, 'plans', '2027', 'move.plan.yaml'), 'utf8').split('\n')[0]!;
    expect(first).toBe('# yaml-language-server: $schema=../../node_modules/pmcheck/schemas/plan.schema.json');
    expect(existsSync(resolve(project, 'plans', '2027', first.split('$schema=')[1]!))).toBe(true);
    // The search stops at the project's root: an install further up is not the project's.
    const inner = join(project, 'inner');
    mkdirSync(inner);
    writeFileSync(join(inner, 'package.json'), '{}\n');
    expect(pmcheck(['init', '--template', 'office-move', 'p.plan.yaml'], inner).code).toBe(0);
    expect(readFileSync(join(inner, 'p.plan.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=https:/);
  });

  it('refuses to overwrite a file unless given --force, and writes through a rename', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-init-'));
    writeFileSync(join(dir, 'mine.yaml'), 'my own plan\n');
    const refused = pmcheck(['init', '--template', 'office-move', 'mine.yaml'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'pmcheck: mine.yaml already exists; pmcheck init never overwrites a file unless given --force\n',
    );
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('my own plan\n');
    expect(pmcheck(['init', '--template', 'office-move', '--force', 'mine.yaml'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toContain('pmcheck: 1');
  });

  it('an unknown template gets "did you mean"; no template lists them on a terminal, and is a usage error off one', async () => {
    expect(pmcheck(['init', '--template', 'ofice-move']).stderr).toMatch(
      /^pmcheck: unknown template "ofice-move"; did you mean "office-move"\?/,
    );
    const off = pmcheck(['init']);
    expect(off.code).toBe(2);
    expect(off.stderr).toBe(
      'pmcheck: init needs --template: one of office-move, cloud-migration, cyber-essentials, network-refresh\n',
    );
    let out = '';
    const tty: CliIO = {
      stdout: (t) => {
        out += t;
      },
      stderr: () => {},
      env: {},
      colorSupport: 0,
      readStdin: () => new Uint8Array(),
      isTTY: true,
    };
    expect(await main(['node', 'pmcheck', 'init'], tty)).toBe(0);
    expect(out).toContain('office-move        Move staff and IT to a new office');
    expect(existsSync(join(root, 'office-move.plan.yaml'))).toBe(false);
  });
});
