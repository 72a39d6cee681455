import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  firstProblem
} from "./chunk-P4IUNADG.js";
import {
  publicHolidayRegions,
  regionCode
} from "./chunk-TBHZEG3U.js";
import {
  PUBLIC_HOLIDAY_NAMES,
  closest
} from "./chunk-5AEJUB6B.js";

// src/run/holidays.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var library;
function load() {
  if (!library) {
    const requireHere = createRequire(import.meta.url);
    const bundled = fileURLToPath(new URL("./holidays.cjs", import.meta.url));
    library = existsSync(bundled) ? requireHere(bundled) : requireHere("date-holidays");
  }
  return library;
}
var plainName = (name) => name.replace(/\s*\(([^()]*)\)/g, ", $1");
var holidaySource = (region, fromYear, toYear) => {
  const Holidays = load();
  const [country, state, sub] = region.split("-");
  const hd = new Holidays({ country, state, region: sub }, { languages: ["en"], types: ["public", "bank"] });
  const out = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const h of hd.getHolidays(year)) {
      if (h.type === "public" || h.type === "bank") out.push({ date: h.date.slice(0, 10), name: plainName(h.name) });
    }
  }
  return out;
};
function known(Holidays, code) {
  const [country, state, sub, ...rest] = code.split("-");
  if (rest.length > 0 || !country) return false;
  const hd = new Holidays();
  if (!Object.hasOwn(hd.getCountries("en") ?? {}, country)) return false;
  if (state === void 0) return true;
  if (!Object.hasOwn(hd.getStates(country, "en") ?? {}, state)) return false;
  return sub === void 0 || Object.hasOwn(hd.getRegions(country, state, "en") ?? {}, sub);
}
function candidates(Holidays, code) {
  const hd = new Holidays();
  const country = code.split("-")[0];
  const states = Object.keys(hd.getStates(country, "en") ?? {}).map((s) => `${country}-${s}`);
  return [...Object.keys(PUBLIC_HOLIDAY_NAMES), ...states, ...Object.keys(hd.getCountries("en") ?? {})];
}
function holidaysFor(loaded) {
  const regions = publicHolidayRegions(loaded.plan);
  if (regions.length === 0) return void 0;
  const Holidays = load();
  const problems = regions.filter(({ region }) => !known(Holidays, regionCode(region))).map(({ region, path }) => {
    const near = closest(region, candidates(Holidays, regionCode(region)));
    return {
      path,
      message: `no public holidays are known for "${region}"${near ? ` (did you mean "${near}"?)` : ""}; use england-and-wales, scotland, northern-ireland, wales, or a country or region code such as GB-SCT, IE or US-NY`
    };
  });
  if (problems.length > 0) throw firstProblem(problems, loaded.locator, loaded.file);
  return holidaySource;
}
function holidayLibraryLoaded() {
  return library !== void 0;
}

export {
  holidaySource,
  holidaysFor,
  holidayLibraryLoaded
};
