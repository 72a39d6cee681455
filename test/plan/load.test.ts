import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodePlanBytes } from '../../src/readers/bytes.js';
import { readYamlPlan } from '../../src/readers/yaml/index.js';
import { yaml } from '../helpers/plan.js';

/** The one line a user would see for this plan text, or undefined when it loads. */
function errorLine(text: string, strict = false): string | undefined {
  try {
    readYamlPlan(text, 'plan.yaml', { strict });
    return undefined;
  } catch (err) {
    if (err instanceof InputError) return err.render();
    throw err;
  }
}

describe('YAML errors carry file:line:col', () => {
  it('an unclosed quote', () => {
    expect(errorLine('pmcheck: 1\nproject:\n  name: "Move\n')).toMatch(
      /^plan\.yaml:3:9: YAML syntax error: Missing closing "quote/,
    );
  });
  it('a duplicate key, at the second occurrence', () => {
    expect(
      errorLine(yaml`
      pmcheck: 1
      project:
        name: A
        name: B`),
    ).toBe('plan.yaml:4:3: Map keys must be unique: this key appears twice in the same mapping');
  });
  it('tabs used for indentation', () => {
    expect(errorLine('pmcheck: 1\nproject:\n\tname: A\n')).toMatch(
      /^plan\.yaml:3:1: tabs are not allowed for indentation/,
    );
  });
  it('several documents in one file', () => {
    expect(errorLine('pmcheck: 1\nproject: { name: A }\n---\npmcheck: 1\n')).toMatch(
      /^plan\.yaml:3:1: the file holds several YAML documents/,
    );
  });
  it('a custom tag such as !!js/function is refused', () => {
    expect(errorLine('pmcheck: 1\nproject:\n  name: !!js/function "x"\n')).toMatch(
      /^plan\.yaml:3:9: .*custom YAML tags are not allowed/,
    );
  });
  it('counts the further problems on the same line', () => {
    expect(errorLine('pmcheck: 1\nproject: [\n  name: "A\n')).toMatch(/\(and \d+ more problems? in this file\)$/);
  });
});

describe('the shape of the file', () => {
  it('an empty file', () => {
    expect(errorLine('')).toBe(
      'plan.yaml:1:1: the file is empty; a plan needs at least `pmcheck: 1` and `project.name`',
    );
    expect(errorLine('# only a comment\n')).toMatch(/^plan\.yaml:1:1: the file is empty/);
  });
  it('a top-level list or scalar', () => {
    expect(errorLine('- a\n- b\n')).toMatch(/^plan\.yaml:1:1: the top level is a list/);
    expect(errorLine('hello\n')).toMatch(/^plan\.yaml:1:1: the top level is a single value/);
  });
  it('no pmcheck key', () => {
    expect(errorLine('project: { name: A }\n')).toMatch(
      /^plan\.yaml:1:1: this is not a pmcheck plan: the top level has no `pmcheck:` key/,
    );
  });
  it('an unsupported format version names the supported ones', () => {
    expect(errorLine('pmcheck: 2\nproject: { name: A }\n')).toBe(
      'plan.yaml:1:10: pmcheck: unsupported plan format 2; this pmcheck reads format 1 (write `pmcheck: 1`)',
    );
  });
  it('a missing project.name is reported at the closest ancestor, project', () => {
    expect(errorLine('pmcheck: 1\nproject:\n  client: Acme\n')).toBe('plan.yaml:2:1: project.name: is required');
  });
  it('a missing project section is reported at the top of the file', () => {
    expect(errorLine('pmcheck: 1\n')).toBe('plan.yaml:1:1: project: is required');
  });
});

