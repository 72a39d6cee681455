/**
 * The positioned tree built from yaml's Document, and the one Locator that walks every tree:
 * TreeLocator gives, for every path, the span the Locator over yaml's Document gave (kept as
 * the reference in document-locator.ts), on the yaml path (locatorTree, with yaml's
 * LineCounter) and on the fast path (fastParse, with a LineIndex over the text).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { renderTemplate, TEMPLATES } from '../../src/init/templates.js';
import type { PathSegment, PlanPath } from '../../src/plan/path.js';
import { fastParse } from '../../src/readers/yaml/fast.js';
import { fromDocument, locatorTree } from '../../src/readers/yaml/from-document.js';
import { LineIndex, type LinePositions, TreeLocator } from '../../src/readers/yaml/locator.js';
import { type PosNode, toJS } from '../../src/readers/yaml/pos-tree.js';
import { holidaySource } from '../../src/run/holidays.js';
import { generatePlan } from '../../src/tools/generate-plan.js';
import { DocumentLocator } from './document-locator.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false } as const;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function parse(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...OPTIONS, lineCounter });
  expect(doc.errors).toEqual([]);
  return { doc, lineCounter, tree: fromDocument(doc) };
}

/**
 * Paths to try in a tree: every path, by index and by id, and below each node a missing key,
 * a missing index, a missing id and a segment of the wrong kind. Capped for big documents.
 */
function allPaths(node: PosNode | null, path: PlanPath = [], out: PlanPath[] = []): PlanPath[] {
  out.push(path);
  if (out.length > 20_000 || node === null) return out;
  const wrongKind: PathSegment[] = ['no-such-key', 99_999, { id: 'no-such-id' }, 0, 'id'];
  for (const seg of wrongKind) out.push([...path, seg]);
  if (node.kind === 'map') {
    for (const p of node.pairs) allPaths(p.value, [...path, p.key], out);
  } else if (node.kind === 'seq') {
    node.items.forEach((item, i) => {
      allPaths(item, [...path, i], out);
      const id =
        item.kind === 'scalar'
          ? item.value
          : item.kind === 'map'
            ? item.pairs.find((p) => p.key === 'id')?.value
            : undefined;
      const text = typeof id === 'string' ? id : id && typeof id === 'object' && 'value' in id ? id.value : undefined;
      if (typeof text === 'string') allPaths(item, [...path, { id: text }], out);
    });
  }
  return out;
}

