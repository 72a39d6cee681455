import rule from '../../src/rules/predecessor-order.js';
import { yaml } from '../helpers/plan.js';
import { testRule } from '../helpers/rule-tester.js';

/** A weekend cutover straight after pre-staging that ends on the Friday; `calendar` as given. */
const cutover = (calendar: string) => yaml`
  pmcheck: 1
  project: { name: Finance system cutover }
  tasks:
    - { id: pre-stage, name: Pre-stage the new servers, start: 2026-10-12, finish: 2026-10-16 }
    - id: cutover
      name: Weekend cutover to the new finance system
      kind: cutover${calendar}
      start: 2026-10-17
      finish: 2026-10-18
      depends_on:
        - pre-stage`;

/** An upgrade over Christmas, then a parallel run planned as if the bank holidays were working days. */
const christmas = yaml`
  pmcheck: 1
  project:
    name: Payroll upgrade
    calendar:
      public_holidays: england-and-wales
  tasks:
    - { id: upgrade, name: Upgrade the payroll server, start: 2026-12-21, duration: 5d }
    - id: parallel-run
      name: Parallel payroll run
      start: 2026-12-29
      depends_on:
        - upgrade`;

/** A file migration that depends on a line upgrade, at the 6 March status meeting; dates as given. */
const bandwidth = (upgrade: string, migration: string) => yaml`
  pmcheck: 1
  project: { name: Move to Microsoft 365, status_date: 2026-03-06 }
  tasks:
    - { id: upgrade, name: Upgrade the office line, start: 2026-02-16, finish: 2026-02-27, ${upgrade} }
    - id: migrate
      name: Migrate client files to SharePoint
      start: 2026-03-02
      finish: 2026-03-13
      actual_start: ${migration}
      progress: 0.4
      depends_on: [upgrade]`;

/** A survey over New Year, and its report due on 2 January. */
const newYear = (region: string) => yaml`
  pmcheck: 1
  project:
    name: Edinburgh office Wi-Fi
    calendar:
      public_holidays: ${region}
  tasks:
    - { id: survey, name: Wireless site survey, start: 2025-12-29, duration: 4d }
  milestones:
    - id: survey-report
      name: Survey report issued
      due: 2026-01-02
      depends_on: [survey]`;