describe('schema errors point at the value', () => {
  it('an impossible date', () => {
    expect(
      errorLine(yaml`
      pmcheck: 1
      project:
        name: A
        start: 2026-02-30`),
    ).toBe('plan.yaml:4:10: project.start: "2026-02-30" is not a real calendar date');
  });
  it('a badly formatted date', () => {
    expect(
      errorLine(yaml`
      pmcheck: 1
      project: { name: A }
      tasks:
        - { id: a, start: 03/02/2026 }`),
    ).toBe('plan.yaml:4:21: tasks[0].start: expected a date as YYYY-MM-DD, got "03/02/2026"');
  });
  it('money written as text', () => {
    expect(errorLine('pmcheck: 1\nproject: { name: A }\nbudget:\n  total: "£12k"\n')).toBe(
      'plan.yaml:4:10: budget.total: expected an amount as a plain number (e.g. 12000), got "£12k"',
    );
  });
  it('a negative cost', () => {
    expect(errorLine('pmcheck: 1\nproject: { name: A }\nbudget:\n  lines: [{ id: x, planned: -5 }]\n')).toMatch(
      /^plan\.yaml:4:29: budget\.lines\[0\]\.planned: an amount cannot be negative/,
    );
  });
  it('a share over 100%', () => {
    expect(errorLine('pmcheck: 1\nproject: { name: A }\ntasks:\n  - id: a\n    progress: 140%\n')).toBe(
      'plan.yaml:5:15: tasks[0].progress: a share must be between 0 and 1 (0% to 100%), got "140%"',
    );
  });
  it('an allocation of 2', () => {
    expect(errorLine('pmcheck: 1\nproject: { name: A }\npeople:\n  - { id: p, allocation: 2 }\n')).toMatch(
      /^plan\.yaml:4:26: people\[0\]\.allocation: a share must be between 0 and 1/,
    );
  });
  it('an unknown enum value suggests the nearest', () => {
    expect(errorLine('pmcheck: 1\nproject:\n  name: A\n  phase: deliver\n')).toBe(
      'plan.yaml:4:10: project.phase: "deliver" is not one of presale | planning | delivery | closed (did you mean "delivery"?)',
    );
  });
  it('a bad duration', () => {
    expect(errorLine('pmcheck: 1\nproject: { name: A }\ntasks:\n  - { id: a, duration: 3 weeks }\n')).toMatch(
      /^plan\.yaml:4:24: tasks\[0\]\.duration: expected a duration in working days such as 5d, 2w or 3/,
    );
  });
  it('the first problem by line is shown, with a count of the rest', () => {
    const line = errorLine('pmcheck: 1\nproject:\n  name: A\n  start: 2026-13-01\n  deadline: nope\n');
    expect(line).toBe(
      'plan.yaml:4:10: project.start: "2026-13-01" is not a real calendar date (and 1 more problem in this file)',
    );
  });
});

describe('references', () => {
  it('an unknown person suggests the nearest id', () => {
    expect(
      errorLine(yaml`
      pmcheck: 1
      project:
        name: A
        manager: patt
      people:
        - { id: pat }
        - { id: sam }`),
    ).toBe('plan.yaml:4:12: project.manager: unknown person "patt"; did you mean "pat"?');
  });
  it('an unknown dependency, among tasks, milestones and deliveries', () => {
    expect(
      errorLine(yaml`
      pmcheck: 1
      project: { name: A }
      vendors: [{ id: v, deliveries: [{ id: switches-delivered }] }]
      tasks:
        - id: patch
          depends_on: [switch-delivered]`),
    ).toBe(
      'plan.yaml:6:18: tasks[0].depends_on[0]: unknown task, milestone or delivery "switch-delivered"; did you mean "switches-delivered"?',
    );
  });
  it('no suggestion when nothing is close', () => {
    expect(errorLine('pmcheck: 1\nproject: { name: A }\ntasks: [{ id: a, owner: zed }]\npeople: [{ id: pat }]\n')).toBe(
      'plan.yaml:3:25: tasks[0].owner: unknown person "zed"',
    );
  });
  it('duplicate ids across tasks and milestones', () => {
    expect(
      errorLine(yaml`
      pmcheck: 1
      project: { name: A }
      tasks:
        - id: go-live
      milestones:
        - id: go-live`),
    ).toBe(
      'plan.yaml:6:9: milestones[0].id: duplicate task, milestone or delivery id "go-live" (tasks, milestones and deliveries share one set of ids); it is already used at line 4',
    );
  });
  it('a task that depends on itself', () => {
    expect(errorLine('pmcheck: 1\nproject: { name: A }\ntasks:\n  - { id: a, depends_on: [a] }\n')).toBe(
      'plan.yaml:4:27: tasks[0].depends_on[0]: "a" depends on itself',
    );
  });
  it('a finish before its start', () => {
    expect(
      errorLine('pmcheck: 1\nproject: { name: A }\ntasks:\n  - { id: a, start: 2026-02-10, finish: 2026-02-01 }\n'),
    ).toBe('plan.yaml:4:41: tasks[0].finish: finish 2026-02-01 is before its start 2026-02-10');
  });
  it('communicated_to accepts people and vendors', () => {
    expect(
      errorLine(yaml`
      pmcheck: 1
      project: { name: A }
      people: [{ id: pat }]
      vendors: [{ id: cablecorp }]
      changes:
        - { id: CR-1, communicated_to: [pat, cablecorp] }`),
    ).toBeUndefined();
  });
});