/** Every path's span, both ways of pointing, from the tree's Locator and from the reference. */
function expectSameSpans(
  text: string,
  doc: Document,
  lineCounter: LineCounter,
  tree: PosNode | null,
  lines: LinePositions = lineCounter,
) {
  const reference = new DocumentLocator('plan.yaml', doc, lineCounter);
  const locator = new TreeLocator('plan.yaml', tree, lines);
  const paths = allPaths(locatorTree(doc));
  for (const path of paths) {
    for (const at of ['value', 'key'] as const) {
      expect({ text: text.slice(0, 200), path, at, span: locator.locate(path, at) }).toEqual({
        text: text.slice(0, 200),
        path,
        at,
        span: reference.locate(path, at),
      });
    }
  }
  return paths.length;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const examples = readdirSync(join(ROOT, 'examples')).map((f) => [f, readFileSync(join(ROOT, 'examples', f), 'utf8')]);
const templates = Object.keys(TEMPLATES).map((name) => [name, renderTemplate(name, '2026-01-05', holidaySource)]);
const generated = [
  [100, 3],
  [1000, 20261122],
].map(([n, seed]) => [`${n} tasks`, generatePlan(n!, seed!)]);
const fixtures = filesUnder(join(ROOT, 'test', 'fixtures'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => [f.slice(ROOT.length), readFileSync(f, 'utf8').replace(/^\ufeff/, '')]);

describe('TreeLocator points where the Locator over the Document pointed', () => {
  it.each([...examples, ...templates, ...generated])('%s, on both paths', (_name, text) => {
    const { doc, lineCounter } = parse(text!);
    expect(expectSameSpans(text!, doc, lineCounter, locatorTree(doc))).toBeGreaterThan(300);
    const fast = fastParse(text!);
    expect(fast).toBeDefined();
    expectSameSpans(text!, doc, lineCounter, fast!, new LineIndex(text!));
  });

  it.each(fixtures)('fixture %s', (_name, text) => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text!, { ...OPTIONS, lineCounter });
    if (doc.errors.length > 0) return; // the reader stops at the error, before locating anything
    expectSameSpans(text!, doc, lineCounter, locatorTree(doc));
    const fast = fastParse(text!);
    if (fast !== undefined) expectSameSpans(text!, doc, lineCounter, fast, new LineIndex(text!));
  });

  it.each([
    ['aliases', 'tasks:\n  - &t { id: a, owner: p }\n  - *t\n  - id: b\n    owner: &o q\n    by: *o\nx: *t\n'],
    ['an alias as an id', 'tasks:\n  - id: &i a\n  - id: *i\n  - *i\n'],
    ['a cycle through an alias', 'a: &x [1, *x, { b: 2 }]\n'],
    ['collection and alias keys', '? [a, b]\n: c\nd: &k e\n*k : f\ng: { ? [x] : y, z: 1 }\n'],
    ['a merge key', 'a: &x { b: 1 }\nc: { <<: *x, d: 2 }\n'],
    [
      'YAML 1.1 collections',
      '%YAML 1.1\n---\ns: !!set { ? id, ? b }\no: !!omap [ x: 1, y: 2 ]\np: !!pairs [ x: 1 ]\nl: [ !!set { ? id } ]\n',
    ],
    ['YAML 1.1 scalars and keys', '%YAML 1.1\n---\n2001-12-14: a\nd: 2001-12-14\nb: !!binary aGVsbG8=\non: yes\n'],
    ['empty values and null keys', 'a:\nb: { c, d: }\n~: 1\n- \n'.replace('- \n', '')],
    ['a top-level list', '- id: a\n- b\n- [c]\n'],
    ['a top-level scalar', 'just text\n'],
    ['an empty document', '# nothing\n'],
    ['ids that are not strings', 'tasks:\n  - id: 1\n  - id: ~\n  - id: [a]\n  - 2\n  - { id }\n'],
    ['duplicate ids', 'tasks:\n  - id: a\n    n: 1\n  - id: a\n    n: 2\n  - a\n'],
  ])('%s', (_what, text) => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text!, { ...OPTIONS, lineCounter });
    expect(doc.errors).toEqual([]);
    expectSameSpans(text!, doc, lineCounter, locatorTree(doc));
  });

  it('on generated and mutated YAML', () => {
    const keys = ['id', 'a', 'tasks', '"q"', '1', '~'];
    const values = ['x', '1', '~', '[a, b]', '{ id: c }', '&a v', '*a', '"s"', '', '[]'];
    const doc = fc.array(fc.tuple(fc.nat(3), fc.constantFrom(...keys), fc.constantFrom(...values), fc.boolean()), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(doc, (entries) => {
        const text = `${entries
          .map(([depth, k, v, dash]) => `${'  '.repeat(depth)}${dash ? '- ' : ''}${k}: ${v}`)
          .join('\n')}\n`;
        const lineCounter = new LineCounter();
        const d = parseDocument(text, { ...OPTIONS, lineCounter });
        if (d.errors.length > 0) return;
        expectSameSpans(text, d, lineCounter, locatorTree(d));
        const fast = fastParse(text);
        if (fast !== undefined) expectSameSpans(text, d, lineCounter, fast, new LineIndex(text));
      }),
      { seed: 31, numRuns: 1500 },
    );
  });
});

describe('LineIndex', () => {
  it("gives yaml's LineCounter positions at every offset", () => {
    for (const text of ['', 'a', 'a\n', '\n\n', 'a: 1\r\nb:\r\n  - x\r\n', 'a:\n  b: 1\n\n  c: 2', examples[0]![1]!]) {
      const lineCounter = new LineCounter();
      parseDocument(text, { ...OPTIONS, lineCounter });
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length + 1; offset++)
        expect({ offset, pos: index.linePos(offset) }).toEqual({ offset, pos: lineCounter.linePos(offset) });
    }
  });
});

