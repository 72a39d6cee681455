/**
 * The fast YAML path against the `yaml` package, the reference: for every input, fastParse
 * either declines (undefined) or gives exactly the tree fromDocument builds from yaml's
 * Document, with the same plain data as yaml's toJS, for a text yaml parses without an error
 * or a warning.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { finishRun } from '../../src/core/gate.js';
import { InputError } from '../../src/errors.js';
import { renderTemplate, TEMPLATES } from '../../src/init/templates.js';
import { fastParse, PARSE_OPTIONS } from '../../src/readers/yaml/fast.js';
import { fromDocument } from '../../src/readers/yaml/from-document.js';
import { type PosNode, toJS } from '../../src/readers/yaml/pos-tree.js';
import { formatJson } from '../../src/report/json.js';
import { formatTable } from '../../src/report/table.js';
import { auditSources } from '../../src/run/audit.js';
import { holidaySource } from '../../src/run/holidays.js';
import { generatePlan } from '../../src/tools/generate-plan.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The differential check: 'fast' when the fast path took the text, 'bail' when it declined. */
function check(text: string): 'fast' | 'bail' {
  const fast = fastParse(text);
  if (fast === undefined) return 'bail';
  const doc = parseDocument(text, PARSE_OPTIONS);
  // Show the text with a failure: fast-check and it.each report only what the assertion holds.
  expect({ text, errors: doc.errors.map((e) => e.code), warnings: doc.warnings.map((w) => w.code) }).toEqual({
    text,
    errors: [],
    warnings: [],
  });
  expect({ text, tree: fast }).toStrictEqual({ text, tree: fromDocument(doc) });
  expect({ text, js: fast === null ? null : toJS(fast) }).toStrictEqual({ text, js: doc.toJS() });
  return 'fast';
}

/** The fast path must take these: a check that it is not uselessly cautious. */
function takes(text: string): PosNode {
  expect(check(text)).toBe('fast');
  return fastParse(text)!;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const examples = readdirSync(join(ROOT, 'examples')).map((f) => [f, readFileSync(join(ROOT, 'examples', f), 'utf8')]);
const templates = Object.keys(TEMPLATES).map((name) => [name, renderTemplate(name, '2026-01-05', holidaySource)]);

describe('the fast path takes every real plan', () => {
  it.each(examples)('example %s', (_name, text) => {
    takes(text!);
  });

  it.each(templates)('starter template %s', (_name, text) => {
    takes(text!);
  });

  it.each([
    [0, 1],
    [1, 7],
    [10, 20261122],
    [100, 3],
    [1000, 20261122],
    [3000, 99],
  ])('generated plan of %i tasks, seed %i', (tasks, seed) => {
    takes(generatePlan(tasks, seed));
  });

  it('and the same with CRLF line ends', () => {
    for (const [, text] of [...examples, ...templates]) takes(text!.replaceAll('\n', '\r\n'));
  });
});

describe('the fixtures', () => {
  const fixtures = filesUnder(join(ROOT, 'test', 'fixtures')).map((f) => [f.slice(ROOT.length), f]);
  it.each(fixtures)('%s', (_name, file) => {
    const text = readFileSync(file!, 'utf8');
    check(text);
    // As plan loading sees it, without a byte order mark.
    check(text.replace(/^\ufeff/, ''));
  });

  it('takes the BOM + CRLF plan once its BOM is stripped, as loading does', () => {
    takes(readFileSync(join(ROOT, 'test/fixtures/utf8-bom-crlf.yaml'), 'utf8').replace(/^\ufeff/, ''));
  });
});

/**
 * The whole audit of `text` read by each path: the JSON report and the table (findings,
 * messages, lines and columns, diagnostics, suppressions), or the one error line.
 */
function reportOf(text: string, file: string, yamlParser: 'auto' | 'yaml'): string {
  const run = auditSources([{ file, bytes: Buffer.from(text) }], { today: '2026-11-22', yamlParser });
  if (run.errors.length > 0) {
    const e = run.errors[0]!;
    return `error ${e instanceof InputError ? e.render() : String(e)}`;
  }
  return `${formatJson(run)}\n${formatTable(finishRun(run.reports, []), { width: 100, color: 0 })}`;
}

function sameReports(text: string, file: string): void {
  expect({ file, report: reportOf(text, file, 'auto') }).toEqual({ file, report: reportOf(text, file, 'yaml') });
}

describe('the reports are the same on both paths', () => {
  it.each([...examples, ...templates])('%s', (name, text) => {
    expect(fastParse(text!)).toBeDefined();
    sameReports(text!, `plans/${name}`);
  });

  it.each([
    [100, 3],
    [1000, 20261122],
  ])('generated plan of %i tasks, seed %i', (tasks, seed) => {
    const text = generatePlan(tasks, seed);
    expect(fastParse(text)).toBeDefined();
    sameReports(text, 'generated.yaml');
  });

  it.each(filesUnder(join(ROOT, 'test', 'fixtures')).filter((f) => /\.ya?ml$/.test(f)))('fixture %s', (file) => {
    const text = readFileSync(file, 'utf8');
    sameReports(text, file.slice(ROOT.length));
  });

  it('on mutated real plans', () => {
    const texts = [...examples, ...templates].map(([, text]) => text!);
    const edit = fc.record({
      op: fc.constantFrom(...MUTATIONS),
      line: fc.nat(),
      col: fc.nat(),
      insert: fc.constantFrom(...INSERTS),
    });
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => {
        sameReports(mutate(text, edits), 'mutated.yaml');
      }),
      { seed: 99 + FUZZ_SEED, numRuns: runs(300) },
    );
  }, 600_000);
});

