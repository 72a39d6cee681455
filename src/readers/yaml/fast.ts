/**
 * A fast path for the YAML that plans are written in: block mappings and sequences, one-line
 * flow collections, one-line scalars, folded and literal block scalars, and comments. It gives
 * the same positioned tree as `fromDocument(parseDocument(text, PARSE_OPTIONS))` (with toJS,
 * 10 to 20 times faster than parseDocument + toJS and in a third of the memory: see
 * src/tools/bench-yaml.ts), or `undefined` as soon as the text holds anything else, or anything
 * that might be an error or a warning: the caller then parses with `yaml`, which stays the
 * reference, the fallback and the author of every error message. When in doubt, this bails out.
 *
 * The ranges are yaml's, including its less obvious choices, which follow from how its parser
 * attaches comments and blank lines (see `Cursor.skipTrivia` and `closeCollection`). Plain
 * scalars are resolved by yaml's own core-schema tags, and escaped quoted scalars by yaml's
 * own scalar resolver: no value is decided here.
 */
import { CST, Document, isScalar, type ScalarTag } from 'yaml';
import type { PosMap, PosNode, PosPair, PosScalar, PosSeq, Range } from './pos-tree.js';

/** The options plans are parsed with (parse.ts); the fast path answers for these. */
export const PARSE_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: true,
  strict: true,
  keepSourceTokens: false,
} as const;

/**
 * The positioned tree for `text`: null for a document with no content (blank or comments only),
 * undefined when the text needs the `yaml` package (see the file comment).
 */
export function fastParse(text: string): PosNode | null | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  try {
    return new Cursor(text).document();
  } catch (err) {
    // A RangeError is the stack running out on absurdly deep nesting: yaml's to deal with.
    if (err === BAIL || err instanceof RangeError) return undefined;
    throw err;
  }
}

/**
 * Characters the fast path leaves to yaml wherever they appear: tabs (indentation errors, or
 * whitespace rules that differ from spaces), a CR that does not end a line, other control
 * characters, C1 controls, a byte order mark, line and paragraph separators, lone surrogates.
 * One regular expression over the whole text is far cheaper than a test per character.
 */
const UNSUPPORTED_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\t\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Thrown (never as an Error: no stack trace to build) to leave the text to yaml. */
const BAIL = Symbol('bail');
function bail(): never {
  throw BAIL;
}

// Character codes.
const LF = 10;
const CR = 13;
const SPACE = 32;
const HASH = 35; // #
const QUOTE_DOUBLE = 34; // "
const QUOTE_SINGLE = 39; // '
const COMMA = 44;
const DASH = 45; // -
const DOT = 46; // .
const COLON = 58;
const QUESTION = 63;
const BACKSLASH = 92;
const OPEN_SEQ = 91; // [
const CLOSE_SEQ = 93; // ]
const OPEN_MAP = 123; // {
const CLOSE_MAP = 125; // }
const PIPE = 124; // |
const GREATER = 62; // >

/**
 * Characters a plain scalar may not start with here: indicators for syntax outside the subset
 * (`!` tags, `&` anchors, `*` aliases, `|` `>` block scalars, `%` directives, `?` explicit keys,
 * `:` empty keys) and characters yaml reports as errors (`@`, backtick, `,`, `]`, `}`). Flow
 * collections and quotes are dispatched before this table is consulted.
 */
const BAD_START = new Uint8Array(128);
for (const ch of '!&*|>%?:@`,]}#') BAD_START[ch.charCodeAt(0)] = 1;

/**
 * Whether a plain scalar starting with this character can resolve to anything but a string in
 * the YAML 1.2 core schema: null (`~`, `null`, empty), booleans (`true`, `false` in three
 * casings), ints, floats and `.inf`/`.nan` all start with one of these; words starting with a
 * letter (LETTER) are typed only at the length of null, true or false. Anything else is a string
 * without running yaml's tag tests, which would cost eight regular expressions per value.
 * test/readers/yaml-fast.test.ts pins the schema's tags, so a yaml upgrade that changes the core
 * schema fails there first.
 */
const MAY_BE_TYPED = new Uint8Array(128);
const LETTER = 2;
const LOWER_F = 102;
const UPPER_F = 70;
for (const ch of '~0123456789-+.') MAY_BE_TYPED[ch.charCodeAt(0)] = 1;
for (const ch of 'nNtTfF') MAY_BE_TYPED[ch.charCodeAt(0)] = LETTER;

