/**
 * Plans shaped to find quadratic paths (issue 14, class 7), each of a given size: the bench
 * times them at n and 10n, and the tests run them at full size. Each is small in bytes (under
 * 2 MB at the issue's sizes) and large in one dimension.
 */
import { fromDayNumber, toDayNumber } from '../plan/calendar.js';

const HEAD = 'pmcheck: 1\nproject:\n  name: Adversary\n  start: 2026-01-05\n  status_date: 2026-03-02\n';
const day = (offset: number) => fromDayNumber(toDayNumber('2026-01-05') + offset);

export const ADVERSARIAL = {
  /** n unknown keys in one task: the locator and the duplicate-key check, once per key. */
  'unknown keys': (n: number) =>
    `${HEAD}tasks:\n  - id: a\n${Array.from({ length: n }, (_, i) => `    k${i}: 1\n`).join('')}`,
  /** n references to ids that do not exist, among n that do: "did you mean" over every id. */
  'unknown references': (n: number) =>
    `${HEAD}tasks:\n${Array.from({ length: n }, (_, i) => `  - { id: t${i}, depends_on: [u${i}] }\n`).join('')}`,
  /** A task whose id is n characters long, named by a dependency with one character more. */
  'long id': (n: number) => {
    const id = 'x'.repeat(n);
    return `${HEAD}tasks:\n  - { id: ${id}, start: 2026-01-05, finish: 2026-01-09 }\n  - { id: b, depends_on: [${id}y] }\n`;
  },
  /** n holidays, every weekday for years, and n/10 chained tasks that must step over them. */
  holidays: (n: number) => {
    // From the day after the first task starts: a task planned to start on a holiday is read as
    // working every day, and would not be pushed past them.
    const holidays = Array.from({ length: n }, (_, i) => `      - ${day(i + 1)}\n`).join('');
    const tasks = Array.from(
      { length: Math.max(1, n / 10) },
      (_, i) =>
        `  - { id: t${i}, start: 2026-01-05, duration: ${1 + (i % 20)}d${i ? `, depends_on: [t${i - 1}]` : ''} }\n`,
    ).join('');
    const head = HEAD.replace('  status_date', `  calendar:\n    holidays:\n${holidays}  status_date`);
    return `${head}tasks:\n${tasks}`;
  },
  /** n blackouts across 40 sites, and n cutovers at those sites that clash with none of them. */
  'blackouts × sites': (n: number) => {
    const sites = Array.from({ length: 40 }, (_, s) => `  - { id: s${s} }\n`).join('');
    const tasks = Array.from(
      { length: n },
      (_, i) => `  - { id: t${i}, site: s${i % 40}, kind: cutover, start: ${day(i % 300)}, duration: 1d }\n`,
    ).join('');
    const windows = Array.from(
      { length: n },
      (_, i) =>
        `  - { from: 2031-0${1 + (i % 9)}-01, to: 2031-0${1 + (i % 9)}-02, sites: [s${i % 40}, s${(i + 7) % 40}] }\n`,
    ).join('');
    return `${HEAD}sites:\n${sites}tasks:\n${tasks}blackouts:\n${windows}`;
  },
  /** n overdue tasks, each with its own x-pmcheck-ignore: every finding against every entry. */
  suppressions: (n: number) =>
    `${HEAD}tasks:\n${Array.from(
      { length: n },
      (_, i) =>
        `  - id: t${i}\n    start: 2026-01-05\n    finish: 2026-01-20\n    x-pmcheck-ignore: [{ rule: overdue-task, reason: agreed }]\n`,
    ).join('')}`,
} as const satisfies Record<string, (n: number) => string>;

export type AdversarialCase = keyof typeof ADVERSARIAL;
