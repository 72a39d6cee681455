/**
 * Judgement, end to end: whole plans a UK delivery PM would write, audited as the CLI audits
 * them (presets by phase and size, calendars, tolerance), and the verdict a PM would give.
 * Each scenario is one that issue 16 found the tool getting wrong.
 */
import { describe, expect, it } from 'vitest';
import { auditPlan, type PlanReport } from '../src/core/audit.js';
import { judge } from '../src/core/gate.js';
import { readYamlPlan } from '../src/readers/yaml/index.js';
import { holidaySource } from '../src/run/holidays.js';
import { yaml } from './helpers/plan.js';

const audit = (text: string): PlanReport =>
  auditPlan(readYamlPlan(text, 'plan.yaml'), { today: '2026-11-22', holidays: holidaySource });
const rules = (r: PlanReport) => r.findings.map((f) => f.ruleId);
const passes = (r: PlanReport) => judge([r]).passed;

/** The process rules a managed project is judged by, which a small job is not. */
const PM_PROCESS = [
  'pm-assigned',
  'pm-allocation',
  'pm-budgeted',
  'sponsor-assigned',
  'scope-signed-off',
  'kickoff-held',
  'comms-plan',
  'escalation-path',
  'status-stale',
  'risk-register',
  'contingency',
  'milestone-gate',
  'missing-logic',
];