testRule(rule, {
  valid: [
    {
      name: 'a kick-off and the build that started the same afternoon, both long finished: history, not a finding',
      plan: yaml`
        pmcheck: 1
        project: { name: Laptop refresh, status_date: 2026-09-04 }
        tasks:
          - { id: kickoff, name: Kick-off, start: 2026-08-17, finish: 2026-08-17, actual_start: 2026-08-17, actual_finish: 2026-08-17, progress: 1 }
          - id: autopilot
            name: Autopilot profiles and the build
            start: 2026-08-17
            finish: 2026-08-28
            actual_start: 2026-08-17
            actual_finish: 2026-08-28
            progress: 1
            depends_on: [kickoff]`,
    },
    {
      name: 'FS the next working day (over a weekend), SS with a lag, FF, and a milestone on the finish day',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-01-26, finish: 2026-01-30 }
          - { id: b, start: 2026-02-02, finish: 2026-02-06, depends_on: [a] }
          - { id: c, start: 2026-02-04, finish: 2026-02-06, depends_on: [{ id: b, type: SS, lag: 2d }, { id: b, type: FF }] }
        milestones:
          - { id: m, due: 2026-02-06, depends_on: [c] }`,
    },
    {
      name: 'a Saturday–Sunday cutover on the 7-day calendar straight after pre-staging that ends on the Friday',
      plan: cutover('\n      calendar: 7-day'),
    },
    {
      name: 'the same cutover with no calendar: its Saturday start says it is planned to work the weekend',
      plan: cutover(''),
    },
    {
      name: 'in England 2 January is a working day, so the survey is done in time',
      plan: newYear('england-and-wales'),
    },
  ],
  invalid: [
    {
      name: 'the migration really started on the old line, and the upgrade is still not finished: work begun without what it needs',
      plan: bandwidth('actual_start: 2026-02-16, progress: 0.8', '2026-02-23'),
      errors: [
        {
          messageId: 'tooEarly',
          line: 11,
          column: 18,
          severity: 'high',
          message:
            '"Migrate client files to SharePoint" starts 2026-02-23, but its FS dependency on "Upgrade the office line" (which finishes 2026-02-27) allows 2026-03-02 at the earliest.',
        },
      ],
    },
    {
      name: 'the same overlap once the upgrade has finished: history, a low note while the migration runs',
      plan: bandwidth('actual_start: 2026-02-16, actual_finish: 2026-02-27, progress: 1', '2026-02-23'),
      errors: [
        {
          messageId: 'happened',
          line: 11,
          column: 18,
          severity: 'low',
          message:
            '"Migrate client files to SharePoint" started on 2026-02-23, before its FS dependency on "Upgrade the office line" (finished 2026-02-27) allowed: the work overlapped, and that has happened. If the plan is re-forecast, record the dependency as it really was (SS, or a lead).',
        },
      ],
    },
    {
      name: 'migration before the bandwidth upgrade finishes (article 002)',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: bandwidth, name: Upgrade the line, start: 2026-02-16, finish: 2026-02-27 }
          - id: migrate
            name: Migrate files
            start: 2026-02-23
            depends_on:
              - bandwidth`,
      errors: [
        {
          messageId: 'tooEarly',
          line: 9,
          column: 9,
          message:
            '"Migrate files" starts 2026-02-23, but its FS dependency on "Upgrade the line" (which finishes 2026-02-27) allows 2026-03-02 at the earliest.',
        },
      ],
    },
    {
      name: 'an SS lag and an FF, each broken',
      plan: yaml`
        pmcheck: 1
        project: { name: M }
        tasks:
          - { id: a, start: 2026-02-02, finish: 2026-02-13 }
          - id: b
            start: 2026-02-03
            finish: 2026-02-10
            depends_on:
              - { id: a, type: SS, lag: 3d }
              - { id: a, type: FF }`,
      errors: [
        {
          messageId: 'tooEarly',
          line: 9,
          column: 9,
          data: { bound: 'start', type: 'SS', allowed: '2026-02-05', lag: ', lag 3 working days' },
        },
        { messageId: 'tooEarly', line: 10, column: 9, data: { bound: 'finishe', type: 'FF', allowed: '2026-02-13' } },
      ],
    },
    {
      name: 'the same cutover held to the standard calendar: the message says the start is a Saturday',
      plan: cutover('\n      calendar: standard'),
      errors: [
        {
          messageId: 'tooEarly',
          line: 12,
          column: 9,
          message:
            '"Weekend cutover to the new finance system" starts 2026-10-17 (a Saturday), but its FS dependency on "Pre-stage the new servers" (which finishes 2026-10-16) allows 2026-10-19 at the earliest.',
        },
      ],
    },
    {
      name: 'an upgrade over Christmas finishes after Boxing Day, and the message names the bank holidays',
      plan: christmas,
      errors: [
        {
          messageId: 'tooEarly',
          line: 12,
          column: 9,
          message:
            '"Parallel payroll run" starts 2026-12-29, but its FS dependency on "Upgrade the payroll server" (which finishes 2026-12-29) allows 2026-12-30 at the earliest; 2026-12-25 (Christmas Day) and 2026-12-28 (Boxing Day, substitute day) are bank holidays.',
        },
      ],
    },
    {
      name: 'in Scotland 2 January is a bank holiday too: the survey report cannot be issued on it',
      plan: newYear('scotland'),
      errors: [
        {
          messageId: 'tooEarly',
          line: 12,
          column: 18,
          message:
            '"Survey report issued" starts 2026-01-02, but its FS dependency on "Wireless site survey" (which finishes 2026-01-05) allows 2026-01-05 at the earliest; 2026-01-01 (New Year\'s Day) and 2026-01-02 (January 2nd) are bank holidays.',
        },
      ],
    },
    {
      name: 'a task held to the standard calendar on an office closure day the plan gives no name',
      plan: yaml`
        pmcheck: 1
        project:
          name: Server room move
          calendar:
            holidays: [2026-08-28]
        tasks:
          - { id: decommission, name: Decommission the old racks, start: 2026-08-24, duration: 5d }
          - id: install
            name: Install the new racks
            calendar: standard
            start: 2026-08-28
            depends_on: [decommission]`,
      errors: [
        {
          messageId: 'tooEarly',
          line: 12,
          column: 18,
          message:
            '"Install the new racks" starts 2026-08-28 (a holiday), but its FS dependency on "Decommission the old racks" (which finishes 2026-08-31) allows 2026-09-01 at the earliest; 2026-08-28 is a holiday.',
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'only vendor dependencies, which vendor-sequencing judges',
      plan: 'pmcheck: 1\nproject: { name: M }\nvendors: [{ id: v, deliveries: [{ id: kit, due: 2026-02-02 }] }]\ntasks: [{ id: t, start: 2026-01-02, depends_on: [kit] }]\n',
      reason: /no dependencies between its own items/,
    },
  ],
});