describe('unknown keys', () => {
  const text = yaml`
    pmcheck: 1
    project:
      name: A
      manger: pat
      x-internal-code: 42
    tasks:
      - id: a
        ownr: pat
        x-notes: fine`;
  it('warn with "did you mean", at the key, and x- keys pass', () => {
    const loaded = readYamlPlan(text, 'plan.yaml');
    expect(loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual([
      '4:3 warning unknown key "manger" in project (did you mean "manager"?)',
      '8:5 warning unknown key "ownr" in tasks[0] (did you mean "owner"?)',
    ]);
  });
  it('are errors under --strict', () => {
    expect(errorLine(text, true)).toBe(
      'plan.yaml:4:3: unknown key "manger" in project (did you mean "manager"?) (--strict makes unknown keys errors; prefix your own keys with x-) (and 1 more problem in this file)',
    );
  });
});

describe('a comma that ends a value inside { … }', () => {
  it('says so when the unknown key has a space and no value, and only then', () => {
    const loaded = readYamlPlan(
      yaml`
      pmcheck: 1
      project: { name: A }
      tasks:
        - { id: cabling, name: Cabling, floor 2, start: 2026-01-05 }
        - { id: b, cost centre: 12 }`,
      'plan.yaml',
    );
    expect(loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '4:35 unknown key "floor 2" in tasks[0]; if it belongs to the text before it, a comma inside { … } ends a value: put that text in quotes',
      '5:14 unknown key "cost centre" in tasks[1]',
    ]);
  });
});

describe('encodings and line endings', () => {
  it('a UTF-8 BOM is accepted', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('pmcheck: 1\nproject: { name: A }\n')]);
    expect(() => readYamlPlan(decodePlanBytes(bytes, 'p.yaml'), 'p.yaml')).not.toThrow();
  });
  it('UTF-16 is refused with advice', () => {
    expect(() => decodePlanBytes(new Uint8Array([0xff, 0xfe, 0x70, 0x00]), 'p.yaml')).toThrow(
      /UTF-16 text; save it as UTF-8/,
    );
  });
  it('binary content and invalid UTF-8 are refused', () => {
    expect(() => decodePlanBytes(new Uint8Array([0x70, 0x00, 0x01]), 'p.yaml')).toThrow(/looks binary/);
    expect(() => decodePlanBytes(new Uint8Array([0x70, 0xc3, 0x28]), 'p.yaml')).toThrow(/not valid UTF-8/);
  });
  it('CRLF line endings keep correct line numbers', () => {
    expect(errorLine('pmcheck: 1\r\nproject:\r\n  name: A\r\n  start: 2026-02-30\r\n')).toMatch(/^plan\.yaml:4:10: /);
  });
});

describe('suppressions', () => {
  it('are collected with the mapping they sit on', () => {
    const loaded = readYamlPlan(
      yaml`
        pmcheck: 1
        project: { name: A }
        tasks:
          - id: a
            x-pmcheck-ignore:
              - rule: rollback-plan
                reason: Vendor-managed appliance`,
      'plan.yaml',
    );
    expect(loaded.suppressions).toEqual([
      {
        rule: 'rollback-plan',
        reason: 'Vendor-managed appliance',
        scope: ['tasks', { id: 'a' }],
        path: ['tasks', 0, 'x-pmcheck-ignore', 0],
        file: 'plan.yaml',
        line: 6,
        column: 9,
      },
    ]);
  });
});

describe('calendar fields', () => {
  it('a weekday must be mon to sun, a calendar needs a working day, and public holidays a known name or code', () => {
    expect(
      errorLine(yaml`
        pmcheck: 1
        project:
          name: A
          calendar: { working_days: [mon, tues] }`),
    ).toBe(
      'plan.yaml:4:35: project.calendar.working_days[1]: "tues" is not one of mon | tue | wed | thu | fri | sat | sun (did you mean "tue"?)',
    );
    expect(errorLine('pmcheck: 1\nproject: { name: A }\ncalendars: [{ id: never, working_days: [] }]\n')).toBe(
      'plan.yaml:3:26: calendars[0].working_days: a calendar needs at least one working day',
    );
    expect(errorLine('pmcheck: 1\nproject:\n  name: A\n  calendar:\n    public_holidays: scotlnd\n')).toBe(
      'plan.yaml:5:22: project.calendar.public_holidays: expected england-and-wales, scotland, northern-ireland, wales or a region code such as GB-SCT, IE or US-NY, got "scotlnd" (did you mean "scotland"?)',
    );
  });
});
