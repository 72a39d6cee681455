/**
 * Schedules from the command line, as a team uses them: `pmcheck import`, and `pmcheck audit` on
 * an MS Project or P6 file (SARIF and GitHub annotations at the file's lines; damaged, truncated
 * and foreign files as exit 2 with one line). The built bin/pmcheck.js in a separate process.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = join(root, 'bin', 'pmcheck.js');
const fixtures = join(root, 'test', 'fixtures', 'schedules');

function pmcheck(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', COLUMNS: '80' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'pmcheck-schedules-'));

describe('pmcheck import', () => {
  it('writes a plan that validates, atomically, and says what to do next', () => {
    const dir = tmp();
    const out = join(dir, 'legacy.plan.yaml');
    const r = pmcheck(['import', join(fixtures, 'mpxj-legacy-sample.xml'), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `Wrote ${out}. Next: add the governance the schedule does not hold, then run: pmcheck audit ${out}\n`,
    );
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=.*plan\.schema\.json\n# Imported by pmcheck .* from mpxj-legacy-sample\.xml, MS Project XML\./,
    );
    expect(text).toContain('  - id: T12\n    name: Related Task 2b\n');
    expect(text).toContain('      - { id: T11, lag: 1 }\n');
    // The plan audits as YAML: exit 0 or 1, never 2.
    expect([0, 1]).toContain(pmcheck(['audit', out, '--as-of', '2003-01-06']).code);
  });

  it('prints to stdout without -o, with its warnings on stderr at the schedule lines', () => {
    const r = pmcheck(['import', join(fixtures, 'mpxj-invalid-calendar-8.4.xer')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pmcheck: 1\nproject:\n  id: EC00640\n  name: Percent Complete Test\n');
    expect(r.stderr).toMatch(
      /^pmcheck: warning: .*mpxj-invalid-calendar-8\.4\.xer:33:87: calendar 180: clndr_data is damaged/,
    );
  });

  it('never writes over its input, nor over a file without --force', () => {
    const dir = tmp();
    const xml = join(dir, 'p.xml');
    copyFileSync(join(fixtures, 'mpxj-mspdirelations.xml'), xml);
    const before = readFileSync(xml, 'utf8');
    const r = pmcheck(['import', 'p.xml', '-o', './p.xml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'pmcheck: pmcheck import never writes over the schedule it reads; give another file with -o\n',
    );
    expect(readFileSync(xml, 'utf8')).toBe(before);
    writeFileSync(join(dir, 'taken.yaml'), 'mine\n');
    expect(pmcheck(['import', 'p.xml', '-o', 'taken.yaml'], dir).stderr).toBe(
      'pmcheck: taken.yaml already exists; pmcheck import never overwrites a file unless given --force\n',
    );
    expect(pmcheck(['import', 'p.xml', '-o', 'taken.yaml', '--force'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toContain('pmcheck: 1');
  });

  it('refuses what is not a schedule with one line, and a file of several projects without --project', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.yaml'), 'pmcheck: 1\nproject: { name: A }\n');
    const r = pmcheck(['import', 'plan.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'pmcheck: plan.yaml:1:1: not a schedule pmcheck can read: neither MS Project XML (MSPDI) nor a P6 XER export\n',
    );
    const xer = readFileSync(join(fixtures, 'mpxj-PredecessorCalendar.xer'), 'latin1');
    const two = xer.replace(
      /^(%R\t34738\t.*)$/m,
      (row) => `${row}\n${row.replace('34738', '34739').replace('TEST PROJECT', 'OTHER')}`,
    );
    writeFileSync(join(dir, 'two.xer'), Buffer.from(two, 'latin1'));
    expect(pmcheck(['import', 'two.xer'], dir).stderr).toBe(
      'pmcheck: two.xer holds 2 projects (TEST PROJECT, OTHER); choose one with --project\n',
    );
    const other = pmcheck(['import', 'two.xer', '--project', 'OTHER'], dir);
    expect(other.code).toBe(0);
    expect(other.stdout).toContain('  id: OTHER\n');
    expect(existsSync(join(dir, 'two.xer'))).toBe(true);
  });
});

describe('pmcheck audit on a schedule', () => {
  /**
   * The XML sample in a folder of its own, as a repository would hold it, with one named work
   * resource added after the tasks: a schedule that names nobody cannot be judged for owners
   * (owner-assigned is then not applicable), and these cases show findings at each <Task>.
   */
  const project = () => {
    const dir = tmp();
    const xml = readFileSync(join(fixtures, 'mpxj-mspdirelations.xml'), 'utf8').replace(
      '\t</Resources>',
      '\t\t<Resource><UID>1</UID><ID>1</ID><Name>Sam Lee</Name><Type>1</Type></Resource>\n\t</Resources>',
    );
    writeFileSync(join(dir, 'project.xml'), xml);
    return dir;
  };
  const lineOf = (body: string, needle: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = body.indexOf(needle, at + 1);
    const before = body.slice(0, at).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const body = readFileSync(join(fixtures, 'mpxj-mspdirelations.xml'), 'utf8');

  it('--format sarif points every result at a line of the XML: the DCMA checks at <Tasks>, the rest at the <Task>', () => {
    const r = pmcheck(['audit', 'project.xml', '--as-of', '2006-09-20', '--format', 'sarif'], project());
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout).runs[0].results as {
      ruleId: string;
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
      }[];
    }[];
    const at = (i: number) => {
      const { artifactLocation, region } = results[i]!.locations[0]!.physicalLocation;
      return [results[i]!.ruleId, artifactLocation.uri, region.startLine, region.startColumn];
    };
    const tasks = lineOf(body, '<Tasks>');
    expect(tasks).toEqual({ line: 149, column: 2 });
    expect(results.map((_, i) => at(i))).toEqual([
      ['dcma-lags', 'project.xml', 149, 2],
      ['dcma-logic', 'project.xml', 149, 2],
      ['dcma-relationship-types', 'project.xml', 149, 2],
      ['float-mismatch', 'project.xml', 149, 2],
      // The five tasks' <Task> elements: the second to the sixth (the first is the project summary).
      ...[1, 2, 3, 4, 5].map((n) => {
        const p = lineOf(body, '<Task>', n);
        return ['owner-assigned', 'project.xml', p.line, p.column];
      }),
    ]);
    expect(results.slice(4).map((_, i) => at(i + 4)[2])).toEqual([221, 293, 372, 451, 530]);
  });

  it('--format github annotates the same lines of the XML', () => {
    const r = pmcheck(['audit', 'project.xml', '--as-of', '2006-09-20', '--format', 'github'], project());
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(lines.map((l) => l.slice(0, l.indexOf('::', 2)))).toEqual([
      '::error file=project.xml,line=149,col=2,endLine=149,title=pmcheck dcma-logic (high)',
      ...[221, 293, 372, 451, 530].map(
        (n) => `::warning file=project.xml,line=${n},col=3,endLine=${n},title=pmcheck owner-assigned (medium)`,
      ),
      '::warning file=project.xml,line=149,col=2,endLine=149,title=pmcheck dcma-lags (low)',
      '::warning file=project.xml,line=149,col=2,endLine=149,title=pmcheck dcma-relationship-types (low)',
      '::warning file=project.xml,line=149,col=2,endLine=149,title=pmcheck float-mismatch (low)',
    ]);
  });

  it('a file with no status date is judged as of its current date, and one that names nobody is not judged for owners', () => {
    const dir = tmp();
    copyFileSync(join(fixtures, 'mpxj-task-links-project2019-mspdi.xml'), join(dir, 'links.xml'));
    const r = pmcheck(['audit', 'links.xml', '--format', 'json'], dir);
    const plan = JSON.parse(r.stdout).plans[0];
    // No <StatusDate>: MS Project itself judges progress as of <CurrentDate>2018-10-18T08:00:00 (line 48).
    expect(plan.asOf).toBe('2018-10-18');
    expect(plan.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('dcma-invalid-dates');
    // No named work resource, so no owners: owner-assigned cannot judge, rather than flag all 16 tasks.
    const owner = plan.rules.find((o: { id: string }) => o.id === 'owner-assigned');
    expect(owner.applicable).toBe(false);
    expect(owner.notApplicableBecause).toBe(
      'tasks[].owner is not recorded in an MS Project file; a sidecar plan can add it',
    );
  });

  it('damaged, truncated and foreign files are exit 2 with one line: where, and why', () => {
    const dir = tmp();
    const xerText = readFileSync(join(fixtures, 'mpxj-percent-complete-8.4.xer'), 'latin1');
    const files: Record<string, string> = {
      'cut.xml': body.slice(0, body.indexOf('<Task>', body.indexOf('<Task>') + 1) + 20),
      'web.xml': '<?xml version="1.0"?>\n<html><body/></html>\n',
      'broken.xml': body.replace('</Name>', '</Nme>'),
      'cut.xer': xerText.slice(0, 3000),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), Buffer.from(text, 'latin1'));
    const one = (name: string) => {
      const r = pmcheck(['audit', name], dir);
      expect(r.code, name).toBe(2);
      expect(r.stderr.trimEnd().split('\n'), name).toHaveLength(1);
      return r.stderr.trimEnd();
    };
    expect(one('cut.xml')).toMatch(
      /^pmcheck: cut\.xml:\d+:\d+: the XML ends before its <\w+> element is closed: the file looks truncated$/,
    );
    expect(one('web.xml')).toBe(
      'pmcheck: web.xml:2:1: not an MS Project XML (MSPDI) file: the root element is <html>, not <Project> in http://schemas.microsoft.com/project',
    );
    // The first </Name> is on line 4, `<Name>mspdirelations.xml</Nme>`: the parser stops at its `>`.
    const bad = lineOf(files['broken.xml']!, '</Nme>');
    expect(bad.line).toBe(4);
    expect(one('broken.xml')).toBe(
      `pmcheck: broken.xml:4:${bad.column + '</Nme'.length}: the XML is not well-formed: unexpected close tag`,
    );
    const xerLines = files['cut.xer']!.split(/\r\n|\n/);
    expect(one('cut.xer')).toBe(
      `pmcheck: cut.xer:${xerLines.length}:${xerLines.at(-1)!.length + 1}: the file does not end with the %E line P6 writes last: it looks truncated`,
    );
  });
});
