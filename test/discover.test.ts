/**
 * Discovery never passes a plan it did not read (issue 14, class 1): a folder finds a
 * plan by the rule `audit FILE` uses, whatever its encoding, spelling of the key or case of its
 * name; every file it leaves out is named with the reason; a plan it cannot read is an error;
 * and a file over the size cap is judged by its head.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { readPlan, sniffPlan } from '../src/readers/index.js';
import { discoverPlans } from '../src/run/discover.js';
import { pmcheck } from './helpers/cli.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const healthy = readFileSync(join(root, 'examples/cyber-essentials.plan.yaml'), 'utf8');
const noStdin = () => new Uint8Array();

/** The healthy plan with its first line, `pmcheck: 1`, written another way. */
const withKey = (first: string) => healthy.replace(/^pmcheck: 1\n/, `${first}\n`);
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};
const latin1 = (text: string) => Buffer.from(text.replace('Cyber', 'Cybér'), 'latin1');

describe('a folder finds plans by the rule audit FILE uses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-discover-'));
  const put = (name: string, content: string | Buffer) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  };
  put('utf16le.yaml', utf16le(healthy));
  put('utf16be.yml', utf16be(healthy));
  put('latin1.yaml', latin1(healthy));
  put('quoted.yaml', withKey('"pmcheck": 1'));
  put('single.yaml', withKey("'pmcheck': 1"));
  put('explicit.yaml', withKey('? pmcheck\n: 1'));
  put('escaped.yaml', withKey('"\\x70mcheck": 1'));
  put('flow.yaml', `{ pmcheck: 1, project: { name: Flow } }\n`);
  put('plan.json', `{\n  "pmcheck": 1,\n  "project": { "name": "JSON" }\n}\n`);
  put('escaped.json', `{ "\\u0070mcheck": 1, "project": { "name": "JSON" } }\n`);
  put('deep/er/UPPER.PLAN.YAML', healthy);
  put('Mixed.Plan.Yml', healthy);
  put('ci.yml', 'on: push\njobs: {}\n');
  put('nested.yaml', 'tool:\n  pmcheck: 1\n');
  put('comment.yaml', '# pmcheck: 1\nname: not a plan\n');
  put('package.json', '{ "name": "x", "scripts": { "lint": "pmcheck audit plans" } }\n');
  put('notes.txt', 'pmcheck: 1\n');
  put('node_modules/dep/vendored.plan.yaml', healthy);

  const found = discoverPlans([dir], noStdin);
  const names = (files: { file: string }[]) => files.map((s) => s.file.slice(dir.length + 1));

  it('takes every plan, in any encoding, spelling of the key, or case of the name', () => {
    expect(names(found.sources)).toEqual([
      'Mixed.Plan.Yml',
      'deep/er/UPPER.PLAN.YAML',
      'escaped.json',
      'escaped.yaml',
      'explicit.yaml',
      'flow.yaml',
      'latin1.yaml',
      'plan.json',
      'quoted.yaml',
      'single.yaml',
      'utf16be.yml',
      'utf16le.yaml',
    ]);
    expect(found.errors).toEqual([]);
  });

  it('names every other candidate it skipped, and why', () => {
    expect(found.skipped.map((s) => `${s.file.slice(dir.length + 1)}: ${s.why}`)).toEqual([
      'ci.yml: no top-level `pmcheck` key',
      'comment.yaml: no top-level `pmcheck` key',
      'nested.yaml: no top-level `pmcheck` key',
      'package.json: no top-level `pmcheck` key',
    ]);
  });

  it('and the run reports the plans the reader refuses, rather than passing without them', () => {
    const r = pmcheck(['audit', '--quiet', dir], dir);
    expect(r.code).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('pmcheck: ') && !l.includes('note: skipped'));
    expect(errors.map((l) => l.replace(`${dir}/`, ''))).toEqual([
      'pmcheck: latin1.yaml: the file is not valid UTF-8; save it as UTF-8 and try again',
      'pmcheck: utf16be.yml:1:1: the file is UTF-16 text; save it as UTF-8 and try again',
      'pmcheck: utf16le.yaml:1:1: the file is UTF-16 text; save it as UTF-8 and try again',
    ]);
    expect(r.stderr).toContain('pmcheck: note: skipped ci.yml (no top-level `pmcheck` key)\n');
    expect(r.stdout).toContain('Gate: not run');
  }, 30_000);
});