/** yaml's core-schema tags and options, from a Document made with the options plans use. */
const REFERENCE = new Document(null, PARSE_OPTIONS);
const DEFAULT_SCALAR_TAGS = REFERENCE.schema.tags.filter(
  (tag): tag is ScalarTag => tag.default === true && 'test' in tag && tag.test instanceof RegExp,
);
/** Resolved plain scalars that may be typed: dates and numbers repeat a lot in a plan. */
const typedCache = new Map<string, unknown>();
const TYPED_CACHE_LIMIT = 4096;

/** A plain scalar's value, as yaml's composer decides it (findScalarTagByTest, then resolve). */
function plainValue(source: string): unknown {
  const first = source.charCodeAt(0);
  const typed = first < 128 ? MAY_BE_TYPED[first] : 0;
  if (typed === 0) return source;
  // null, true and false in their casings are the only typed words: the keys and names of a
  // plan that start with these letters need no tag test.
  if (typed === LETTER && source.length !== (first === LOWER_F || first === UPPER_F ? 5 : 4)) return source;
  const cached = typedCache.get(source);
  if (cached !== undefined || typedCache.has(source)) return cached;
  let value: unknown = source;
  for (const tag of DEFAULT_SCALAR_TAGS) {
    if (!tag.test!.test(source)) continue;
    let failed = false;
    const res = tag.resolve(
      source,
      () => {
        failed = true;
      },
      REFERENCE.options,
    );
    if (failed) bail();
    value = isScalar(res) ? res.value : res;
    break;
  }
  if (typeof value === 'bigint' || (typeof value === 'object' && value !== null)) bail();
  if (typedCache.size >= TYPED_CACHE_LIMIT) typedCache.clear();
  typedCache.set(source, value);
  return value;
}

/** A quoted scalar's value; escapes are left to yaml's own resolver. */
function quotedValue(text: string, start: number, end: number, escaped: boolean): string {
  if (!escaped) return text.slice(start + 1, end - 1);
  const source = text.slice(start, end);
  let failed = false;
  const type = text.charCodeAt(start) === QUOTE_DOUBLE ? 'double-quoted-scalar' : 'single-quoted-scalar';
  const res = CST.resolveAsScalar({ type, offset: 0, indent: 0, source }, true, () => {
    failed = true;
  });
  if (failed || !res || typeof res.value !== 'string') bail();
  return res.value;
}

function scalar(start: number, end: number, value: unknown): PosScalar {
  return { kind: 'scalar', range: [start, end], value };
}

/**
 * Reads the text line by line. Between two calls the cursor stands on a content line (not
 * blank, not a comment): `pos` is its first non-space character, `col` its indentation; at the
 * end of the text `pos` is the text's length and `col` is -1.
 */
class Cursor {
  private readonly len: number;
  private pos = 0;
  private col = -1;
  /** Where the current content line starts. */
  private lineStart = 0;

  // What the last skipTrivia found between the previous value and the current line.
  /** End of the comment lines yaml attaches to the previous scalar or flow value (its range[2]). */
  private attachEnd = 0;
  /** Whether any comment (on any skipped line) was seen. */
  private anyComment = false;

  /**
   * The comments and blank lines that follow the last value of the innermost collection and
   * that yaml keeps as a "trailing item" of that collection, moved outwards while it closes:
   * whether there is one with a comment, the deepest indentation of its comments, and its end
   * (the start of the next content). See closeCollection.
   */
  private trailPending = false;
  private trailMaxIndent = -1;
  private trailEnd = 0;

  /** Past the first content line: from then on a document marker is left to yaml. */
  private started = false;

  /** range[2] of the node just parsed: where yaml's parent collection takes its end from. */
  private end2 = 0;

  constructor(private readonly text: string) {
    this.len = text.length;
  }

  private code(i: number): number {
    return this.text.charCodeAt(i);
  }

  /** True at the end of a line: LF, CRLF, or the end of the text. */
  private atEol(i: number): boolean {
    if (i >= this.len) return true;
    const c = this.text.charCodeAt(i);
    return c === LF || c === CR;
  }