describe('each feature of the subset', () => {
  it.each([
    ['block mapping', 'a: 1\nb: two\n'],
    ['nested mappings', 'a:\n  b:\n    c: 1\n  d: 2\ne: 3\n'],
    ['block sequence', '- a\n- b\n'],
    ['sequence of mappings', 'tasks:\n  - id: a\n    name: A\n  - id: b\n    name: B\n'],
    ["sequence at its key's indentation", 'a:\n- x\n- y\nb: 1\n'],
    ['mapping under a bare dash', '-\n  a: 1\n- b\n'],
    ['flow sequence', 'a: [x, y, 1, "q", \'r\']\n'],
    ['flow mapping', 'a: { id: x, depends_on: [y, z], gate: { approver: p } }\n'],
    ['empty flow collections', 'a: []\nb: {}\nc: [ ]\n'],
    ['flow spacing', 'a: [ x ,y , z ]\nb: {p: 1 ,q: 2}\n'],
    ['plain scalars with inner indicators', 'a: x-y\nb: a#b\nc: http://x.example/a?b=c\nd: a[b]{c},d\ne: -x\nf: x:y\n'],
    ['quoted scalars', 'a: "x # y"\nb: \'it\'\'s\'\nc: "a\\"b"\nd: "\\u00e9\\t\\\\"\ne: \'\'\nf: ""\n'],
    ['quoted keys', '"a b": 1\n\'c\': 2\n"d" : 3\n'],
    [
      'typed plain scalars',
      'a: 0x1F\nb: 1e3\nc: .inf\nd: -.Inf\ne: .nan\nf: ~\ng: Null\nh: TRUE\ni: -0\nj: 0o17\nk: 1.50\nl: +12\n',
    ],
    ['strings that look typed in YAML 1.1', 'a: on\nb: yes\nc: 2026-02-06\nd: 1_000\ne: 0b11\nf: 012\ng: 1:20\n'],
    ['typed keys', '1: a\ntrue: b\n~: c\n1.5: d\n'],
    ['empty values', 'a:\nb:   \nc:  # c\nd:\n  - \n  -   # c\n  - x\n'],
    ['comments everywhere', '# head\na: 1 # one\n# between\nb:\n  # inside\n  c: 2\n    # deep\n  # same\n# out\n'],
    ['blank lines with spaces', 'a:\n  b: 1\n   \n\n  c: 2\n \nd: 3\n'],
    ['a language-server header', '# yaml-language-server: $schema=../schemas/plan.schema.json\npmcheck: 1\n'],
    ['a leading document marker', '# c\n---\na: 1\n'],
    ['a leading marker with a comment', '--- # c\na: 1\n'],
    ['CRLF', 'a: 1\r\nb:\r\n  - x  # c\r\n  - [y]\r\n'],
    ['no final line end', 'a:\n  b: 1'],
    [
      'folded and literal block scalars',
      'a: >-\n  one\n  two\n\n  three\nb: |\n  x\n    y\nc: >\n  z\n\nd: |-  # c\n  w\n',
    ],
    ['block scalars followed by comments', 'a:\n  b: >-\n    x\n  # c\n    \n  d: 1\n'],
    ['unicode', 'a: café ☕ 𝄞\n"é": ü\n'],
    ['__proto__ keys', '__proto__: { polluted: true }\nconstructor: 1\n'],
    ['a compact mapping indented deeper', '-   a: 1\n    b: 2\n'],
    ['an empty document', ''],
    ['only comments', '# a\n\n  # b\n'],
  ])('%s', (_what, text) => {
    takes(text!);
  });
});