describe('a candidate that cannot be read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmcheck-unreadable-'));
  writeFileSync(join(dir, 'good.plan.yaml'), healthy);
  symlinkSync(join(dir, 'gone.plan.yaml'), join(dir, 'dangling.plan.yaml'));
  symlinkSync(join(dir, 'gone.yaml'), join(dir, 'dangling.yaml'));
  symlinkSync('/dev/zero', join(dir, 'zero.plan.yaml'));
  symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
  spawnSync('mkfifo', [join(dir, 'fifo.plan.yaml')]);

  it('is an error when it is named like a plan, and skipped with a reason otherwise', () => {
    const found = discoverPlans([dir], noStdin);
    expect(found.sources.map((s) => s.file)).toEqual([join(dir, 'good.plan.yaml')]);
    expect(found.errors.map((e) => e.render().replace(`${dir}/`, ''))).toEqual([
      'dangling.plan.yaml: a symbolic link whose target does not exist',
      'fifo.plan.yaml: is a pipe (FIFO), not a regular file; only regular files are plans',
      'zero.plan.yaml: is a device, not a regular file; only regular files are plans',
    ]);
    expect(found.skipped.map((s) => `${s.file.slice(dir.length + 1)}: ${s.why}`)).toEqual([
      'dangling.yaml: a symbolic link whose target does not exist',
      'zero.yaml: is a device, not a regular file; only regular files are plans',
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable *.plan.yaml is an error, never a skip', () => {
    const d = mkdtempSync(join(tmpdir(), 'pmcheck-perm-'));
    writeFileSync(join(d, 'locked.plan.yaml'), healthy);
    chmodSync(join(d, 'locked.plan.yaml'), 0o000);
    const found = discoverPlans([d], noStdin);
    expect(found.errors.map((e) => e.message)).toEqual(['permission denied']);
  });

  it('a glob matches names case-insensitively, and a link to nothing that matches is reported', () => {
    const found = discoverPlans([`${dir}/*.PLAN.yaml`], noStdin);
    expect(found.sources.map((s) => s.file.slice(dir.length + 1))).toEqual([
      'dangling.plan.yaml',
      'fifo.plan.yaml',
      'good.plan.yaml',
      'zero.plan.yaml',
    ]);
    const r = pmcheck(['audit', '--quiet', '*.plan.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        'pmcheck: dangling.plan.yaml: a symbolic link whose target does not exist',
        'pmcheck: fifo.plan.yaml: is a pipe (FIFO), not a regular file; only regular files are plans',
        'pmcheck: zero.plan.yaml: is a device, not a regular file; only regular files are plans',
        '',
      ].join('\n'),
    );
  }, 30_000);

  it('a folder where nothing is a plan names what it skipped in its one line', () => {
    const d = mkdtempSync(join(tmpdir(), 'pmcheck-none-'));
    writeFileSync(join(d, 'ci.yml'), 'on: push\n');
    const found = discoverPlans([d], noStdin);
    expect(found.errors.map((e) => e.message)).toEqual([
      'skipped ci.yml (no top-level `pmcheck` key); no plans found in this folder (a plan is a .yaml or .yml file with `pmcheck:` at its top level)',
    ]);
    expect(found.skipped).toEqual([]);
  });
});

describe('a skipped file is named on one line', () => {
  it('a name with a line break cannot start a line of its own in a CI log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-names-'));
    writeFileSync(join(dir, 'good.plan.yaml'), healthy);
    writeFileSync(join(dir, 'x\n::error::forged.yaml'), 'on: push\n');
    const r = pmcheck(['audit', '--quiet', '.'], dir);
    expect(r.stderr).toBe('pmcheck: note: skipped x\\u000a::error::forged.yaml (no top-level `pmcheck` key)\n');
    expect(r.code).toBe(0);
  }, 30_000);
});