  /** Space, line end or end of text: what must follow an indicator (`-`, `:`). */
  private isBlank(i: number): boolean {
    return i >= this.len || this.text.charCodeAt(i) === SPACE || this.atEol(i);
  }

  private skipSpaces(i: number): number {
    while (i < this.len && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** The position after the line end at or after `i` (after the LF), or the text's length. */
  private nextLine(i: number): number {
    const nl = this.text.indexOf('\n', i);
    return nl === -1 ? this.len : nl + 1;
  }

  document(): PosNode | null {
    this.skipTrivia(0, -1);
    this.started = true;
    if (this.col === 0 && this.isMarker(this.pos)) {
      // One leading `---` (after comments, before the content) changes nothing in the ranges.
      if (this.code(this.pos) !== DASH) bail();
      const after = this.skipSpaces(this.pos + 3);
      if (!this.atEol(after) && !(this.code(after) === HASH && after > this.pos + 3)) bail();
      this.skipTrivia(this.nextLine(after), -1);
      if (this.atEnd()) bail(); // `---` alone is an empty scalar document, not an empty one
    }
    if (this.atEnd()) return null;
    if (this.col !== 0) bail();
    const root = this.blockNode(0);
    if (!this.atEnd()) bail();
    return root;
  }

  /** Past the last content line. */
  private atEnd(): boolean {
    return this.col === -1;
  }

  /** `---` or `...` at the start of a line, followed by a blank: a document marker. */
  private isMarker(i: number): boolean {
    const c = this.code(i);
    return (c === DASH || c === DOT) && this.code(i + 1) === c && this.code(i + 2) === c && this.isBlank(i + 3);
  }

  /**
   * Moves to the next content line from `from`, the start of a line, past blank and comment
   * lines; `indent` is the indentation of the innermost open block collection. Records what
   * yaml's parser does with those lines after a scalar or flow value of that collection: comment
   * lines indented deeper than the collection, with only blank lines between them and the value,
   * join the value's end; the rest (blank lines, and every line from the first comment that is
   * not indented deeper) becomes the collection's trailing item.
   */
  private skipTrivia(from: number, indent: number): void {
    const text = this.text;
    const len = this.len;
    let i = from;
    let attaching = true;
    this.attachEnd = from;
    this.anyComment = false;
    this.trailMaxIndent = -1;
    while (i < len) {
      let j = i;
      while (j < len && text.charCodeAt(j) === SPACE) j++;
      if (j >= len) break;
      const c = text.charCodeAt(j);
      if (c === LF) {
        i = j + 1;
        continue;
      }
      if (c === CR) {
        i = j + 2; // a CR is always followed by LF here (UNSUPPORTED_CHARS)
        continue;
      }
      if (c === HASH) {
        const end = this.nextLine(j);
        const commentIndent = j - i;
        this.anyComment = true;
        if (attaching && commentIndent > indent) this.attachEnd = end;
        else {
          attaching = false;
          if (commentIndent > this.trailMaxIndent) this.trailMaxIndent = commentIndent;
        }
        i = end;
        continue;
      }
      // A document marker after the start: a second document, or a document end.
      if (j === i && this.started && this.isMarker(j)) bail();
      this.lineStart = i;
      this.pos = j;
      this.col = j - i;
      this.trailEnd = j;
      this.trailPending = this.trailMaxIndent >= 0;
      return;
    }
    this.lineStart = len;
    this.pos = len;
    this.col = -1;
    this.trailEnd = len;
    this.trailPending = this.trailMaxIndent >= 0;
  }

  /**
   * What yaml's parser does with a collection's trailing item when the collection closes: it
   * moves outwards unless the collection is indented and one of its comments is indented at
   * least as deep as the collection, in which case the collection ends where the item ends.
   * Returns the collection's range[2]; `end1` is its range[1] (its last value's range[2]).
   */
  private closeCollection(indent: number, end1: number): number {
    if (this.trailPending && indent !== 0 && this.trailMaxIndent >= indent) {
      this.trailPending = false;
      return this.trailEnd;
    }
    return end1;
  }

  /** `-` followed by a blank at `i`: a block sequence item. */
  private isSeqItem(i: number): boolean {
    return this.code(i) === DASH && this.isBlank(i + 1);
  }

  /** A block collection starting at the cursor, indented `indent`. */
  private blockNode(indent: number): PosNode {
    if (this.isSeqItem(this.pos)) return this.blockSeq(indent);
    return this.blockMap(indent);
  }

  /** A block mapping; `keyRead` when its first key has just been read (see `key`). */
  private blockMap(indent: number, keyRead = false): PosMap {
    const start = keyRead ? this.keyStart : this.pos;
    const pairs: PosPair[] = [];
    let seen: Set<string> | undefined;
    let end1: number;
    for (;;) {
      if (!keyRead && !this.key(this.pos)) bail();
      keyRead = false;
      const key = this.keyString;
      const keyRange: Range = [this.keyStart, this.keyEnd];
      const keyNull = this.keyNull;
      // Keys must be unique. yaml compares resolved values; equal strings is a wider net
      // (`1` and `'1'`), and leaving those to yaml costs nothing. A plan's mappings are small:
      // a scan beats a Set until they are not.
      if (seen) {
        if (seen.has(key)) bail();
        seen.add(key);
      } else {
        for (const p of pairs) if (p.key === key) bail();
        if (pairs.length >= 32) seen = new Set(pairs.map((p) => p.key)).add(key);
      }
      let value: PosNode;
      let valueEnd: number;
      const p = this.skipSpaces(this.pos);
      if (this.atEol(p) || this.code(p) === HASH) {
        const lineComment = !this.atEol(p);
        this.skipTrivia(this.nextLine(p), indent);
        if (this.col > indent || (this.col === indent && this.isSeqItem(this.pos))) {
          value = this.blockNode(this.col);
          valueEnd = this.end2;
          if (this.col > indent) bail();
        } else {
          ({ value, valueEnd } = this.emptyValue(p, lineComment));
        }
      } else {
        ({ value, valueEnd } = this.scalarValue(p, indent));
      }
      const pair: PosPair = { key, keyRange, value };
      if (keyNull) pair.jsKey = '';
      pairs.push(pair);
      end1 = valueEnd;
      if (this.col < indent) break;
      // A `-` at the mapping's own indentation after a value is an error.
      if (this.isSeqItem(this.pos)) bail();
      this.trailPending = false; // the comments become part of the next key
    }
    this.end2 = this.closeCollection(indent, end1);
    return { kind: 'map', range: [start, end1], flow: false, pairs };
  }

  private blockSeq(indent: number): PosSeq {
    const start = this.pos;
    const items: PosNode[] = [];
    let end1: number;
    // Whether the comments before this item's `-` are part of it: yaml puts the trailing item
    // left by the previous value into the next item's start, and an empty item takes the end of
    // its start as its own end when that start holds a comment.
    let commentBefore = false;
    for (;;) {
      let value: PosNode;
      let valueEnd: number;
      const p = this.skipSpaces(this.pos + 1);
      if (this.atEol(p) || this.code(p) === HASH) {
        const lineComment = !this.atEol(p) || commentBefore;
        this.skipTrivia(this.nextLine(p), indent);
        if (this.col > indent) {
          value = this.blockNode(this.col);
          valueEnd = this.end2;
          if (this.col > indent) bail();
        } else {
          ({ value, valueEnd } = this.emptyValue(p, lineComment));
        }
      } else if (this.isSeqItem(p)) {
        bail(); // `- - a`
      } else if (this.key(p)) {
        // `- key: value`: a mapping indented to its first key, which goes on on the next lines.
        value = this.blockMap(p - this.lineStart, true);
        valueEnd = this.end2;
        if (this.col > indent) bail();
      } else {
        ({ value, valueEnd } = this.scalarValue(p, indent));
      }
      items.push(value);
      end1 = valueEnd;
      // The sequence ends at a shallower line, or at one of its own indentation that is not an item
      // (the next key of a mapping at the same indentation, or an error the parent bails on).
      if (this.col < indent || !this.isSeqItem(this.pos)) break;
      commentBefore = this.trailPending;
      this.trailPending = false;
    }
    this.end2 = this.closeCollection(indent, end1);
    return { kind: 'seq', range: [start, end1], flow: false, items };
  }

  /**
   * An empty value (`key:`, `-`): a null scalar just after the indicator and its spaces. yaml
   * gives it the comments and blank lines that follow, so with any comment among them its end
   * (range[2]) is the start of the next content; without, it ends where it starts.
   */
  /**
   * A block scalar or an inline value at `p`, in a mapping or a sequence, and where it ends; the
   * next line indented past `indent` means a multi-line scalar or an indentation error: yaml's.
   */
  private scalarValue(p: number, indent: number): { value: PosNode; valueEnd: number } {
    let value: PosNode;
    let valueEnd: number;
    if (this.isBlockScalar(p)) {
      value = this.blockScalar(p, indent);
      valueEnd = value.range[1];
    } else {
      value = this.inlineValue(p);
      this.skipTrivia(this.nextLine(this.pos), indent);
      valueEnd = this.attachEnd;
    }
    if (this.col > indent) bail();
    return { value, valueEnd };
  }

  private emptyValue(p: number, lineComment: boolean): { value: PosScalar; valueEnd: number } {
    this.trailPending = false;
    return { value: scalar(p, p, null), valueEnd: lineComment || this.anyComment ? this.trailEnd : p };
  }

  // The key `key` read last (fields rather than an object: a plan has a key on every line).
  private keyString = '';
  private keyNull = false;
  private keyStart = 0;
  private keyEnd = 0;

  /**
   * Reads a key at `i` followed by `:` and a blank, on one line: a plain or quoted scalar.
   * Leaves the cursor's `pos` after the colon. False when the line at `i` is not a key.
   */
  private key(i: number): boolean {
    const c = this.code(i);
    let end: number;
    let value: unknown;
    if (c === QUOTE_DOUBLE || c === QUOTE_SINGLE) {
      end = this.quotedEnd(i);
      const colon = this.skipSpaces(end);
      if (this.code(colon) !== COLON || !this.isBlank(colon + 1)) return false;
      if (colon - i > 1000) bail(); // yaml's limit: the colon at most 1024 characters from the key
      value = quotedValue(this.text, i, end, this.escaped);
      this.pos = colon + 1;
    } else {
      if (c === OPEN_SEQ || c === OPEN_MAP || this.badPlainStart(i)) return false;
      const colon = this.plainEnd(i, false);
      if (this.code(colon) !== COLON) return false;
      if (colon - i > 1000) bail(); // yaml's limit: the colon at most 1024 characters from the key
      end = this.trimEnd(i, colon);
      const source = this.text.slice(i, end);
      if (source === '<<') bail(); // a merge key in other schemas; left to yaml
      value = plainValue(source);
      this.pos = colon + 1;
    }
    this.keyString = String(value);
    this.keyNull = value === null;
    this.keyStart = i;
    this.keyEnd = end;
    return true;
  }

  /** Whether a plain scalar cannot start at `i` in the subset (block or flow context). */
  private badPlainStart(i: number): boolean {
    const c = this.code(i);
    if (c < 128 && BAD_START[c] === 1) return true;
    return c === DASH && this.isBlank(i + 1);
  }

  /**
   * Where a one-line plain scalar starting at `i` stops: at the line end, at ` #`, or at a `:`
   * indicator (a `:` followed by a blank; in flow context also by a flow indicator), where it
   * returns the colon's position. In flow context it also stops at `,` `]` `}`, and bails at
   * what would need more than one line or make a syntax error (`[`, `{`, a comment, the line end).
   */
  private plainEnd(i: number, flow: boolean): number {
    const text = this.text;
    const len = this.len;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) {
        if (flow) bail();
        return i;
      }
      if (c === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) {
          if (flow) bail();
          return i;
        }
      } else if (c === COLON) {
        const n = text.charCodeAt(i + 1);
        if (i + 1 >= len || n === SPACE || n === LF || n === CR) return i;
        if (flow && (n === COMMA || n === OPEN_SEQ || n === CLOSE_SEQ || n === OPEN_MAP || n === CLOSE_MAP)) return i;
      } else if (flow) {
        if (c === COMMA || c === CLOSE_SEQ || c === CLOSE_MAP) return i;
        if (c === OPEN_SEQ || c === OPEN_MAP) bail();
      }
    }
    if (flow) bail();
    return i;
  }

  /** `end` moved back over spaces, not past `start`. */
  private trimEnd(start: number, end: number): number {
    while (end > start && this.text.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  /** Set by quotedEnd: whether the scalar holds an escape (`\` or `''`). */
  private escaped = false;

  /** The position after the closing quote of the quoted scalar at `i`; it must close on its line. */
  private quotedEnd(i: number): number {
    const text = this.text;
    const len = this.len;
    const quote = text.charCodeAt(i);
    this.escaped = false;
    for (let j = i + 1; j < len; j++) {
      const c = text.charCodeAt(j);
      if (c === LF || c === CR) bail();
      if (quote === QUOTE_DOUBLE) {
        if (c === BACKSLASH) {
          this.escaped = true;
          j++;
          if (this.atEol(j)) bail();
        } else if (c === QUOTE_DOUBLE) return j + 1;
      } else if (c === QUOTE_SINGLE) {
        if (text.charCodeAt(j + 1) !== QUOTE_SINGLE) return j + 1;
        this.escaped = true;
        j++;
      }
    }
    return bail();
  }

  /**
   * A value on the current line at `p` in block context: a flow collection or a scalar, then
   * only spaces and a comment. Leaves `pos` on the line end.
   */
  private inlineValue(p: number): PosNode {
    const c = this.code(p);
    let node: PosNode;
    let end: number;
    if (c === OPEN_SEQ || c === OPEN_MAP) {
      node = this.flowCollection(p);
      end = this.pos;
    } else if (c === QUOTE_DOUBLE || c === QUOTE_SINGLE) {
      end = this.quotedEnd(p);
      node = scalar(p, end, quotedValue(this.text, p, end, this.escaped));
    } else {
      if (this.badPlainStart(p)) bail();
      const stop = this.plainEnd(p, false);
      if (this.code(stop) === COLON) bail(); // `a: b: c`, or a key where a value was expected
      end = this.trimEnd(p, stop);
      node = scalar(p, end, plainValue(this.text.slice(p, end)));
    }
    const after = this.skipSpaces(end);
    if (!this.atEol(after) && !(this.code(after) === HASH && after > end)) bail();
    this.pos = after;
    return node;
  }

  private isBlockScalar(p: number): boolean {
    const c = this.code(p);
    return c === PIPE || c === GREATER;
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar at `p`, the value of a collection indented
   * `indent`: the header with an optional strip indicator (`-`; keep `+` and explicit
   * indentation digits are left to yaml), then lines indented deeper than the collection,
   * the first of which sets the scalar's indentation. Blank lines must not be indented deeper
   * than that (yaml keeps such lines in ways not worth copying). yaml's parser attaches nothing
   * to a block scalar: it ends (range[1] = range[2]) after its last non-blank line, and every
   * comment after it belongs to the collection's trailing item. Its value is yaml's own
   * resolver's, which also confirms the range. Leaves the cursor on the next content line.
   */
  private blockScalar(p: number, indent: number): PosScalar {
    const text = this.text;
    let h = p + 1;
    if (this.code(h) === DASH) h++;
    if (!this.isBlank(h)) bail();
    const props: CST.SourceToken[] = [{ type: 'block-scalar-header', offset: p, indent, source: text.slice(p, h) }];
    let i = this.skipSpaces(h);
    if (i > h) props.push({ type: 'space', offset: h, indent, source: text.slice(h, i) });
    if (this.code(i) === HASH) {
      if (i === h) bail();
      const c = i;
      while (!this.atEol(i)) i++;
      props.push({ type: 'comment', offset: c, indent, source: text.slice(c, i) });
    }
    const bodyStart = this.nextLine(i);
    if (bodyStart >= this.len) bail();
    props.push({ type: 'newline', offset: i, indent, source: text.slice(i, bodyStart) });
    const first = this.skipSpaces(bodyStart);
    const contentIndent = first - bodyStart;
    // A leading blank line, or a first line that is not indented deeper: left to yaml.
    if (this.atEol(first) || contentIndent <= indent) bail();
    let sourceEnd = bodyStart;
    for (let line = bodyStart; line < this.len; ) {
      const j = this.skipSpaces(line);
      const spaces = j - line;
      if (j >= this.len) {
        if (spaces > 0) bail(); // spaces at the very end, with no line end
        break;
      }
      if (this.atEol(j)) {
        if (spaces > contentIndent) bail();
        line = this.nextLine(j);
        continue;
      }
      if (spaces < contentIndent) break; // the first line after the scalar (maybe a comment)
      line = this.nextLine(j);
      sourceEnd = line;
    }
    const token: CST.BlockScalar = {
      type: 'block-scalar',
      offset: p,
      indent,
      props,
      source: text.slice(bodyStart, sourceEnd),
    };
    let failed = false;
    const res = CST.resolveAsScalar(token, true, () => {
      failed = true;
    });
    if (failed || !res || typeof res.value !== 'string' || res.range[1] !== sourceEnd) bail();
    // Nothing attaches to a block scalar: every comment goes to the trailing item.
    this.skipTrivia(sourceEnd, Number.POSITIVE_INFINITY);
    return scalar(p, sourceEnd, res.value);
  }

  /** A flow collection that opens at `open` and closes on the same line. Leaves `pos` after it. */
  private flowCollection(open: number): PosMap | PosSeq {
    const isMap = this.code(open) === OPEN_MAP;
    const close = isMap ? CLOSE_MAP : CLOSE_SEQ;
    const items: PosNode[] = [];
    const pairs: PosPair[] = [];
    let i = this.skipSpaces(open + 1);
    if (this.code(i) === close) {
      this.pos = i + 1;
      return isMap
        ? { kind: 'map', range: [open, i + 1], flow: true, pairs }
        : { kind: 'seq', range: [open, i + 1], flow: true, items };
    }
    for (;;) {
      if (isMap) {
        const c = this.code(i);
        let keyEnd: number;
        let value: unknown;
        if (c === QUOTE_DOUBLE || c === QUOTE_SINGLE) {
          keyEnd = this.quotedEnd(i);
          value = quotedValue(this.text, i, keyEnd, this.escaped);
        } else {
          if (c === OPEN_SEQ || c === OPEN_MAP || this.badPlainStart(i)) bail();
          keyEnd = this.trimEnd(i, this.plainEnd(i, true));
          if (keyEnd === i) bail();
          const source = this.text.slice(i, keyEnd);
          if (source === '<<') bail();
          value = plainValue(source);
        }
        const colon = this.skipSpaces(keyEnd);
        // `{ a }` and `{ a:b }` have no value; `{ "a":1 }` is valid but left to yaml.
        if (this.code(colon) !== COLON || this.code(colon + 1) !== SPACE) bail();
        const key = String(value);
        for (const p of pairs) if (p.key === key) bail();
        const v = this.skipSpaces(colon + 1);
        const pair: PosPair = { key, keyRange: [i, keyEnd], value: this.flowValue(v) };
        if (value === null) pair.jsKey = '';
        pairs.push(pair);
      } else {
        items.push(this.flowValue(i));
      }
      i = this.skipSpaces(this.pos);
      const c = this.code(i);
      if (c === close) break;
      if (c !== COMMA) bail(); // includes `[a: b]`, a line end, and a closing bracket of the wrong kind
      i = this.skipSpaces(i + 1);
      if (this.code(i) === close || this.code(i) === COMMA) bail(); // a trailing or doubled comma
    }
    this.pos = i + 1;
    return isMap
      ? { kind: 'map', range: [open, i + 1], flow: true, pairs }
      : { kind: 'seq', range: [open, i + 1], flow: true, items };
  }

  /** A value inside a flow collection at `i`. Leaves `pos` after it. */
  private flowValue(i: number): PosNode {
    const c = this.code(i);
    if (c === OPEN_SEQ || c === OPEN_MAP) return this.flowCollection(i);
    if (c === QUOTE_DOUBLE || c === QUOTE_SINGLE) {
      const end = this.quotedEnd(i);
      this.pos = end;
      return scalar(i, end, quotedValue(this.text, i, end, this.escaped));
    }
    // `-`, `?` and `:` before a flow indicator are indicators too.
    if (this.badPlainStart(i) || ((c === DASH || c === QUESTION) && isFlowIndicator(this.code(i + 1)))) bail();
    const stop = this.plainEnd(i, true);
    const end = this.trimEnd(i, stop);
    if (end === i) bail(); // an empty value: `[a, , b]`, `{ a: , b: 1 }`
    this.pos = end;
    return scalar(i, end, plainValue(this.text.slice(i, end)));
  }
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === OPEN_SEQ || c === CLOSE_SEQ || c === OPEN_MAP || c === CLOSE_MAP;
}