describe('what the fast path leaves to yaml', () => {
  it.each([
    ['a tab', 'a:\tb\n'],
    ['a tab in a value', 'a: "b\tc"\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key in a flow mapping', 'a: { b: 1, b: 2 }\n'],
    ['keys equal as strings', '1: a\n"1": b\n'],
    ['bad indentation', 'a:\n  b: 1\n   c: 2\n'],
    ['a less indented key', 'a:\n    b: 1\n  c: 2\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a document end', 'a: 1\n...\n'],
    ['a lone document marker', '---\n'],
    ['content after the marker', '--- a: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a custom tag', 'a: !thing x\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: { b: 1 }\n<<: { c: 2 }\n'],
    ['a merge key in a flow mapping', 'a: { <<: x }\n'],
    ['an explicit key', '? a\n: b\n'],
    ['an empty key', ': a\n'],
    ['a flow key', '[a]: b\n'],
    ['a flow key in a sequence', '- {a: 1}: b\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a plain scalar on the next line', 'a:\n  one\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['an unclosed quote', 'a: "one\n'],
    ['a multi-line flow collection', 'a: [x,\n  y]\n'],
    ['an unclosed flow collection', 'a: [x, y\n'],
    ['a comment in a flow collection', 'a: [x, # c\n  y]\n'],
    ['a trailing comma', 'a: [x, y, ]\n'],
    ['an empty flow entry', 'a: [x, , y]\n'],
    ['an empty flow value', 'a: { b: , c: 1 }\n'],
    ['a flow key without a value', 'a: { b }\n'],
    ['an adjacent flow value', 'a: { "b":1 }\n'],
    ['a pair in a flow sequence', 'a: [b: 1]\n'],
    ['a nested compact sequence', '- - a\n'],
    ['a mapping in a value', 'a: b: c\n'],
    ['a dash at the mapping indentation', 'a: 1\n- b\n'],
    ['a sequence as the value on the key line', 'a: - b\n'],
    ['a keep block scalar', 'a: |+\n  x\n\nb: 1\n'],
    ['an explicit indentation indicator', 'a: |2\n   x\n'],
    ['a block scalar with a leading blank line', 'a: >\n\n  x\n'],
    ['a block scalar with a more-indented blank line', 'a: |\n  x\n     \n  y\n'],
    ['an empty block scalar', 'a: |\nb: 1\n'],
    ['a block scalar header with extra characters', 'a: >x\n  y\n'],
    ['a comment right after a quoted value', 'a: "b"# c\n'],
    ['text after a quoted value', 'a: "b" c\n'],
    ['a reserved indicator', 'a: @b\n'],
    ['a backtick', 'a: `b`\n'],
    ['a bad escape', 'a: "\\q"\n'],
    ['a top-level scalar', 'just text\n'],
    ['a top-level flow collection', '[a, b]\n'],
    ['an indented top level', '  a: 1\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['a control character', 'a: b\u0007c\n'],
    ['a lone surrogate', 'a: \ud800\n'],
    ['a very long key', `${'k'.repeat(1100)}: 1\n`],
    ['a key far from its colon', `k${' '.repeat(1030)}: 1\n`],
    ['a quoted key far from its colon', `"k"${' '.repeat(1030)}: 1\n`],
    // 5,000 levels (12 MB) overflow the stack; the fast path must decline, not throw.
    [
      'nesting deeper than the stack',
      `${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}a${i}:`).join('\n')} 1\n`,
    ],
    ['flow nesting deeper than the stack', `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`],
  ])('%s', (_what, text) => {
    expect(fastParse(text!)).toBeUndefined();
  });
});

describe("plain scalars resolve with yaml's core schema", () => {
  it("uses the core schema's tags, pinned here: a change in yaml's schema must be reviewed", () => {
    const tags = parseDocument('', PARSE_OPTIONS)
      .schema.tags.filter((t) => t.default === true && 'test' in t && t.test)
      .map((t) => `${t.tag} ${(t as { test: RegExp }).test.source}`);
    expect(tags).toEqual([
      'tag:yaml.org,2002:null ^(?:~|[Nn]ull|NULL)?$',
      'tag:yaml.org,2002:bool ^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$',
      'tag:yaml.org,2002:int ^0o[0-7]+$',
      'tag:yaml.org,2002:int ^[-+]?[0-9]+$',
      'tag:yaml.org,2002:int ^0x[0-9a-fA-F]+$',
      'tag:yaml.org,2002:float ^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$',
      'tag:yaml.org,2002:float ^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$',
      'tag:yaml.org,2002:float ^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$',
    ]);
  });

  it('for any plain scalar as a value, a key and a flow item', () => {
    const chars = 'aAnNtTfFeExXoO019_.+-~:#,[]{}\'"!&*|>%@` é'.split('');
    const scalarText = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(scalarText, (s) => {
        check(`a: ${s}\n`);
        check(`${s}: a\n`);
        check(`- [${s}]\n`);
        check(`- { k: ${s} }\n`);
      }),
      { seed: 424242 + FUZZ_SEED, numRuns: runs(3000) },
    );
  }, 600_000);
});

