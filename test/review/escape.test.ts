/**
 * The review's escaping, one function per kind of output: each must keep the text as written
 * and give nothing in it a meaning, whatever a plan holds. Checked against the real readers:
 * the HTML parser, CommonMark (marked, which mermaid ships) and mermaid's gantt parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { html, md, mermaid } from '../../src/review/escape.js';

const NASTY =
  'Pipe | back`tick` \\ #hash: colon; semi %% <script>alert(1)</script> </svg> & *bold* _em_ [link](x) {brace} $x$ ~~s~~ 02:00';

/** What html() drops: C0 controls but tab, line feed and carriage return; DEL; U+FFFE and U+FFFF. */
const forbidden = (c: string) => {
  const n = c.codePointAt(0)!;
  return (n < 32 && n !== 9 && n !== 10 && n !== 13) || n === 0x7f || n === 0xfffe || n === 0xffff;
};

describe('html()', () => {
  it('writes & < > " \' as entities, so text and attribute values stay text', () => {
    expect(html(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('round-trips any text through an HTML parser, in an element and in an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        // The parser reads \r\n and \r as \n, as every browser does.
        const kept = [...s]
          .filter((c) => !forbidden(c))
          .join('')
          .replace(/\r\n?/g, '\n');
        const doc = new JSDOM(`<p title="${html(s)}">${html(s)}</p><svg><text>${html(s)}</text></svg>`).window.document;
        expect(doc.querySelector('p')!.textContent).toBe(kept);
        expect(doc.querySelector('p')!.getAttribute('title')).toBe(kept);
        expect(doc.querySelectorAll('script, svg p, body > text')).toHaveLength(0);
      }),
      { numRuns: 100 },
    );
  });

  it('drops the control characters XML forbids', () => {
    expect(html('a\u0000b\u0007c\u001fd\tE\nF')).toBe('abcd\tE\nF');
  });
});

describe('md()', () => {
  /** The text a CommonMark reader shows for one paragraph of md(). */
  const shown = (s: string) => {
    const doc = new JSDOM(marked.parse(md(s), { async: false }) as string).window.document;
    return { text: doc.body.textContent!.trim(), elements: doc.body.querySelectorAll('*').length };
  };

  it('shows the text exactly as written, as one plain paragraph', () => {
    expect(shown(NASTY)).toEqual({ text: NASTY, elements: 1 });
    for (const s of [
      '# not a heading',
      '- not a list',
      '1. not a list',
      '2) nor this',
      '> not a quote',
      '---',
      '===',
      '+ x',
    ])
      expect(shown(s), s).toEqual({ text: s, elements: 1 });
  });

  it('leaves alone what only looks like a block marker', () => {
    expect(md('99.9% uptime')).toBe('99.9% uptime');
    expect(md('-5°C in the comms room')).toBe('-5°C in the comms room');
    expect(md('- a list')).toBe('\\- a list');
  });

  it('keeps a table row to its columns, and folds line breaks', () => {
    const row = `| ${md('a | b')} | ${md('c\nd')} |`;
    const doc = new JSDOM(marked.parse(`| x | y |\n| --- | --- |\n${row}\n`, { async: false }) as string).window
      .document;
    expect([...doc.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['a | b', 'c d']);
  });

  it('names no one and links nothing: mentions, e-mail and web addresses stay text', () => {
    const s =
      'Ask @alice or @acme/ops, mail bob@example.com, see https://evil.example/x, www.example.com, mailto:a@b.co';
    const doc = new JSDOM(marked.parse(md(s), { async: false, gfm: true }) as string).window.document;
    expect(doc.querySelectorAll('a')).toHaveLength(0);
    // A zero-width space, which no reader shows, keeps each from being read as a mention or a link.
    expect(doc.body.textContent!.trim().replaceAll('\u200b', '')).toBe(s);
    // GitHub finds mentions in the rendered text: no "@" is followed by a name there.
    expect(doc.body.textContent).not.toMatch(/@[a-z0-9]/i);
    expect(md('99.9% at 02:00, a@ b')).toBe('99.9% at 02:00, a@ b');
  });

  it('is shown unchanged for any printable text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab |`\\#:;%<>&*_[](){}$~!-+=.1 \n'.split('')) }), (s) => {
        const want = s.replace(/\n+/g, ' ').trim().replace(/ +/g, ' ');
        if (want === '') return;
        // a zero-width space breaks a line a CI runner would read as a command ("::"); no reader shows it
        expect(
          shown(s)
            .text.replace(/\u200b/g, '')
            .replace(/ +/g, ' '),
        ).toBe(want);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mermaid()', () => {
  type Mermaid = typeof import('mermaid').default;
  let m: Mermaid;
  beforeAll(async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    m = (await import('mermaid')).default;
    m.initialize({ startOnLoad: false });
  }, 60_000);

  /** The name mermaid's gantt model holds for a task named `name`, with its entity codes decoded. */
  async function taskName(name: string, section = 'Work') {
    const chart = `gantt\n    dateFormat YYYY-MM-DD\n    section ${mermaid(section)}\n    ${mermaid(name)} :t1, 2026-03-02, 2026-03-03\n`;
    const diagram = await m.mermaidAPI.getDiagramFromText(chart);
    const tasks = (
      diagram.db as unknown as { getTasks(): { task: string; section: string; startTime: Date }[] }
    ).getTasks();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.startTime.toISOString().slice(0, 10)).toBe('2026-03-02');
    const decode = (s: string) => s.replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n))).trim();
    return { task: decode(tasks[0]!.task), section: decode(tasks[0]!.section) };
  }

  it('writes what Mermaid gives meaning as entity codes, which it draws as the real characters', async () => {
    expect(mermaid('Cutover at 02:00; then #2')).toBe('Cutover at 02#58;00#59; then #35;2');
    expect(await taskName(NASTY, NASTY)).toEqual({ task: NASTY, section: NASTY });
  });

  it('a name that starts like a Mermaid statement stays a task', async () => {
    for (const name of [
      'Section 3 cabling',
      'Title transfer',
      'Excludes weekends',
      'Includes Wi-Fi',
      'Click and collect rollout',
      'dateFormat fix',
      'axisFormat review',
      'todayMarker check',
      'weekday monday cover',
      'gantt chart review',
      '2026-03-02 kick-off',
    ])
      expect((await taskName(name)).task, name).toBe(name);
  });

  it('folds line breaks and never gives an empty name', () => {
    expect(mermaid('a\nb\r\nc')).toBe('a b c');
    expect(mermaid('  ')).toBe('untitled');
  });
});

describe('one escaper for each kind of output', () => {
  it('no other file of the review writes an entity or a backslash escape of its own', () => {
    const dir = new URL('../../src/review/', import.meta.url).pathname;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && f !== 'escape.ts',
    );
    expect(files.length).toBeGreaterThan(20);
    for (const f of files)
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/&(lt|gt|amp|quot|apos|#\d+);|\\\\[|*_`#]/);
  });
});
