/**
 * Properties of the whole CLI on hostile input, run in-process with a fixed seed:
 * - the exit code is always 0, 1 or 2, and nothing escapes as an internal error;
 * - exit 2 always says why on stderr; exits 0 and 1 with --format json print valid JSON;
 * - mutated examples give the same result twice, with the score in [0, 100];
 * - the JSON score re-adds by hand, lies in its rating's band, and the default gate agrees
 *   with the rating (green and amber-green pass, amber and worse fail);
 * - nothing pollutes Object.prototype.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { type CliIO, main } from '../src/cli/program.js';

const dir = mkdtempSync(join(tmpdir(), 'pmcheck-props-'));
let n = 0;

async function cli(text: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = join(dir, `p${n++}.yaml`);
  writeFileSync(file, text);
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: { NO_COLOR: '1' },
    colorSupport: 0,
    readStdin: () => new Uint8Array(),
  };
  const code = await main(['node', 'pmcheck', 'audit', '--as-of', '2026-03-01', ...args, file], io);
  return { code, stdout, stderr };
}

const BANDS: Record<string, [number, number]> = {
  green: [90, 100],
  'amber-green': [75, 89],
  amber: [60, 74],
  'amber-red': [40, 59],
  red: [0, 39],
};

interface JsonPlan {
  score: number;
  scoreExact: number;
  rating: string;
  band: { top: number; bottom: number };
  pressure: number;
  k: number;
  rules: { pressure: number; terms: number[]; error?: string }[];
}

/**
 * What a user can check in the JSON by hand: the rules' pressure adds up to P, the formula turns
 * P and the band into the exact score, the number lies in its rating's band, and with the
 * default gate (fail-on high) the verdict follows the rating.
 */
function scoreHolds(out: { plans: JsonPlan[]; gate: { passed: boolean } }, code: number): void {
  for (const p of out.plans) {
    expect(p.score).toBeGreaterThanOrEqual(0);
    expect(p.score).toBeLessThanOrEqual(100);
    const P = p.rules.reduce((s, r) => s + r.pressure, 0);
    expect(P).toBe(p.pressure);
    for (const r of p.rules) expect(r.terms.reduce((s, t) => s + t, 0)).toBe(r.pressure);
    const { top, bottom } = p.band;
    expect([bottom, top]).toEqual(BANDS[p.rating]);
    expect(top - ((top - bottom) * P) / (P + p.k)).toBeCloseTo(p.scoreExact, 9);
    expect(p.score).toBe(Math.floor(p.scoreExact));
    expect(p.score).toBeGreaterThanOrEqual(bottom);
    expect(p.score).toBeLessThanOrEqual(top);
  }
  if (out.plans.length === 1 && !out.plans[0]!.rules.some((r) => r.error !== undefined)) {
    const passes = ['green', 'amber-green'].includes(out.plans[0]!.rating);
    expect(out.gate.passed).toBe(passes);
    expect(code).toBe(passes ? 0 : 1);
  }
}

async function holds(text: string): Promise<void> {
  const r = await cli(text, '--format', 'json');
  expect([0, 1, 2]).toContain(r.code);
  expect(r.stderr).not.toContain('internal error');
  if (r.code === 2) expect(r.stderr.trim().length).toBeGreaterThan(0);
  else {
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toBe(2);
    scoreHolds(out, r.code);
  }
}

const SETTINGS = { seed: 20261122, numRuns: 500 };

// YAML-ish text: the characters and fragments that make YAML parsers work hard.
const fragment = fc.oneof(
  fc.constantFrom(
    'pmcheck: 1\n',
    'project:\n',
    '  name: A\n',
    'tasks:\n',
    '  - id: t\n',
    '    depends_on: [t]\n',
    '- ',
    ': ',
    '{',
    '}',
    '[',
    ']',
    ',',
    '"',
    "'",
    '&a ',
    '*a',
    '!!js/function ',
    '---\n',
    '\t',
    '\n',
    '  ',
    '#',
    '|',
    '>',
    '2026-02-30',
    '140%',
    '£12k',
    '__proto__: 1\n',
    '\ufeff',
    '\r\n',
    '\u0000',
  ),
  fc.string({ maxLength: 8 }),
);
const yamlText = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