// ---------------------------------------------------------------------------------------------
// The fuzzer: plan-like YAML from random trees, and mutations of the real plans.

/** Values a plan could hold, the tricky ones included; some are outside the subset on purpose. */
const SCALARS = [
  'x',
  'Task 12 (build)',
  'p1',
  '2026-02-06',
  '1',
  '-1',
  '0.5',
  '1e3',
  '0x1F',
  '0o17',
  '.inf',
  '-.inf',
  '.NaN',
  '~',
  'null',
  'Null',
  'true',
  'False',
  'on',
  'yes',
  "'it''s'",
  "'a # b'",
  "''",
  '"a\\"b"',
  '"tab\\there"',
  '"# not a comment"',
  '""',
  '"\\u00e9"',
  'a#b',
  'a # comment',
  'http://x.example/a?b=c',
  'x:y',
  'a, b',
  'a [b] {c}',
  'café',
  '-x',
  ':x',
  '?x',
  '@x',
  '%x',
  '&a x',
  '*a',
  '!t x',
  'a: b',
  '- x',
  '"unclosed',
  '<<',
  '|',
  '>-',
  'a\tb',
];
const KEYS = [
  'id',
  'spaced  ',
  'name',
  'owner',
  'depends_on',
  'x-pmcheck-ignore',
  '"quoted key"',
  "'k'",
  '1',
  'null',
  '__proto__',
  'a b',
  '<<',
  'k#1',
];
const FLOW_SCALARS = ['a', 'b c', '1', '-2', '2026-01-05', '"q, r"', "'s'", '~', 'true', 'x:y', '"a\\"b"', ''];
/**
 * Lines inserted between and after entries: blank lines and comments, indented relative to the
 * collection, or (after `^`) at an absolute column, shallower than the collection.
 */
const TRIVIA = [
  '',
  '',
  '',
  '',
  '\n',
  '#c\n',
  '  # c\n',
  '      # deeper\n',
  '\n   \n',
  ' # x\n# y\n',
  '\n# z\n\n',
  '^# top\n',
  '^ # one\n\n',
  '^   # three\n',
];
const TRAILING = ['', '', '', '', ' # t', '   # t', '  ', '#t'];

type Tree =
  | { t: 'scalar'; v: string }
  | { t: 'flowSeq'; items: string[]; pad: number }
  | { t: 'flowMap'; entries: [string, string][]; pad: number }
  | { t: 'block'; lines: string[]; chomp: number }
  | { t: 'empty' }
  | { t: 'map'; entries: { key: string; value: Tree; before: string; after: string }[]; tail: string }
  | { t: 'seq'; items: { value: Tree; before: string; after: string; bare: boolean }[]; tail: string };

