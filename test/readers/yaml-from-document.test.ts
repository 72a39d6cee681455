import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import type { PlanPath, Span } from '../../src/plan/path.js';
import { fromDocument } from '../../src/readers/yaml/from-document.js';
import { YamlLocator } from '../../src/readers/yaml/locator.js';
import { type PosNode, type PosPair, type Range, toJS } from '../../src/readers/yaml/pos-tree.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false } as const;
const EXAMPLES = new URL('../../examples/', import.meta.url);

function parse(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...OPTIONS, lineCounter });
  expect(doc.errors).toEqual([]);
  return { doc, lineCounter, tree: fromDocument(doc) };
}

/** src/plan/locate.ts's Locator.locate, over the tree instead of the yaml Document. */
function locateInTree(root: PosNode, path: PlanPath, at: 'value' | 'key'): Range {
  let node: PosNode | undefined = root;
  let range: Range = root.range;
  for (const seg of path) {
    if (node.kind === 'map') {
      const pair: PosPair | undefined = node.pairs.find((p) => p.key === String(seg));
      if (!pair) break;
      range = at === 'key' ? pair.keyRange : pairRange(pair);
      node = pair.value;
    } else if (node.kind === 'seq' && typeof seg === 'number') {
      const item: PosNode | undefined = node.items[seg];
      if (item === undefined) break;
      range = item.range;
      node = item;
    } else break;
  }
  return range;
}

function pairRange(p: PosPair): Range {
  const v = p.value;
  if (v.kind === 'scalar' && v.value !== null) return v.range;
  if (v.kind !== 'scalar' && v.flow) return [p.keyRange[0], v.range[1]];
  return p.keyRange;
}

/** Every path in the tree, plus a missing key and a missing index below each collection. */
function allPaths(node: PosNode, path: PlanPath = [], out: PlanPath[] = []): PlanPath[] {
  out.push(path);
  if (node.kind === 'map') {
    out.push([...path, 'no-such-key']);
    for (const p of node.pairs) allPaths(p.value, [...path, p.key], out);
  } else if (node.kind === 'seq') {
    out.push([...path, node.items.length]);
    node.items.forEach((item, i) => {
      allPaths(item, [...path, i], out);
    });
  } else out.push([...path, 'below-a-scalar']);
  return out;
}

describe('fromDocument ranges point where Locator points', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
  it.each(files)('%s', (file) => {
    const text = readFileSync(new URL(file, EXAMPLES), 'utf8');
    const { doc, lineCounter, tree } = parse(text);
    const locator = new YamlLocator('plan.yaml', doc, lineCounter);
    const paths = allPaths(tree!);
    expect(paths.length).toBeGreaterThan(300);
    for (const path of paths) {
      for (const at of ['value', 'key'] as const) {
        const expected: Span = locator.locate(path, at);
        expect({ path, at, span: locator.span(locateInTree(tree!, path, at)) }).toEqual({ path, at, span: expected });
      }
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

  it('shares the tree of an anchored node with its aliases', () => {
    const { doc, tree } = parse('a: &x { b: [1, 2] }\nc: *x\nd: &s text\ne: *s\n');
    if (tree?.kind !== 'map') throw new Error('expected a map');
    expect(tree.pairs[1]!.value).toBe(tree.pairs[0]!.value);
    expect(tree.pairs[3]!.value).toBe(tree.pairs[2]!.value);
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