// JSON-like plans: known keys with values of any shape, sometimes the right one.
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('2026-01-05', '2026-13-45', '5d', '50%', -1, 1e308, null),
);
const jsonPlan = fc.record(
  {
    pmcheck: fc.oneof(fc.constant(1), anyValue),
    project: fc.oneof(
      fc.record(
        { name: fc.oneof(fc.string(), anyValue), manager: anyValue, start: anyValue, deadline: anyValue },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
    people: fc.oneof(
      fc.array(
        fc.record(
          { id: fc.oneof(fc.constantFrom('pat', 'sam', '__proto__'), anyValue), role: anyValue, allocation: anyValue },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
      anyValue,
    ),
    tasks: fc.oneof(
      fc.array(
        fc.record(
          {
            id: fc.constantFrom('a', 'b', 'c', 'd'),
            start: anyValue,
            finish: anyValue,
            depends_on: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }),
            progress: anyValue,
            kind: anyValue,
          },
          { requiredKeys: ['id'] },
        ),
        { maxLength: 6 },
      ),
      anyValue,
    ),
    budget: anyValue,
    risks: anyValue,
    communication: anyValue,
  },
  { requiredKeys: [] },
);

describe('the CLI never crashes and never misleads', () => {
  it('on arbitrary YAML-like text', async () => {
    await fc.assert(fc.asyncProperty(yamlText, holds), SETTINGS);
  }, 120_000);

  it('on arbitrary JSON-like plans', async () => {
    await fc.assert(
      fc.asyncProperty(jsonPlan, (plan) => holds(stringify(plan))),
      SETTINGS,
    );
  }, 120_000);
});

// Mutations of the shipped examples: delete a field, swap its type, shift a date.
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const examples = ['office-move', 'cloud-migration', 'network-refresh', 'cyber-essentials'].map(
  (name) => parse(readFileSync(`examples/${name}.plan.yaml`, 'utf8')) as Json,
);

function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
      const p = [...prefix, k];
      out.push(p);
      paths(v as Json, p, out);
    }
  }
  return out;
}

function mutate(doc: Json, path: (string | number)[], op: 'delete' | 'swap' | 'shift', by: number): Json {
  const copy = structuredClone(doc);
  let parent = copy as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  const value = parent[key];
  if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (op === 'swap') {
    parent[key] =
      typeof value === 'number'
        ? String(value)
        : typeof value === 'string'
          ? by
          : Array.isArray(value)
            ? {}
            : value === null
              ? []
              : typeof value === 'object'
                ? 'text'
                : null;
  } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + by);
    parent[key] = d.toISOString().slice(0, 10);
  }
  return copy;
}

describe('mutated examples', () => {
  it('give the same result twice; the score re-adds, lies in its band, and agrees with the gate', async () => {
    const mutation = fc
      .record({
        which: fc.nat(examples.length - 1),
        pick: fc.nat(),
        op: fc.constantFrom('delete', 'swap', 'shift') as fc.Arbitrary<'delete' | 'swap' | 'shift'>,
        by: fc.integer({ min: -60, max: 60 }),
      })
      .map(({ which, pick, op, by }) => {
        const doc = examples[which]!;
        const all = paths(doc);
        return stringify(mutate(doc, all[pick % all.length]!, op, by));
      });
    await fc.assert(
      fc.asyncProperty(mutation, async (text) => {
        const a = await cli(text, '--format', 'json');
        const b = await cli(text, '--format', 'json');
        expect([0, 1, 2]).toContain(a.code);
        expect(b.code).toBe(a.code);
        expect(b.stdout.replace(/p\d+\.yaml/g, 'P')).toBe(a.stdout.replace(/p\d+\.yaml/g, 'P'));
        expect(b.stderr.replace(/p\d+\.yaml/g, 'P')).toBe(a.stderr.replace(/p\d+\.yaml/g, 'P'));
        if (a.code !== 2) scoreHolds(JSON.parse(a.stdout), a.code);
        else expect(a.stderr).not.toContain('internal error');
      }),
      SETTINGS,
    );
  }, 300_000);
});

describe('prototype pollution', () => {
  it('plans with __proto__, constructor and prototype pollute nothing', async () => {
    for (const text of [
      'pmcheck: 1\nproject: { name: A }\n__proto__: { polluted: true }\n',
      'pmcheck: 1\nproject: { name: A, __proto__: { polluted: true } }\n',
      'pmcheck: 1\nproject: { name: A }\ntasks: [{ id: t, constructor: { prototype: { polluted: true } } }]\n',
      'pmcheck: 1\nproject: { name: A }\nx-pmcheck-ignore: [{ rule: pm-assigned, reason: r, __proto__: { polluted: true } }]\n',
    ]) {
      const r = await cli(text);
      expect(r.code).toBe(2);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe('an unexpected internal error', () => {
  const failingIO = (env: Record<string, string>): CliIO & { err: string[] } => {
    const err: string[] = [];
    return {
      err,
      stdout: () => {
        throw new TypeError('cannot write to a closed stream');
      },
      stderr: (t) => void err.push(t),
      env,
      colorSupport: 0,
      readStdin: () => new Uint8Array(),
    };
  };

  it('is exit 2 with one line asking for a report, and a stack only with PMCHECK_DEBUG=1', async () => {
    const quiet = failingIO({});
    expect(await main(['node', 'pmcheck', 'audit', 'examples/office-move.plan.yaml'], quiet)).toBe(2);
    expect(quiet.err).toEqual([
      'pmcheck: internal error: cannot write to a closed stream. This is a bug in pmcheck; please report it with the plan that caused it (set PMCHECK_DEBUG=1 for the stack).\n',
    ]);
    const debug = failingIO({ PMCHECK_DEBUG: '1' });
    expect(await main(['node', 'pmcheck', 'audit', 'examples/office-move.plan.yaml'], debug)).toBe(2);
    expect(debug.err[0]).toMatch(/^TypeError: cannot write to a closed stream\n\s+at /);
  });
});