const { node: tree } = fc.letrec<{ node: Tree; map: Tree; seq: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('scalar' as const), v: fc.constantFrom(...SCALARS) }),
    fc.record({
      t: fc.constant('flowSeq' as const),
      items: fc.array(fc.constantFrom(...FLOW_SCALARS, '[x]', '{k: v}'), { maxLength: 4 }),
      pad: fc.nat(3),
    }),
    fc.record({
      t: fc.constant('flowMap' as const),
      entries: fc.array(fc.tuple(fc.constantFrom('id', 'by', 'on', '"q"', 'a b'), fc.constantFrom(...FLOW_SCALARS)), {
        maxLength: 3,
      }),
      pad: fc.nat(3),
    }),
    fc.record({
      t: fc.constant('block' as const),
      lines: fc.array(fc.constantFrom('line one', '  more indented', '', ' ', '# not a comment', 'x: y'), {
        minLength: 1,
        maxLength: 4,
      }),
      chomp: fc.nat(3),
    }),
    fc.constant({ t: 'empty' as const }),
    tie('map'),
    tie('seq'),
  ),
  map: fc.record({
    t: fc.constant('map' as const),
    entries: fc.array(
      fc.record({
        key: fc.constantFrom(...KEYS),
        value: tie('node'),
        before: fc.constantFrom(...TRIVIA),
        after: fc.constantFrom(...TRAILING),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    tail: fc.constantFrom(...TRIVIA),
  }),
  seq: fc.record({
    t: fc.constant('seq' as const),
    items: fc.array(
      fc.record({
        value: tie('node'),
        before: fc.constantFrom(...TRIVIA),
        after: fc.constantFrom(...TRAILING),
        bare: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    tail: fc.constantFrom(...TRIVIA),
  }),
}));

interface Style {
  step: number;
  crlf: boolean;
  marker: boolean;
  header: boolean;
  finalNewline: boolean;
  sameIndentSeq: boolean;
}

/** The lines of a trivia block, indented by `pad` unless it asks for an absolute column (`^`). */
function trivia(block: string, pad: string): string[] {
  const absolute = block.startsWith('^');
  return (absolute ? block.slice(1) : block)
    .split('\n')
    .slice(0, -1)
    .map((l) => (l === '' || absolute ? l : `${pad}${l}`));
}

function inline(node: Tree): string | undefined {
  const sp = (n: number) => ' '.repeat(n);
  switch (node.t) {
    case 'scalar':
      return node.v;
    case 'flowSeq':
      return `[${sp(node.pad % 2)}${node.items.join(`${sp(node.pad >> 1)},${sp(1 - (node.pad % 2))}`)}${sp(node.pad % 2)}]`;
    case 'flowMap':
      return `{${sp(node.pad % 2)}${node.entries.map(([k, v]) => `${k}: ${v}`).join(', ')}${sp(node.pad >> 1)}}`;
    case 'empty':
      return '';
    default:
      return undefined;
  }
}

/** Renders `node` as the value after `head` (a `key:` or a `-`) on a line indented `indent`. */
function render(node: Tree, indent: number, head: string, after: string, style: Style, out: string[]): void {
  const pad = ' '.repeat(indent);
  const inner = indent + style.step;
  const text = inline(node);
  if (text !== undefined) {
    out.push(`${pad}${head}${text === '' ? '' : ' '}${text}${after}`);
    return;
  }
  if (node.t === 'block') {
    const header = ['|', '>', '|-', '>-'][node.chomp]!;
    out.push(`${pad}${head} ${header}${after}`);
    // ' ' stands for a blank line of one space, '' for an empty one.
    for (const l of node.lines) out.push(l === '' || l === ' ' ? l : `${' '.repeat(inner)}${l}`);
    return;
  }
  out.push(`${pad}${head}${after}`);
  // A sequence under a key may sit at the key's own indentation.
  const childIndent = node.t === 'seq' && head.endsWith(':') && style.sameIndentSeq ? indent : inner;
  block(node, childIndent, style, out);
}

function block(node: Tree, indent: number, style: Style, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (node.t === 'map') {
    for (const e of node.entries) {
      out.push(...trivia(e.before, pad));
      render(e.value, indent, `${e.key}:`, e.after, style, out);
    }
    out.push(...trivia(node.tail, pad));
  } else if (node.t === 'seq') {
    for (const item of node.items) {
      out.push(...trivia(item.before, pad));
      if (item.value.t === 'map' && !item.bare) {
        // `- key: value`, the mapping indented to its first key.
        const lines: string[] = [];
        block(item.value, indent + 2, style, lines);
        const first = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
        lines[first] = `${pad}- ${lines[first]!.slice(indent + 2)}`;
        out.push(...lines);
      } else render(item.value, indent, '-', item.after, style, out);
    }
    out.push(...trivia(node.tail, pad));
  }
}

function renderDocument(root: Tree, style: Style): string {
  const out: string[] = [];
  if (style.header) out.push('# yaml-language-server: $schema=../schemas/plan.schema.json', '#');
  if (style.marker) out.push('---');
  const top: Tree =
    root.t === 'map' || root.t === 'seq'
      ? root
      : { t: 'map', entries: [{ key: 'k', value: root, before: '', after: '' }], tail: '' };
  block(top, 0, style, out);
  const text = out.join(style.crlf ? '\r\n' : '\n');
  return style.finalNewline ? text + (style.crlf ? '\r\n' : '\n') : text;
}

const style: fc.Arbitrary<Style> = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  crlf: fc.boolean(),
  marker: fc.boolean(),
  header: fc.boolean(),
  finalNewline: fc.boolean(),
  sameIndentSeq: fc.boolean(),
});

/** Edits a line of a real plan: the typos and slips a person makes. */
const MUTATIONS = ['delete', 'duplicate', 'indent', 'dedent', 'insert', 'swap'] as const;
const INSERTS = [
  '\t',
  ':',
  ': ',
  "'",
  '"',
  '#',
  ' #',
  '- ',
  '{',
  '}',
  '[',
  ']',
  ',',
  ' ',
  '  ',
  '\r\n',
  '\n',
  '|',
  '>-',
  '&a ',
  '*a',
  '!x ',
  '---\n',
  '? ',
  '\\',
  '~',
  '%',
];

function mutate(text: string, edits: { op: (typeof MUTATIONS)[number]; line: number; col: number; insert: string }[]) {
  const lines = text.split('\n');
  for (const { op, line, col, insert } of edits) {
    const i = line % lines.length;
    const l = lines[i]!;
    switch (op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, l);
        break;
      case 'indent':
        lines[i] = ` ${col % 2 ? ' ' : ''}${l}`;
        break;
      case 'dedent':
        lines[i] = l.replace(/^ {1,2}/, '');
        break;
      case 'insert': {
        const at = col % (l.length + 1);
        lines[i] = l.slice(0, at) + insert + l.slice(at);
        break;
      }
      case 'swap': {
        const j = (i + 1) % lines.length;
        [lines[i], lines[j]] = [lines[j]!, l];
        break;
      }
    }
  }
  return lines.join('\n');
}