describe('a flawless 3-day printer swap for 4 users', () => {
  const swap = yaml`
    pmcheck: 1
    project:
      name: Reception printer swap
      client: Hargreaves & Co Solicitors
      phase: delivery
      start: 2026-03-10
      status_date: 2026-03-09
      currency: GBP
      users_affected: 4
    people:
      - { id: jo, name: Jo Patel, role: engineer }
    sites:
      - { id: leeds, name: Leeds office }
    vendors:
      - id: printco
        name: PrintCo Leasing
        contact: Sam Greaves <sam@printco.example>
        contract: { signed_on: 2026-02-20, po: PO-4471 }
        deliveries:
          - { id: printers, item: 2x MFP printers, site: leeds, due: 2026-03-09 }
    budget:
      total: 2100
      lines:
        - { id: kit, category: hardware, vendor: printco, planned: 1800 }
        - { id: labour, category: labour, planned: 300 }
    tasks:
      - { id: tell, name: Tell reception about the swap, owner: jo, kind: communication, start: 2026-03-10, finish: 2026-03-10, users_affected: 4 }
      - { id: install, name: Install and map the new printers, owner: jo, kind: rollout, site: leeds, start: 2026-03-11, finish: 2026-03-11, users_affected: 4, depends_on: [printers, tell] }
      - { id: check, name: Check all four users can print and scan, owner: jo, kind: testing, site: leeds, start: 2026-03-12, finish: 2026-03-12, depends_on: [install] }`;

  it('is green, passes the gate, and is not asked for project-management process', () => {
    const r = audit(swap);
    expect(r.pm.status).toBe('not-warranted');
    expect(r.config.presets).toContain('small-job');
    expect(rules(r).filter((id) => PM_PROCESS.includes(id))).toEqual([]);
    expect(r.findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
    expect(r.score.rating).toBe('green');
    expect(passes(r)).toBe(true);
  });

  it('still catches what would make the job go wrong: the printers arriving after the install', () => {
    const r = audit(swap.replace('due: 2026-03-09 }', 'due: 2026-03-12 }'));
    expect(rules(r)).toContain('vendor-sequencing');
    expect(passes(r)).toBe(false);
  });
});

describe('a closed project', () => {
  const closed = (extra = '') => yaml`
    pmcheck: 1
    project:
      name: Acme HQ move
      phase: closed
      sponsor: alice
      manager: pat
      start: 2026-01-05
      status_date: 2026-05-20
      users_affected: 40
    people:
      - { id: pat, name: Pat Jones, role: project-manager, allocation: 0.5 }
      - { id: alice, name: Alice Hart, role: sponsor }
    tasks:
      - { id: move, name: Move weekend, owner: pat, start: 2026-03-07, finish: 2026-03-08, actual_finish: 2026-03-08 }
      - { id: snag, name: Snagging, owner: pat, start: 2026-03-09, finish: 2026-03-20, progress: 1 }${extra}
    milestones:
      - { id: live, name: Staff working from the new office, due: 2026-03-09, done_on: 2026-03-09, owner: pat }
    risks:
      - { id: R-1, title: Landlord dilapidations claim, owner: alice, status: handed-over, mitigation: Facilities own it now }
    communication:
      cadence: weekly
      audience: [alice]
      status_reports:
        - { on: 2026-03-13, rag: green, summary: Moved; snagging under way }`;

  it('is not told to send an overdue status report, two months after its last', () => {
    const r = audit(closed());
    expect(r.config.presets).toContain('closed');
    expect(rules(r)).not.toContain('status-stale');
    expect(rules(r)).not.toContain('overdue-task');
    expect(rules(r)).not.toContain('close-out');
  });

  it('is asked to close out what it left open', () => {
    const r = audit(
      closed(
        '\n      - { id: signage, name: Door signage, owner: pat, start: 2026-03-10, finish: 2026-03-12, progress: 0.6 }',
      ),
    );
    expect(r.findings.filter((f) => f.ruleId === 'close-out').map((f) => f.message)).toEqual([
      'The project is closed, but task "Door signage" is 60% done: record it as complete, or as dropped with the reason.',
    ]);
  });
});

describe('a weekend cutover', () => {
  const cutover = (calendar: string) => yaml`
    pmcheck: 1
    project:
      name: File server cutover
      deadline: 2026-10-18
      status_date: 2026-10-05
      calendar: { public_holidays: england-and-wales }
    tasks:
      - { id: prestage, name: Pre-stage the new servers, start: 2026-10-12, finish: 2026-10-16 }
      - { id: cutover, name: Weekend cutover, ${calendar}start: 2026-10-17, finish: 2026-10-18, kind: cutover, rollback_plan: Old server stays up until Monday, depends_on: [prestage] }`;

  it('straight after Friday pre-staging, on a 7-day calendar: no predecessor-order, no deadline-at-risk', () => {
    const r = audit(cutover('calendar: 7-day, '));
    expect(rules(r)).not.toContain('predecessor-order');
    expect(rules(r)).not.toContain('deadline-at-risk');
  });

  it('evidently planned on the weekend, with no calendar written: read the same way', () => {
    const r = audit(cutover(''));
    expect(rules(r)).not.toContain('predecessor-order');
    expect(rules(r)).not.toContain('deadline-at-risk');
  });

  it('with a go-live milestone on the Sunday the cutover finishes: not pushed to Monday', () => {
    const r = audit(
      `${cutover('')}milestones:\n  - { id: live, name: Live on the new servers, due: 2026-10-18, forecast: 2026-10-18, depends_on: [cutover] }\n`,
    );
    expect(rules(r)).not.toContain('predecessor-order');
    expect(rules(r)).not.toContain('deadline-at-risk');
    expect(rules(r)).not.toContain('milestone-slipped');
  });
});

describe('a rollout in waves', () => {
  const waves = (pilot: boolean) => {
    const lines = Array.from({ length: 12 }, (_, i) => {
      const after = i === 0 ? (pilot ? ', depends_on: [pilot]' : '') : `, depends_on: [wave-${i}]`;
      return `  - { id: wave-${i + 1}, name: Wave ${i + 1} laptop swap, kind: rollout, phase: Laptop refresh, users_affected: 15${after} }`;
    });
    const pilotTask = pilot
      ? '  - { id: pilot, name: Pilot with IT and finance, kind: pilot, users_affected: 8 }\n'
      : '';
    return `pmcheck: 1\nproject: { name: Laptop refresh }\ntasks:\n${pilotTask}${lines.join('\n')}\n`;
  };

  it('twelve waves of 15 with no pilot fire pilot-first, as a rollout to 180 people', () => {
    const r = audit(waves(false));
    expect(r.findings.filter((f) => f.ruleId === 'pilot-first').map((f) => f.data)).toEqual([
      { task: 'Wave 1 laptop swap', waves: 12, users: 180 },
    ]);
  });

  it('with a marked pilot first, they do not', () => {
    expect(rules(audit(waves(true)))).not.toContain('pilot-first');
  });
});

describe('an honest green report within tolerance', () => {
  const report = (summary: string) => yaml`
    pmcheck: 1
    project: { name: Network refresh, status_date: 2026-03-13, tolerance: { days: 5, cost: 5% } }
    vendors:
      - id: disti
        name: Westline Distribution
        deliveries: [{ id: switches, item: Access switches, due: 2026-03-09 }]
    tasks:
      - { id: install, name: Install access switches, start: 2026-03-23, finish: 2026-03-27, depends_on: [switches] }
    milestones:
      - { id: live, name: New network live, due: 2026-03-31, depends_on: [install] }
    communication:
      status_reports:
        - { on: 2026-03-11, rag: green, summary: "${summary}" }`;

  it('passes: the report names the late switches and the float absorbs them', () => {
    expect(
      rules(audit(report('Access switches two days late; install not until 23 March, so no impact'))),
    ).not.toContain('watermelon-status');
  });

  it('"Progressing well" over the same facts is still a watermelon', () => {
    expect(rules(audit(report('Progressing well')))).toContain('watermelon-status');
  });
});
