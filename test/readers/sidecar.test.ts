/**
 * Sidecars: a YAML file that names an MS Project or P6 schedule and adds the governance a
 * schedule cannot hold. The merged plan is judged as one; each finding points into the file
 * that holds its fact; and each fact may live in one file only.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { LoadedPlan } from '../../src/plan/loaded.js';
import { readPlans } from '../../src/readers/index.js';
import { auditFile } from '../../src/run/audit.js';
import { readPlanBytes } from '../../src/run/read.js';
import { yaml } from '../helpers/plan.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/schedules/${name}`, import.meta.url));

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-sidecar-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}
const read = (file: string): LoadedPlan[] => readPlans(readPlanBytes(file), file, { readFile: readPlanBytes });
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).render();
  }
  throw new Error('expected an InputError');
}

const SIDECAR = yaml`
  pmcheck: 1
  schedule: plan/relations.xml
  project:
    manager: pat
    deadline: 2006-09-22
  people:
    - { id: pat, name: Pat Lee, role: project-manager }
  tasks:
    - { id: T2, owner: pat, kind: cutover }
  risks:
    - { id: r1, title: Switches late, likelihood: 3, impact: 4, owner: pat, mitigation: Order early }
`;

describe('a sidecar for mpxj-mspdirelations.xml', () => {
  const dir = folder({ 'governance.yaml': SIDECAR, 'plan/relations.xml': fixture('mpxj-mspdirelations.xml') });
  const file = join(dir, 'governance.yaml');
  const xml = join(dir, 'plan', 'relations.xml');

  it('merges the two into one plan that records everything', () => {
    const [lp] = read(file);
    expect(lp!.format).toBe('mspdi+sidecar');
    expect(lp!.unrecorded).toBeUndefined();
    expect(lp!.plan.project).toMatchObject({ name: 'mspdirelations.xml', manager: 'pat', deadline: '2006-09-22' });
    expect(lp!.plan.tasks!.find((t) => t.id === 'T2')).toMatchObject({
      owner: 'pat',
      kind: 'cutover',
      start: '2006-09-22',
    });
    expect(lp!.plan.tasks).toHaveLength(5);
  });

  it('points each path into the file that holds the fact', () => {
    const [lp] = read(file);
    const at = (...path: Parameters<LoadedPlan['locator']['locate']>[0]) => {
      const s = lp!.locator.locate(path);
      return `${s.file === file ? 'sidecar' : s.file === xml ? 'xml' : s.file}:${s.line}:${s.column}`;
    };
    expect(at('project', 'manager')).toBe('sidecar:4:12');
    expect(at('risks', { id: 'r1' }, 'owner')).toBe('sidecar:11:70');
    expect(at('tasks', { id: 'T2' }, 'kind')).toBe('sidecar:9:33');
    // The task's own dates and links are in the XML, as is the task itself.
    expect(at('tasks', { id: 'T2' }, 'start')).toMatch(/^xml:\d+:\d+$/);
    expect(at('tasks', { id: 'T2' })).toMatch(/^xml:/);
    expect(at('tasks', { id: 'T3' }, 'depends_on', 0)).toMatch(/^xml:/);
    // What neither holds is added in the sidecar: no sponsor yet.
    expect(at('project', 'sponsor')).toBe('sidecar:3:1');
  });

  it('gates the governance rules with findings in both files', () => {
    const [report] = auditFile({ file }, { today: '2006-09-25' });
    const outcome = (id: string) => report!.outcomes.find((o) => o.ruleId === id)!;
    expect(outcome('pm-assigned').applicable).toBe(true);
    expect(outcome('risk-register')).toMatchObject({ applicable: true, findings: [] });
    const sponsor = outcome('sponsor-assigned').findings[0]!;
    expect([sponsor.span.file, sponsor.span.line]).toEqual([file, 3]);
    const owners = outcome('owner-assigned').findings.map((f) => f.span.file);
    expect(owners.length).toBeGreaterThan(0);
    expect(new Set(owners)).toEqual(new Set([xml]));
  });
});

describe('what a sidecar may not do', () => {
  it('set a field the schedule gives: each fact lives in one file', () => {
    const dir = folder({
      's.yaml': 'pmcheck: 1\nschedule: r.xml\ntasks:\n  - { id: T2, start: 2006-10-01 }\n',
      'r.xml': fixture('mpxj-mspdirelations.xml'),
    });
    expect(refusal(() => read(join(dir, 's.yaml')))).toBe(
      `${join(dir, 's.yaml')}:4:22: tasks[id=T2].start: comes from ${join(dir, 'r.xml')}; change it there (each fact lives in one file)`,
    );
  });

  it('add a task the schedule does not have', () => {
    const dir = folder({
      's.yaml': 'pmcheck: 1\nschedule: r.xml\ntasks:\n  - { id: T99, kind: cutover }\n',
      'r.xml': fixture('mpxj-mspdirelations.xml'),
    });
    expect(refusal(() => read(join(dir, 's.yaml')))).toMatch(
      /s\.yaml:4:5: tasks\[id=T99\]: .*r\.xml has no task "T99"/,
    );
  });

  it('name a schedule that is missing, or that is not a schedule, at the schedule line', () => {
    const dir = folder({ 's.yaml': 'pmcheck: 1\nschedule: gone.xml\n', 't.yaml': 'pmcheck: 1\nschedule: s.yaml\n' });
    expect(refusal(() => read(join(dir, 's.yaml')))).toBe(
      `${join(dir, 's.yaml')}:2:11: schedule: ${join(dir, 'gone.xml')}: no such file`,
    );
    expect(refusal(() => read(join(dir, 't.yaml')))).toMatch(/t\.yaml:2:11: schedule: .* is not an MS Project XML/);
  });

  it('leave a schedule of several projects ambiguous', () => {
    const xer = readFileSync(new URL('../fixtures/schedules/mpxj-PredecessorCalendar.xer', import.meta.url), 'latin1');
    // The same project twice, under another id: two projects in one file.
    const two = xer.replace(
      /^(%R\t34738\t.*)$/m,
      (row) => `${row}\n${row.replace('34738', '34739').replace('TEST PROJECT', 'OTHER')}`,
    );
    const dir = folder({ 's.yaml': 'pmcheck: 1\nschedule: two.xer\n', 'two.xer': Buffer.from(two, 'latin1') });
    expect(refusal(() => read(join(dir, 's.yaml')))).toMatch(
      /s\.yaml:1:1: .*two\.xer holds 2 projects \(TEST PROJECT, OTHER\); set project\.id/,
    );
    writeFileSync(join(dir, 's.yaml'), 'pmcheck: 1\nschedule: two.xer\nproject: { id: OTHER }\n');
    expect(read(join(dir, 's.yaml'))[0]!.plan.project.id).toBe('OTHER');
  });

  it('be read without a way to read its schedule (standard input)', () => {
    expect(refusal(() => readPlans(Buffer.from('pmcheck: 1\nschedule: r.xml\n'), '<stdin>'))).toBe(
      '<stdin>:2:11: schedule: the schedule "r.xml" cannot be read from here; audit the sidecar by its path',
    );
  });
});