/**
 * Fixed seeds, so that a failure is reproducible. FUZZ_SEED and FUZZ_RUNS run others, for a
 * longer hunt: `FUZZ_SEED=5 FUZZ_RUNS=50000 npx vitest run test/readers/yaml-fast.test.ts`.
 */
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 0);
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 0);
const runs = (n: number) => FUZZ_RUNS || n;

describe('the fuzzer', () => {
  it('agrees with yaml on generated plan-like YAML', () => {
    const seen = { fast: 0, bail: 0 };
    fc.assert(
      fc.property(tree, style, (root, s) => {
        seen[check(renderDocument(root, s))]++;
      }),
      { seed: 20261122 + FUZZ_SEED, numRuns: runs(4000) },
    );
    // The generator must exercise the comparison, not only the bail-outs.
    expect(seen.fast).toBeGreaterThan(runs(4000) / 4);
    expect(seen.bail).toBeGreaterThan(runs(4000) / 10);
  }, 600_000);

  it('agrees with yaml on mutated real plans', () => {
    const texts = [...examples, ...templates].map(([, text]) => text!);
    const edit = fc.record({
      op: fc.constantFrom(...MUTATIONS),
      line: fc.nat(),
      col: fc.nat(),
      insert: fc.constantFrom(...INSERTS),
    });
    const seen = { fast: 0, bail: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => {
        seen[check(mutate(text, edits))]++;
      }),
      { seed: 7 + FUZZ_SEED, numRuns: runs(2000) },
    );
    expect(seen.fast).toBeGreaterThan(runs(2000) / 5);
  }, 600_000);
});
