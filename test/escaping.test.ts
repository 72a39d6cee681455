/**
 * Issue 14, class 6: text from a plan or a repository leaves pmcheck inert, whatever reads it.
 * One hostile plan goes through the real CLI in every format, and each output is checked the way
 * its consumer reads it: a CI runner scans log lines for `::command::`, a terminal obeys escape
 * sequences, jq rejects lone surrogates, an XML parser rejects U+FFFE, GitHub pings @mentions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import {
  markdownCode,
  markdownText,
  terminalLine,
  terminalName,
  terminalText,
  wellFormed,
  xmlText,
} from '../src/report/escape.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');

const HOSTILE_NAME =
  'Cabling\\n::error::forged\\n::add-mask::secret\\n  ::stop-commands::tok\\n##[error]az\\n\\e[0Ksection_start:1:x\\r\\n' +
  '@octocat https://evil.example www.evil.example \\uD800 \\uFFFE \\u202Eevil <script>|`x`</script> & end';
const PLAN = [
  'pmcheck: 1',
  'project:',
  '  name: "Move \\e]0;pwned\\a\\e[31mRED\\e[0m"',
  '  manager: pat',
  '  status_date: 2026-01-12',
  '  "\\e[2J::warning::unknown": 1',
  'people:',
  '  - { id: pat, name: Pat, role: project-manager }',
  'tasks:',
  '  - id: a',
  `    name: "${HOSTILE_NAME}"`,
  '    owner: pat',
  '    start: 2026-01-05',
  '    finish: 2026-01-09',
  '    kind: cutover',
  '',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'pmcheck-escape-'));
const plan = join(dir, 'hostile.plan.yaml');
writeFileSync(plan, PLAN);

function pmcheck(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C.UTF-8' },
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Lines a CI runner would act on: GitHub's `::`, Azure's `##[`, after any indentation. */
const commandLines = (text: string) => text.split('\n').filter((l) => /^\s*(::|##(vso)?\[)/.test(l));
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('every output of a hostile plan', () => {
  it('the table and stderr: no escape sequence, no control character, no runner command', () => {
    const r = pmcheck(['audit', 'hostile.plan.yaml']);
    expect(r.code).toBe(1);
    for (const text of [r.stdout, r.stderr]) {
      expect(text).not.toMatch(CONTROLS);
      expect(commandLines(text)).toEqual([]);
    }
    // The text is still there to read, only inert.
    expect(r.stdout).toContain('::error::forged');
    expect(r.stdout).toContain('section_start:1:x');
  });

  it("github: only pmcheck's own commands start a line, and no control character reaches the log", () => {
    const r = pmcheck(['audit', 'hostile.plan.yaml', '--format', 'github']);
    const commands = commandLines(r.stdout);
    expect(commands.length).toBeGreaterThan(3);
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) (file=|title=)/);
    expect(r.stdout.split('\n').filter((l) => l && !l.startsWith('::') && !l.startsWith('pmcheck: '))).toEqual([]);
    expect(r.stdout).not.toMatch(CONTROLS);
    expect(r.stdout).toContain('%0A::error::forged%0A::add-mask::secret');
  });

  it('json, sarif and gitlab: well-formed UTF-16 that a strict reader (jq) accepts', () => {
    for (const format of ['json', 'sarif', 'gitlab']) {
      const r = pmcheck(['audit', 'hostile.plan.yaml', '--format', format]);
      expect(r.stdout, format).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i);
      expect(r.stdout, format).not.toMatch(/(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i);
      const parsed = JSON.stringify(JSON.parse(r.stdout));
      expect(parsed, format).not.toMatch(LONE);
      expect(parsed, format).toContain('\ufffd');
    }
  });

  it('junit: well-formed XML 1.0 to a strict parser, with no U+FFFE', () => {
    const r = pmcheck(['audit', 'hostile.plan.yaml', '--format', 'junit']);
    const errors: string[] = [];
    const parser = new SaxesParser({ xmlns: false });
    parser.on('error', (e) => errors.push(e.message));
    parser.write(r.stdout).close();
    expect(errors).toEqual([]);
    expect(r.stdout).not.toContain('\ufffe');
    expect(r.stdout).toContain('&lt;script&gt;');
  });

  it('markdown: no mention that pings, no bare link, no HTML, and the table holds', () => {
    const r = pmcheck(['audit', 'hostile.plan.yaml', '--format', 'markdown']);
    expect(r.stdout).not.toMatch(/@octocat|https:\/\/evil|www\.evil|<script>/);
    expect(r.stdout).not.toMatch(CONTROLS);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| 1'));
    // Four cells in every finding row: no pipe from the plan splits one.
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(6);
  });

  it('stderr: a file name with a line break cannot start a line of its own', () => {
    const named = join(dir, 'x\n::error::forged.plan.yaml');
    writeFileSync(named, 'pmcheck: 1\nproject: [oops\n');
    const r = pmcheck(['audit', dir]);
    expect(r.code).toBe(2);
    expect(commandLines(r.stderr)).toEqual([]);
    expect(r.stderr).toContain('x\\u000a::error::forged.plan.yaml');
  });
});

describe('the escaping functions', () => {
  it('terminalLine drops escape sequences, flattens lines and shows other controls', () => {
    expect(terminalLine('a\u001b[31mred\u001b[0m \u001b]8;;https://x\u0007link\u001b]8;;\u0007')).toBe('ared link');
    expect(terminalLine('a\nb\r\nc\td')).toBe('a b c d');
    expect(terminalLine('bell\u0007 nul\u0000 c1\u0085')).toBe('bell\\u0007 nul\\u0000 c1\\u0085');
    expect(terminalLine('::error::x')).toBe('\u200b::error::x');
    expect(terminalLine('  ##[warning]x')).toBe('  \u200b##[warning]x');
  });

  it('terminalText keeps line breaks, but no line of it is a command', () => {
    expect(terminalText('ok\n::add-mask::s\n  ::stop-commands::t\r\nend')).toBe(
      'ok\n\u200b::add-mask::s\n  \u200b::stop-commands::t\nend',
    );
  });

  it('terminalName shows a line break in a name rather than hiding it', () => {
    expect(terminalName('a\nb.plan.yaml')).toBe('a\\u000ab.plan.yaml');
  });

  it('wellFormed mends lone surrogates and keeps pairs', () => {
    expect(wellFormed('a\ud800b\udc00c😀')).toBe('a\ufffdb\ufffdc😀');
  });

  it('xmlText keeps only what XML 1.0 allows, then escapes', () => {
    expect(xmlText('a\ufffeb\uffffc\u0001d\ud800 <&>"\'')).toBe('abcd\ufffd &lt;&amp;&gt;&quot;&apos;');
  });

  it('markdownText neutralises formatting, HTML, pipes, mentions and links', () => {
    expect(markdownText('@team see https://x.example | <b>*bold*</b>')).toBe(
      '@&#8203;team see https:&#8203;//x.example \\| &lt;b&gt;\\*bold\\*&lt;/b&gt;',
    );
  });

  it('markdownCode fences a path with more backticks than it holds', () => {
    expect(markdownCode('plans/a.plan.yaml')).toBe('`plans/a.plan.yaml`');
    expect(markdownCode('a`b.yaml')).toBe('``a`b.yaml``');
    expect(markdownCode('`a')).toBe('`` `a ``');
    expect(markdownCode('a|b', true)).toBe('`a\\|b`');
    expect(markdownCode('a\nb')).toBe('`a b`');
  });
});
