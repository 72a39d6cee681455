/** The editor schema explains every field and closes every mapping, as pmcheck itself reads the plan. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { forEachProperty, planJsonSchema } from '../src/cli/schemas.js';
import { FIELD_DOCS } from '../src/plan/field-docs.js';

const schema = planJsonSchema();
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

function paths(): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  forEachProperty(schema, (path, child) => found.set(path, child.description as string | undefined));
  return found;
}

describe('the editor schema', () => {
  it('describes every property, so that completion and hover explain the format', () => {
    const undescribed = [...paths()].filter(([, d]) => !d).map(([p]) => p);
    expect(undescribed).toEqual([]);
    expect(paths().size).toBeGreaterThan(180);
  });

  it('has no description for a field that does not exist (a renamed field leaves none behind)', () => {
    const known = paths();
    expect(Object.keys(FIELD_DOCS).filter((p) => !known.has(p))).toEqual([]);
  });

  it('gives every top-level section a description', () => {
    const top = schema.properties as Record<string, { description?: string }>;
    expect(Object.entries(top).filter(([, v]) => !v.description)).toEqual([]);
    expect(top.tasks?.description).toBe('The work: each task with its dates, owner, dependencies and kind.');
  });

  it('flags an unknown key, at the top level and inside a task, as pmcheck does', () => {
    const plan = parse('pmcheck: 1\nproject: { name: Move }\ntaks: []\ntasks: [{ id: a, finsh: 2026-01-02 }]\n');
    expect(validate(plan)).toBe(false);
    const extra = (validate.errors ?? [])
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => `${e.instancePath} ${(e.params as { additionalProperty: string }).additionalProperty}`);
    expect(extra).toEqual([' taks', '/tasks/0 finsh']);
  });

  it("allows x- keys on every mapping: the user's notes and suppressions", () => {
    const plan = parse(
      [
        'pmcheck: 1',
        'x-owner-notes: anything',
        'project: { name: Move, x-crm: 123 }',
        'tasks:',
        '  - id: cutover',
        '    kind: cutover',
        '    x-pmcheck-ignore: [{ rule: rollback-plan, reason: Vendor rollback is contractual }]',
        'budget: { total: 100, lines: [{ id: pm, planned: 10, x-ref: PO-1 }] }',
      ].join('\n'),
    );
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('a sidecar', () => {
  it('needs no project name, which its schedule gives; a plan without schedule: still does', () => {
    expect(
      validate(parse('pmcheck: 1\nschedule: office-move.xml\npeople: [{ id: pat, role: project-manager }]\n')),
    ).toBe(true);
    expect(validate(parse('pmcheck: 1\nschedule: move.xer\nproject: { manager: pat }\n'))).toBe(true);
    expect(validate(parse('pmcheck: 1\nproject: { manager: pat }\n'))).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toContain(
      "/project must have required property 'name'",
    );
    expect(validate(parse('pmcheck: 1\npeople: []\n'))).toBe(false);
  });
});

describe('the starter templates', () => {
  it('each satisfies the closed editor schema, so a new plan opens without a squiggle', async () => {
    const { TEMPLATES, renderTemplate } = await import('../src/init/templates.js');
    const { holidaySource } = await import('../src/run/holidays.js');
    const failures: string[] = [];
    for (const name of Object.keys(TEMPLATES)) {
      const text = renderTemplate(name, '2026-11-23', holidaySource);
      if (!validate(parse(text))) failures.push(`${name}: ${JSON.stringify(validate.errors)}`);
    }
    expect(failures).toEqual([]);
    expect(Object.keys(TEMPLATES).length).toBeGreaterThanOrEqual(4);
  });
});
