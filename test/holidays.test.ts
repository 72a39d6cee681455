/**
 * Public holidays: what the run tier's source gives for the regions a UK plan names, the error
 * for a region nobody knows, and that the built CLI loads the library only for a plan that asks.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { auditSource } from '../src/run/audit.js';
import { holidaySource } from '../src/run/holidays.js';
import { yaml } from './helpers/plan.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const tmp = mkdtempSync(join(tmpdir(), 'pmcheck-holidays-'));

const days = (region: string, year: number) => holidaySource(region, year, year).map((h) => `${h.date} ${h.name}`);

describe('the holiday source', () => {
  it('England and Wales: bank holidays with their substitute days, and no observances', () => {
    expect(days('GB-ENG', 2026)).toEqual([
      "2026-01-01 New Year's Day",
      '2026-04-03 Good Friday',
      '2026-04-06 Easter Monday',
      '2026-05-04 Early May bank holiday',
      '2026-05-25 Spring bank holiday',
      '2026-08-31 Summer bank holiday',
      '2026-12-25 Christmas Day',
      '2026-12-26 Boxing Day',
      '2026-12-28 Boxing Day, substitute day',
    ]);
  });

  it("Scotland has 2 January and St Andrew's Day, and its August holiday early", () => {
    const scotland = days('GB-SCT', 2026);
    expect(scotland).toContain('2026-01-02 January 2nd');
    expect(scotland).toContain('2026-08-03 Summer bank holiday');
    expect(scotland).toContain('2026-11-30 St Andrew’s Day');
    expect(scotland).not.toContain('2026-04-06 Easter Monday');
  });

  it('any country or region date-holidays knows: Northern Ireland, Ireland, New York', () => {
    expect(days('GB-NIR', 2026)).toContain('2026-03-17 St Patrick’s Day');
    expect(days('GB-NIR', 2026)).toContain('2026-07-13 Battle of the Boyne, Orangemen’s Day, substitute day');
    expect(days('IE', 2026)).toContain('2026-12-26 St. Stephen’s Day');
    expect(days('US-NY', 2026)).toContain('2026-07-03 Independence Day, substitute day');
  });
});

describe('public_holidays in a plan', () => {
  const audit = (text: string) => auditSource({ file: 'plan.yaml', bytes: Buffer.from(text) }, { today: '2026-06-01' });
  const errorOf = (text: string) => {
    try {
      audit(text);
    } catch (err) {
      if (err instanceof InputError) return err.render();
      throw err;
    }
    return undefined;
  };

  it('a region nobody knows is an error at its value, with the nearest known one', () => {
    expect(
      errorOf(yaml`
        pmcheck: 1
        project:
          name: Glasgow depot refresh
          calendar:
            public_holidays: GB-SCO`),
    ).toBe(
      'plan.yaml:5:22: project.calendar.public_holidays: no public holidays are known for "GB-SCO" (did you mean "GB-SCT"?); use england-and-wales, scotland, northern-ireland, wales, or a country or region code such as GB-SCT, IE or US-NY',
    );
    expect(
      errorOf(yaml`
        pmcheck: 1
        project: { name: A, calendar: { public_holidays: england-and-wales } }
        calendars:
          - id: dublin-team
            public_holidays: XX`),
    ).toMatch(/^plan\.yaml:5:22: calendars\[0\]\.public_holidays: no public holidays are known for "XX"/);
  });

  it('names, codes in any case, and a named calendar on top of the project one', () => {
    const report = audit(yaml`
      pmcheck: 1
      project:
        name: Two offices
        calendar: { public_holidays: england-and-wales, holidays: [2026-12-24] }
      calendars:
        - { id: edinburgh, base: standard, public_holidays: gb-sct }
        - { id: dublin, public_holidays: IE, working: [2026-12-26] }`);
    const cals = report.model!.calendars.byId;
    expect(cals.get('standard')!.describeDay('2026-12-28')).toBe('a bank holiday (Boxing Day, substitute day)');
    expect(cals.get('standard')!.describeDay('2026-12-24')).toBe('a holiday');
    expect(cals.get('standard')!.isWorkingDay('2027-01-04')).toBe(true);
    // Edinburgh: England's holidays and the plan's own (its base), and Scotland's.
    expect(cals.get('edinburgh')!.describeDay('2026-12-24')).toBe('a holiday');
    expect(cals.get('edinburgh')!.describeDay('2026-01-02')).toBe('a bank holiday (January 2nd)');
    // Dublin: Ireland's alone, and it works St Stephen's Day.
    expect(cals.get('dublin')!.isWorkingDay('2026-12-24')).toBe(true);
    expect(cals.get('dublin')!.isWorkingDay('2026-12-26')).toBe(true);
    expect(cals.get('dublin')!.describeDay('2026-03-17')).toBe('a bank holiday (St. Patrick’s Day)');
  });
});

describe('the built CLI loads date-holidays only for a plan that names public holidays', () => {
  // A preloaded hook that reports, at exit, what the process loaded through require().
  const hook = join(tmp, 'loaded-hook.mjs');
  writeFileSync(
    hook,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the template literal is in the script written out
    "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nprocess.on('exit', () => process.stderr.write(`\\n@@loaded ${Object.keys(require.cache).filter((k) => /date-holidays|holidays\\.cjs$/.test(k)).join(' ')}\\n`));\n",
  );
  const run = (name: string, text: string) => {
    const file = join(tmp, name);
    writeFileSync(file, text);
    const r = spawnSync(
      process.execPath,
      ['--import', hook, join(root, 'bin', 'pmcheck.js'), 'audit', '--quiet', file],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      },
    );
    return { code: r.status, loaded: /@@loaded (.*)/.exec(r.stderr)?.[1]?.trim(), stderr: r.stderr };
  };
  const plan = (calendar: string) =>
    `pmcheck: 1\nproject:\n  name: Depot refresh\n  status_date: 2026-12-01\n  calendar: { ${calendar} }\ntasks:\n  - { id: a, name: Swap switches, start: 2026-12-21, duration: 5d }\n`;

  it('not for a plan with only its own holidays', () => {
    const r = run('own.yaml', plan('holidays: [2026-12-24]'));
    expect(r.code).toBe(1);
    expect(r.loaded).toBe('');
  });

  it('the bundled dist/holidays.cjs for a plan that names them', () => {
    const r = run('england.yaml', plan('public_holidays: england-and-wales'));
    expect(r.code).toBe(1);
    expect(r.loaded).toBe(join(root, 'dist', 'holidays.cjs'));
  });

  it('an unknown region ends the run with exit 2 and one line at its value', () => {
    const r = run('unknown.yaml', plan('public_holidays: GB-XYZ'));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      `pmcheck: ${join(tmp, 'unknown.yaml')}:5:32: project.calendar.public_holidays: no public holidays are known for "GB-XYZ"; use england-and-wales, scotland, northern-ireland, wales, or a country or region code such as GB-SCT, IE or US-NY`,
    );
  });
});