describe('a file over the size cap in a folder', () => {
  it('is a plan, and refused, when its head names pmcheck; skipped with the reason when not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-cap-'));
    writeFileSync(join(dir, 'big.yaml'), `${healthy}${'# padding\n'.repeat(1_700_000)}`);
    writeFileSync(join(dir, 'big-other.yaml'), `name: not a plan\n${'# padding\n'.repeat(1_700_000)}`);
    const found = discoverPlans([dir], noStdin);
    expect(found.errors.map((e) => e.render().replace(`${dir}/`, ''))).toEqual([
      'big.yaml: the file is 16.2 MB, more than the 16.0 MB pmcheck reads; split it into smaller plans',
    ]);
    expect(found.skipped.map((s) => `${s.file.slice(dir.length + 1)}: ${s.why}`)).toEqual([
      'big-other.yaml: the file is 16.2 MB, more than the 16.0 MB pmcheck reads; split it into smaller plans',
    ]);
  });
});

describe('discovery and the reader agree', () => {
  const spellings = [
    'pmcheck: 1',
    '"pmcheck": 1',
    "'pmcheck': 1",
    '? pmcheck\n: 1',
    '"\\x70mcheck": 1',
    '"pm\\u0063heck": 1',
    '&k pmcheck : 1',
    'pmcheck : 1',
    'pmcheck:   1 # the format',
  ];
  const notPlans = ['tool:\n  pmcheck: 1', '# pmcheck: 1', 'name: pmcheck', 'x-pmcheck: 1', '- pmcheck: 1', 'pmcheck'];
  const encode = fc.constantFrom<[string, (t: string) => Buffer]>(
    ['utf-8', (t) => Buffer.from(t)],
    ['utf-8 with BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
    ['utf-16le', utf16le],
    ['utf-16be', utf16be],
    ['latin-1', latin1],
  );

  it('every spelling of the key in every encoding is a plan; the same text without the key is not', () => {
    fc.assert(
      fc.property(fc.constantFrom(...spellings), encode, fc.boolean(), (key, [, enc], crlf) => {
        let text = `${key}\nproject:\n  name: Cyber move\n`;
        if (crlf) text = text.replace(/\n/g, '\r\n');
        expect(sniffPlan(enc(text))).toEqual({ plan: true });
      }),
      { numRuns: 200, seed: 20261122 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...notPlans), encode, (text, [, enc]) => {
        expect(sniffPlan(enc(`${text}\n`)).plan).toBe(false);
      }),
      { numRuns: 60, seed: 20261122 },
    );
  });

  it('for UTF-8 text, sniffing says "plan" exactly when the reader does not refuse it as no plan at all', () => {
    for (const text of [...spellings.map((k) => `${k}\nproject: { name: A }\n`), ...notPlans.map((t) => `${t}\n`)]) {
      let readerSaysPlan = true;
      try {
        readPlan(Buffer.from(text), 'p.yaml');
      } catch (err) {
        readerSaysPlan = !(
          err instanceof InputError && /not a pmcheck plan|the top level is|the file is empty/.test(err.message)
        );
      }
      expect(sniffPlan(Buffer.from(text)).plan, text).toBe(readerSaysPlan);
    }
  });

  it('XML is a plan when it is MS Project XML; other XML in a folder is skipped, not refused', () => {
    const mspdi = readFileSync(new URL('fixtures/schedules/mpxj-mspdirelations.xml', import.meta.url));
    expect(sniffPlan(mspdi)).toEqual({ plan: true });
    expect(sniffPlan(Buffer.from('<?xml version="1.0"?>\n<settings>pmcheck: 1</settings>\n'))).toEqual({
      plan: false,
      why: 'XML, but not an MS Project file',
    });
  });
});
