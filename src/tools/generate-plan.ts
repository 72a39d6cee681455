/**
 * Realistic generated plans for the benchmark and scale tests, from a fixed seed: a
 * multi-site programme with vendors and deliveries, streams of dependent tasks (long
 * chains), integration tasks with wide fan-in, milestones, budget lines, changes, risks,
 * status reports and blackouts. The same (tasks, seed) always gives the same text.
 */

import { fromDayNumber, toDayNumber, WorkingCalendar } from '../plan/calendar.js';

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Day numbers and working days from the project's own calendar (no holidays here).
const cal = new WorkingCalendar();
const iso = fromDayNumber;
const dayOf = toDayNumber;
/** Next weekday on or after day d. */
const weekday = (d: number) => toDayNumber(cal.addWorkingDays(fromDayNumber(d), 0));
/** n weekdays after the weekday on or after day d. */
const addWorking = (d: number, n: number) => toDayNumber(cal.addWorkingDays(fromDayNumber(weekday(d)), n));

const KINDS = [
  'build',
  'build',
  'build',
  'testing',
  'procurement',
  'migration',
  'cutover',
  'rollout',
  'training',
  'communication',
  'other',
];

export function generatePlan(taskCount: number, seed = 20261122): string {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const start = dayOf('2026-01-05');
  const sites = Math.max(2, Math.min(40, Math.ceil(taskCount / 250)));
  const vendors = Math.max(2, Math.ceil(taskCount / 100));
  const people = Math.max(6, Math.ceil(taskCount / 40));
  const streams = Math.max(3, Math.ceil(taskCount / 60));
  const out: string[] = [];
  const w = (s: string) => out.push(s);

  w('pmcheck: 1');
  w('project:');
  w(`  id: GEN-${taskCount}`);
  w(`  name: Generated programme of ${taskCount} tasks`);
  w('  client: Example Group');
  w('  phase: delivery');
  w('  sponsor: p0');
  w('  manager: p1');
  w(`  start: ${iso(start)}`);
  w(`  deadline: ${iso(start + Math.ceil(taskCount / streams) * 6 + 120)}`);
  w(`  status_date: ${iso(start + 60)}`);
  w('  currency: GBP');
  w(`  users_affected: ${taskCount * 2}`);
  w('  methodology: hybrid');
  w('  calendar:');
  w('    holidays: [2026-04-03, 2026-04-06, 2026-05-04, 2026-05-25, 2026-08-31, 2026-12-25, 2026-12-28]');
  w('people:');
  for (let i = 0; i < people; i++) {
    const role = i === 0 ? 'sponsor' : i === 1 ? 'project-manager' : i % 7 === 0 ? 'stakeholder' : 'engineer';
    w(`  - { id: p${i}, name: Person ${i}, role: ${role}${i === 1 ? ', allocation: 0.5' : ''} }`);
  }
  w('sites:');
  for (let i = 0; i < sites; i++) w(`  - { id: s${i}, name: Site ${i} }`);
  w('scope:');
  w('  summary: Generated multi-site programme');
  w(`  signed_off: { by: p0, on: ${iso(start)} }`);
  w('  in_scope: [Network, Devices, Cloud services]');
  w('  out_of_scope: [Furniture]');
  w('  assumptions: [Sites available from day one]');
  w('  success_criteria: ["100% of sites live by the deadline"]');

  // Deliveries: each vendor ships kit to a few sites; tasks at those sites depend on it.
  const deliveriesBySite = new Map<number, string[]>();
  w('vendors:');
  for (let v = 0; v < vendors; v++) {
    w(`  - id: v${v}`);
    w(`    name: Vendor ${v}`);
    w(`    contact: Contact ${v} <c${v}@vendor.example>`);
    w(`    contract: { signed_on: ${iso(start - 5)}, po: PO-${1000 + v} }`);
    w('    deliveries:');
    for (let d = 0; d < 3; d++) {
      const site = Math.floor(rnd() * sites);
      const id = `d${v}-${d}`;
      const due = weekday(start + 10 + Math.floor(rnd() * (taskCount / streams) * 5));
      const received = due < start + 60 && rnd() < 0.8 ? `, received_on: ${iso(due + Math.floor(rnd() * 3))}` : '';
      w(`      - { id: ${id}, item: Kit ${id}, site: s${site}, due: ${iso(due)}${received} }`);
      deliveriesBySite.set(site, [...(deliveriesBySite.get(site) ?? []), id]);
    }
  }

  // Tasks: parallel streams, each a long chain; every 25th task integrates the last task of
  // many streams (wide fan-in); some tasks also wait for a delivery at their site.
  w('tasks:');
  const lastOfStream: (string | undefined)[] = new Array(streams).fill(undefined);
  const finishOf = new Map<string, number>();
  const statusDay = start + 60;
  for (let t = 0; t < taskCount; t++) {
    const id = `t${t}`;
    const stream = t % streams;
    const site = stream % sites;
    const kind = pick(KINDS);
    const deps: string[] = [];
    const prev = lastOfStream[stream];
    if (prev) deps.push(prev);
    if (t > 0 && t % 25 === 0) {
      for (let k = 0; k < Math.min(streams, 12); k++) {
        const other = lastOfStream[(stream + 1 + k) % streams];
        if (other && other !== prev) deps.push(other);
      }
    }
    const siteKit = deliveriesBySite.get(site);
    if (siteKit && rnd() < 0.05) deps.push(pick(siteKit));
    const earliest = Math.max(start + 1, ...deps.map((d) => (finishOf.get(d) ?? start) + 1));
    const s = weekday(earliest + Math.floor(rnd() * 2));
    const days = 1 + Math.floor(rnd() * 8);
    const f = addWorking(s, days - 1);
    finishOf.set(id, f);
    const done = f < statusDay && rnd() < 0.9;
    const started = s <= statusDay;
    w(`  - id: ${id}`);
    w(`    name: Task ${t} (${kind})`);
    w(`    owner: p${2 + (t % (people - 2))}`);
    if (rnd() < 0.3) w(`    vendor: v${t % vendors}`);
    w(`    site: s${site}`);
    w(`    kind: ${kind}`);
    w(`    start: ${iso(s)}`);
    w(`    finish: ${iso(f)}`);
    if (started) w(`    actual_start: ${iso(s)}`);
    if (done) w(`    actual_finish: ${iso(f)}`);
    w(`    progress: ${done ? 1 : started ? Math.round(rnd() * 90) / 100 : 0}`);
    if (kind === 'migration' || kind === 'cutover') w('    rollback_plan: Keep the old service for a week');
    if (kind === 'cutover' || kind === 'rollout') w(`    users_affected: ${5 + Math.floor(rnd() * 60)}`);
    if (deps.length > 0) w(`    depends_on: [${deps.join(', ')}]`);
    lastOfStream[stream] = id;
  }

  w('milestones:');
  for (let m = 0; m * 50 < taskCount; m++) {
    const dep = `t${Math.min(taskCount - 1, m * 50 + 49)}`;
    const due = iso((finishOf.get(dep) ?? start) + 2);
    w(
      `  - { id: m${m}, name: Milestone ${m}, due: ${due}, forecast: ${due}, owner: p1, depends_on: [${dep}], gate: { criteria: [Tested], approver: p0 } }`,
    );
  }

  const lines = vendors + 2;
  const perLine = 5000 + taskCount * 20;
  w('budget:');
  w(`  total: ${perLine * lines + perLine}`);
  w(`  contingency: ${perLine}`);
  w('  lines:');
  w(
    `    - { id: pm, category: project-management, planned: ${perLine}, actual: ${Math.round(perLine * 0.3)}, approved: { by: p0, on: ${iso(start)} } }`,
  );
  w(
    `    - { id: labour, category: labour, planned: ${perLine}, actual: ${Math.round(perLine * 0.35)}, approved: { by: p0, on: ${iso(start)} } }`,
  );
  for (let v = 0; v < vendors; v++)
    w(
      `    - { id: l${v}, category: services, vendor: v${v}, planned: ${perLine}, actual: ${Math.round(perLine * rnd() * 0.5)}, approved: { by: p0, on: ${iso(start - 5)} } }`,
    );

  w('changes:');
  for (let c = 0; c < Math.max(3, taskCount / 100); c++) {
    const raised = iso(start + 5 + (c % 50));
    w(
      `  - { id: CR-${c}, title: Change ${c}, raised_on: ${raised}, requested_by: p0, impact: { cost: 100, days: 1 }, status: approved, approved: { by: p0, on: ${raised} }, communicated_to: [p1] }`,
    );
  }
  w('risks:');
  for (let r = 0; r < Math.max(5, taskCount / 50); r++) {
    w(
      `  - { id: R-${r}, title: Risk ${r}, likelihood: ${1 + (r % 5)}, impact: ${1 + ((r * 3) % 5)}, owner: p${2 + (r % (people - 2))}, mitigation: Plan ${r}, status: open, reviewed_on: ${iso(statusDay - (r % 20))} }`,
    );
  }
  w('communication:');
  w('  cadence: weekly');
  w('  channel: email');
  w('  audience: [p0, p1]');
  w('  escalation: engineer -> p1 -> p0');
  w(`  kickoff_on: ${iso(start)}`);
  w('  status_reports:');
  for (let d = start + 4; d <= statusDay; d += 7) w(`    - { on: ${iso(d)}, rag: amber, summary: Weekly report }`);
  w('blackouts:');
  for (let b = 0; b < 3; b++)
    w(
      `  - { name: Blackout ${b}, from: ${iso(start + 90 * (b + 1))}, to: ${iso(start + 90 * (b + 1) + 4)}, sites: [s${b % sites}] }`,
    );
  return `${out.join('\n')}\n`;
}
