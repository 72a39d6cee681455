/**
 * pmcheck review and pmcheck init. The review's gantt chart is checked with the real mermaid
 * package (parsed, then its tasks read back from mermaid's own gantt model), plan text full of
 * Markdown and Mermaid metacharacters must not break the document, and each starter plan must
 * load and show only the findings a starter plan is expected to have.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliIO, main } from '../src/cli/program.js';
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

type Mermaid = typeof import('mermaid').default;
let mermaid: Mermaid;
beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
}, 60_000);

const gantt = (review: string) => /```mermaid\n([\s\S]*?)```/.exec(review)?.[1];

/** Parses the chart with mermaid and returns its tasks as mermaid's gantt model holds them. */
async function ganttTasks(chart: string) {
  expect(await mermaid.parse(chart)).toMatchObject({ diagramType: 'gantt' });
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(chart);
  const db = diagram.db as unknown as {
    getTasks(): { task: string; startTime: Date; endTime: Date; crit?: boolean; milestone?: boolean }[];
  };
  // mermaid keeps the space before a task's colon in its name
  return db.getTasks().map((t) => ({ ...t, task: t.task.trim() }));
}

describe('pmcheck review', () => {
  for (const name of ['office-move', 'cloud-migration', 'network-refresh', 'cyber-essentials']) {
    it(`${name}: every section, and a gantt chart mermaid accepts with a real date on every task`, async () => {
      const r = pmcheck(['review', `examples/${name}.plan.yaml`]);
      expect(r.code).toBe(0);
      for (const heading of [
        '## Summary',
        '## Project management verdict',
        '## Scope',
        '### Success criteria',
        '## Vendors and deliveries',
        '## Timeline',
        '## Budget',
        '## Risks',
        '## Recommendations',
        '## Sign-off',
      ]) {
        expect(r.stdout).toContain(heading);
      }
      const tasks = await ganttTasks(gantt(r.stdout)!);
      expect(tasks.length).toBeGreaterThan(15);
      for (const t of tasks) {
        expect(Number.isNaN(t.startTime.getTime()), t.task).toBe(false);
        expect(t.endTime.getTime(), t.task).toBeGreaterThanOrEqual(t.startTime.getTime());
      }
    }, 30_000);
  }

  it('the office move: the PM verdict, the critical chain in red, and the sequencing problem', async () => {
    const review = pmcheck(['review', 'examples/office-move.plan.yaml']).stdout;
    expect(review).toContain('**Formal project management is warranted.**');
    expect(review).toContain('**Part-time PM:**');
    expect(review).toContain(
      '- Task "Patch and terminate the core switches" starts 2026-02-02 but needs 4x core switches from NetSupply Distribution, received 2026-02-10. (line 208)',
    );
    const tasks = await ganttTasks(gantt(review)!);
    const crit = tasks.filter((t) => t.crit).map((t) => t.task);
    expect(crit).toEqual(
      expect.arrayContaining([
        'Move servers and switch over the network',
        'Decommission the Old Street network',
        'Project closed',
      ]),
    );
    expect(tasks.find((t) => t.task === 'Month-end invoicing')).toBeDefined();
    expect(tasks.filter((t) => t.milestone).length).toBe(7); // 4 milestones and 3 deliveries
  });

  it('the network refresh: PM cut from the price, no PM, the loop, and the heat map', () => {
    const review = pmcheck(['review', 'examples/network-refresh.plan.yaml']).stdout;
    expect(review).toContain('- **No project manager is assigned.**');
    expect(review).toContain('**Project management is not in the price** (article 000, mistake 1)');
    expect(review).toContain('**The dependencies contain a loop**');
    expect(review).toContain('| **4** |  |  |  | R1 |  |');
  });

  it('the cloud migration: PM left to an engineer, vague criteria marked, no risk register', () => {
    const review = pmcheck(['review', 'examples/cloud-migration.plan.yaml']).stdout;
    expect(review).toContain('**Project management is left to an engineer** (article 000, mistake 2)');
    expect(review).toContain('- Everything works in the cloud — ⚠ **not measurable**');
    expect(review).toContain('_The plan has no risk register.');
  });

  it('is the same for the same as-of date, and -o writes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-review-'));
    const a = pmcheck(['review', '--as-of', '2026-02-20', 'examples/office-move.plan.yaml']).stdout;
    expect(pmcheck(['review', '--as-of', '2026-02-20', 'examples/office-move.plan.yaml']).stdout).toBe(a);
    expect(
      pmcheck(['review', '--as-of', '2026-02-20', '-o', join(dir, 'review.md'), 'examples/office-move.plan.yaml']).code,
    ).toBe(0);
    expect(readFileSync(join(dir, 'review.md'), 'utf8')).toBe(a);
  });

  it('a minimal plan: empty sections say what is missing rather than disappearing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-review-'));
    writeFileSync(join(dir, 'p.yaml'), 'pmcheck: 1\nproject: { name: Bare }\n');
    const review = pmcheck(['review', 'p.yaml'], dir).stdout;
    for (const missing of [
      '_The plan has no summary',
      '**Not yet signed off.**',
      '_Nothing is listed in scope._',
      '_No success criteria',
      '_No vendors are listed.',
      '_The plan has no dated tasks',
      '_The plan has no budget.',
      '_The plan has no risk register.',
      '- **No project manager is assigned.**',
    ]) {
      expect(review).toContain(missing);
    }
  });

  it('plan text full of Markdown and Mermaid metacharacters renders safely', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-review-'));
    const evil = '"Pipe | back`tick` #hash: colon; semi %% <script>alert(1)</script> *bold* [link](x) {brace}"';
    writeFileSync(
      join(dir, 'p.yaml'),
      `pmcheck: 1
project: { name: ${evil}, start: 2026-01-05, sponsor: s }
people: [{ id: s, name: ${evil} }]
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
`,
    );
    const r = pmcheck(['review', 'p.yaml'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('<script>');
    expect(r.stdout).toContain('&lt;script&gt;');
    // Outside the chart, table rows keep their columns: no unescaped pipe from the plan.
    const outside = r.stdout.replace(/```mermaid[\s\S]*?```/, '');
    for (const line of outside.split('\n').filter((l) => l.startsWith('|'))) expect(line).not.toMatch(/[^\\]\| back/);
    const chart = gantt(r.stdout)!;
    expect(chart).not.toMatch(/<script>|%%|#hash|: colon/);
    const tasks = await ganttTasks(chart);
    expect(tasks.map((t) => t.task)).toHaveLength(4); // blackout, task, milestone, delivery
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
