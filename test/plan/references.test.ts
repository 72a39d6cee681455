/**
 * References, ranges and change control are derived from the schema's metadata: a new field
 * is covered by declaring it in the schema, with no other file to edit. These tests build a
 * schema with a new field and show both checks pick it up.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as z from 'zod';
import { checkReferences } from '../../src/plan/references.js';
import { PlanSchema, planMeta } from '../../src/plan/schema.js';
import { yaml } from '../helpers/plan.js';

/** A plan that passes the schema but not the reference checks (readYamlPlan would refuse it). */
const plan = (text: string) => PlanSchema.parse(parse(text));

describe('references derived from the schema', () => {
  it('checks a new id-reference field without editing references.ts', () => {
    // A plan schema with one more field: project.deputy, a person id.
    const deputy = z.string().nullish();
    planMeta.add(deputy, { ref: ['person'] });
    const shape = (PlanSchema as unknown as { shape: Record<string, z.ZodType> }).shape;
    const project = (shape.project as unknown as z.ZodObject).extend({ deputy });
    const Extended = (PlanSchema as unknown as z.ZodObject).extend({ project });
    const data = Extended.parse({
      pmcheck: 1,
      project: { name: 'A', deputy: 'pta' },
      people: [{ id: 'pat' }],
    });
    expect(checkReferences(data as never, undefined, Extended)).toEqual([
      { path: ['project', 'deputy'], message: 'unknown person "pta"; did you mean "pat"?' },
    ]);
  });

  it('finds every kind of problem the metadata describes, each at its path', () => {
    const problems = checkReferences(
      plan(yaml`
        pmcheck: 1
        project: { name: A, manager: pat, start: 2026-02-01, deadline: 2026-01-01 }
        people: [{ id: pat }, { id: pat }]
        tasks:
          - { id: a, depends_on: [a, zz], start: 2026-02-02, finish: 2026-02-01 }
        blackouts: [{ from: 2026-03-02, to: 2026-03-01, sites: [hq] }]`),
    );
    expect(problems.map((p) => `${JSON.stringify(p.path)} ${p.message}`)).toEqual([
      '["project","deadline"] the deadline 2026-01-01 is before its start 2026-02-01',
      '["people",1,"id"] duplicate person id "pat"; it is already used at people[0]',
      '["tasks",0,"finish"] finish 2026-02-01 is before its start 2026-02-02',
      '["tasks",0,"depends_on",0] "a" depends on itself',
      '["blackouts",0,"to"] the blackout end 2026-03-01 is before its start 2026-03-02',
      '["tasks",0,"depends_on",1] unknown task, milestone or delivery "zz"; did you mean "a"?',
      '["blackouts",0,"sites",0] unknown site "hq"; no site ids are declared',
    ]);
  });
});

describe('the schema metadata', () => {
  it('is never lost to a copy: no .meta() or .describe() straight after a metadata helper', () => {
    // `ref('x').meta({...})` would register the metadata on an instance the shape does not hold.
    const schema = readFileSync(new URL('../../src/plan/schema.ts', import.meta.url), 'utf8');
    const lost = [
      ...schema.matchAll(
        /\b(?:ref|tracked|notBefore|declaring|withMeta)\((?:[^()]|\([^()]*\))*\)\s*\.(?:meta|describe)\(/g,
      ),
    ];
    expect(lost.map((m) => m[0])).toEqual([]);
  });

  it('marks the fields added for judgement: drawdowns reference changes, MoSCoW lists are tracked', () => {
    const problems = checkReferences(
      plan(yaml`
        pmcheck: 1
        project: { name: A }
        budget: { contingency: 6000, drawdowns: [{ change: CR-9, amount: 2500 }] }
        changes: [{ id: CR-1 }]`),
    );
    expect(problems).toEqual([
      { path: ['budget', 'drawdowns', 0, 'change'], message: 'unknown change "CR-9"; did you mean "CR-1"?' },
    ]);
  });
});

describe('calendars', () => {
  it('standard and 7-day exist in every plan, may not be redeclared, and a misspelt one gets a suggestion', () => {
    const problems = checkReferences(
      plan(yaml`
        pmcheck: 1
        project: { name: A }
        calendars:
          - { id: night-shift, working_days: [mon, tue, wed, thu, fri, sat, sun] }
          - { id: 7-day }
        tasks:
          - { id: a, calendar: standard }
          - { id: b, calendar: 7-day }
          - { id: c, calendar: night-shift }
          - { id: d, calendar: nightshift }
          - { id: e, calendar: 7day }`),
    );
    expect(problems.map((p) => `${JSON.stringify(p.path)} ${p.message}`)).toEqual([
      '["calendars",1,"id"] "7-day" is a built-in calendar, which every plan has; choose another id',
      '["tasks",3,"calendar"] unknown calendar "nightshift"; did you mean "night-shift"?',
      '["tasks",4,"calendar"] unknown calendar "7day"; did you mean "7-day"?',
    ]);
  });
});