describe('fromDocument', () => {
  it('gives null for an empty document', () => {
    expect(parse('').tree).toBeNull();
    expect(parse('# only a comment\n').tree).toBeNull();
  });

  it('keeps the key spelling Locator matches, and the one toJS writes', () => {
    const { doc, tree } = parse('1: a\ntrue: b\n~: c\n"x": d\n');
    expect(tree).toMatchObject({
      kind: 'map',
      pairs: [{ key: '1' }, { key: 'true' }, { key: 'null', jsKey: '' }, { key: 'x' }],
    });
    expect(toJS(tree!)).toStrictEqual(doc.toJS());
  });

  it('makes __proto__ an own property, as yaml does', () => {
    const { doc, tree } = parse('__proto__: { polluted: true }\nconstructor: 1\n');
    const js = toJS(tree!) as Record<string, unknown>;
    expect(Object.getPrototypeOf(js)).toBe(Object.prototype);
    expect(Object.hasOwn(js, '__proto__')).toBe(true);
    expect(js).toStrictEqual(doc.toJS());
  });

  it('makes an alias a node that refers to the tree of its anchored node', () => {
    const { doc, tree } = parse('a: &x { b: [1, 2] }\nc: *x\nd: &s text\ne: *s\n');
    if (tree?.kind !== 'map') throw new Error('expected a map');
    expect(tree.pairs[1]!.value).toStrictEqual({ kind: 'alias', range: [23, 25], target: tree.pairs[0]!.value });
    expect(tree.pairs[3]!.value).toMatchObject({ kind: 'alias', target: tree.pairs[2]!.value });
    const js = toJS(tree) as Record<string, unknown>;
    expect(js).toStrictEqual(doc.toJS());
    expect(js.c).toBe(js.a); // one object, as in yaml's toJS
  });

  it('resolves an alias to the latest anchor of that name before it', () => {
    const { doc, tree } = parse('a: &x 1\nb: &x 2\nc: *x\n');
    expect(toJS(tree!)).toStrictEqual(doc.toJS());
    expect(toJS(tree!)).toEqual({ a: 1, b: 2, c: 2 });
  });

  it('expands a wide alias fan-out in linear time', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 40; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}]`);
    const { tree } = parse(`${lines.join('\n')}\n`);
    // 3^39 leaves if copied per alias; shared, it is built at once.
    const js = toJS(tree!) as Record<string, unknown[]>;
    expect(js.a39![0]).toBe(js.a38);
  });

  it('keeps for locating what it cannot hold as data', () => {
    const text = '%YAML 1.1\n---\n? [k]\n: v\ns: !!set { ? id }\no: !!omap [ x: 1 ]\na: &x [1, *x]\n';
    const doc = parseDocument(text, OPTIONS);
    expect(fromDocument(doc)).toBeUndefined();
    const tree = locatorTree(doc);
    expect(tree).toMatchObject({
      kind: 'map',
      pairs: [
        { key: 's', value: { kind: 'map', set: true } },
        { key: 'o', value: { kind: 'seq', items: [{ kind: 'opaque', range: undefined }] } },
        { key: 'a', value: { kind: 'seq', items: [{ kind: 'scalar' }, { kind: 'opaque', range: [71, 73] }] } },
      ],
    });
    expect(() => toJS(tree!)).toThrow();
  });

  it('gives an empty flow value a null scalar at the end of its key', () => {
    const { doc, tree } = parse('a: { b, c: 1 }\n');
    const flow = tree?.kind === 'map' ? tree.pairs[0]!.value : undefined;
    expect(flow?.kind === 'map' && flow.pairs[0]).toStrictEqual({
      key: 'b',
      keyRange: [5, 6],
      value: { kind: 'scalar', range: [6, 6], value: null },
    });
    expect(toJS(tree!)).toStrictEqual(doc.toJS());
  });

  it.each([
    ['a collection key', '? [a, b]\n: c\n'],
    ['an alias key', 'a: &k b\n*k : c\n'],
    ['a set', '--- !!set\n? a\n? b\n'],
    ['an ordered map', 'x: !!omap [ a: 1 ]\n'],
    ['an alias inside its own anchor', 'a: &x [1, *x]\n'],
  ])('gives undefined for what the tree cannot hold: %s', (_what, text) => {
    const doc = parseDocument(text, OPTIONS);
    expect(doc.errors).toEqual([]);
    expect(fromDocument(doc)).toBeUndefined();
  });

  it('gives undefined for merge keys only in a schema that merges', () => {
    const text = 'a: &x { b: 1 }\nc: { <<: *x }\n';
    expect(fromDocument(parseDocument(text, { ...OPTIONS, merge: true }))).toBeUndefined();
    const { doc, tree } = parse(text);
    expect(toJS(tree!)).toStrictEqual(doc.toJS());
  });
});
