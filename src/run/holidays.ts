/**
 * Public holidays, for plans that name them (`public_holidays`), from the date-holidays package.
 * It is large (every country's rules), so it is loaded on first use, synchronously, and only then:
 * the built CLI requires dist/holidays.cjs (one bundled file, built by src/tools/build.mjs), and
 * tests and tsx require the package itself. A plan that names no public holidays never loads it.
 * The pure core gets a HolidaySource; it never sees the library.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type HolidaysLibrary from 'date-holidays';
import type { LoadedPlan } from '../plan/loaded.js';
import { type HolidaySource, publicHolidayRegions, regionCode } from '../plan/model/index.js';
import { PUBLIC_HOLIDAY_NAMES } from '../plan/schema.js';
import { closest } from '../plan/suggest.js';
import { firstProblem } from '../plan/validate.js';

type Library = typeof HolidaysLibrary;

let library: Library | undefined;

function load(): Library {
  if (!library) {
    const requireHere = createRequire(import.meta.url);
    // Next to the built CLI's chunks; absent when running from source.
    const bundled = fileURLToPath(new URL('./holidays.cjs', import.meta.url));
    library = (existsSync(bundled) ? requireHere(bundled) : requireHere('date-holidays')) as Library;
  }
  return library;
}

/** "Boxing Day (substitute day)" → "Boxing Day, substitute day": the name sits in parentheses in messages. */
const plainName = (name: string) => name.replace(/\s*\(([^()]*)\)/g, ', $1');

/** The holiday source the core uses: date-holidays, loaded on the first call. */
export const holidaySource: HolidaySource = (region, fromYear, toYear) => {
  const Holidays = load();
  const [country, state, sub] = region.split('-');
  // Public and bank holidays only: observances (Mother's Day) and optional days are working days.
  const hd = new Holidays({ country: country!, state, region: sub }, { languages: ['en'], types: ['public', 'bank'] });
  const out: { date: string; name: string }[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const h of hd.getHolidays(year)) {
      if (h.type === 'public' || h.type === 'bank') out.push({ date: h.date.slice(0, 10), name: plainName(h.name) });
    }
  }
  return out;
};

/** Is `code` (GB-SCT, IE, US-NY, DE-BY-A) a country, state or region date-holidays knows? */
function known(Holidays: Library, code: string): boolean {
  const [country, state, sub, ...rest] = code.split('-');
  if (rest.length > 0 || !country) return false;
  const hd = new Holidays();
  if (!Object.hasOwn(hd.getCountries('en') ?? {}, country)) return false;
  if (state === undefined) return true;
  if (!Object.hasOwn(hd.getStates(country, 'en') ?? {}, state)) return false;
  return sub === undefined || Object.hasOwn(hd.getRegions(country, state, 'en') ?? {}, sub);
}

/** Codes near an unknown one, for "did you mean": the names, the countries, and the states of its country. */
function candidates(Holidays: Library, code: string): string[] {
  const hd = new Holidays();
  const country = code.split('-')[0]!;
  const states = Object.keys(hd.getStates(country, 'en') ?? {}).map((s) => `${country}-${s}`);
  return [...Object.keys(PUBLIC_HOLIDAY_NAMES), ...states, ...Object.keys(hd.getCountries('en') ?? {})];
}

/**
 * The holiday source for one plan: undefined when it names no public holidays (and the library
 * stays unloaded); else the source, once every region it names is known. An unknown region is
 * an InputError at its value's line and column.
 */
export function holidaysFor(loaded: LoadedPlan): HolidaySource | undefined {
  const regions = publicHolidayRegions(loaded.plan);
  if (regions.length === 0) return undefined;
  const Holidays = load();
  const problems = regions
    .filter(({ region }) => !known(Holidays, regionCode(region)))
    .map(({ region, path }) => {
      const near = closest(region, candidates(Holidays, regionCode(region)));
      return {
        path,
        message: `no public holidays are known for "${region}"${near ? ` (did you mean "${near}"?)` : ''}; use england-and-wales, scotland, northern-ireland, wales, or a country or region code such as GB-SCT, IE or US-NY`,
      };
    });
  if (problems.length > 0) throw firstProblem(problems, loaded.locator, loaded.file);
  return holidaySource;
}

/** For tests: whether this process has loaded the library. */
export function holidayLibraryLoaded(): boolean {
  return library !== undefined;
}
