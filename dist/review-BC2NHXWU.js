import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  AUDIENCES,
  DOC_KINDS,
  REVIEW_FORMATS,
  defaultAudience,
  kindForPhase
} from "./chunk-CQEWIC2N.js";
import {
  RULE_REGISTRY,
  SOURCES
} from "./chunk-XK2OAFVU.js";
import "./chunk-TBHZEG3U.js";
import "./chunk-ANZBWPDS.js";
import {
  fromDayNumber,
  toDayNumber
} from "./chunk-JR7DYPOY.js";
import "./chunk-5AEJUB6B.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-ZTRHFLJF.js";
import {
  VERSION
} from "./chunk-EYL3OJFZ.js";
import {
  capitalise,
  count,
  listOf,
  money,
  percent
} from "./chunk-URGRNCBU.js";
import {
  CATEGORIES,
  severityRank
} from "./chunk-IDS44EEY.js";
import {
  markdownText
} from "./chunk-MAJ6EBFJ.js";
import "./chunk-EN6KPABM.js";

// src/review/critical.ts
function criticalPath(model) {
  const forecast = model.forecast;
  if (forecast.loops) return { status: "loop" };
  if (!forecast.finish) return { status: "none" };
  const { dates } = forecast;
  const items2 = model.items;
  const done = (id) => items2.get(id)?.actualFinish !== void 0;
  const ids = [];
  const seen = /* @__PURE__ */ new Set();
  let fixedEnd = false;
  let stepFloat;
  for (let cur = forecast.finish.id; cur !== void 0 && !seen.has(cur); ) {
    seen.add(cur);
    if (done(cur)) break;
    ids.push(cur);
    const item = items2.get(cur);
    if (item.actualStart) break;
    const driver = dates.get(cur).drivenBy?.from;
    if (driver !== void 0 && dates.get(driver)?.totalFloat !== void 0 && !done(driver)) {
      cur = driver;
      continue;
    }
    if (ids.length > 1) break;
    let next;
    for (const e of model.graph.predecessors(cur)) {
      const p = dates.get(e.from);
      if (p?.totalFloat === void 0 || done(e.from)) continue;
      if (!next || p.totalFloat < next.float || p.totalFloat === next.float && p.finish > next.finish)
        next = { id: e.from, float: p.totalFloat, finish: p.finish };
    }
    if (next) {
      fixedEnd = true;
      stepFloat = next.float;
    }
    cur = next?.id;
  }
  ids.reverse();
  return { status: "known", ids, finish: forecast.finish.date, float: stepFloat ?? 0, fixedEnd };
}

// node_modules/date-fns/locale/en-US/_lib/formatDistance.js
var formatDistanceLocale = {
  lessThanXSeconds: {
    one: "less than a second",
    other: "less than {{count}} seconds"
  },
  xSeconds: {
    one: "1 second",
    other: "{{count}} seconds"
  },
  halfAMinute: "half a minute",
  lessThanXMinutes: {
    one: "less than a minute",
    other: "less than {{count}} minutes"
  },
  xMinutes: {
    one: "1 minute",
    other: "{{count}} minutes"
  },
  aboutXHours: {
    one: "about 1 hour",
    other: "about {{count}} hours"
  },
  xHours: {
    one: "1 hour",
    other: "{{count}} hours"
  },
  xDays: {
    one: "1 day",
    other: "{{count}} days"
  },
  aboutXWeeks: {
    one: "about 1 week",
    other: "about {{count}} weeks"
  },
  xWeeks: {
    one: "1 week",
    other: "{{count}} weeks"
  },
  aboutXMonths: {
    one: "about 1 month",
    other: "about {{count}} months"
  },
  xMonths: {
    one: "1 month",
    other: "{{count}} months"
  },
  aboutXYears: {
    one: "about 1 year",
    other: "about {{count}} years"
  },
  xYears: {
    one: "1 year",
    other: "{{count}} years"
  },
  overXYears: {
    one: "over 1 year",
    other: "over {{count}} years"
  },
  almostXYears: {
    one: "almost 1 year",
    other: "almost {{count}} years"
  }
};
var formatDistance = (token, count2, options) => {
  let result;
  const tokenValue = formatDistanceLocale[token];
  if (typeof tokenValue === "string") {
    result = tokenValue;
  } else if (count2 === 1) {
    result = tokenValue.one;
  } else {
    result = tokenValue.other.replace("{{count}}", count2.toString());
  }
  if (options?.addSuffix) {
    if (options.comparison && options.comparison > 0) {
      return "in " + result;
    } else {
      return result + " ago";
    }
  }
  return result;
};

// node_modules/date-fns/locale/_lib/buildFormatLongFn.js
function buildFormatLongFn(args) {
  return (options = {}) => {
    const width = options.width ? String(options.width) : args.defaultWidth;
    const format2 = args.formats[width] || args.formats[args.defaultWidth];
    return format2;
  };
}

// node_modules/date-fns/locale/en-US/_lib/formatLong.js
var dateFormats = {
  full: "EEEE, MMMM do, y",
  long: "MMMM do, y",
  medium: "MMM d, y",
  short: "MM/dd/yyyy"
};
var timeFormats = {
  full: "h:mm:ss a zzzz",
  long: "h:mm:ss a z",
  medium: "h:mm:ss a",
  short: "h:mm a"
};
var dateTimeFormats = {
  full: "{{date}} 'at' {{time}}",
  long: "{{date}} 'at' {{time}}",
  medium: "{{date}}, {{time}}",
  short: "{{date}}, {{time}}"
};
var formatLong = {
  date: buildFormatLongFn({
    formats: dateFormats,
    defaultWidth: "full"
  }),
  time: buildFormatLongFn({
    formats: timeFormats,
    defaultWidth: "full"
  }),
  dateTime: buildFormatLongFn({
    formats: dateTimeFormats,
    defaultWidth: "full"
  })
};

// node_modules/date-fns/locale/en-US/_lib/formatRelative.js
var formatRelativeLocale = {
  lastWeek: "'last' eeee 'at' p",
  yesterday: "'yesterday at' p",
  today: "'today at' p",
  tomorrow: "'tomorrow at' p",
  nextWeek: "eeee 'at' p",
  other: "P"
};
var formatRelative = (token, _date, _baseDate, _options) => formatRelativeLocale[token];

// node_modules/date-fns/locale/_lib/buildLocalizeFn.js
function buildLocalizeFn(args) {
  return (value, options) => {
    const context = options?.context ? String(options.context) : "standalone";
    let valuesArray;
    if (context === "formatting" && args.formattingValues) {
      const defaultWidth = args.defaultFormattingWidth || args.defaultWidth;
      const width = options?.width ? String(options.width) : defaultWidth;
      valuesArray = args.formattingValues[width] || args.formattingValues[defaultWidth];
    } else {
      const defaultWidth = args.defaultWidth;
      const width = options?.width ? String(options.width) : args.defaultWidth;
      valuesArray = args.values[width] || args.values[defaultWidth];
    }
    const index = args.argumentCallback ? args.argumentCallback(value) : value;
    return valuesArray[index];
  };
}

// node_modules/date-fns/locale/en-US/_lib/localize.js
var eraValues = {
  narrow: ["B", "A"],
  abbreviated: ["BC", "AD"],
  wide: ["Before Christ", "Anno Domini"]
};
var quarterValues = {
  narrow: ["1", "2", "3", "4"],
  abbreviated: ["Q1", "Q2", "Q3", "Q4"],
  wide: ["1st quarter", "2nd quarter", "3rd quarter", "4th quarter"]
};
var monthValues = {
  narrow: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
  abbreviated: [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec"
  ],
  wide: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  ]
};
var dayValues = {
  narrow: ["S", "M", "T", "W", "T", "F", "S"],
  short: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"],
  abbreviated: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  wide: [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday"
  ]
};
var dayPeriodValues = {
  narrow: {
    am: "a",
    pm: "p",
    midnight: "mi",
    noon: "n",
    morning: "morning",
    afternoon: "afternoon",
    evening: "evening",
    night: "night"
  },
  abbreviated: {
    am: "AM",
    pm: "PM",
    midnight: "midnight",
    noon: "noon",
    morning: "morning",
    afternoon: "afternoon",
    evening: "evening",
    night: "night"
  },
  wide: {
    am: "a.m.",
    pm: "p.m.",
    midnight: "midnight",
    noon: "noon",
    morning: "morning",
    afternoon: "afternoon",
    evening: "evening",
    night: "night"
  }
};
var formattingDayPeriodValues = {
  narrow: {
    am: "a",
    pm: "p",
    midnight: "mi",
    noon: "n",
    morning: "in the morning",
    afternoon: "in the afternoon",
    evening: "in the evening",
    night: "at night"
  },
  abbreviated: {
    am: "AM",
    pm: "PM",
    midnight: "midnight",
    noon: "noon",
    morning: "in the morning",
    afternoon: "in the afternoon",
    evening: "in the evening",
    night: "at night"
  },
  wide: {
    am: "a.m.",
    pm: "p.m.",
    midnight: "midnight",
    noon: "noon",
    morning: "in the morning",
    afternoon: "in the afternoon",
    evening: "in the evening",
    night: "at night"
  }
};
var ordinalNumber = (dirtyNumber, _options) => {
  const number = Number(dirtyNumber);
  const rem100 = number % 100;
  if (rem100 > 20 || rem100 < 10) {
    switch (rem100 % 10) {
      case 1:
        return number + "st";
      case 2:
        return number + "nd";
      case 3:
        return number + "rd";
    }
  }
  return number + "th";
};
var localize = {
  ordinalNumber,
  era: buildLocalizeFn({
    values: eraValues,
    defaultWidth: "wide"
  }),
  quarter: buildLocalizeFn({
    values: quarterValues,
    defaultWidth: "wide",
    argumentCallback: (quarter) => quarter - 1
  }),
  month: buildLocalizeFn({
    values: monthValues,
    defaultWidth: "wide"
  }),
  day: buildLocalizeFn({
    values: dayValues,
    defaultWidth: "wide"
  }),
  dayPeriod: buildLocalizeFn({
    values: dayPeriodValues,
    defaultWidth: "wide",
    formattingValues: formattingDayPeriodValues,
    defaultFormattingWidth: "wide"
  })
};

// node_modules/date-fns/locale/_lib/buildMatchFn.js
function buildMatchFn(args) {
  return (string, options = {}) => {
    const width = options.width;
    const matchPattern = width && args.matchPatterns[width] || args.matchPatterns[args.defaultMatchWidth];
    const matchResult = string.match(matchPattern);
    if (!matchResult) {
      return null;
    }
    const matchedString = matchResult[0];
    const parsePatterns = width && args.parsePatterns[width] || args.parsePatterns[args.defaultParseWidth];
    const key = Array.isArray(parsePatterns) ? findIndex(parsePatterns, (pattern) => pattern.test(matchedString)) : (
      // [TODO] -- I challenge you to fix the type
      findKey(parsePatterns, (pattern) => pattern.test(matchedString))
    );
    let value;
    value = args.valueCallback ? args.valueCallback(key) : key;
    value = options.valueCallback ? (
      // [TODO] -- I challenge you to fix the type
      options.valueCallback(value)
    ) : value;
    const rest = string.slice(matchedString.length);
    return { value, rest };
  };
}
function findKey(object, predicate) {
  for (const key in object) {
    if (Object.prototype.hasOwnProperty.call(object, key) && predicate(object[key])) {
      return key;
    }
  }
  return void 0;
}
function findIndex(array, predicate) {
  for (let key = 0; key < array.length; key++) {
    if (predicate(array[key])) {
      return key;
    }
  }
  return void 0;
}

// node_modules/date-fns/locale/_lib/buildMatchPatternFn.js
function buildMatchPatternFn(args) {
  return (string, options = {}) => {
    const matchResult = string.match(args.matchPattern);
    if (!matchResult) return null;
    const matchedString = matchResult[0];
    const parseResult = string.match(args.parsePattern);
    if (!parseResult) return null;
    let value = args.valueCallback ? args.valueCallback(parseResult[0]) : parseResult[0];
    value = options.valueCallback ? options.valueCallback(value) : value;
    const rest = string.slice(matchedString.length);
    return { value, rest };
  };
}

// node_modules/date-fns/locale/en-US/_lib/match.js
var matchOrdinalNumberPattern = /^(\d+)(th|st|nd|rd)?/i;
var parseOrdinalNumberPattern = /\d+/i;
var matchEraPatterns = {
  narrow: /^(b|a)/i,
  abbreviated: /^(b\.?\s?c\.?|b\.?\s?c\.?\s?e\.?|a\.?\s?d\.?|c\.?\s?e\.?)/i,
  wide: /^(before christ|before common era|anno domini|common era)/i
};
var parseEraPatterns = {
  any: [/^b/i, /^(a|c)/i]
};
var matchQuarterPatterns = {
  narrow: /^[1234]/i,
  abbreviated: /^q[1234]/i,
  wide: /^[1234](th|st|nd|rd)? quarter/i
};
var parseQuarterPatterns = {
  any: [/1/i, /2/i, /3/i, /4/i]
};
var matchMonthPatterns = {
  narrow: /^[jfmasond]/i,
  abbreviated: /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  wide: /^(january|february|march|april|may|june|july|august|september|october|november|december)/i
};
var parseMonthPatterns = {
  narrow: [
    /^j/i,
    /^f/i,
    /^m/i,
    /^a/i,
    /^m/i,
    /^j/i,
    /^j/i,
    /^a/i,
    /^s/i,
    /^o/i,
    /^n/i,
    /^d/i
  ],
  any: [
    /^ja/i,
    /^f/i,
    /^mar/i,
    /^ap/i,
    /^may/i,
    /^jun/i,
    /^jul/i,
    /^au/i,
    /^s/i,
    /^o/i,
    /^n/i,
    /^d/i
  ]
};
var matchDayPatterns = {
  narrow: /^[smtwf]/i,
  short: /^(su|mo|tu|we|th|fr|sa)/i,
  abbreviated: /^(sun|mon|tue|wed|thu|fri|sat)/i,
  wide: /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)/i
};
var parseDayPatterns = {
  narrow: [/^s/i, /^m/i, /^t/i, /^w/i, /^t/i, /^f/i, /^s/i],
  any: [/^su/i, /^m/i, /^tu/i, /^w/i, /^th/i, /^f/i, /^sa/i]
};
var matchDayPeriodPatterns = {
  narrow: /^(a|p|mi|n|(in the|at) (morning|afternoon|evening|night))/i,
  any: /^([ap]\.?\s?m\.?|midnight|noon|(in the|at) (morning|afternoon|evening|night))/i
};
var parseDayPeriodPatterns = {
  any: {
    am: /^a/i,
    pm: /^p/i,
    midnight: /^mi/i,
    noon: /^no/i,
    morning: /morning/i,
    afternoon: /afternoon/i,
    evening: /evening/i,
    night: /night/i
  }
};
var match = {
  ordinalNumber: buildMatchPatternFn({
    matchPattern: matchOrdinalNumberPattern,
    parsePattern: parseOrdinalNumberPattern,
    valueCallback: (value) => parseInt(value, 10)
  }),
  era: buildMatchFn({
    matchPatterns: matchEraPatterns,
    defaultMatchWidth: "wide",
    parsePatterns: parseEraPatterns,
    defaultParseWidth: "any"
  }),
  quarter: buildMatchFn({
    matchPatterns: matchQuarterPatterns,
    defaultMatchWidth: "wide",
    parsePatterns: parseQuarterPatterns,
    defaultParseWidth: "any",
    valueCallback: (index) => index + 1
  }),
  month: buildMatchFn({
    matchPatterns: matchMonthPatterns,
    defaultMatchWidth: "wide",
    parsePatterns: parseMonthPatterns,
    defaultParseWidth: "any"
  }),
  day: buildMatchFn({
    matchPatterns: matchDayPatterns,
    defaultMatchWidth: "wide",
    parsePatterns: parseDayPatterns,
    defaultParseWidth: "any"
  }),
  dayPeriod: buildMatchFn({
    matchPatterns: matchDayPeriodPatterns,
    defaultMatchWidth: "any",
    parsePatterns: parseDayPeriodPatterns,
    defaultParseWidth: "any"
  })
};

// node_modules/date-fns/locale/en-US.js
var enUS = {
  code: "en-US",
  formatDistance,
  formatLong,
  formatRelative,
  localize,
  match,
  options: {
    weekStartsOn: 0,
    firstWeekContainsDate: 1
  }
};

// node_modules/date-fns/_lib/defaultOptions.js
var defaultOptions = {};
function getDefaultOptions() {
  return defaultOptions;
}

// node_modules/date-fns/constants.js
var daysInYear = 365.2425;
var maxTime = Math.pow(10, 8) * 24 * 60 * 60 * 1e3;
var minTime = -maxTime;
var millisecondsInWeek = 6048e5;
var millisecondsInDay = 864e5;
var millisecondsInMinute = 6e4;
var millisecondsInHour = 36e5;
var secondsInHour = 3600;
var secondsInDay = secondsInHour * 24;
var secondsInWeek = secondsInDay * 7;
var secondsInYear = secondsInDay * daysInYear;
var secondsInMonth = secondsInYear / 12;
var secondsInQuarter = secondsInMonth * 3;
var constructFromSymbol = /* @__PURE__ */ Symbol.for("constructDateFrom");

// node_modules/date-fns/constructFrom.js
function constructFrom(date, value) {
  if (typeof date === "function") return date(value);
  if (date && typeof date === "object" && constructFromSymbol in date)
    return date[constructFromSymbol](value);
  if (date instanceof Date) return new date.constructor(value);
  return new Date(value);
}

// node_modules/date-fns/toDate.js
function toDate(argument, context) {
  return constructFrom(context || argument, argument);
}

// node_modules/date-fns/_lib/getTimezoneOffsetInMilliseconds.js
function getTimezoneOffsetInMilliseconds(date) {
  const _date = toDate(date);
  const utcDate = new Date(
    Date.UTC(
      _date.getFullYear(),
      _date.getMonth(),
      _date.getDate(),
      _date.getHours(),
      _date.getMinutes(),
      _date.getSeconds(),
      _date.getMilliseconds()
    )
  );
  utcDate.setUTCFullYear(_date.getFullYear());
  return +date - +utcDate;
}

// node_modules/date-fns/_lib/normalizeDates.js
function normalizeDates(context, ...dates) {
  const normalize = constructFrom.bind(
    null,
    context || dates.find((date) => typeof date === "object")
  );
  return dates.map(normalize);
}

// node_modules/date-fns/startOfDay.js
function startOfDay(date, options) {
  const _date = toDate(date, options?.in);
  _date.setHours(0, 0, 0, 0);
  return _date;
}

// node_modules/date-fns/differenceInCalendarDays.js
function differenceInCalendarDays(laterDate, earlierDate, options) {
  const [laterDate_, earlierDate_] = normalizeDates(
    options?.in,
    laterDate,
    earlierDate
  );
  const laterStartOfDay = startOfDay(laterDate_);
  const earlierStartOfDay = startOfDay(earlierDate_);
  const laterTimestamp = +laterStartOfDay - getTimezoneOffsetInMilliseconds(laterStartOfDay);
  const earlierTimestamp = +earlierStartOfDay - getTimezoneOffsetInMilliseconds(earlierStartOfDay);
  return Math.round((laterTimestamp - earlierTimestamp) / millisecondsInDay);
}

// node_modules/date-fns/startOfYear.js
function startOfYear(date, options) {
  const date_ = toDate(date, options?.in);
  date_.setFullYear(date_.getFullYear(), 0, 1);
  date_.setHours(0, 0, 0, 0);
  return date_;
}

// node_modules/date-fns/getDayOfYear.js
function getDayOfYear(date, options) {
  const _date = toDate(date, options?.in);
  const diff = differenceInCalendarDays(_date, startOfYear(_date));
  const dayOfYear = diff + 1;
  return dayOfYear;
}

// node_modules/date-fns/startOfWeek.js
function startOfWeek(date, options) {
  const defaultOptions2 = getDefaultOptions();
  const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions2.weekStartsOn ?? defaultOptions2.locale?.options?.weekStartsOn ?? 0;
  const _date = toDate(date, options?.in);
  const day = _date.getDay();
  const diff = (day < weekStartsOn ? 7 : 0) + day - weekStartsOn;
  _date.setDate(_date.getDate() - diff);
  _date.setHours(0, 0, 0, 0);
  return _date;
}

// node_modules/date-fns/startOfISOWeek.js
function startOfISOWeek(date, options) {
  return startOfWeek(date, { ...options, weekStartsOn: 1 });
}

// node_modules/date-fns/getISOWeekYear.js
function getISOWeekYear(date, options) {
  const _date = toDate(date, options?.in);
  const year = _date.getFullYear();
  const fourthOfJanuaryOfNextYear = constructFrom(_date, 0);
  fourthOfJanuaryOfNextYear.setFullYear(year + 1, 0, 4);
  fourthOfJanuaryOfNextYear.setHours(0, 0, 0, 0);
  const startOfNextYear = startOfISOWeek(fourthOfJanuaryOfNextYear);
  const fourthOfJanuaryOfThisYear = constructFrom(_date, 0);
  fourthOfJanuaryOfThisYear.setFullYear(year, 0, 4);
  fourthOfJanuaryOfThisYear.setHours(0, 0, 0, 0);
  const startOfThisYear = startOfISOWeek(fourthOfJanuaryOfThisYear);
  if (_date.getTime() >= startOfNextYear.getTime()) {
    return year + 1;
  } else if (_date.getTime() >= startOfThisYear.getTime()) {
    return year;
  } else {
    return year - 1;
  }
}

// node_modules/date-fns/startOfISOWeekYear.js
function startOfISOWeekYear(date, options) {
  const year = getISOWeekYear(date, options);
  const fourthOfJanuary = constructFrom(options?.in || date, 0);
  fourthOfJanuary.setFullYear(year, 0, 4);
  fourthOfJanuary.setHours(0, 0, 0, 0);
  return startOfISOWeek(fourthOfJanuary);
}

// node_modules/date-fns/getISOWeek.js
function getISOWeek(date, options) {
  const _date = toDate(date, options?.in);
  const diff = +startOfISOWeek(_date) - +startOfISOWeekYear(_date);
  return Math.round(diff / millisecondsInWeek) + 1;
}

// node_modules/date-fns/getWeekYear.js
function getWeekYear(date, options) {
  const _date = toDate(date, options?.in);
  const year = _date.getFullYear();
  const defaultOptions2 = getDefaultOptions();
  const firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions2.firstWeekContainsDate ?? defaultOptions2.locale?.options?.firstWeekContainsDate ?? 1;
  const firstWeekOfNextYear = constructFrom(options?.in || date, 0);
  firstWeekOfNextYear.setFullYear(year + 1, 0, firstWeekContainsDate);
  firstWeekOfNextYear.setHours(0, 0, 0, 0);
  const startOfNextYear = startOfWeek(firstWeekOfNextYear, options);
  const firstWeekOfThisYear = constructFrom(options?.in || date, 0);
  firstWeekOfThisYear.setFullYear(year, 0, firstWeekContainsDate);
  firstWeekOfThisYear.setHours(0, 0, 0, 0);
  const startOfThisYear = startOfWeek(firstWeekOfThisYear, options);
  if (+_date >= +startOfNextYear) {
    return year + 1;
  } else if (+_date >= +startOfThisYear) {
    return year;
  } else {
    return year - 1;
  }
}

// node_modules/date-fns/startOfWeekYear.js
function startOfWeekYear(date, options) {
  const defaultOptions2 = getDefaultOptions();
  const firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions2.firstWeekContainsDate ?? defaultOptions2.locale?.options?.firstWeekContainsDate ?? 1;
  const year = getWeekYear(date, options);
  const firstWeek = constructFrom(options?.in || date, 0);
  firstWeek.setFullYear(year, 0, firstWeekContainsDate);
  firstWeek.setHours(0, 0, 0, 0);
  const _date = startOfWeek(firstWeek, options);
  return _date;
}

// node_modules/date-fns/getWeek.js
function getWeek(date, options) {
  const _date = toDate(date, options?.in);
  const diff = +startOfWeek(_date, options) - +startOfWeekYear(_date, options);
  return Math.round(diff / millisecondsInWeek) + 1;
}

// node_modules/date-fns/_lib/addLeadingZeros.js
function addLeadingZeros(number, targetLength) {
  const sign = number < 0 ? "-" : "";
  const output = Math.abs(number).toString().padStart(targetLength, "0");
  return sign + output;
}

// node_modules/date-fns/_lib/format/lightFormatters.js
var lightFormatters = {
  // Year
  y(date, token) {
    const signedYear = date.getFullYear();
    const year = signedYear > 0 ? signedYear : 1 - signedYear;
    return addLeadingZeros(token === "yy" ? year % 100 : year, token.length);
  },
  // Month
  M(date, token) {
    const month = date.getMonth();
    return token === "M" ? String(month + 1) : addLeadingZeros(month + 1, 2);
  },
  // Day of the month
  d(date, token) {
    return addLeadingZeros(date.getDate(), token.length);
  },
  // AM or PM
  a(date, token) {
    const dayPeriodEnumValue = date.getHours() / 12 >= 1 ? "pm" : "am";
    switch (token) {
      case "a":
      case "aa":
        return dayPeriodEnumValue.toUpperCase();
      case "aaa":
        return dayPeriodEnumValue;
      case "aaaaa":
        return dayPeriodEnumValue[0];
      case "aaaa":
      default:
        return dayPeriodEnumValue === "am" ? "a.m." : "p.m.";
    }
  },
  // Hour [1-12]
  h(date, token) {
    return addLeadingZeros(date.getHours() % 12 || 12, token.length);
  },
  // Hour [0-23]
  H(date, token) {
    return addLeadingZeros(date.getHours(), token.length);
  },
  // Minute
  m(date, token) {
    return addLeadingZeros(date.getMinutes(), token.length);
  },
  // Second
  s(date, token) {
    return addLeadingZeros(date.getSeconds(), token.length);
  },
  // Fraction of second
  S(date, token) {
    const numberOfDigits = token.length;
    const milliseconds = date.getMilliseconds();
    const fractionalSeconds = Math.trunc(
      milliseconds * Math.pow(10, numberOfDigits - 3)
    );
    return addLeadingZeros(fractionalSeconds, token.length);
  }
};

// node_modules/date-fns/_lib/format/formatters.js
var dayPeriodEnum = {
  am: "am",
  pm: "pm",
  midnight: "midnight",
  noon: "noon",
  morning: "morning",
  afternoon: "afternoon",
  evening: "evening",
  night: "night"
};
var formatters = {
  // Era
  G: function(date, token, localize2) {
    const era = date.getFullYear() > 0 ? 1 : 0;
    switch (token) {
      // AD, BC
      case "G":
      case "GG":
      case "GGG":
        return localize2.era(era, { width: "abbreviated" });
      // A, B
      case "GGGGG":
        return localize2.era(era, { width: "narrow" });
      // Anno Domini, Before Christ
      case "GGGG":
      default:
        return localize2.era(era, { width: "wide" });
    }
  },
  // Year
  y: function(date, token, localize2) {
    if (token === "yo") {
      const signedYear = date.getFullYear();
      const year = signedYear > 0 ? signedYear : 1 - signedYear;
      return localize2.ordinalNumber(year, { unit: "year" });
    }
    return lightFormatters.y(date, token);
  },
  // Local week-numbering year
  Y: function(date, token, localize2, options) {
    const signedWeekYear = getWeekYear(date, options);
    const weekYear = signedWeekYear > 0 ? signedWeekYear : 1 - signedWeekYear;
    if (token === "YY") {
      const twoDigitYear = weekYear % 100;
      return addLeadingZeros(twoDigitYear, 2);
    }
    if (token === "Yo") {
      return localize2.ordinalNumber(weekYear, { unit: "year" });
    }
    return addLeadingZeros(weekYear, token.length);
  },
  // ISO week-numbering year
  R: function(date, token) {
    const isoWeekYear = getISOWeekYear(date);
    return addLeadingZeros(isoWeekYear, token.length);
  },
  // Extended year. This is a single number designating the year of this calendar system.
  // The main difference between `y` and `u` localizers are B.C. years:
  // | Year | `y` | `u` |
  // |------|-----|-----|
  // | AC 1 |   1 |   1 |
  // | BC 1 |   1 |   0 |
  // | BC 2 |   2 |  -1 |
  // Also `yy` always returns the last two digits of a year,
  // while `uu` pads single digit years to 2 characters and returns other years unchanged.
  u: function(date, token) {
    const year = date.getFullYear();
    return addLeadingZeros(year, token.length);
  },
  // Quarter
  Q: function(date, token, localize2) {
    const quarter = Math.ceil((date.getMonth() + 1) / 3);
    switch (token) {
      // 1, 2, 3, 4
      case "Q":
        return String(quarter);
      // 01, 02, 03, 04
      case "QQ":
        return addLeadingZeros(quarter, 2);
      // 1st, 2nd, 3rd, 4th
      case "Qo":
        return localize2.ordinalNumber(quarter, { unit: "quarter" });
      // Q1, Q2, Q3, Q4
      case "QQQ":
        return localize2.quarter(quarter, {
          width: "abbreviated",
          context: "formatting"
        });
      // 1, 2, 3, 4 (narrow quarter; could be not numerical)
      case "QQQQQ":
        return localize2.quarter(quarter, {
          width: "narrow",
          context: "formatting"
        });
      // 1st quarter, 2nd quarter, ...
      case "QQQQ":
      default:
        return localize2.quarter(quarter, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // Stand-alone quarter
  q: function(date, token, localize2) {
    const quarter = Math.ceil((date.getMonth() + 1) / 3);
    switch (token) {
      // 1, 2, 3, 4
      case "q":
        return String(quarter);
      // 01, 02, 03, 04
      case "qq":
        return addLeadingZeros(quarter, 2);
      // 1st, 2nd, 3rd, 4th
      case "qo":
        return localize2.ordinalNumber(quarter, { unit: "quarter" });
      // Q1, Q2, Q3, Q4
      case "qqq":
        return localize2.quarter(quarter, {
          width: "abbreviated",
          context: "standalone"
        });
      // 1, 2, 3, 4 (narrow quarter; could be not numerical)
      case "qqqqq":
        return localize2.quarter(quarter, {
          width: "narrow",
          context: "standalone"
        });
      // 1st quarter, 2nd quarter, ...
      case "qqqq":
      default:
        return localize2.quarter(quarter, {
          width: "wide",
          context: "standalone"
        });
    }
  },
  // Month
  M: function(date, token, localize2) {
    const month = date.getMonth();
    switch (token) {
      case "M":
      case "MM":
        return lightFormatters.M(date, token);
      // 1st, 2nd, ..., 12th
      case "Mo":
        return localize2.ordinalNumber(month + 1, { unit: "month" });
      // Jan, Feb, ..., Dec
      case "MMM":
        return localize2.month(month, {
          width: "abbreviated",
          context: "formatting"
        });
      // J, F, ..., D
      case "MMMMM":
        return localize2.month(month, {
          width: "narrow",
          context: "formatting"
        });
      // January, February, ..., December
      case "MMMM":
      default:
        return localize2.month(month, { width: "wide", context: "formatting" });
    }
  },
  // Stand-alone month
  L: function(date, token, localize2) {
    const month = date.getMonth();
    switch (token) {
      // 1, 2, ..., 12
      case "L":
        return String(month + 1);
      // 01, 02, ..., 12
      case "LL":
        return addLeadingZeros(month + 1, 2);
      // 1st, 2nd, ..., 12th
      case "Lo":
        return localize2.ordinalNumber(month + 1, { unit: "month" });
      // Jan, Feb, ..., Dec
      case "LLL":
        return localize2.month(month, {
          width: "abbreviated",
          context: "standalone"
        });
      // J, F, ..., D
      case "LLLLL":
        return localize2.month(month, {
          width: "narrow",
          context: "standalone"
        });
      // January, February, ..., December
      case "LLLL":
      default:
        return localize2.month(month, { width: "wide", context: "standalone" });
    }
  },
  // Local week of year
  w: function(date, token, localize2, options) {
    const week = getWeek(date, options);
    if (token === "wo") {
      return localize2.ordinalNumber(week, { unit: "week" });
    }
    return addLeadingZeros(week, token.length);
  },
  // ISO week of year
  I: function(date, token, localize2) {
    const isoWeek = getISOWeek(date);
    if (token === "Io") {
      return localize2.ordinalNumber(isoWeek, { unit: "week" });
    }
    return addLeadingZeros(isoWeek, token.length);
  },
  // Day of the month
  d: function(date, token, localize2) {
    if (token === "do") {
      return localize2.ordinalNumber(date.getDate(), { unit: "date" });
    }
    return lightFormatters.d(date, token);
  },
  // Day of year
  D: function(date, token, localize2) {
    const dayOfYear = getDayOfYear(date);
    if (token === "Do") {
      return localize2.ordinalNumber(dayOfYear, { unit: "dayOfYear" });
    }
    return addLeadingZeros(dayOfYear, token.length);
  },
  // Day of week
  E: function(date, token, localize2) {
    const dayOfWeek = date.getDay();
    switch (token) {
      // Tue
      case "E":
      case "EE":
      case "EEE":
        return localize2.day(dayOfWeek, {
          width: "abbreviated",
          context: "formatting"
        });
      // T
      case "EEEEE":
        return localize2.day(dayOfWeek, {
          width: "narrow",
          context: "formatting"
        });
      // Tu
      case "EEEEEE":
        return localize2.day(dayOfWeek, {
          width: "short",
          context: "formatting"
        });
      // Tuesday
      case "EEEE":
      default:
        return localize2.day(dayOfWeek, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // Local day of week
  e: function(date, token, localize2, options) {
    const dayOfWeek = date.getDay();
    const localDayOfWeek = (dayOfWeek - options.weekStartsOn + 8) % 7 || 7;
    switch (token) {
      // Numerical value (Nth day of week with current locale or weekStartsOn)
      case "e":
        return String(localDayOfWeek);
      // Padded numerical value
      case "ee":
        return addLeadingZeros(localDayOfWeek, 2);
      // 1st, 2nd, ..., 7th
      case "eo":
        return localize2.ordinalNumber(localDayOfWeek, { unit: "day" });
      case "eee":
        return localize2.day(dayOfWeek, {
          width: "abbreviated",
          context: "formatting"
        });
      // T
      case "eeeee":
        return localize2.day(dayOfWeek, {
          width: "narrow",
          context: "formatting"
        });
      // Tu
      case "eeeeee":
        return localize2.day(dayOfWeek, {
          width: "short",
          context: "formatting"
        });
      // Tuesday
      case "eeee":
      default:
        return localize2.day(dayOfWeek, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // Stand-alone local day of week
  c: function(date, token, localize2, options) {
    const dayOfWeek = date.getDay();
    const localDayOfWeek = (dayOfWeek - options.weekStartsOn + 8) % 7 || 7;
    switch (token) {
      // Numerical value (same as in `e`)
      case "c":
        return String(localDayOfWeek);
      // Padded numerical value
      case "cc":
        return addLeadingZeros(localDayOfWeek, token.length);
      // 1st, 2nd, ..., 7th
      case "co":
        return localize2.ordinalNumber(localDayOfWeek, { unit: "day" });
      case "ccc":
        return localize2.day(dayOfWeek, {
          width: "abbreviated",
          context: "standalone"
        });
      // T
      case "ccccc":
        return localize2.day(dayOfWeek, {
          width: "narrow",
          context: "standalone"
        });
      // Tu
      case "cccccc":
        return localize2.day(dayOfWeek, {
          width: "short",
          context: "standalone"
        });
      // Tuesday
      case "cccc":
      default:
        return localize2.day(dayOfWeek, {
          width: "wide",
          context: "standalone"
        });
    }
  },
  // ISO day of week
  i: function(date, token, localize2) {
    const dayOfWeek = date.getDay();
    const isoDayOfWeek = dayOfWeek === 0 ? 7 : dayOfWeek;
    switch (token) {
      // 2
      case "i":
        return String(isoDayOfWeek);
      // 02
      case "ii":
        return addLeadingZeros(isoDayOfWeek, token.length);
      // 2nd
      case "io":
        return localize2.ordinalNumber(isoDayOfWeek, { unit: "day" });
      // Tue
      case "iii":
        return localize2.day(dayOfWeek, {
          width: "abbreviated",
          context: "formatting"
        });
      // T
      case "iiiii":
        return localize2.day(dayOfWeek, {
          width: "narrow",
          context: "formatting"
        });
      // Tu
      case "iiiiii":
        return localize2.day(dayOfWeek, {
          width: "short",
          context: "formatting"
        });
      // Tuesday
      case "iiii":
      default:
        return localize2.day(dayOfWeek, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // AM or PM
  a: function(date, token, localize2) {
    const hours = date.getHours();
    const dayPeriodEnumValue = hours / 12 >= 1 ? "pm" : "am";
    switch (token) {
      case "a":
      case "aa":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "abbreviated",
          context: "formatting"
        });
      case "aaa":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "abbreviated",
          context: "formatting"
        }).toLowerCase();
      case "aaaaa":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "narrow",
          context: "formatting"
        });
      case "aaaa":
      default:
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // AM, PM, midnight, noon
  b: function(date, token, localize2) {
    const hours = date.getHours();
    let dayPeriodEnumValue;
    if (hours === 12) {
      dayPeriodEnumValue = dayPeriodEnum.noon;
    } else if (hours === 0) {
      dayPeriodEnumValue = dayPeriodEnum.midnight;
    } else {
      dayPeriodEnumValue = hours / 12 >= 1 ? "pm" : "am";
    }
    switch (token) {
      case "b":
      case "bb":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "abbreviated",
          context: "formatting"
        });
      case "bbb":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "abbreviated",
          context: "formatting"
        }).toLowerCase();
      case "bbbbb":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "narrow",
          context: "formatting"
        });
      case "bbbb":
      default:
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // in the morning, in the afternoon, in the evening, at night
  B: function(date, token, localize2) {
    const hours = date.getHours();
    let dayPeriodEnumValue;
    if (hours >= 17) {
      dayPeriodEnumValue = dayPeriodEnum.evening;
    } else if (hours >= 12) {
      dayPeriodEnumValue = dayPeriodEnum.afternoon;
    } else if (hours >= 4) {
      dayPeriodEnumValue = dayPeriodEnum.morning;
    } else {
      dayPeriodEnumValue = dayPeriodEnum.night;
    }
    switch (token) {
      case "B":
      case "BB":
      case "BBB":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "abbreviated",
          context: "formatting"
        });
      case "BBBBB":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "narrow",
          context: "formatting"
        });
      case "BBBB":
      default:
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // Hour [1-12]
  h: function(date, token, localize2) {
    if (token === "ho") {
      let hours = date.getHours() % 12;
      if (hours === 0) hours = 12;
      return localize2.ordinalNumber(hours, { unit: "hour" });
    }
    return lightFormatters.h(date, token);
  },
  // Hour [0-23]
  H: function(date, token, localize2) {
    if (token === "Ho") {
      return localize2.ordinalNumber(date.getHours(), { unit: "hour" });
    }
    return lightFormatters.H(date, token);
  },
  // Hour [0-11]
  K: function(date, token, localize2) {
    const hours = date.getHours() % 12;
    if (token === "Ko") {
      return localize2.ordinalNumber(hours, { unit: "hour" });
    }
    return addLeadingZeros(hours, token.length);
  },
  // Hour [1-24]
  k: function(date, token, localize2) {
    let hours = date.getHours();
    if (hours === 0) hours = 24;
    if (token === "ko") {
      return localize2.ordinalNumber(hours, { unit: "hour" });
    }
    return addLeadingZeros(hours, token.length);
  },
  // Minute
  m: function(date, token, localize2) {
    if (token === "mo") {
      return localize2.ordinalNumber(date.getMinutes(), { unit: "minute" });
    }
    return lightFormatters.m(date, token);
  },
  // Second
  s: function(date, token, localize2) {
    if (token === "so") {
      return localize2.ordinalNumber(date.getSeconds(), { unit: "second" });
    }
    return lightFormatters.s(date, token);
  },
  // Fraction of second
  S: function(date, token) {
    return lightFormatters.S(date, token);
  },
  // Timezone (ISO-8601. If offset is 0, output is always `'Z'`)
  X: function(date, token, _localize) {
    const timezoneOffset = date.getTimezoneOffset();
    if (timezoneOffset === 0) {
      return "Z";
    }
    switch (token) {
      // Hours and optional minutes
      case "X":
        return formatTimezoneWithOptionalMinutes(timezoneOffset);
      // Hours, minutes and optional seconds without `:` delimiter
      // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
      // so this token always has the same output as `XX`
      case "XXXX":
      case "XX":
        return formatTimezone(timezoneOffset);
      // Hours, minutes and optional seconds with `:` delimiter
      // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
      // so this token always has the same output as `XXX`
      case "XXXXX":
      case "XXX":
      // Hours and minutes with `:` delimiter
      default:
        return formatTimezone(timezoneOffset, ":");
    }
  },
  // Timezone (ISO-8601. If offset is 0, output is `'+00:00'` or equivalent)
  x: function(date, token, _localize) {
    const timezoneOffset = date.getTimezoneOffset();
    switch (token) {
      // Hours and optional minutes
      case "x":
        return formatTimezoneWithOptionalMinutes(timezoneOffset);
      // Hours, minutes and optional seconds without `:` delimiter
      // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
      // so this token always has the same output as `xx`
      case "xxxx":
      case "xx":
        return formatTimezone(timezoneOffset);
      // Hours, minutes and optional seconds with `:` delimiter
      // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
      // so this token always has the same output as `xxx`
      case "xxxxx":
      case "xxx":
      // Hours and minutes with `:` delimiter
      default:
        return formatTimezone(timezoneOffset, ":");
    }
  },
  // Timezone (GMT)
  O: function(date, token, _localize) {
    const timezoneOffset = date.getTimezoneOffset();
    switch (token) {
      // Short
      case "O":
      case "OO":
      case "OOO":
        return "GMT" + formatTimezoneShort(timezoneOffset, ":");
      // Long
      case "OOOO":
      default:
        return "GMT" + formatTimezone(timezoneOffset, ":");
    }
  },
  // Timezone (specific non-location)
  z: function(date, token, _localize) {
    const timezoneOffset = date.getTimezoneOffset();
    switch (token) {
      // Short
      case "z":
      case "zz":
      case "zzz":
        return "GMT" + formatTimezoneShort(timezoneOffset, ":");
      // Long
      case "zzzz":
      default:
        return "GMT" + formatTimezone(timezoneOffset, ":");
    }
  },
  // Seconds timestamp
  t: function(date, token, _localize) {
    const timestamp = Math.trunc(+date / 1e3);
    return addLeadingZeros(timestamp, token.length);
  },
  // Milliseconds timestamp
  T: function(date, token, _localize) {
    return addLeadingZeros(+date, token.length);
  }
};
function formatTimezoneShort(offset, delimiter = "") {
  const sign = offset > 0 ? "-" : "+";
  const absOffset = Math.abs(offset);
  const hours = Math.trunc(absOffset / 60);
  const minutes = absOffset % 60;
  if (minutes === 0) {
    return sign + String(hours);
  }
  return sign + String(hours) + delimiter + addLeadingZeros(minutes, 2);
}
function formatTimezoneWithOptionalMinutes(offset, delimiter) {
  if (offset % 60 === 0) {
    const sign = offset > 0 ? "-" : "+";
    return sign + addLeadingZeros(Math.abs(offset) / 60, 2);
  }
  return formatTimezone(offset, delimiter);
}
function formatTimezone(offset, delimiter = "") {
  const sign = offset > 0 ? "-" : "+";
  const absOffset = Math.abs(offset);
  const hours = addLeadingZeros(Math.trunc(absOffset / 60), 2);
  const minutes = addLeadingZeros(absOffset % 60, 2);
  return sign + hours + delimiter + minutes;
}

// node_modules/date-fns/_lib/format/longFormatters.js
var dateLongFormatter = (pattern, formatLong2) => {
  switch (pattern) {
    case "P":
      return formatLong2.date({ width: "short" });
    case "PP":
      return formatLong2.date({ width: "medium" });
    case "PPP":
      return formatLong2.date({ width: "long" });
    case "PPPP":
    default:
      return formatLong2.date({ width: "full" });
  }
};
var timeLongFormatter = (pattern, formatLong2) => {
  switch (pattern) {
    case "p":
      return formatLong2.time({ width: "short" });
    case "pp":
      return formatLong2.time({ width: "medium" });
    case "ppp":
      return formatLong2.time({ width: "long" });
    case "pppp":
    default:
      return formatLong2.time({ width: "full" });
  }
};
var dateTimeLongFormatter = (pattern, formatLong2) => {
  const matchResult = pattern.match(/(P+)(p+)?/) || [];
  const datePattern = matchResult[1];
  const timePattern = matchResult[2];
  if (!timePattern) {
    return dateLongFormatter(pattern, formatLong2);
  }
  let dateTimeFormat;
  switch (datePattern) {
    case "P":
      dateTimeFormat = formatLong2.dateTime({ width: "short" });
      break;
    case "PP":
      dateTimeFormat = formatLong2.dateTime({ width: "medium" });
      break;
    case "PPP":
      dateTimeFormat = formatLong2.dateTime({ width: "long" });
      break;
    case "PPPP":
    default:
      dateTimeFormat = formatLong2.dateTime({ width: "full" });
      break;
  }
  return dateTimeFormat.replace("{{date}}", dateLongFormatter(datePattern, formatLong2)).replace("{{time}}", timeLongFormatter(timePattern, formatLong2));
};
var longFormatters = {
  p: timeLongFormatter,
  P: dateTimeLongFormatter
};

// node_modules/date-fns/_lib/protectedTokens.js
var dayOfYearTokenRE = /^D+$/;
var weekYearTokenRE = /^Y+$/;
var throwTokens = ["D", "DD", "YY", "YYYY"];
function isProtectedDayOfYearToken(token) {
  return dayOfYearTokenRE.test(token);
}
function isProtectedWeekYearToken(token) {
  return weekYearTokenRE.test(token);
}
function warnOrThrowProtectedError(token, format2, input) {
  const _message = message(token, format2, input);
  console.warn(_message);
  if (throwTokens.includes(token)) throw new RangeError(_message);
}
function message(token, format2, input) {
  const subject = token[0] === "Y" ? "years" : "days of the month";
  return `Use \`${token.toLowerCase()}\` instead of \`${token}\` (in \`${format2}\`) for formatting ${subject} to the input \`${input}\`; see: https://github.com/date-fns/date-fns/blob/master/docs/unicodeTokens.md`;
}

// node_modules/date-fns/isDate.js
function isDate(value) {
  return value instanceof Date || typeof value === "object" && Object.prototype.toString.call(value) === "[object Date]";
}

// node_modules/date-fns/isValid.js
function isValid(date) {
  return !(!isDate(date) && typeof date !== "number" || isNaN(+toDate(date)));
}

// node_modules/date-fns/format.js
var formattingTokensRegExp = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;
var longFormattingTokensRegExp = /P+p+|P+|p+|''|'(''|[^'])+('|$)|./g;
var escapedStringRegExp = /^'([^]*?)'?$/;
var doubleQuoteRegExp = /''/g;
var unescapedLatinCharacterRegExp = /[a-zA-Z]/;
function format(date, formatStr, options) {
  const defaultOptions2 = getDefaultOptions();
  const locale = options?.locale ?? defaultOptions2.locale ?? enUS;
  const firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions2.firstWeekContainsDate ?? defaultOptions2.locale?.options?.firstWeekContainsDate ?? 1;
  const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions2.weekStartsOn ?? defaultOptions2.locale?.options?.weekStartsOn ?? 0;
  const originalDate = toDate(date, options?.in);
  if (!isValid(originalDate)) {
    throw new RangeError("Invalid time value");
  }
  let parts = formatStr.match(longFormattingTokensRegExp).map((substring) => {
    const firstCharacter = substring[0];
    if (firstCharacter === "p" || firstCharacter === "P") {
      const longFormatter = longFormatters[firstCharacter];
      return longFormatter(substring, locale.formatLong);
    }
    return substring;
  }).join("").match(formattingTokensRegExp).map((substring) => {
    if (substring === "''") {
      return { isToken: false, value: "'" };
    }
    const firstCharacter = substring[0];
    if (firstCharacter === "'") {
      return { isToken: false, value: cleanEscapedString(substring) };
    }
    if (formatters[firstCharacter]) {
      return { isToken: true, value: substring };
    }
    if (firstCharacter.match(unescapedLatinCharacterRegExp)) {
      throw new RangeError(
        "Format string contains an unescaped latin alphabet character `" + firstCharacter + "`"
      );
    }
    return { isToken: false, value: substring };
  });
  if (locale.localize.preprocessor) {
    parts = locale.localize.preprocessor(originalDate, parts);
  }
  const formatterOptions = {
    firstWeekContainsDate,
    weekStartsOn,
    locale
  };
  return parts.map((part) => {
    if (!part.isToken) return part.value;
    const token = part.value;
    if (!options?.useAdditionalWeekYearTokens && isProtectedWeekYearToken(token) || !options?.useAdditionalDayOfYearTokens && isProtectedDayOfYearToken(token)) {
      warnOrThrowProtectedError(token, formatStr, String(date));
    }
    const formatter = formatters[token[0]];
    return formatter(originalDate, token, locale.localize, formatterOptions);
  }).join("");
}
function cleanEscapedString(input) {
  const matched = input.match(escapedStringRegExp);
  if (!matched) {
    return input;
  }
  return matched[1].replace(doubleQuoteRegExp, "'");
}

// node_modules/date-fns/parseISO.js
function parseISO(argument, options) {
  const invalidDate = () => constructFrom(options?.in, NaN);
  const additionalDigits = options?.additionalDigits ?? 2;
  const dateStrings = splitDateString(argument);
  let date;
  if (dateStrings.date) {
    const parseYearResult = parseYear(dateStrings.date, additionalDigits);
    date = parseDate(parseYearResult.restDateString, parseYearResult.year);
  }
  if (!date || isNaN(+date)) return invalidDate();
  const timestamp = +date;
  let time = 0;
  let offset;
  if (dateStrings.time) {
    time = parseTime(dateStrings.time);
    if (isNaN(time)) return invalidDate();
  }
  if (dateStrings.timezone) {
    offset = parseTimezone(dateStrings.timezone);
    if (isNaN(offset)) return invalidDate();
  } else {
    const tmpDate = new Date(timestamp + time);
    const result = toDate(0, options?.in);
    result.setFullYear(
      tmpDate.getUTCFullYear(),
      tmpDate.getUTCMonth(),
      tmpDate.getUTCDate()
    );
    result.setHours(
      tmpDate.getUTCHours(),
      tmpDate.getUTCMinutes(),
      tmpDate.getUTCSeconds(),
      tmpDate.getUTCMilliseconds()
    );
    return result;
  }
  return toDate(timestamp + time + offset, options?.in);
}
var patterns = {
  dateTimeDelimiter: /[T ]/,
  timeZoneDelimiter: /[Z ]/i,
  timezone: /([Z+-].*)$/
};
var dateRegex = /^-?(?:(\d{3})|(\d{2})(?:-?(\d{2}))?|W(\d{2})(?:-?(\d{1}))?|)$/;
var timeRegex = /^(\d{2}(?:[.,]\d*)?)(?::?(\d{2}(?:[.,]\d*)?))?(?::?(\d{2}(?:[.,]\d*)?))?$/;
var timezoneRegex = /^([+-])(\d{2})(?::?(\d{2}))?$/;
function splitDateString(dateString) {
  const dateStrings = {};
  const array = dateString.split(patterns.dateTimeDelimiter);
  let timeString;
  if (array.length > 2) {
    return dateStrings;
  }
  if (/:/.test(array[0])) {
    timeString = array[0];
  } else {
    dateStrings.date = array[0];
    timeString = array[1];
    if (patterns.timeZoneDelimiter.test(dateStrings.date)) {
      dateStrings.date = dateString.split(patterns.timeZoneDelimiter)[0];
      timeString = dateString.substr(
        dateStrings.date.length,
        dateString.length
      );
    }
  }
  if (timeString) {
    const token = patterns.timezone.exec(timeString);
    if (token) {
      dateStrings.time = timeString.replace(token[1], "");
      dateStrings.timezone = token[1];
    } else {
      dateStrings.time = timeString;
    }
  }
  return dateStrings;
}
function parseYear(dateString, additionalDigits) {
  const regex = new RegExp(
    "^(?:(\\d{4}|[+-]\\d{" + (4 + additionalDigits) + "})|(\\d{2}|[+-]\\d{" + (2 + additionalDigits) + "})$)"
  );
  const captures = dateString.match(regex);
  if (!captures) return { year: NaN, restDateString: "" };
  const year = captures[1] ? parseInt(captures[1]) : null;
  const century = captures[2] ? parseInt(captures[2]) : null;
  return {
    year: century === null ? year : century * 100,
    restDateString: dateString.slice((captures[1] || captures[2]).length)
  };
}
function parseDate(dateString, year) {
  if (year === null) return /* @__PURE__ */ new Date(NaN);
  const captures = dateString.match(dateRegex);
  if (!captures) return /* @__PURE__ */ new Date(NaN);
  const isWeekDate = !!captures[4];
  const dayOfYear = parseDateUnit(captures[1]);
  const month = parseDateUnit(captures[2]) - 1;
  const day = parseDateUnit(captures[3]);
  const week = parseDateUnit(captures[4]);
  const dayOfWeek = parseDateUnit(captures[5]) - 1;
  if (isWeekDate) {
    if (!validateWeekDate(year, week, dayOfWeek)) {
      return /* @__PURE__ */ new Date(NaN);
    }
    return dayOfISOWeekYear(year, week, dayOfWeek);
  } else {
    const date = /* @__PURE__ */ new Date(0);
    if (!validateDate(year, month, day) || !validateDayOfYearDate(year, dayOfYear)) {
      return /* @__PURE__ */ new Date(NaN);
    }
    date.setUTCFullYear(year, month, Math.max(dayOfYear, day));
    return date;
  }
}
function parseDateUnit(value) {
  return value ? parseInt(value) : 1;
}
function parseTime(timeString) {
  const captures = timeString.match(timeRegex);
  if (!captures) return NaN;
  const hours = parseTimeUnit(captures[1]);
  const minutes = parseTimeUnit(captures[2]);
  const seconds = parseTimeUnit(captures[3]);
  if (!validateTime(hours, minutes, seconds)) {
    return NaN;
  }
  return hours * millisecondsInHour + minutes * millisecondsInMinute + seconds * 1e3;
}
function parseTimeUnit(value) {
  return value && parseFloat(value.replace(",", ".")) || 0;
}
function parseTimezone(timezoneString) {
  if (timezoneString === "Z") return 0;
  const captures = timezoneString.match(timezoneRegex);
  if (!captures) return 0;
  const sign = captures[1] === "+" ? -1 : 1;
  const hours = parseInt(captures[2]);
  const minutes = captures[3] && parseInt(captures[3]) || 0;
  if (!validateTimezone(hours, minutes)) {
    return NaN;
  }
  return sign * (hours * millisecondsInHour + minutes * millisecondsInMinute);
}
function dayOfISOWeekYear(isoWeekYear, week, day) {
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(isoWeekYear, 0, 4);
  const fourthOfJanuaryDay = date.getUTCDay() || 7;
  const diff = (week - 1) * 7 + day + 1 - fourthOfJanuaryDay;
  date.setUTCDate(date.getUTCDate() + diff);
  return date;
}
var daysInMonths = [31, null, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYearIndex(year) {
  return year % 400 === 0 || year % 4 === 0 && year % 100 !== 0;
}
function validateDate(year, month, date) {
  return month >= 0 && month <= 11 && date >= 1 && date <= (daysInMonths[month] || (isLeapYearIndex(year) ? 29 : 28));
}
function validateDayOfYearDate(year, dayOfYear) {
  return dayOfYear >= 1 && dayOfYear <= (isLeapYearIndex(year) ? 366 : 365);
}
function validateWeekDate(_year, week, day) {
  return week >= 1 && week <= 53 && day >= 0 && day <= 6;
}
function validateTime(hours, minutes, seconds) {
  if (hours === 24) {
    return minutes === 0 && seconds === 0;
  }
  return seconds >= 0 && seconds < 60 && minutes >= 0 && minutes < 60 && hours >= 0 && hours < 25;
}
function validateTimezone(_hours, minutes) {
  return minutes >= 0 && minutes <= 59;
}

// src/review/words.ts
var ISO_DATE = /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
function longDate(iso) {
  const d = parseISO(iso);
  return Number.isNaN(d.getTime()) ? iso : format(d, "EEE d MMM yyyy");
}
function shortDate(iso) {
  const d = parseISO(iso);
  return Number.isNaN(d.getTime()) ? iso : format(d, "d MMM");
}
function monthYear(iso) {
  const d = parseISO(iso);
  return Number.isNaN(d.getTime()) ? iso : format(d, "MMM yyyy");
}
function humaniseDates(text) {
  return text.replace(ISO_DATE, (iso) => longDate(iso));
}
var SIGNS = { GBP: "\xA3", EUR: "\u20AC", USD: "$" };
function amount(n, currency, audience) {
  const sign = currency ? SIGNS[currency.toUpperCase()] : void 0;
  if (audience === "customer" && sign) return `${n < 0 ? "-" : ""}${sign}${money(Math.abs(n))}`;
  return currency ? `${money(n)} ${currency}` : money(n);
}

// src/review/points/customer.ts
var Data = class {
  constructor(data, w) {
    this.data = data;
    this.w = w;
  }
  data;
  w;
  s(key) {
    const v = this.data[key];
    return v === void 0 ? "" : humaniseDates(Array.isArray(v) ? listOf(v) : String(v));
  }
  n(key) {
    const v = this.data[key];
    return typeof v === "number" ? v : Number(v);
  }
  date(key) {
    const v = this.data[key];
    return typeof v === "string" ? longDate(v) : "";
  }
  /** An amount: a number in the plan's currency, or text a rule already wrote. */
  money(key) {
    const v = this.data[key];
    if (typeof v === "number") return this.w.money(v);
    const n = Number(String(v ?? "").replace(/,/g, ""));
    return Number.isFinite(n) && String(v ?? "") !== "" ? this.w.money(n) : String(v ?? "");
  }
  list(key) {
    const v = this.data[key];
    return Array.isArray(v) ? [...v] : v === void 0 ? [] : [String(v)];
  }
};
var quoted = (xs) => listOf(xs.map((x) => `"${x}"`));
function idIn(f, list2) {
  const i = f.path.indexOf(list2);
  const seg = i >= 0 ? f.path[i + 1] : void 0;
  return seg !== void 0 && typeof seg === "object" ? seg.id : void 0;
}
var CATEGORY_WORDS = {
  "project-management": "Project management",
  labour: "Labour",
  hardware: "Hardware",
  software: "Software",
  licences: "Licences",
  services: "Services",
  contingency: "Contingency",
  other: "Other costs"
};
function lineName(model, id) {
  const line = model.plan.budget?.lines?.find((l) => l.id === id);
  if (!line) return `the ${id} budget line`;
  if (line.description) return `"${line.description}"`;
  const vendor = line.vendor ? model.vendorName(line.vendor) : void 0;
  const kind = line.category ? CATEGORY_WORDS[line.category].toLowerCase() : void 0;
  if (vendor) return `the ${vendor}${kind ? ` ${kind}` : ""} line`;
  return kind ? `the ${kind} line (${id})` : `the ${id} line`;
}
var itemName = (model, id) => model.items.get(id)?.name ?? id;
var pmName = (model) => model.manager?.name ?? "the project manager";
var sponsorName = (model) => {
  const id = model.plan.project.sponsor;
  return id ? model.personName(id) : "the sponsor";
};
function fact(f, model, w) {
  switch (f.kind) {
    case "spent":
      return `${w.money(f.amount)} has been spent on ${lineName(model, f.line)}`;
    case "started":
      return `"${f.item}" started on ${longDate(f.date)}`;
    case "progressed":
      return `"${f.item}" is ${percent(f.progress)} done`;
    case "received":
      return `${f.item} was delivered on ${longDate(f.date)}`;
    case "done":
      return `"${f.item}" was reached on ${longDate(f.date)}`;
    case "reported":
      return `a status report went out on ${longDate(f.date)}`;
    case "implemented":
      return `change ${f.change} has been made`;
    case "to-come":
      return `"${f.item}" is still to be done, by ${longDate(f.date)}`;
  }
}
function contradictions(model, date, w) {
  const p = model.problemsAt(date);
  return [
    ...p.slippedMilestones.map(
      (m) => m.forecast ? `"${m.item.name}" had slipped from ${longDate(m.due)} to ${longDate(m.forecast)}` : `"${m.item.name}" was past its date of ${longDate(m.due)}`
    ),
    ...p.overdueDeliveries.map(
      (o) => `${o.item.name}${o.item.vendor ? ` from ${model.vendorName(o.item.vendor.id)}` : ""} was overdue`
    ),
    ...p.overdueTasks.map((o) => `"${o.item.name}" was overdue`),
    ...p.overruns.map(
      (o) => `${o.line ? lineName(model, o.line.id) : "the budget as a whole"} was overspent (${w.money(o.spent)} against ${w.money(o.planned)})`
    )
  ];
}
var WHO_APPROVES = {
  "approver (by)": "who approved it",
  "date (on)": "when it was approved"
};
var FIELD_WORDS = {
  start: "start",
  finish: "finish",
  duration: "duration",
  due: "due date",
  forecast: "forecast date",
  planned: "planned amount",
  total: "budget total",
  contingency: "contingency",
  summary: "scope summary",
  in_scope: "list of what is in scope",
  out_of_scope: "list of what is excluded",
  assumptions: "assumptions",
  constraints: "constraints",
  success_criteria: "success criteria",
  must: "must-have list",
  should: "should-have list",
  could: "could-have list",
  wont: "won't-have list"
};
function changedThing(f, model) {
  const field = [...f.path].reverse().find((s) => typeof s === "string");
  const words = field ? FIELD_WORDS[field] ?? "details" : "details";
  const task = idIn(f, "tasks") ?? idIn(f, "milestones") ?? idIn(f, "deliveries");
  if (task) return `the ${words} of "${itemName(model, task)}"`;
  const line = idIn(f, "lines");
  if (line) return `the ${words} of ${lineName(model, line)}`;
  const vendor = idIn(f, "vendors");
  if (vendor) return `the supplier ${model.vendorName(vendor)}`;
  return `the ${words}`;
}
function furthestBehind(w) {
  const behind = (w.model.earnedValue?.targets ?? []).filter((t) => t.pv - t.ev >= 0.5).sort((a, b) => b.pv - b.ev - (a.pv - a.ev)).slice(0, 3).map((t) => `"${t.name}" (${w.money(t.pv - t.ev)} behind)`);
  return behind.length > 0 ? ` Furthest behind: ${listOf(behind)}.` : "";
}
function offenders(w, d) {
  const names = d.list("first").map((id) => `"${w.model.items.get(id)?.name ?? id}"`);
  const rest = d.n("rest");
  return listOf(rest > 0 ? [...names, `${rest} more`] : names);
}
var scheduleCheck = (gist, says, action) => ({
  topic: "Schedule quality",
  owner: "team",
  say: (_f, w, d) => ({ gist, says: says(w, d), action })
});
var CUSTOMER_WORDS = {
  "blackout-clash": {
    topic: "Blackout periods",
    owner: "team",
    say: (f, _w, d) => ({
      gist: "work planned inside a blackout period",
      says: f.messageId === "forecastClash" ? `"${d.s("task")}" is planned for ${d.date("start")}${d.s("at")}, but the work before it now pushes it to ${d.date("forecastStart")}, inside the "${d.s("blackout")}" blackout (${d.date("from")} to ${d.date("to")}).` : `"${d.s("task")}" is planned for ${d.date("start")}${d.s("finish") !== d.s("start") ? ` to ${d.date("finish")}` : ""}${d.s("at")}, inside the "${d.s("blackout")}" blackout (${d.date("from")} to ${d.date("to")}).`,
      action: `Move "${d.s("task")}" out of the blackout, or agree an exception with the business owner.`
    })
  },
  "budget-lines-exceed-total": {
    topic: "Budget",
    owner: "team",
    decision: true,
    say: (_f, _w, d) => ({
      gist: "budget lines that add up to more than the total",
      says: `The budget lines and the contingency add up to ${d.money("sum")}, ${d.money("over")} more than the total of ${d.money("total")}.`,
      action: "Make the lines and the total agree: raise the total through a change request, or trim the lines.",
      decide: "Agree the budget: raise the total to cover the lines, or have the lines trimmed to fit it."
    })
  },
  "budget-overrun": {
    topic: "Spend",
    owner: "team",
    decision: true,
    say: (f, w, d) => {
      const line = idIn(f, "lines");
      const what = line ? lineName(w.model, line) : "the budget as a whole";
      return {
        gist: `overspend on ${what}`,
        says: `Spend on ${what} is ${d.money("spent")} (spent and committed) against ${d.money("planned")} planned: ${d.money("over")} over.${d.s("tolerance")}`,
        action: `Explain the overspend on ${what} to the sponsor and agree it through a change request, or recover it.`,
        decide: `Agree how the ${d.money("over")} overspend on ${what} is covered, or ask for it to be recovered.`,
        // Within the cost tolerance the finding is a level lower: the PM's to manage, not the sponsor's.
        decision: f.severity === "high" || f.severity === "critical"
      };
    }
  },
  "change-approved": {
    topic: "Change approvals",
    owner: "customer",
    decision: true,
    say: (f, _w, d) => f.messageId === "noApproval" ? {
      gist: "a change made without a recorded approval",
      says: `Change ${d.s("id")} ("${d.s("title")}") has been ${d.s("status") === "implemented" ? "made" : "approved"} without a recorded approval.`,
      action: `Confirm whether change ${d.s("id")} is approved, and record who approved it and when.`
    } : f.messageId === "incomplete" ? {
      gist: "a change approval that is incomplete",
      says: `The approval of change ${d.s("id")} does not say ${WHO_APPROVES[d.s("missing")] ?? "who approved it and when"}.`,
      action: `Record ${WHO_APPROVES[d.s("missing")] ?? "who approved it and when"}.`
    } : {
      gist: "a change made before it was approved",
      says: `Change ${d.s("id")} went in on ${d.date("implemented")}, before it was approved on ${d.date("approved")}.`,
      action: "Approve each change before it is made, not after.",
      owner: "team",
      decision: false
    }
  },
  "change-approver": {
    topic: "Change approvals",
    owner: "customer",
    decision: true,
    say: (f, w, d) => ({
      gist: "a change approved by someone without the authority",
      says: f.messageId === "ownerBeyondBacklog" ? `Change ${d.s("id")} was approved by the product owner, ${d.s("approver")}, but it changes ${d.s("impact")}: that is the sponsor's decision.` : `Change ${d.s("id")} was approved by ${d.s("approver")}, who is neither the sponsor nor the project manager.`,
      action: `Ask ${sponsorName(w.model)} to confirm change ${d.s("id")}.`,
      decide: `Confirm change ${d.s("id")}, or reverse it.`
    })
  },
  "change-budget-reconciled": {
    topic: "Paying for changes",
    owner: "customer",
    decision: true,
    say: (f, _w, d) => f.messageId === "undecidedDrawdown" ? {
      gist: "contingency drawn for an undecided change",
      says: `Contingency has been drawn for change ${d.s("change")}, which is still ${d.s("status")}: nobody has approved spending it.`,
      action: `Decide change ${d.s("change")}, or return the money to the contingency.`
    } : f.messageId === "unfunded" ? {
      gist: "approved changes with no money set aside for them",
      says: `Approved changes cost ${d.money("cost")}; the contingency covers ${d.money("covered")}${d.s("raised")}, leaving ${d.money("uncovered")} unfunded (${d.s("changes")}).`,
      action: "Agree how the approved changes are paid for: from the contingency, or by raising the budget."
    } : {
      gist: "approved changes that cost more than the contingency",
      says: `Approved changes add ${d.money("cost")}, ${d.money("excess")} more than the contingency of ${d.money("contingency")}, and the budget total was ${d.s("raise")}.`,
      action: "Agree how the approved changes are paid for: from the contingency, or by raising the budget."
    }
  },
  "change-communicated": {
    topic: "Telling people about changes",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: "a change nobody was told about",
      says: `Change ${d.s("id")} is ${d.s("status") === "implemented" ? "made" : "approved"}, but nobody is recorded as having been told about it.`,
      action: `Tell the people and suppliers affected by change ${d.s("id")}, and note who was told.`
    })
  },
  "change-decision-stale": {
    topic: "Changes awaiting a decision",
    owner: "customer",
    decision: true,
    say: (_f, _w, d) => ({
      gist: "a change waiting for a decision",
      says: `Change ${d.s("id")} ("${d.s("title")}") has waited ${d.n("days")} days for a decision (raised ${d.date("raised")}).`,
      action: `Decide change ${d.s("id")}: approve it or reject it.`
    })
  },
  "change-impact-assessed": {
    topic: "Assessing changes",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: "a change with no assessment of its cost or time",
      says: `Change ${d.s("id")} ("${d.s("title")}") has no assessment of what it costs in money or time.`,
      action: `Assess change ${d.s("id")}: its cost and the days it adds, even if they are none.`
    })
  },
  "close-out": {
    topic: "Open items",
    owner: "team",
    say: (f, _w, d) => f.messageId === "undecided" ? {
      gist: "a change never decided",
      says: `Change ${d.s("change")} ("${d.s("title")}") was never decided.`,
      action: `Decide or withdraw change ${d.s("change")}.`,
      owner: "customer",
      decision: true
    } : f.messageId === "openRisk" ? {
      gist: "a risk still open",
      says: `Risk ${d.s("risk")} ("${d.s("title")}") is still open.`,
      action: `Close risk ${d.s("risk")}, or hand it over to whoever runs the service now.`
    } : {
      gist: "work still unfinished",
      says: `"${d.s("task")}" is ${d.s("state")}.`,
      action: `Record "${d.s("task")}" as complete, or as dropped with the reason.`
    }
  },
  "comms-plan": {
    topic: "Progress updates",
    owner: "customer",
    say: (f) => f.messageId === "noCadence" ? {
      gist: "no agreed rhythm of progress updates",
      says: "Nobody has agreed how often progress updates are sent.",
      action: "Agree how often you want updates (weekly is usual) and in what form."
    } : {
      gist: "no agreed audience for progress updates",
      says: "Nobody has agreed who receives the progress updates.",
      action: "Agree who on your side receives the updates."
    }
  },
  contingency: {
    topic: "Contingency",
    owner: "team",
    say: (f, _w, d) => f.messageId === "none" ? {
      gist: "no contingency",
      says: "The budget holds no contingency for the unexpected.",
      action: "Set aside a contingency sized against the risks, usually at least 5% of the budget."
    } : f.messageId === "small" ? {
      gist: "a small contingency",
      says: `The contingency of ${d.money("amount")} is ${percent(d.n("share"), 1)} of the budget, below the usual minimum of ${percent(d.n("min"))}.`,
      action: "Size the contingency against the risks, and raise it to at least the usual minimum."
    } : {
      gist: "a contingency overdrawn",
      says: `The contingency of ${d.money("amount")} has had ${d.money("drawn")} drawn from it, ${d.money("over")} more than it held.`,
      action: "Agree with the sponsor how the excess is paid for.",
      decision: true
    }
  },
  "cost-performance": {
    area: "budget",
    topic: "Value for money so far",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: "money going faster than the work",
      says: `The work done so far is worth ${d.money("ev")} at planned rates, but ${d.money("ac")} has been spent (a cost performance index of ${d.s("cpiShown")}, below ${d.s("min")}); ${d.s("forecast")}.`,
      action: "Find where the money is going faster than the work, and re-forecast the budget with the sponsor."
    })
  },
  "dcma-bei": scheduleCheck(
    "fewer tasks finished than the baseline planned by now",
    (w, d) => `${d.n("done")} tasks are finished, against ${d.n("due")} the baseline planned to be finished by ${d.date("asOf")}. Planned but not finished: ${offenders(w, d)}.`,
    "Finish or re-plan the tasks that are behind the baseline, and report the slip to the sponsor."
  ),
  "dcma-cpli": scheduleCheck(
    "a critical path with too little time left",
    (_w, d) => `The work that decides the finish (${d.s("chain")}) is forecast to end on ${d.date("finish")}; to meet ${d.s("targetIs")} of ${d.date("target")} the rest of it would have to go faster than planned.`,
    "Agree a recovery plan for the critical work, or a new finish date."
  ),
  "dcma-critical-path-test": scheduleCheck(
    "a critical path that does not drive the finish",
    (_w, d) => `A delay to "${d.s("task")}", the next task on the critical path, would move the forecast finish by less than the delay: the chain of work from it to the finish is broken, so the forecast cannot be relied on.`,
    "Link the critical work so that each task leads to the next, through to the finish."
  ),
  "dcma-hard-constraints": scheduleCheck(
    "tasks pinned to fixed dates",
    (w, d) => `${d.n("count")} of ${d.n("total")} tasks are pinned to fixed dates, so a delay before them does not show in the forecast: ${offenders(w, d)}.`,
    "Let the dependencies set these dates, and keep fixed dates for commitments outside the project."
  ),
  "dcma-high-duration": scheduleCheck(
    "tasks too long to track",
    (w, d) => `${d.n("count")} of ${d.n("total")} tasks run more than ${d.n("days")} working days, too long to see progress week by week: ${offenders(w, d)}.`,
    "Split the long tasks into pieces of a few weeks, each with its own result."
  ),
  "dcma-high-float": scheduleCheck(
    "tasks with implausibly much spare time",
    (w, d) => `${d.n("count")} of ${d.n("total")} tasks could slip more than ${d.n("days")} working days without moving the finish, which usually means a missing dependency: ${offenders(w, d)}.`,
    "Check what each of these tasks leads to, and add the dependencies that are missing."
  ),
  "dcma-invalid-dates": scheduleCheck(
    "dates that cannot be true",
    (w, d) => `${d.n("count")} of ${d.n("total")} tasks have a date that cannot be right as of ${d.date("asOf")}: work planned in the past but not recorded as done, or recorded as done in the future: ${offenders(w, d)}.`,
    "Record what has really happened, and move what has not to dates still to come."
  ),
  "dcma-lags": scheduleCheck(
    "waiting time hidden in dependencies",
    (w, d) => `${d.n("count")} of ${d.n("total")} dependencies carry a built-in wait, which hides what the time is for: into ${offenders(w, d)}.`,
    "Show each wait as a task of its own (curing, shipping, approval), so that it can be tracked."
  ),
  "dcma-leads": scheduleCheck(
    "work planned to start before what it depends on ends",
    (w, d) => `${d.n("count")} of ${d.n("total")} dependencies let work start before the work it depends on has finished: into ${offenders(w, d)}.`,
    "Split the earlier work where the later can really start, and link to that piece."
  ),
  "dcma-logic": scheduleCheck(
    "tasks not linked to the work around them",
    (w, d) => `${d.n("count")} of ${d.n("total")} tasks are not linked to the work before or after them, so a delay to them would not show in the finish date: ${offenders(w, d)}.`,
    "Link each task to what it needs and to what needs it."
  ),
  "dcma-missed-tasks": scheduleCheck(
    "tasks finished late against the baseline",
    (w, d) => `${d.n("count")} of ${d.n("total")} tasks the baseline planned to be finished by ${d.date("asOf")} finished late or not at all: ${offenders(w, d)}.`,
    "Find what held these tasks up, and re-plan the work after them."
  ),
  "dcma-negative-float": scheduleCheck(
    "work that cannot meet its dates",
    (w, d) => `${d.n("count")} of ${d.n("total")} tasks cannot be finished by the dates they must meet, as the work before them stands: ${offenders(w, d)}.`,
    "Agree a recovery plan for these tasks, or new dates for what they lead to."
  ),
  "dcma-relationship-types": scheduleCheck(
    "dependencies that are hard to follow",
    (w, d) => `Only ${d.n("fs")} of ${d.n("total")} dependencies are the plain kind (one task finishes, the next starts); the other ${d.n("count")} make the plan harder to follow: into ${offenders(w, d)}.`,
    "Where one task really must finish before the next starts, say so plainly."
  ),
  "dcma-resources": scheduleCheck(
    "tasks with nobody and nothing assigned",
    (w, d) => `${d.n("count")} of ${d.n("total")} tasks have nobody assigned, no supplier and no cost: ${offenders(w, d)}.`,
    "Name who does each task, or the supplier, or what it costs."
  ),
  "float-mismatch": scheduleCheck(
    "a scheduling tool's figures out of date",
    (w, d) => `${d.n("count")} of ${d.n("total")} tasks and milestones have spare time or critical marks in the scheduling tool that no longer match their dependencies as of ${d.date("asOf")}: ${offenders(w, d)}.`,
    "Reschedule the plan in the scheduling tool before reporting from it."
  ),
  "deadline-at-risk": {
    topic: "Deadline",
    owner: "customer",
    decision: true,
    say: (_f, w, d) => {
      const cp = criticalPath(w.model);
      const path = cp.status === "known" ? cp.ids.map((id) => `"${itemName(w.model, id)}"`) : [];
      return {
        gist: "a forecast finish after the deadline",
        says: `The earliest finish the plan's own logic allows is ${d.date("finish")}, ${d.s("lateText")} after the deadline of ${d.date("deadline")}${d.s("holidays")}.${path.length > 1 ? ` The work that decides it: ${path.join(" \u2192 ")}.` : ""}`,
        action: "Agree a recovery plan that shortens the critical path (more people, overlapping work, less scope), or a new deadline."
      };
    }
  },
  "delivery-blocks-work": {
    topic: "Deliveries",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: `an overdue delivery holding up work`,
      says: `${d.s("item")} from ${d.s("vendor")} was due ${d.date("due")} and has not arrived, and "${d.s("task")}", which needs it, ${d.s("when")}.`,
      action: `Get a committed date from ${d.s("vendor")} today, and move "${d.s("task")}" if it will not arrive in time.`
    })
  },
  "delivery-overdue": {
    topic: "Deliveries",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: "an overdue delivery",
      says: `${d.s("item")} from ${d.s("vendor")} was due ${d.date("due")} and has not arrived (${count(d.n("days"), "day")} late).`,
      action: `Chase ${d.s("vendor")} for a committed date, and re-plan the work that depends on it.`
    })
  },
  "delivery-site-mismatch": {
    topic: "Delivery addresses",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: "equipment going to the wrong site",
      says: `${d.s("item")} is being delivered to ${d.s("deliverySite")}, but ${d.s("task")}, which ${d.s("needs")} it, ${d.s("taskSite")}.`,
      action: "Correct the delivery address with the supplier, or the site of the work."
    })
  },
  "dependency-cycle": {
    topic: "Dependencies",
    owner: "team",
    say: (_f, w, d) => {
      const names = d.s("loop").split(" \u2192 ").map((id) => `"${itemName(w.model, id)}"`);
      return {
        gist: "dependencies that go round in a loop",
        says: `The plan's dependencies go round in a loop: ${names.join(" \u2192 ")}. As written, none of these can ever start, so the finish date cannot be worked out.`,
        action: "Remove or reverse one of the dependencies in the loop."
      };
    }
  },
  "escalation-path": {
    topic: "Escalation",
    owner: "team",
    say: () => ({
      gist: "no agreed escalation path",
      says: "Nobody has written down who escalates a problem to whom.",
      action: "Agree the escalation path, for example engineer, then project manager, then sponsor."
    })
  },
  "kickoff-held": {
    area: "communication",
    topic: "Kick-off",
    owner: "team",
    say: (f, _w, d) => f.messageId === "missing" ? {
      gist: "no kick-off meeting",
      says: "No kick-off meeting is recorded.",
      action: "Hold a kick-off meeting with everyone involved before work starts."
    } : {
      gist: "a kick-off after work began",
      says: `The kick-off on ${d.date("kickoff")} came after work started on ${d.date("started")} ("${d.s("task")}").`,
      action: "Hold the kick-off before any work starts."
    }
  },
  "long-task": {
    topic: "Long tasks",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: "a task too long to track",
      says: `"${d.s("task")}" runs ${d.n("days")} working days; a task that long hides slippage until late.`,
      action: `Break "${d.s("task")}" into pieces of a few weeks, each with its own owner and finish date.`
    })
  },
  "milestone-done-incomplete": {
    topic: "Milestones",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: "a milestone recorded as reached before its work is done",
      says: `"${d.s("milestone")}" is recorded as reached on ${d.date("done")}, but "${d.s("item")}", which it depends on, ${d.s("state")}.`,
      action: `Record "${d.s("milestone")}" as not yet reached until the work before it is complete.`
    })
  },
  "milestone-gate": {
    topic: "Go/no-go checks",
    owner: "team",
    merge: {
      noGate: (ds) => ({
        gist: "milestones without a go/no-go check",
        says: `${ds.length} milestones have no go/no-go check (no agreed criteria, and nobody named to approve going past them): ${quoted(ds.map((d) => d.s("milestone")))}.`,
        action: "Agree the criteria for each milestone and who approves going past it."
      })
    },
    say: (f, _w, d) => f.messageId === "noGate" ? {
      gist: "milestones without a go/no-go check",
      says: `"${d.s("milestone")}" has no go/no-go check: no agreed criteria, and nobody named to approve going past it.`,
      action: `Agree the criteria for "${d.s("milestone")}" and who approves going past it.`
    } : {
      gist: "an incomplete go/no-go check",
      says: `The go/no-go check at "${d.s("milestone")}" has no ${d.s("missing") === "approver" ? "named approver" : d.s("missing") === "criteria" ? "criteria" : "criteria or approver"}.`,
      action: `Complete the go/no-go check for "${d.s("milestone")}".`
    }
  },
  "milestone-slipped": {
    topic: "Milestones",
    owner: "team",
    say: (f, w, d) => {
      if (f.messageId === "logicLater")
        return {
          gist: `a date for "${d.s("milestone")}" that the work before it cannot meet`,
          says: `"${d.s("milestone")}" is ${d.s("recorded")}, but the work before it cannot be finished until ${d.date("logic")} ("${d.s("driver")}" decides it).`,
          action: `Recover the time on "${d.s("driver")}", or agree a new date for "${d.s("milestone")}" and tell the sponsor.`,
          decide: `Agree a recovery plan for "${d.s("milestone")}", or a new date for it.`,
          decision: f.severity === "high" || f.severity === "critical"
        };
      const id = idIn(f, "milestones");
      const m = id ? w.model.items.get(id)?.milestone : void 0;
      const late = d.n("days") > 0 ? `, ${count(d.n("days"), "working day")} late` : "";
      return {
        gist: `the slip of "${d.s("milestone")}"`,
        says: m?.due && m.forecast && m.forecast > m.due ? `"${d.s("milestone")}" was due ${longDate(m.due)} and is now forecast for ${longDate(m.forecast)}${late}.${d.s("tolerance")}` : `"${d.s("milestone")}" was due ${m?.due ? longDate(m.due) : "earlier"} and is not yet reached${late}.${d.s("tolerance")}`,
        action: `Recover the slip on "${d.s("milestone")}", or agree a new date through a change request and tell the sponsor.`,
        decide: `Agree a recovery plan for "${d.s("milestone")}", or a new date for it.`,
        // Within the schedule tolerance the finding is a level lower: the PM's to manage.
        decision: f.severity === "high" || f.severity === "critical"
      };
    }
  },
  "missing-logic": {
    topic: "Dependencies",
    owner: "team",
    merge: {
      dangling: (ds) => ({
        gist: "tasks not linked to the rest of the plan",
        says: `${ds.length} unfinished tasks are not linked to what comes before or after them (${quoted(ds.map((d) => d.s("task")))}), so a slip in them would not show in the forecast.`,
        action: "Link each task to what must happen before it and what it enables."
      })
    },
    say: (_f, _w, d) => ({
      gist: "tasks not linked to the rest of the plan",
      says: `"${d.s("task")}" is not linked to ${d.s("missing") === "predecessor" ? "what must happen before it" : d.s("missing") === "successor" ? "what it enables" : "the rest of the plan"}; ${d.n("count")} of ${d.n("total")} unfinished tasks are not linked, so a slip in them would not show in the forecast.`,
      action: "Link each task to what must happen before it and what it enables."
    })
  },
  "overdue-task": {
    topic: "Overdue work",
    owner: "team",
    merge: {
      overdue: (ds) => ({
        gist: "overdue work",
        says: `${ds.length} tasks are past their finish dates: ${listOf(
          ds.map((d) => `"${d.s("task")}" (due ${d.date("finish")}, ${d.s("progress")} done)`),
          { separator: ";" }
        )}.`,
        action: "Bring the overdue tasks up to date: record their progress, or re-plan their finish and the work after them."
      })
    },
    say: (_f, _w, d) => ({
      gist: "overdue work",
      says: `"${d.s("task")}" was due to finish ${d.date("finish")} and is ${d.s("progress")} done.`,
      action: `Bring "${d.s("task")}" up to date: record its progress, or re-plan its finish and the work after it.`
    })
  },
  "owner-assigned": {
    topic: "Owners",
    owner: "team",
    merge: {
      noOwner: (ds) => ({
        gist: "work with no owner",
        says: `${ds.length} tasks and milestones have nobody responsible for them: ${quoted(ds.map((d) => d.s("name")))}.`,
        action: "Name the person responsible for each of them."
      })
    },
    say: (f, _w, d) => f.messageId === "noRequester" ? {
      gist: "a change with no requester",
      says: `Change ${d.s("id")} does not say who asked for it.`,
      action: `Record who requested change ${d.s("id")}.`
    } : {
      gist: "work with no owner",
      says: `${d.s("kind") === "Milestone" ? "Milestone" : "Task"} "${d.s("name")}" has nobody responsible for it.`,
      action: `Name the person responsible for "${d.s("name")}".`
    }
  },
  "person-overbooked": {
    area: "schedule",
    topic: "People",
    owner: "team",
    say: (f, _w, d) => ({
      gist: "people booked in two places at once",
      says: f.messageId === "twoSites" ? `${d.s("person")} is booked at ${d.s("siteA")} for "${d.s("taskA")}" and at ${d.s("siteB")} for "${d.s("taskB")}" on the same days (${d.date("from")}${d.s("to") !== d.s("from") ? ` to ${d.date("to")}` : ""}).` : `${d.s("person")} is booked for ${percent(d.n("load"))} of a week from ${d.date("from")} to ${d.date("to")}: ${d.s("tasks")}.`,
      action: "Move one of the tasks, give it to someone else, or reduce the overlap."
    })
  },
  "phase-contradicted": {
    topic: "Project stage",
    owner: "team",
    say: (f, w) => {
      const facts = w.model.phaseContradictions.slice(0, 4).map((x) => fact(x, w.model, w));
      return f.messageId === "presale" ? {
        gist: "a proposal that is already under way",
        says: `The plan is described as a proposal, but ${listOf(facts, { separator: ";" })}.`,
        action: "Review the project as the delivery it already is, with progress reports and change control."
      } : {
        gist: "a closed project with work still to come",
        says: `The project is described as closed, but ${listOf(facts, { separator: ";" })}.`,
        action: "Finish or formally drop the remaining work before closing the project."
      };
    }
  },
  "pilot-first": {
    area: "schedule",
    topic: "Pilots",
    owner: "team",
    say: (f, _w, d) => ({
      gist: "a rollout with no pilot",
      says: f.messageId === "noPilotWaves" ? `"${d.s("task")}" is the first of ${d.n("waves")} waves reaching ${d.n("users")} users, and no pilot comes before it.` : `"${d.s("task")}" reaches ${d.n("users")} users at once, with no pilot before it.`,
      action: `Run a pilot with a small group first, and let "${d.s("task")}" wait for its results.`
    })
  },
  "pm-allocation": {
    topic: "Project manager",
    owner: "team",
    say: (f, w, d) => f.messageId === "unknown" ? {
      gist: "no agreed time for the project manager",
      says: `How much of ${pmName(w.model)}'s week goes to this project is not recorded.`,
      action: `Agree and record ${pmName(w.model)}'s time on the project.`
    } : {
      gist: "too little project management time",
      says: `${capitalise(d.s("pm"))} has ${d.s("allocation")} of a week for this project; a project of this size usually needs at least ${d.s("min")}.`,
      action: `Confirm ${d.s("pm")}'s real time on the project, and raise it to at least ${d.s("min")} of a week.`
    }
  },
  "pm-assigned": {
    topic: "Project manager",
    owner: "team",
    say: (f, _w, d) => f.messageId === "wrongRole" ? {
      gist: "a project manager who is also an engineer",
      says: `${d.s("name")} is named as project manager but is ${d.s("role") === "engineer" ? "an engineer on the project" : `listed as a ${d.s("role").replace(/-/g, " ")}`}.`,
      action: `Name a project manager whose job is to run this project, and leave ${d.s("name")} free for ${d.s("role") === "engineer" ? "the technical work" : "their own role"}.`
    } : {
      gist: "no project manager",
      says: "Nobody is named as the project manager, the one person accountable for the whole delivery.",
      action: "Name one project manager, accountable for the whole delivery."
    }
  },
  "pm-budgeted": {
    topic: "Project management in the price",
    owner: "team",
    say: (f, _w, d) => f.messageId === "missing" ? {
      gist: "project management missing from the price",
      says: "The price has no line for project management, so nobody is paid to manage the project.",
      action: "Include project management in the price, sized to the effort the project needs."
    } : {
      gist: "a small project management budget",
      says: `Project management is ${d.s("share")} of the budget (${d.money("amount")} of ${d.money("total")}); projects of this kind usually need at least ${d.s("min")}.`,
      action: "Check that the project management effort is enough for the work, and price it in."
    }
  },
  "pm-not-engineer": {
    topic: "Project manager",
    owner: "team",
    merge: {
      ownsTechnicalWork: (ds) => ({
        gist: "a project manager who also does technical work",
        says: `${ds[0].s("pm")}, the project manager, also owns ${ds.length} technical tasks: ${quoted(ds.map((d) => d.s("task")))}.`,
        action: `Give these tasks to an engineer, so that ${ds[0].s("pm")} can manage the whole delivery.`
      })
    },
    say: (_f, _w, d) => ({
      gist: "a project manager who also does technical work",
      says: `${d.s("pm")}, the project manager, also owns the ${d.s("kind")} task "${d.s("task")}".`,
      action: `Give "${d.s("task")}" to an engineer, so that ${d.s("pm")} can manage the whole delivery.`
    })
  },
  "predecessor-order": {
    topic: "Order of work",
    owner: "team",
    say: (f, _w, d) => {
      const verb = d.s("bound").startsWith("finish") ? "finish" : "start";
      if (f.messageId === "happened")
        return {
          gist: "work that ran ahead of what it depends on",
          says: `"${d.s("item")}" ${verb}ed on ${d.date("date")}, before "${d.s("pred")}", which it depends on, ${d.s("verb")} on ${d.date("predDate")}: the two overlapped, and the plan still says they cannot.`,
          action: `Record how "${d.s("item")}" really depended on "${d.s("pred")}", so that the forecast follows the work as it ran.`
        };
      return {
        gist: "work planned before what it depends on",
        says: `"${d.s("item")}" is planned to ${verb} on ${d.date("date")}, but it depends on "${d.s("pred")}", which ${d.s("verb")} ${d.date("predDate")}, so it cannot ${verb} before ${d.date("allowed")}.`,
        action: `Move "${d.s("item")}" to when its dependency allows, or correct the dependency.`
      };
    }
  },
  "risk-mitigation": {
    topic: "Risk plans",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: "a serious risk with no plan",
      says: `Risk ${d.s("id")} ("${d.s("title")}") is serious (likelihood ${d.n("likelihood")}, impact ${d.n("impact")}, out of 5) and has no plan to reduce it.`,
      action: `Write down what will be done now to make risk ${d.s("id")} less likely or less damaging.`
    })
  },
  "risk-owner": {
    topic: "Risk owners",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: "a risk nobody owns",
      says: `Risk ${d.s("id")} ("${d.s("title")}") has nobody watching it.`,
      action: `Name the person who will watch risk ${d.s("id")} and act on it.`
    })
  },
  "risk-register": {
    topic: "Risks",
    owner: "team",
    say: () => ({
      gist: "no list of risks",
      says: "The plan lists no risks.",
      action: "Write down what could go wrong: how likely and how bad each risk is, who watches it, and what will be done about it."
    })
  },
  "risk-review-stale": {
    topic: "Risk reviews",
    owner: "team",
    say: (f, _w, d) => ({
      gist: "risks not reviewed lately",
      says: f.messageId === "never" ? `Risk ${d.s("id")} has never been reviewed.` : `Risk ${d.s("id")} was last reviewed on ${d.date("reviewed")}, ${d.n("days")} days ago.`,
      action: `Review risk ${d.s("id")}: is it still likely, and is the plan for it working?`
    })
  },
  "rollback-plan": {
    area: "schedule",
    topic: "Rollback",
    owner: "team",
    merge: {
      none: (ds) => ({
        gist: "cutovers with no way back",
        says: `${ds.length} cutovers and migrations have no written way back if they go wrong: ${quoted(ds.map((d) => d.s("task")))}.`,
        action: "Write a rollback plan for each: how to get back, who decides, and by when."
      })
    },
    say: (_f, _w, d) => ({
      gist: "a cutover with no way back",
      says: `${d.s("kind")} "${d.s("task")}" has no written way back if it goes wrong.`,
      action: `Write the rollback plan for "${d.s("task")}": how to get back, who decides, and by when.`
    })
  },
  "schedule-performance": {
    topic: "Progress against plan",
    owner: "team",
    say: (_f, w, d) => ({
      gist: "work behind plan",
      says: `Work worth ${d.money("pv")} was planned to be done by now, and ${d.money("ev")} has been (a schedule performance index of ${d.s("spiShown")}).${furthestBehind(w)}`,
      action: "Re-plan the work furthest behind, or report the slip to the sponsor."
    })
  },
  "scope-boundaries": {
    topic: "Scope",
    owner: "team",
    say: (f) => f.messageId === "noExclusions" ? {
      gist: "no stated exclusions",
      says: "The scope does not say what is excluded.",
      action: "List what is not included, especially what you might reasonably expect to be."
    } : {
      gist: "no stated assumptions",
      says: "The scope records no assumptions.",
      action: "Write down the assumptions the price and the dates rest on."
    }
  },
  "scope-signed-off": {
    topic: "Scope sign-off",
    owner: "customer",
    decision: true,
    say: (f, _w, d) => f.messageId === "unsigned" ? {
      gist: "a scope not yet signed off",
      says: "The scope has not been signed off.",
      action: "Agree the scope and sign it off before build work starts."
    } : {
      gist: "an incomplete scope sign-off",
      says: `The scope sign-off does not say ${d.s("missing") === "person (by)" ? "who signed it" : "when it was signed"}.`,
      action: "Record who signed the scope off and when."
    }
  },
  "sponsor-assigned": {
    topic: "Sponsor",
    owner: "customer",
    decision: true,
    say: () => ({
      gist: "no sponsor",
      says: "No sponsor is named: nobody on the client side owns the decisions.",
      action: "Name the person on your side who makes the decisions and signs off."
    })
  },
  "status-stale": {
    topic: "Status reports",
    owner: "team",
    say: (f, _w, d) => ({
      gist: "a status report overdue",
      says: f.messageId === "none" ? `No status report has gone out, though work started on ${d.date("started")} and ${d.s("cadence")} reports were agreed.` : `The last status report went out on ${d.date("last")}, ${d.n("days")} days ago; ${d.s("cadence")} reports were agreed.`,
      action: "Send the overdue status report."
    })
  },
  "success-criteria": {
    topic: "Success criteria",
    owner: "customer",
    merge: {
      vague: (ds) => ({
        gist: "success criteria that cannot be measured",
        says: `${ds.length} success criteria cannot be measured as written: ${quoted(ds.map((d) => d.s("criterion")))}.`,
        action: "Add a number, a date or a percentage to each success criterion."
      })
    },
    say: (f, _w, d) => f.messageId === "none" ? {
      gist: "no success criteria",
      says: "The scope has no success criteria.",
      action: "Agree how success will be measured, in numbers, dates or percentages."
    } : {
      gist: "success criteria that cannot be measured",
      says: `"${d.s("criterion")}" cannot be measured as written.`,
      action: `Add a number, a date or a percentage to "${d.s("criterion")}".`
    }
  },
  "unapproved-spend": {
    topic: "Spend approvals",
    owner: "customer",
    decision: true,
    say: (f, w, d) => {
      const line = lineName(w.model, idIn(f, "lines") ?? d.s("line"));
      return f.messageId === "approvedLate" ? {
        gist: "spend approved after work began",
        says: `${capitalise(line)} was approved on ${d.date("approved")}, after ${d.s("vendor")} started work on ${d.date("started")}.`,
        action: "Approve each budget line before work is done against it.",
        owner: "team",
        decision: false
      } : f.messageId === "changeUndecided" ? {
        gist: "money spent on a change not yet approved",
        says: `${d.money("actual")} has been spent on ${line}, which change ${d.s("change")} added, and that change has no recorded approval.`,
        action: `Confirm whether change ${d.s("change")} is approved, and record who approved it and when, or stop the spending.`
      } : {
        gist: "money spent without approval",
        says: `${d.money("actual")} has been spent on ${line} without an approval.`,
        action: `Approve the spending on ${line}, or stop it, before more is spent.`
      };
    }
  },
  "undocumented-change": {
    area: "changes",
    topic: "Unrecorded changes",
    owner: "team",
    say: (f, w, d) => {
      const what = changedThing(f, w.model);
      return {
        gist: "changes made without a change request",
        says: f.messageId === "changed" ? `${capitalise(what)} changed from ${d.s("before")} to ${d.s("after")} since the last agreed version, and no change request covers it.` : `${capitalise(what)} was ${f.messageId === "added" ? "added" : "removed"} since the last agreed version, and no change request covers it.`,
        action: "Raise a change request for it, with its impact and approval."
      };
    }
  },
  "user-comms": {
    area: "communication",
    topic: "Telling users",
    owner: "team",
    merge: {
      untold: (ds) => ({
        gist: "users not told before changes that affect them",
        says: `${ds.length} changes affect users with no communication or training planned before them: ${listOf(
          ds.map((d) => `"${d.s("task")}" (${d.date("start")})`),
          { separator: ";" }
        )}.`,
        action: "Plan how users will be told, or trained, before each of these changes."
      })
    },
    say: (_f, _w, d) => ({
      gist: "users not told before a change that affects them",
      says: `"${d.s("task")}" ${d.s("effect")}, but no communication or training is planned ${d.s("where")}before it starts on ${d.date("start")}.`,
      action: `Plan how users will be told, or trained, before "${d.s("task")}".`
    })
  },
  "vendor-contact": {
    topic: "Supplier contacts",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: "a supplier with no named contact",
      says: `${d.s("vendor")} has no named contact.`,
      action: `Record a named contact at ${d.s("vendor")}.`
    })
  },
  "vendor-contract": {
    topic: "Contracts",
    owner: "team",
    merge: {
      noContract: (ds, w) => ({
        gist: "suppliers without a signed contract",
        says: `${ds.length} suppliers have no signed contract yet: ${listOf(ds.map((d) => d.s("vendor")))}.`,
        action: `Sign the contracts with ${listOf(ds.map((d) => d.s("vendor")))} before their work starts.`,
        owner: w.model.plan.project.phase === "presale" ? "customer" : "team"
      })
    },
    say: (f, w, d) => f.messageId === "noContract" ? {
      gist: "suppliers without a signed contract",
      says: `${d.s("vendor")} has no signed contract yet.`,
      action: `Sign the contract with ${d.s("vendor")} before their work starts.`,
      owner: w.model.plan.project.phase === "presale" ? "customer" : "team"
    } : {
      gist: "supplier work before the contract",
      says: `"${d.s("task")}" by ${d.s("vendor")} starts ${d.date("start")}, before the contract was signed on ${d.date("signed")}.`,
      action: `Sign the contract with ${d.s("vendor")} before their work starts.`
    }
  },
  "vendor-double-booked": {
    topic: "Supplier bookings",
    owner: "team",
    say: (_f, _w, d) => ({
      gist: "a supplier booked at two sites at once",
      says: `${d.s("vendor")} is booked at ${d.s("site")} for "${d.s("task")}" from ${d.date("start")} while still at ${d.s("otherSite")} for "${d.s("other")}" until ${d.date("otherFinish")}.`,
      action: `Re-sequence ${d.s("vendor")}'s visits, or confirm they will send two crews.`
    })
  },
  "vendor-sequencing": {
    topic: "Delivery timing",
    owner: "team",
    say: (f, _w, d) => f.messageId === "beforeHandoff" ? {
      gist: "work booked before the supplier work it needs",
      says: `"${d.s("task")}" starts ${d.date("start")}, but depends on "${d.s("pred")}" by ${d.s("vendor")}, which finishes ${d.date("finish")}.`,
      action: `Move "${d.s("task")}" after the hand-off, or bring the hand-off forward with ${d.s("vendor")}.`
    } : {
      gist: "work booked before its equipment arrives",
      says: `"${d.s("task")}" starts ${d.date("start")}, but needs ${d.s("item")} from ${d.s("vendor")}, ${d.s("arrival")}.`,
      action: `Move "${d.s("task")}" after the delivery, or bring the delivery forward with ${d.s("vendor")}.`
    }
  },
  "watermelon-status": {
    topic: "Status reports",
    owner: "team",
    say: (_f, w, d) => {
      const facts = contradictions(w.model, String(_f.data.on), w).slice(0, 4);
      return {
        gist: "a green report hiding problems",
        says: `The report of ${d.date("on")} was green ("${d.s("summary")}"), but by then ${listOf(facts, { separator: ";" })}.`,
        action: "Re-issue the report as amber or red, with each problem and its recovery plan."
      };
    }
  },
  "work-before-signoff": {
    topic: "Scope sign-off",
    owner: "customer",
    decision: true,
    merge: {
      beforeSignoff: (ds) => ({
        gist: "work started before the scope was signed off",
        says: `${ds.length} tasks begin before the scope sign-off on ${ds[0].date("signoff")}: ${listOf(
          ds.map((d) => `"${d.s("task")}" (${d.date("start")})`),
          { separator: ";" }
        )}.`,
        action: "Start build work only once the scope is signed off.",
        owner: "team",
        decision: false
      })
    },
    say: (f, _w, d) => f.messageId === "unsigned" ? {
      gist: "work started before the scope was signed off",
      says: `"${d.s("task")}" has started (${d.s("evidence").replace(/^actual start /, "on ")}), but the scope has not been signed off.`,
      action: "Sign off the scope now, or pause the work until it is."
    } : {
      gist: "work started before the scope was signed off",
      says: `"${d.s("task")}" ${d.s("verb")} on ${d.date("start")}, before the scope was signed off on ${d.date("signoff")}.`,
      action: "Start build work only once the scope is signed off.",
      owner: "team",
      decision: false
    }
  }
};
function mergeable(f) {
  return CUSTOMER_WORDS[f.ruleId].merge?.[f.messageId] !== void 0;
}
function customerSaysAll(fs, w) {
  const wording = CUSTOMER_WORDS[fs[0].ruleId];
  const said = wording.merge[fs[0].messageId](
    fs.map((f) => new Data(f.data, w)),
    w
  );
  return {
    area: wording.area,
    topic: said.topic ?? wording.topic,
    owner: said.owner ?? wording.owner,
    decision: said.decision ?? wording.decision ?? false,
    gist: said.gist,
    says: said.says,
    action: said.action,
    decide: said.decide
  };
}
function customerSays(f, w) {
  const wording = CUSTOMER_WORDS[f.ruleId];
  const said = wording.say(f, w, new Data(f.data, w));
  return {
    area: wording.area,
    topic: said.topic ?? wording.topic,
    owner: said.owner ?? wording.owner,
    decision: said.decision ?? wording.decision ?? false,
    gist: said.gist,
    says: said.says,
    action: said.action,
    decide: said.decide
  };
}

// src/review/points/index.ts
var AREA = {
  governance: "pm",
  scope: "scope",
  change: "changes",
  vendors: "suppliers",
  schedule: "schedule",
  budget: "budget",
  risk: "risks",
  communication: "communication"
};
function pointOf(f, model, audience, money2) {
  const rule = RULE_REGISTRY[f.ruleId];
  const c = customerSays(f, { model, money: money2 });
  const base = {
    finding: f,
    area: c.area ?? AREA[f.category],
    topic: c.topic,
    owner: c.owner,
    decision: c.decision,
    sources: rule.docs.sources
  };
  if (audience === "customer") return { ...base, gist: c.gist, says: c.says, action: c.action, decide: c.decide };
  return {
    ...base,
    gist: `${c.gist} (${f.ruleId})`,
    says: f.message,
    action: f.fix,
    ref: `${f.severity}, ${f.ruleId}, line ${f.span.line}`
  };
}
var SAID_BY = {
  "delivery-overdue": "delivery-blocks-work"
};
function pointsOf(findings, model, audience, money2) {
  if (audience !== "customer") return findings.map((f) => pointOf(f, model, audience, money2));
  const at = (f) => `${f.ruleId} ${JSON.stringify(f.path)}`;
  const present = new Set(findings.map(at));
  const said = (f) => {
    const by = SAID_BY[f.ruleId];
    return by !== void 0 && present.has(at({ ...f, ruleId: by }));
  };
  findings = findings.filter((f) => !said(f));
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings)
    if (mergeable(f)) {
      const key = `${f.ruleId}/${f.messageId}`;
      groups.set(key, [...groups.get(key) ?? [], f]);
    }
  const out = [];
  for (const f of findings) {
    const group = groups.get(`${f.ruleId}/${f.messageId}`);
    if (!group || group.length === 1) {
      out.push(pointOf(f, model, audience, money2));
      continue;
    }
    if (group[0] !== f) continue;
    const c = customerSaysAll(group, { model, money: money2 });
    out.push({
      finding: f,
      area: c.area ?? AREA[f.category],
      topic: c.topic,
      owner: c.owner,
      decision: c.decision,
      sources: RULE_REGISTRY[f.ruleId].docs.sources,
      gist: c.gist,
      says: c.says,
      action: c.action,
      decide: c.decide
    });
  }
  return out;
}

// src/review/context.ts
var ReviewContext = class {
  constructor(report, kind, audience) {
    this.report = report;
    this.kind = kind;
    this.audience = audience;
    this.model = report.model;
    this.plan = report.model.plan;
    this.customer = audience === "customer";
    this.small = report.pm.status === "not-warranted";
    this.critical = criticalPath(this.model);
    this.points = pointsOf(report.findings, this.model, audience, (n) => this.money(n));
  }
  report;
  kind;
  audience;
  model;
  plan;
  customer;
  points;
  critical;
  /** Formal project management is not warranted: a small job, told so in proportion. */
  small;
  cited = [];
  /** A date as this audience reads it. */
  date(iso, missing = "not stated") {
    if (!iso) return missing;
    return this.customer ? longDate(iso) : iso;
  }
  /** Two dates as a range, or one when they are the same day. */
  span(from, to) {
    return from === to ? this.date(from) : `${this.date(from)} to ${this.date(to)}`;
  }
  money(n) {
    return amount(n, this.plan.project.currency, this.audience);
  }
  /** "Alice Hart, Acme Ltd (managing director)", or the id when the plan has no such person. */
  person(id, missing = "not named") {
    if (!id) return missing;
    const p = this.model.people.get(id);
    if (!p) return id;
    return `${p.name ?? p.id}${p.organisation ? `, ${p.organisation}` : ""}`;
  }
  /** The client's name, or a stand-in for it. */
  get client() {
    return this.plan.project.client || "the customer";
  }
  pointsIn(...areas) {
    return this.points.filter((p) => areas.includes(p.area));
  }
  /** " [2]": the number of a point's source in the Sources section, which lists what was cited. */
  cite(point) {
    const key = point.sources[0]?.source;
    return key ? this.citeSource(key) : "";
  }
  citeSource(key) {
    if (!this.cited.includes(key)) this.cited.push(key);
    return ` [${this.cited.indexOf(key) + 1}]`;
  }
  /** The sources cited so far, in citation order. */
  get sources() {
    return this.cited;
  }
};

// src/review/doc.ts
var para = (text, tone) => tone ? { kind: "para", text, tone } : { kind: "para", text };
var heading = (text) => ({ kind: "heading", text });
var list = (items2) => ({ kind: "list", items: items2 });
var strong = (text) => ({ strong: text });
function mapInline(t, fn) {
  if (typeof t === "string") return fn(t);
  if (Array.isArray(t)) return t.map((x2) => mapInline(x2, fn));
  const x = t;
  if (x.strong !== void 0) return { strong: mapInline(x.strong, fn) };
  if (x.rating !== void 0) return { rating: x.rating, text: fn(x.text ?? "") };
  return { em: mapInline(x.em ?? "", fn) };
}
function mapBlock(b, fn) {
  const m = (t) => mapInline(t, fn);
  switch (b.kind) {
    case "para":
    case "heading":
      return { ...b, text: m(b.text) };
    case "list":
      return { ...b, items: b.items.map(m) };
    case "table":
      return { ...b, head: b.head.map(m), rows: b.rows.map((r) => r.map(m)) };
    case "facts":
      return { ...b, rows: b.rows.map(([k, v]) => [fn(k), m(v)]) };
    case "gantt":
      return {
        ...b,
        chart: {
          ...b.chart,
          groups: b.chart.groups.map((g) => ({
            label: fn(g.label),
            rows: g.rows.map((r) => ({ ...r, label: fn(r.label) }))
          })),
          blackouts: b.chart.blackouts.map((x) => ({ ...x, label: fn(x.label) }))
        }
      };
    case "heatmap":
      return b;
    case "signatures":
      return { ...b, rows: b.rows.map((r) => ({ role: r.role, name: m(r.name) })) };
  }
}
function mapText(doc, fn) {
  return {
    ...doc,
    project: fn(doc.project),
    byline: mapInline(doc.byline, fn),
    sections: doc.sections.map((s) => ({ title: fn(s.title), blocks: s.blocks.map((b) => mapBlock(b, fn)) }))
  };
}

// src/review/sections/common.ts
var RATING_NAME = {
  green: "Green",
  "amber-green": "Amber-green",
  amber: "Amber",
  "amber-red": "Amber-red",
  red: "Red"
};
var RATING_MEANS = {
  green: "on track, with nothing significant to resolve",
  "amber-green": "likely to succeed, with minor issues to settle",
  amber: "achievable, with significant issues that need attention now",
  "amber-red": "in doubt: major issues must be resolved first",
  red: "not achievable as planned without urgent action"
};
function ratingInline(ctx) {
  const s = ctx.report.score;
  const label = ctx.customer ? RATING_NAME[s.rating] : `${s.score}/100, ${s.rating}`;
  return { rating: s.rating, text: label };
}
function ratingWhy(ctx) {
  const s = ctx.report.score;
  if (!ctx.customer) return s.pressure > 0 ? `: ${s.band.reason}` : "";
  const worst = [...ctx.points].sort((a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity));
  const top = worst[0] ? severityRank(worst[0].finding.severity) : -1;
  const deciding = [...new Set(worst.filter((p) => severityRank(p.finding.severity) === top).map((p) => p.gist))];
  const why = deciding.length > 0 ? `. ${deciding.length === 1 ? "The reason" : "The reasons"}: ${listOf(deciding, { max: 4, separator: deciding.some((g) => g.includes(",")) ? ";" : "," })}` : "";
  return ` (${s.score} out of 100): ${RATING_MEANS[s.rating]}${why}.`;
}
function pointText(ctx, p) {
  if (ctx.customer) return `${p.says}${ctx.cite(p)}`;
  return [p.says, ctx.cite(p), " ", { em: `(${p.ref})` }];
}
function pointBlocks(ctx, points) {
  const byTopic = /* @__PURE__ */ new Map();
  for (const p of points) byTopic.set(p.topic, [...byTopic.get(p.topic) ?? [], p]);
  const blocks = [];
  let singles = [];
  const flush = () => {
    if (singles.length > 0) blocks.push(list(singles));
    singles = [];
  };
  for (const [topic, ps] of byTopic) {
    if (ps.length === 1) {
      singles.push([strong(`${topic}:`), " ", pointText(ctx, ps[0])]);
      continue;
    }
    flush();
    blocks.push(para(strong(`${topic}:`), "lead"), list(ps.map((p) => pointText(ctx, p))));
  }
  flush();
  return blocks;
}
function actionBlocks(ctx, points, heading2) {
  const blocks = [];
  const groups = [
    [`For ${ctx.client}`, points.filter((p) => p.owner === "customer")],
    ["For the delivery team", points.filter((p) => p.owner === "team")]
  ];
  for (const [who, ps] of groups) {
    const seen = /* @__PURE__ */ new Set();
    const items2 = [];
    for (const p of ps) {
      if (seen.has(p.action)) continue;
      seen.add(p.action);
      items2.push(ctx.customer ? p.action : [strong(p.action), " ", p.says, " ", { em: `(${p.ref})` }]);
    }
    if (items2.length > 0) blocks.push(heading2(who), list(items2));
  }
  return blocks;
}
function sourcesSection(ctx) {
  if (ctx.sources.length === 0) return void 0;
  return {
    title: "Sources",
    blocks: [
      para(
        "The numbers in square brackets refer to these published sources, which describe the failures each point guards against."
      ),
      list(
        ctx.sources.map((key, i) => {
          const s = SOURCES[key];
          const by = "author" in s ? `${s.author}, ${s.publisher}` : s.publisher;
          return `[${i + 1}] ${s.title}. ${capitalise(by)}.`;
        })
      )
    ]
  };
}

// src/review/sections/budget.ts
var CATEGORY = {
  "project-management": "Project management",
  labour: "Labour",
  hardware: "Hardware",
  software: "Software",
  licences: "Licences",
  services: "Services",
  contingency: "Contingency",
  other: "Other"
};
function lineLabel(ctx, l) {
  if (!ctx.customer) return `${l.id}${l.description ? `: ${l.description}` : ""}`;
  if (l.description) return l.description;
  const cat = l.category ? CATEGORY[l.category] : void 0;
  const vendor = l.vendor ? ctx.model.vendorName(l.vendor) : void 0;
  return cat && vendor ? `${cat}: ${vendor}` : cat ?? vendor ?? l.id;
}
function risksAgainst(ctx) {
  const open = ctx.model.openRisks.map((r) => r.item).filter((r) => r.likelihood != null && r.impact != null);
  if (open.length === 0) return "";
  const serious = open.filter((r) => r.likelihood * r.impact >= 12).length;
  return `, against ${count(open.length, "open risk")}${serious > 0 ? ` (${serious} serious)` : ""}`;
}
function totals(ctx) {
  const b = ctx.plan.budget;
  const items2 = [];
  items2.push(["Total: ", b.total != null ? strong(ctx.money(b.total)) : "not stated"]);
  const pm = ctx.model.pmBudget;
  if (pm && pm.lines.length > 0 && !ctx.small)
    items2.push(
      `Project management: ${ctx.money(pm.amount)}${pm.total > 0 ? ` (${percent(pm.amount / pm.total, 1)})` : ""}`
    );
  if (b.contingency != null && b.contingency > 0)
    items2.push(
      `Contingency: ${ctx.money(b.contingency)}${b.total ? ` (${percent(b.contingency / b.total, 1)} of the total)` : ""}${risksAgainst(ctx)}`
    );
  else if (!ctx.small && !ctx.points.some((p) => p.finding.ruleId === "contingency")) items2.push("Contingency: none");
  const drawn = (b.drawdowns ?? []).reduce((s, d) => s + d.amount, 0);
  if (drawn > 0) items2.push(`Drawn from the contingency so far: ${ctx.money(drawn)}`);
  const changes = ctx.model.decidedChanges.map((c) => c.item);
  if (changes.length > 0) {
    const cost = changes.reduce((s, c) => s + (c.impact?.cost ?? 0), 0);
    items2.push(
      `Approved changes: ${changes.length}, adding ${ctx.money(cost)}: ${changes.map((c) => `${c.id}${c.title ? ` ${c.title}` : ""}`).join("; ")}`
    );
  }
  return items2;
}
var noBudget = (ctx) => para({
  em: ctx.customer ? "The plan has no budget yet." : "The plan has no budget. A scope review should show the price, the PM line and the contingency."
});
function priceSection(ctx) {
  const b = ctx.plan.budget;
  if (!b) return { title: "Budget", blocks: [noBudget(ctx)] };
  const lines = b.lines ?? [];
  const approvals = lines.some((l) => l.approved?.by);
  const head = ["Line", "Category", "Supplier", "Planned", ...approvals ? ["Approved"] : []];
  const rows = lines.map((l) => [
    lineLabel(ctx, l),
    l.category ? ctx.customer ? CATEGORY[l.category] : l.category : "",
    l.vendor ? ctx.model.vendorName(l.vendor) : "",
    l.planned != null ? ctx.money(l.planned) : "",
    ...approvals ? [
      l.approved?.by ? `${ctx.person(l.approved.by)}${l.approved.on ? `, ${ctx.date(l.approved.on)}` : ""}` : "not yet"
    ] : []
  ]);
  return {
    title: "Budget",
    blocks: [
      lines.length > 0 ? { kind: "table", head, rows, align: ["left", "left", "left", "right", "left"] } : para({ em: "No budget lines yet: break the total down so that spend can be tracked against it." }),
      list(totals(ctx)),
      ...pointBlocks(ctx, ctx.pointsIn("budget", "changes"))
    ]
  };
}
function spendSection(ctx, withPoints = true) {
  const b = ctx.plan.budget;
  const points = withPoints ? pointBlocks(ctx, ctx.pointsIn("budget", "changes")) : [];
  if (!b) return { title: "Budget", blocks: [noBudget(ctx), ...points] };
  const lines = b.lines ?? [];
  let planned = 0;
  let spent = 0;
  let committed = 0;
  const rows = lines.map((l) => {
    const used = (l.actual ?? 0) + (l.committed ?? 0);
    planned += l.planned ?? 0;
    spent += l.actual ?? 0;
    committed += l.committed ?? 0;
    const left = (l.planned ?? 0) - used;
    return [
      lineLabel(ctx, l),
      l.planned != null ? ctx.money(l.planned) : "",
      l.actual != null ? ctx.money(l.actual) : "",
      l.committed != null ? ctx.money(l.committed) : "",
      l.planned == null ? "" : left < 0 ? strong(`${ctx.money(-left)} over`) : ctx.money(left)
    ];
  });
  const remaining = planned - spent - committed;
  rows.push([
    strong("All lines"),
    strong(ctx.money(planned)),
    strong(ctx.money(spent)),
    strong(ctx.money(committed)),
    strong(remaining < 0 ? `${ctx.money(-remaining)} over` : ctx.money(remaining))
  ]);
  const blocks = [
    {
      kind: "table",
      head: ["Line", "Planned", "Spent", "Committed", "Left"],
      rows,
      align: ["left", "right", "right", "right", "right"]
    },
    list(totals(ctx))
  ];
  const ev = ctx.model.earnedValue;
  const said = ctx.points.some(
    (p) => p.finding.ruleId === "schedule-performance" || p.finding.ruleId === "cost-performance"
  );
  if (ev && ev.pv > 0 && !said)
    blocks.push(
      para(
        `By ${ctx.date(ctx.model.asOf)}, work worth ${ctx.money(ev.pv)} was planned to be done and work worth ${ctx.money(ev.ev)} has been${ev.ac > 0 ? `, for ${ctx.money(ev.ac)} spent` : ""}.`
      )
    );
  blocks.push(...points);
  return { title: "Budget", blocks };
}
function outturnSection(ctx, withPoints = true) {
  const b = ctx.plan.budget;
  if (!b) return { title: "Budget outturn", blocks: [noBudget(ctx)] };
  let planned = 0;
  let actual = 0;
  const variance = (p, a) => a > p ? strong(`${ctx.money(a - p)} over`) : a < p ? `${ctx.money(p - a)} under` : "on budget";
  const rows = (b.lines ?? []).map((l) => {
    const a = (l.actual ?? 0) + (l.committed ?? 0);
    planned += l.planned ?? 0;
    actual += a;
    return [
      lineLabel(ctx, l),
      l.planned != null ? ctx.money(l.planned) : "",
      ctx.money(a),
      variance(l.planned ?? 0, a)
    ];
  });
  rows.push([strong("All lines"), strong(ctx.money(planned)), strong(ctx.money(actual)), variance(planned, actual)]);
  const total = b.total;
  const blocks = [
    {
      kind: "table",
      head: ["Line", "Planned", "Actual", "Variance"],
      rows,
      align: ["left", "right", "right", "right"]
    }
  ];
  if (total != null)
    blocks.push(
      para(
        `Against the budget of ${ctx.money(total)}${b.baseline_total != null && b.baseline_total !== total ? ` (first approved at ${ctx.money(b.baseline_total)})` : ""}, ${ctx.plan.project.phase === "closed" ? "the project cost" : "so far the project has cost"} ${ctx.money(actual)}: ${actual > total ? `${ctx.money(actual - total)} (${percent((actual - total) / total, 1)}) over` : `${ctx.money(total - actual)} under`}.`
      )
    );
  blocks.push(list(totals(ctx).slice(1)));
  if (withPoints) blocks.push(...pointBlocks(ctx, ctx.pointsIn("budget", "changes")));
  return { title: "Budget outturn", blocks };
}

// src/review/sections/milestones.ts
function slipDays(ctx, from, to) {
  const cal = ctx.model.calendar;
  return Math.max(0, cal.workingDaysBetween(from, to) - (cal.isWorkingDay(from) ? 1 : 0));
}
function milestoneRows(ctx) {
  const f = ctx.model.forecast;
  return [...ctx.model.items.values()].filter((i) => i.kind === "milestone").map((item) => {
    const m = item.milestone;
    const logic = f.dates.get(item.id)?.finish;
    const recorded = m.forecast ?? m.due ?? void 0;
    const forecast = m.done_on ? void 0 : logic && (!recorded || logic > recorded) ? logic : recorded;
    return {
      item,
      baseline: m.due ?? void 0,
      forecast,
      done: m.done_on ?? void 0,
      unknowable: f.loops && !f.dates.has(item.id)
    };
  }).sort((a, b) => (a.baseline ?? a.forecast ?? "") < (b.baseline ?? b.forecast ?? "") ? -1 : 1);
}
function status(ctx, r) {
  if (r.done) {
    if (!r.baseline || r.done <= r.baseline) return "Reached on time";
    const d2 = slipDays(ctx, r.baseline, r.done);
    return `Reached ${d2} working day${d2 === 1 ? "" : "s"} late`;
  }
  if (ctx.kind === "closure") return strong("Not reached");
  if (r.unknowable) return strong("Unknown");
  if (!r.baseline || !r.forecast) return "No baseline";
  if (r.forecast <= r.baseline) return r.baseline < ctx.model.asOf ? strong("Past due") : "On track";
  const d = slipDays(ctx, r.baseline, r.forecast);
  const tolerance = ctx.plan.project.tolerance?.days;
  const text = `${d} working day${d === 1 ? "" : "s"} late`;
  return tolerance != null && d <= tolerance ? `${text} (within tolerance)` : strong(text);
}
function milestonesSection(ctx) {
  const rows = milestoneRows(ctx);
  if (rows.length === 0) return void 0;
  const closure = ctx.kind === "closure";
  const table = {
    kind: "table",
    head: ["Milestone", "Baseline", closure ? "Reached" : "Forecast", "Status"],
    rows: rows.map((r) => [
      r.item.name,
      ctx.date(r.baseline, "\u2014"),
      r.done ? ctx.date(r.done) : closure ? "not reached" : r.unknowable ? "cannot be computed" : ctx.date(r.forecast, "\u2014"),
      status(ctx, r)
    ]),
    widths: [40, 20, 20, 20]
  };
  const late = rows.filter((r) => !r.done && r.baseline && r.forecast && r.forecast > r.baseline).length;
  const onTime = rows.filter((r) => r.done && (!r.baseline || r.done <= r.baseline)).length;
  const unknown = rows.filter((r) => r.unknowable).length;
  const said = closure ? `${onTime} of ${rows.length} milestones were reached on or before their baseline date.` : unknown > 0 ? `${unknown} of ${rows.length} milestones cannot be forecast while the dependencies contain a loop.` : late > 0 ? `${late} of ${rows.length} milestones ${late === 1 ? "is" : "are"} forecast after ${late === 1 ? "its" : "their"} baseline date.` : "Every milestone still to come is forecast on or before its baseline date.";
  return { title: "Milestones", blocks: [table, para(said)] };
}

// src/review/sections/closure.ts
function deliveredSection(ctx) {
  const tasks = [...ctx.model.items.values()].filter((i) => i.kind === "task");
  const done = tasks.filter((t) => t.actualFinish || (t.task?.progress ?? 0) >= 1);
  const dropped = tasks.filter((t) => t.task?.status === "dropped");
  const open = tasks.filter((t) => !done.includes(t) && !dropped.includes(t));
  const s = ctx.plan.scope;
  const blocks = [
    para(
      `${count(done.length, "task")} of ${tasks.length} ${done.length === 1 ? "was" : "were"} completed${dropped.length > 0 ? `, ${dropped.length} dropped` : ""}${open.length > 0 ? `, and ${open.length} ${open.length === 1 ? "is" : "are"} still open` : ""}.`
    )
  ];
  if (s?.in_scope?.length) blocks.push(heading("Scope as agreed"), list([...s.in_scope]));
  if (dropped.length > 0) blocks.push(heading("Dropped from the scope"), list(dropped.map((t) => t.name)));
  if (s?.success_criteria?.length)
    blocks.push(heading("Success criteria, for the sponsor to confirm"), {
      kind: "table",
      head: ["Criterion", "Met?"],
      rows: s.success_criteria.map((c) => [c, ""]),
      widths: [80, 20]
    });
  return { title: "Delivered against planned", blocks };
}
function handoverSection(ctx) {
  const risks = ctx.model.risks.map((r) => r.item).filter((r) => (r.status ?? "open") === "open" || r.status === "handed-over");
  const changes = ctx.model.changes.map((c) => c.item).filter((c) => (c.status ?? "proposed") === "proposed");
  const tasks = [...ctx.model.items.values()].filter(
    (t) => t.kind === "task" && t.task?.status !== "dropped" && !t.actualFinish && (t.task?.progress ?? 0) < 1
  );
  const rows = [
    ...risks.map((r) => [
      `Risk ${r.id}${r.title ? `: ${r.title}` : ""}`,
      r.status === "handed-over" ? "Handed over" : strong("Still open"),
      r.owner ? ctx.person(r.owner) : ctx.customer ? "not yet named" : strong("none")
    ]),
    ...changes.map((c) => [
      `Change ${c.id}${c.title ? `: ${c.title}` : ""}`,
      strong("Never decided"),
      c.requested_by ? ctx.person(c.requested_by) : "\u2014"
    ]),
    ...tasks.map((t) => [
      t.name,
      strong(t.actualStart || (t.task?.progress ?? 0) > 0 ? `${percent(t.task?.progress ?? 0)} done` : "Not started"),
      t.task?.owner ? ctx.person(t.task.owner) : "\u2014"
    ])
  ];
  const points = ctx.points.filter((p) => p.finding.ruleId === "close-out");
  return {
    title: "Open items handed over",
    blocks: rows.length === 0 ? [para("Nothing is left open: every risk is closed, every change decided and all the work done or dropped.")] : [
      { kind: "table", head: ["Item", "State", "Owner"], rows, widths: [55, 20, 25] },
      ...points.length > 0 ? [para(strong("To settle before closing:"), "lead"), ...pointBlocks(ctx, points)] : []
    ]
  };
}
function lessonsSection(ctx) {
  const lessons = [];
  const ms = milestoneRows(ctx).filter((r) => r.done && r.baseline);
  const late = ms.filter((r) => r.done > r.baseline);
  if (ms.length > 0)
    lessons.push(
      late.length === 0 ? [
        strong("Dates:"),
        ms.length === milestoneRows(ctx).length ? " every milestone was reached on or before its baseline date. Keep planning with the same margins." : ` the ${ms.length} milestone${ms.length === 1 ? "" : "s"} reached so far ${ms.length === 1 ? "was" : "were"} reached on or before ${ms.length === 1 ? "its" : "their"} baseline date.`
      ] : [
        strong("Dates:"),
        ` ${late.length} of ${ms.length} milestones were reached late (${late.map((r) => `"${r.item.name}"`).join(", ")}). Next time, find the work that drove each slip and allow for it in the estimate.`
      ]
    );
  const b = ctx.plan.budget;
  if (b?.total) {
    const spent = (b.lines ?? []).reduce((s, l) => s + (l.actual ?? 0) + (l.committed ?? 0), 0);
    const over = (b.lines ?? []).filter((l) => l.planned != null && (l.actual ?? 0) + (l.committed ?? 0) > l.planned);
    lessons.push([
      strong("Money:"),
      spent > b.total ? ` the project cost ${ctx.money(spent - b.total)} more than its budget.` : ctx.plan.project.phase === "closed" ? ` the project came in within its budget (${percent(spent / b.total)} used).` : ` ${percent(spent / b.total)} of the budget is spent or committed so far.`,
      over.length > 0 ? ` ${count(over.length, "line")} ran over ${over.length === 1 ? "its" : "their"} plan; check how those lines were estimated.` : ""
    ]);
  }
  const changes = ctx.model.changes.map((c) => c.item);
  const unapproved = ctx.model.decidedChanges.map((c) => c.item).filter((c) => !c.approved?.by || !c.approved?.on);
  if (changes.length > 0)
    lessons.push([
      strong("Changes:"),
      ` ${count(changes.length, "change")} ${changes.length === 1 ? "was" : "were"} raised.`,
      unapproved.length > 0 ? ` ${unapproved.length} went in without a recorded approval: approve every change before it is made.` : " Each one that went in was approved first."
    ]);
  const reports = ctx.points.filter((p) => p.finding.ruleId === "watermelon-status");
  if (reports.length > 0)
    lessons.push([
      strong("Reporting:"),
      " a green report hid problems at the time. Report amber or red as soon as a milestone slips."
    ]);
  const found = ctx.points.filter((p) => p.finding.ruleId !== "close-out");
  if (found.length > 0)
    lessons.push([
      strong("The plan itself:"),
      ` ${count(found.length, "point")} in the plan's record would be worth getting right from the start next time (listed below).`
    ]);
  return {
    title: "Lessons",
    blocks: [
      lessons.length > 0 ? list(lessons) : para({ em: "The plan records too little to draw lessons from." }),
      ...pointBlocks(ctx, found)
    ]
  };
}
function acceptanceSection(ctx) {
  const p = ctx.plan.project;
  return {
    title: "Acceptance",
    blocks: [
      para(
        "By signing, the sponsor accepts that the project is complete as described above, and that the open items have the owners shown."
      ),
      {
        kind: "signatures",
        rows: [
          { role: "Sponsor", name: ctx.person(p.sponsor) },
          { role: "Project manager", name: ctx.person(p.manager) }
        ]
      }
    ]
  };
}

// src/review/sections/communication.ts
var CADENCE = {
  daily: "Daily",
  weekly: "Weekly",
  fortnightly: "Fortnightly",
  monthly: "Monthly"
};
function communicationSection(ctx, withPoints = true) {
  const c = ctx.plan.communication;
  const points = withPoints ? ctx.pointsIn("communication") : [];
  if (!c && points.length === 0) return void 0;
  const rows = [];
  if (c?.cadence) rows.push(["Updates", `${CADENCE[c.cadence] ?? c.cadence}${c.channel ? `, by ${c.channel}` : ""}`]);
  if (c?.audience?.length) rows.push(["Sent to", c.audience.map((id) => ctx.person(id)).join("; ")]);
  if (c?.escalation)
    rows.push([
      "Escalation",
      c.escalation.split(/\s*->\s*/).map((who) => ctx.model.people.has(who) ? ctx.model.personName(who) : who).join(" \u2192 ")
    ]);
  if (c?.kickoff_on) rows.push(["Kick-off", ctx.date(c.kickoff_on)]);
  const last = [...c?.status_reports ?? []].filter((r) => r.on <= ctx.model.asOf).sort((a, b) => a.on < b.on ? -1 : 1).at(-1);
  if (last && ctx.kind !== "scope")
    rows.push([
      "Last report",
      `${ctx.date(last.on)}${last.rag ? `, ${last.rag}` : ""}${last.summary ? `: "${last.summary}"` : ""}`
    ]);
  return {
    title: "Communication",
    blocks: [
      ...rows.length > 0 ? [{ kind: "facts", rows }] : [para({ em: "No communication plan is recorded yet." })],
      ...pointBlocks(ctx, points)
    ]
  };
}

// src/review/sections/next-steps.ts
var CATEGORY_TITLE = {
  governance: "Governance and accountability",
  scope: "Scope",
  change: "Change control",
  vendors: "Vendors",
  schedule: "Schedule",
  budget: "Budget",
  risk: "Risk",
  communication: "Communication"
};
function nextStepsSection(ctx, points = ctx.points, title) {
  if (ctx.customer) {
    const blocks2 = actionBlocks(ctx, points, heading);
    return {
      title: title ?? "Next steps",
      blocks: blocks2.length > 0 ? blocks2 : [para("Nothing to change: the plan covers everything this review looks for.")]
    };
  }
  const s = ctx.report.score;
  const blocks = [
    para([
      "The plan scores ",
      strong(`${s.score}/100, ${s.rating}`),
      ". Each recommendation below comes from a check pmcheck makes; pmcheck explain <rule> says why it matters."
    ])
  ];
  if (points.length === 0) blocks.push(para("No recommendations: the plan passes every check that applies to it."));
  for (const c of CATEGORIES) {
    const ps = points.filter((p) => p.finding.category === c);
    if (ps.length === 0) continue;
    blocks.push(
      heading(CATEGORY_TITLE[c]),
      list(ps.map((p) => [strong(p.action), " ", p.says, " ", { em: `(${p.ref})` }]))
    );
  }
  return { title: title ?? "Recommendations", blocks };
}
function signOffSection(ctx) {
  const p = ctx.plan.project;
  return {
    title: "Sign-off",
    blocks: [
      para(
        "By signing, the sponsor agrees the scope, exclusions and assumptions above, and the project manager accepts accountability for delivering them."
      ),
      {
        kind: "signatures",
        rows: [
          { role: "Sponsor", name: ctx.person(p.sponsor) },
          { role: "Project manager", name: ctx.person(p.manager) }
        ]
      }
    ]
  };
}

// src/review/sections/pm.ts
function crossed(ctx) {
  const said = {
    durationDays: (n) => `runs ${n} working days`,
    vendors: (n) => `involves ${n} suppliers`,
    budget: (n) => `has a budget of ${ctx.money(n)}`,
    users: (n) => `affects ${n} users`
  };
  return ctx.report.pm.exceeded.map(({ measure, value }) => said[measure](value));
}
function joined(xs) {
  return xs.length <= 1 ? xs[0] ?? "" : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`;
}
function pmSection(ctx) {
  const pm = ctx.report.pm;
  const manager = ctx.model.manager;
  const blocks = [];
  const budget = ctx.model.pmBudget;
  if (pm.status === "warranted") {
    const why = `It ${joined(crossed(ctx))}. Work that runs more than two weeks, involves more than one supplier, costs more than a few thousand pounds or affects more than a handful of users benefits from a project manager who owns the whole outcome`;
    blocks.push(
      para([strong("This project needs formal project management."), ` ${why}${ctx.citeSource("tpm-guide")}.`])
    );
  } else if (pm.status === "not-warranted") {
    blocks.push(
      para(
        `This is a small job: under two weeks, with at most one supplier, a modest budget and few users. It does not need formal project management${manager ? `; ${ctx.person(manager.id)} is the named owner` : ", but it still needs one named owner"}.`
      )
    );
  } else {
    const missing = pm.missing.map((m) => m === "dates" ? "its dates" : "how many users it affects");
    blocks.push(
      para(
        `The plan does not yet say ${joined(missing)}, so whether it needs formal project management cannot be judged yet.`,
        "note"
      )
    );
  }
  if (manager && pm.status !== "not-warranted") {
    const time = manager.allocation != null ? `${percent(manager.allocation)} of a week` : "time not yet agreed";
    blocks.push(para(`${ctx.person(manager.id)} manages the project (${time}).`));
  }
  if (budget && budget.lines.length > 0 && pm.status !== "not-warranted") {
    const share = budget.total > 0 ? `, ${percent(budget.amount / budget.total, 1)} of the budget` : "";
    blocks.push(para(`Project management is priced at ${ctx.money(budget.amount)}${share}.`));
  }
  blocks.push(...pointBlocks(ctx, ctx.pointsIn("pm")));
  return { title: "Project management", blocks };
}

// src/review/sections/risks.ts
var scoreOf = (r) => r.likelihood * r.impact;
function riskBlocks(ctx, headingLevel) {
  const all = ctx.plan.risks ?? [];
  const points = ctx.pointsIn("risks");
  if (all.length === 0)
    return [
      para({
        em: ctx.small ? "No risks are recorded." : ctx.customer ? "No risks are recorded yet." : "The plan has no risk register: list what could go wrong, with likelihood, impact, owner and mitigation."
      }),
      ...pointBlocks(
        ctx,
        points.filter((p) => p.finding.ruleId !== "risk-register")
      )
    ];
  const open = ctx.model.openRisks.map((r) => r.item);
  const scored = open.filter((r) => r.likelihood != null && r.impact != null);
  const map = {
    cells: [1, 2, 3, 4, 5].map(
      (i) => [1, 2, 3, 4, 5].map((l) => scored.filter((r) => r.likelihood === l && r.impact === i).map((r) => r.id))
    )
  };
  const top = [...scored].sort((a, b) => scoreOf(b) - scoreOf(a) || (a.id < b.id ? -1 : 1)).slice(0, 5);
  const missing = (what) => ctx.customer ? `not yet ${what}` : strong("none");
  const unscored = open.filter((r) => r.likelihood == null || r.impact == null);
  const sub = (text) => headingLevel === "sub" ? [heading(text)] : [para(strong(text), "lead")];
  return [
    // A lead: printed, the sentence stays on the page of the map it introduces.
    para(
      `${count(open.length, "open risk")} of ${all.length}, by likelihood and impact (1 low to 5 high):`,
      scored.length > 0 ? "lead" : void 0
    ),
    ...scored.length > 0 ? [{ kind: "heatmap", map }] : [],
    ...sub("Top risks"),
    top.length > 0 ? {
      kind: "table",
      head: ["Risk", "Score", "Owner", "Mitigation"],
      rows: top.map((r) => [
        `${r.id}: ${r.title ?? ""}`,
        String(scoreOf(r)),
        r.owner ? ctx.person(r.owner) : missing("named"),
        r.mitigation ? r.mitigation : missing("agreed")
      ]),
      align: ["left", "right", "left", "left"],
      widths: [34, 8, 22, 36]
    } : para({ em: "No open risk has both a likelihood and an impact yet." }),
    ...unscored.length > 0 ? [para(`Not yet scored, so not on the map: ${unscored.map((r) => r.id).join(", ")}.`)] : [],
    ...pointBlocks(ctx, points)
  ];
}
function risksSection(ctx) {
  return { title: "Risks", blocks: riskBlocks(ctx, "section") };
}

// src/review/sections/raid.ts
var decisionsOf = (ctx) => ctx.points.filter((p) => p.decision);
function raidSection(ctx) {
  const blocks = [heading("Risks"), ...riskBlocks(ctx, "sub")];
  const assumptions = ctx.plan.scope?.assumptions ?? [];
  blocks.push(
    heading("Assumptions"),
    assumptions.length > 0 ? list([...assumptions]) : para({ em: "No assumptions are recorded." })
  );
  const issues = ctx.points.filter((p) => !p.decision && p.area !== "risks");
  blocks.push(heading("Issues"));
  blocks.push(...issues.length > 0 ? pointBlocks(ctx, issues) : [para("No open issues.")]);
  const asOf = ctx.model.asOf;
  const pending = [...ctx.model.items.values()].filter((i) => i.kind === "delivery" && !i.actualFinish);
  blocks.push(heading("Dependencies"));
  if (pending.length === 0) blocks.push(para("Nothing is awaited from a supplier."));
  else
    blocks.push({
      kind: "table",
      head: ["Awaited", "From", "Due", "Needed by"],
      rows: pending.map((d) => {
        const needers = ctx.model.graph.successors(d.id).map((e) => ctx.model.items.get(e.to)).filter((x) => x !== void 0);
        const due = d.delivery?.due;
        return [
          d.name,
          d.vendor?.name ?? d.vendor?.id ?? "",
          due ? due < asOf ? strong(`${ctx.date(due)} (overdue)`) : ctx.date(due) : "no date",
          needers.length > 0 ? needers.map((n) => n.name).join("; ") : "\u2014"
        ];
      }),
      widths: [30, 20, 18, 32]
    });
  return { title: "Risks, assumptions, issues and dependencies", blocks };
}
function decisionsSection(ctx) {
  const sponsor = ctx.person(ctx.plan.project.sponsor, "the sponsor");
  const decisions = decisionsOf(ctx);
  const proposed = ctx.model.changes.map((c) => c.item).filter((c) => (c.status ?? "proposed") === "proposed");
  const blocks = [];
  if (proposed.length > 0)
    blocks.push(para(strong("Changes awaiting a decision:"), "lead"), {
      kind: "table",
      head: ["Change", "Cost", "Days", "Raised"],
      rows: proposed.map((c) => [
        `${c.id}${c.title ? `: ${c.title}` : ""}`,
        c.impact?.cost != null ? ctx.money(c.impact.cost) : "not assessed",
        c.impact?.days != null ? String(c.impact.days) : "not assessed",
        ctx.date(c.raised_on, "\u2014")
      ]),
      align: ["left", "right", "right", "left"]
    });
  const rest = decisions.filter((p) => p.finding.ruleId !== "change-decision-stale");
  if (rest.length > 0)
    blocks.push(list(rest.map((p) => [strong(p.decide ?? p.action), " ", pointText(ctx, p)])));
  const title = "Decisions needed from the sponsor";
  if (blocks.length === 0) return { title, blocks: [para(`Nothing needs a decision from ${sponsor} this time.`)] };
  return { title, blocks: [para(`For ${sponsor}:`), ...blocks] };
}

// src/review/sections/scope.ts
function items(xs, missing) {
  return xs?.length ? list([...xs]) : para({ em: missing });
}
function signOffLine(ctx) {
  const s = ctx.plan.scope?.signed_off;
  if (s?.by && s.on) return para(`Signed off by ${ctx.person(s.by)} on ${ctx.date(s.on)}.`);
  if (ctx.kind === "scope")
    return para(
      ctx.customer ? "The scope is ready for your sign-off: the block at the end of this document is for that. Build work starts once it is signed." : "Not yet signed off (scope.signed_off): the sign-off block at the end is for that.",
      "note"
    );
  return para(strong("The scope has not been signed off."), "alert");
}
function scopeSection(ctx) {
  const s = ctx.plan.scope;
  const c = ctx.customer;
  const vague = new Set(
    ctx.report.findings.filter((f) => f.ruleId === "success-criteria" && f.messageId === "vague").map((f) => String(f.data.criterion))
  );
  const criteria = s?.success_criteria?.length ? list(
    s.success_criteria.map(
      (x) => !vague.has(x) ? x : [x, " \u2014 ", strong("needs a measure"), ": add a number, a date or a percentage"]
    )
  ) : para({
    em: c ? "No success criteria yet: agree how success will be measured, in numbers, dates or percentages." : "No success criteria: agree specific, measurable outcomes before work starts."
  });
  const moscow = s?.moscow;
  const priorities = [];
  if (moscow && (moscow.must?.length || moscow.should?.length || moscow.could?.length || moscow.wont?.length)) {
    priorities.push(heading("Priorities"));
    const rows = [];
    for (const [label, xs] of [
      ["Must have", moscow.must],
      ["Should have", moscow.should],
      ["Could have (dropped first if time runs short)", moscow.could],
      ["Won't have this time", moscow.wont]
    ])
      if (xs?.length) rows.push([label, xs.join("; ")]);
    priorities.push({ kind: "table", head: ["Priority", "Items"], rows, widths: [30, 70] });
  }
  const points = ctx.pointsIn("scope").filter((p) => p.finding.messageId !== "vague" && p.finding.ruleId !== "scope-signed-off");
  return {
    title: "Scope",
    blocks: [
      signOffLine(ctx),
      heading("In scope"),
      items(s?.in_scope, "Nothing is listed in scope yet."),
      heading("Out of scope"),
      items(
        s?.out_of_scope,
        c ? "No exclusions are listed yet." : "No exclusions are listed: say what a customer might expect but will not get."
      ),
      heading("Assumptions"),
      items(s?.assumptions, "No assumptions are recorded."),
      heading("Constraints"),
      items(s?.constraints, "No constraints are recorded."),
      ...priorities,
      heading("Success criteria"),
      criteria,
      ...points.length > 0 ? [heading("Points to settle"), ...pointBlocks(ctx, points)] : []
    ]
  };
}

// src/review/sections/summary.ts
var PHASE_WORDS = {
  presale: "Proposal",
  planning: "Planning",
  delivery: "In delivery",
  closed: "Closed"
};
var METHOD_WORDS = {
  prince2: "PRINCE2",
  agile: "Agile",
  scrum: "Scrum",
  kanban: "Kanban",
  waterfall: "Waterfall (phase by phase)",
  hybrid: "Hybrid",
  other: "Other"
};
var RATING_LABEL = { scope: "Plan readiness", status: "Delivery confidence", closure: "Close-out" };
function ratingRow(ctx) {
  const label = RATING_LABEL[kindForPhase(ctx.plan.project.phase)];
  return [ctx.customer ? label : "Plan health", [ratingInline(ctx), ratingWhy(ctx)]];
}
function ahead(ctx) {
  const phase = ctx.plan.project.phase;
  if (ctx.kind === "closure" && phase !== "closed") {
    const open = [...ctx.model.items.values()].filter(
      (i) => i.kind === "task" && i.task?.status !== "dropped" && !i.actualFinish && (i.task?.progress ?? 0) < 1
    ).length;
    return [
      para(
        `The plan does not record the project as closed${open > 0 ? `: ${open} task${open === 1 ? " is" : "s are"} still open` : ""}. This report shows where it stands now.`,
        "note"
      )
    ];
  }
  if (ctx.kind === "status" && (phase === "presale" || phase === "planning" || !phase))
    return [para("The plan records no delivery yet, so this report shows the plan rather than progress.", "note")];
  return [];
}
function finishAgainstDeadline(ctx) {
  const cp = ctx.critical;
  const deadline = ctx.plan.project.deadline;
  if (cp.status === "loop") return "cannot be computed: the dependencies contain a loop";
  if (cp.status !== "known") return void 0;
  if (!deadline) return ctx.date(cp.finish);
  if (cp.finish === deadline) return `${ctx.date(cp.finish)}, on the deadline`;
  const cal = ctx.model.calendar;
  const late = cp.finish > deadline;
  const days = Math.max(1, cal.workingDaysBetween(late ? deadline : cp.finish, late ? cp.finish : deadline) - 1);
  return `${ctx.date(cp.finish)}, ${days} working day${days === 1 ? "" : "s"} ${late ? "after" : "before"} the deadline`;
}
function summarySection(ctx) {
  const p = ctx.plan.project;
  const phase = p.phase ? ctx.customer ? PHASE_WORDS[p.phase] ?? p.phase : p.phase : "not stated";
  const method = p.methodology ? ctx.customer ? METHOD_WORDS[p.methodology] ?? p.methodology : p.methodology : "not stated";
  const rows = [
    ["Client", p.client || "not stated"],
    ["Sponsor", ctx.person(p.sponsor)],
    ["Project manager", ctx.person(p.manager)],
    ["Stage", phase],
    ["Method", method],
    ["Start", ctx.date(p.start)],
    ["Deadline", ctx.date(p.deadline)]
  ];
  const finish = finishAgainstDeadline(ctx);
  if (finish && ctx.kind !== "closure") rows.push(["Forecast finish", finish]);
  if (p.users_affected != null) rows.push(["Users affected", String(p.users_affected)]);
  rows.push(ratingRow(ctx));
  const summary = ctx.plan.scope?.summary;
  return {
    title: "Summary",
    blocks: [
      ...ahead(ctx),
      { kind: "facts", rows },
      summary ? para(summary) : para(
        ctx.customer ? "The plan does not yet say in a sentence or two what will be delivered and why." : "The plan has no summary (scope.summary): say in two sentences what will be delivered and why.",
        "note"
      )
    ]
  };
}

// src/review/sections/suppliers.ts
function suppliersSection(ctx, withPoints = true) {
  const c = ctx.customer;
  const rows = [];
  for (const v of ctx.plan.vendors ?? []) {
    const signed = v.contract?.signed_on;
    const contract = signed ? `Signed ${ctx.date(signed)}${v.contract?.po ? `, ${v.contract.po}` : ""}` : ctx.kind === "scope" ? "To be signed" : c ? "Not yet signed" : strong("none");
    const contact = v.contact || (c ? "Not yet named" : strong("none"));
    const name = v.name ?? v.id;
    if (!v.deliveries?.length) rows.push([name, contact, contract, { em: "no deliveries listed" }, "", ""]);
    for (const d of v.deliveries ?? []) {
      const when = d.received_on ? `Received ${ctx.date(d.received_on)}` : d.due ? `Due ${ctx.date(d.due)}` : { em: "no date yet" };
      rows.push([name, contact, contract, d.item ?? d.id, d.site ? ctx.model.siteName(d.site) : "", when]);
    }
  }
  const points = withPoints ? ctx.pointsIn("suppliers").filter((p) => p.finding.messageId !== "noContract" && p.finding.messageId !== "noContact") : [];
  return {
    title: "Suppliers and deliveries",
    blocks: [
      rows.length > 0 ? {
        kind: "table",
        head: ["Supplier", "Contact", "Contract", "Delivers", "Where", "When"],
        rows,
        // wide enough for a contact's e-mail address on one line
        widths: [14, 30, 13, 18, 11, 14]
      } : para({
        em: "No suppliers are listed. If suppliers are involved, name them, what they deliver and when."
      }),
      ...points.length > 0 ? pointBlocks(ctx, points) : rows.length > 0 && withPoints ? [para("The deliveries and the work that depends on them are in sequence.")] : []
    ]
  };
}

// src/review/gantt/chart.ts
var MAX_TASK_ROWS = 40;
var byStart = (a, b) => {
  const sa = a.forecast?.start ?? a.planned?.start ?? "";
  const sb = b.forecast?.start ?? b.planned?.start ?? "";
  return sa < sb ? -1 : sa > sb ? 1 : 0;
};
var minOf = (xs) => xs.filter((x) => !!x).sort()[0];
var maxOf = (xs) => xs.filter((x) => !!x).sort().at(-1);
function rowOf(model, item, critical, label) {
  const f = model.forecast.dates.get(item.id);
  let planned;
  if (item.kind === "task") {
    const start = item.start ?? item.finish;
    const finish = item.finish ?? item.start;
    if (start && finish) planned = { start, finish: finish < start ? start : finish };
  } else {
    const due = item.milestone?.due ?? item.delivery?.due ?? item.start;
    if (due) planned = { start: due, finish: due };
  }
  const forecast = f ? { start: f.start, finish: f.finish < f.start ? f.start : f.finish } : void 0;
  return {
    id: item.id,
    kind: item.kind,
    label,
    planned,
    forecast,
    state: item.actualFinish ? "done" : item.actualStart || (item.task?.progress ?? 0) > 0 ? "active" : "todo",
    critical: critical.has(item.id),
    loop: model.forecast.loops && !f
  };
}
function summaryOf(label, rows) {
  const span = (pick) => {
    const start = minOf(rows.map((r) => pick(r)?.start));
    const finish = maxOf(rows.map((r) => pick(r)?.finish));
    return start && finish ? { start, finish } : void 0;
  };
  return {
    id: `group:${label}`,
    kind: "summary",
    label: `${label} (${rows.length} task${rows.length === 1 ? "" : "s"})`,
    planned: span((r) => r.planned),
    forecast: rows.some((r) => r.loop) ? void 0 : span((r) => r.forecast),
    state: rows.every((r) => r.state === "done") ? "done" : rows.some((r) => r.state !== "todo") ? "active" : "todo",
    critical: rows.some((r) => r.critical),
    loop: rows.some((r) => r.loop)
  };
}
var matters = (r) => r.critical || r.loop || r.state === "active" || r.forecast !== void 0 && r.planned !== void 0 && r.forecast.finish > r.planned.finish;
function buildChart(model, path, options) {
  const plan = model.plan;
  const critical = new Set(path.status === "known" ? path.ids : []);
  const all = [...model.items.values()];
  const tasks = all.filter((i) => i.kind === "task" && i.task?.status !== "dropped");
  const byPhase = tasks.some((t) => t.task?.phase);
  const bySite = !byPhase && tasks.some((t) => t.task?.site);
  const groups = /* @__PURE__ */ new Map();
  const unplaced = [];
  for (const t of tasks) {
    const row2 = rowOf(model, t, critical, t.name);
    if (!row2.planned && !row2.forecast) {
      unplaced.push(t.name);
      continue;
    }
    const group = byPhase ? t.task?.phase ?? "Other work" : bySite ? t.task?.site ? model.siteName(t.task.site) : "General" : "Work";
    groups.set(group, [...groups.get(group) ?? [], row2]);
  }
  let taskGroups = [...groups].map(([label, rows2]) => ({ label, rows: rows2.sort(byStart) }));
  taskGroups.sort((a, b) => byStart(a.rows[0], b.rows[0]));
  const taskCount = taskGroups.reduce((n, g) => n + g.rows.length, 0);
  let collapsed;
  let omitted = 0;
  if (taskCount > MAX_TASK_ROWS) {
    if (taskGroups.length > 1) {
      collapsed = { groups: taskGroups.length, tasks: taskCount };
      taskGroups = [
        {
          label: byPhase ? "Phases" : "Sites",
          rows: taskGroups.map((g) => summaryOf(g.label, g.rows))
        }
      ];
    } else {
      const rank = (r) => r.critical ? 0 : r.loop ? 1 : r.state === "active" ? 2 : 3;
      const kept = taskGroups.flatMap((g) => g.rows.filter(matters)).sort((a, b) => rank(a) - rank(b)).slice(0, MAX_TASK_ROWS);
      omitted = taskCount - kept.length;
      taskGroups = [{ label: "Critical, slipping and current work", rows: kept.sort(byStart) }];
    }
  }
  const points = (kind, label) => {
    const rows2 = all.filter((i) => i.kind === kind).map((i) => rowOf(model, i, critical, kind === "delivery" ? options.deliveryLabel(i) : i.name)).filter((r) => r.planned || r.forecast).sort(byStart);
    return rows2.length > 0 ? [{ label, rows: rows2 }] : [];
  };
  const chartGroups = [...taskGroups, ...points("milestone", "Milestones"), ...points("delivery", "Deliveries")].filter(
    (g) => g.rows.length > 0
  );
  const rows = chartGroups.flatMap((g) => g.rows);
  const finish = path.status === "known" ? path.finish : void 0;
  const deadline = plan.project.deadline ?? void 0;
  let from = minOf(rows.flatMap((r) => [r.planned?.start, r.forecast?.start])) ?? plan.project.start ?? model.asOf;
  let to = maxOf([...rows.flatMap((r) => [r.planned?.finish, r.forecast?.finish]), deadline, finish]) ?? from;
  const near = (d) => addDays(from, -56) <= d && d <= addDays(to, 56);
  const asOf = near(model.asOf) ? model.asOf : void 0;
  if (asOf && asOf < from) from = asOf;
  if (asOf && asOf > to) to = asOf;
  from = addDays(from, -2);
  to = addDays(to, 3);
  const blackouts = (plan.blackouts ?? []).map((b, i) => ({
    label: b.name ?? `Blackout ${i + 1}`,
    from: b.from < from ? from : b.from,
    to: b.to > to ? to : b.to,
    where: b.sites?.length ? b.sites.map((s) => model.siteName(s)).join(", ") : void 0
  })).filter((b) => b.from <= b.to);
  return {
    title: plan.project.name,
    groups: chartGroups,
    blackouts,
    asOf,
    from,
    to,
    deadline,
    finish,
    second: options.second,
    collapsed,
    omitted,
    unplaced,
    loops: model.forecast.loops
  };
}
var addDays = (iso, n) => fromDayNumber(toDayNumber(iso) + n);
var daysBetween = (a, b) => toDayNumber(b) - toDayNumber(a);

// src/review/sections/timeline.ts
function deliveryLabel(item) {
  return `${item.name} from ${item.vendor?.name ?? item.vendor?.id ?? "a supplier"}`;
}
function criticalPathWords(ctx) {
  const cp = ctx.critical;
  if (cp.status === "loop")
    return [
      para(
        [
          strong("The finish date cannot be computed."),
          " The plan\u2019s dependencies go round in a loop, so the work in and after the loop has no forecast and there is no critical path to show. The chart draws that work at its planned dates only. Breaking the loop is the first thing to fix."
        ],
        "alert"
      )
    ];
  if (cp.status !== "known") return [];
  const all = cp.ids.map((id) => `"${ctx.model.items.get(id).name}"`);
  const names = all.length > 10 ? [...all.slice(0, 3), `\u2026 ${all.length - 7} more \u2026`, ...all.slice(-4)] : all;
  const out = [];
  const against = finishAgainstDeadline(ctx);
  if (names.length === 0) {
    out.push(para(`All the work is finished; the last of it finished on ${ctx.date(cp.finish)}.`));
    return out;
  }
  const last = names.at(-1);
  if (cp.fixedEnd) {
    out.push(
      para(
        `The forecast finish (${against ?? ctx.date(cp.finish)}) is set by the date planned for ${last} itself. The work with the least float before it: ${names.slice(0, -1).join(" \u2192 ")}, with ${count(cp.float, "working day")} to spare.`
      )
    );
  } else {
    out.push(
      para([
        strong("Critical path:"),
        ` ${names.join(" \u2192 ")}. This chain of work decides the forecast finish (${against ?? ctx.date(cp.finish)})${cp.float === 0 ? ": a day lost on any of it is a day lost at the end" : `; it has ${count(cp.float, "working day")} of float`}.`
      ])
    );
  }
  return out;
}
function timelineSection(ctx, title = "Timeline", withPoints = true) {
  const chart = buildChart(ctx.model, ctx.critical, {
    second: ctx.kind === "closure" ? "actual" : "forecast",
    deliveryLabel
  });
  const drawn = chart.groups.length > 0;
  const blocks = [];
  if (!drawn) {
    blocks.push(
      para({
        em: "The plan has no dated tasks, milestones or deliveries yet, so there is no timeline to draw. Add start and finish dates, or durations and dependencies."
      })
    );
  } else {
    blocks.push({ kind: "gantt", chart });
  }
  blocks.push(...criticalPathWords(ctx));
  const notes = [];
  if (chart.collapsed)
    notes.push(
      `The ${chart.collapsed.tasks} tasks are drawn as one bar per ${chart.groups[0]?.label === "Sites" ? "site" : "phase"} (${chart.collapsed.groups} in all), to keep the chart readable.`
    );
  if (chart.omitted > 0)
    notes.push(
      `To keep the chart readable it shows the critical, slipping and current work; ${count(chart.omitted, "other task")} ${chart.omitted === 1 ? "is" : "are"} left out.`
    );
  if (chart.blackouts.length > 0)
    notes.push("Blackout periods are hatched: no downtime, cutover or migration should fall in them.");
  if (chart.unplaced.length > 0) notes.push(`Not on the chart, for want of dates: ${chart.unplaced.join("; ")}.`);
  if (notes.length > 0) blocks.push(para(notes.join(" ")));
  if (withPoints) blocks.push(...pointBlocks(ctx, ctx.pointsIn("schedule")));
  return { title, blocks };
}

// src/review/documents.ts
var HEADING = { scope: "Scope review", status: "Status report", closure: "Closure report" };
var SECTIONS = {
  scope: [
    summarySection,
    pmSection,
    scopeSection,
    suppliersSection,
    timelineSection,
    priceSection,
    risksSection,
    communicationSection,
    (ctx) => nextStepsSection(ctx),
    signOffSection
  ],
  // Every point appears once: the decisions for the sponsor first, the issues in the RAID summary.
  status: [
    summarySection,
    milestonesSection,
    decisionsSection,
    (ctx) => timelineSection(ctx, "Timeline", false),
    raidSection,
    (ctx) => spendSection(ctx, false),
    (ctx) => nextStepsSection(
      ctx,
      ctx.points.filter((p) => !ctx.customer || !p.decision),
      ctx.customer ? "Actions" : "Recommendations"
    ),
    (ctx) => suppliersSection(ctx, false),
    (ctx) => communicationSection(ctx, false)
  ],
  closure: [
    summarySection,
    deliveredSection,
    milestonesSection,
    (ctx) => timelineSection(ctx, "Timeline: planned against actual", false),
    (ctx) => outturnSection(ctx, false),
    handoverSection,
    lessonsSection,
    acceptanceSection
  ]
};
function buildDocument(ctx) {
  const sections = SECTIONS[ctx.kind].map((make) => make(ctx)).filter((s) => s !== void 0);
  const sources = sourcesSection(ctx);
  if (sources) sections.push(sources);
  const asOf = ctx.date(ctx.model.asOf);
  const byline = ctx.customer ? `${ctx.kind === "status" ? "For" : "Prepared for"} ${ctx.client}, as of ${asOf}` : `Prepared with pmcheck ${VERSION} from ${ctx.report.file}, as of ${asOf}. Findings refer to lines of the plan file.`;
  return {
    heading: HEADING[ctx.kind],
    project: ctx.plan.project.name,
    byline,
    sections,
    footer: ctx.customer ? `${HEADING[ctx.kind]} of ${ctx.plan.project.name}, as of ${asOf}. Prepared from the project plan with pmcheck.` : `pmcheck ${VERSION}, ${ctx.report.file}, as of ${ctx.model.asOf}.`
  };
}

// node_modules/entities/dist/esm/decode-codepoint.js
var _a;
var fromCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, n/no-unsupported-features/es-builtins
  (_a = String.fromCodePoint) !== null && _a !== void 0 ? _a : function(codePoint) {
    let output = "";
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  }
);

// node_modules/entities/dist/esm/decode.js
var CharCodes;
(function(CharCodes2) {
  CharCodes2[CharCodes2["NUM"] = 35] = "NUM";
  CharCodes2[CharCodes2["SEMI"] = 59] = "SEMI";
  CharCodes2[CharCodes2["EQUALS"] = 61] = "EQUALS";
  CharCodes2[CharCodes2["ZERO"] = 48] = "ZERO";
  CharCodes2[CharCodes2["NINE"] = 57] = "NINE";
  CharCodes2[CharCodes2["LOWER_A"] = 97] = "LOWER_A";
  CharCodes2[CharCodes2["LOWER_F"] = 102] = "LOWER_F";
  CharCodes2[CharCodes2["LOWER_X"] = 120] = "LOWER_X";
  CharCodes2[CharCodes2["LOWER_Z"] = 122] = "LOWER_Z";
  CharCodes2[CharCodes2["UPPER_A"] = 65] = "UPPER_A";
  CharCodes2[CharCodes2["UPPER_F"] = 70] = "UPPER_F";
  CharCodes2[CharCodes2["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes || (CharCodes = {}));
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 16256] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags || (BinTrieFlags = {}));
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));

// node_modules/entities/dist/esm/escape.js
var xmlCodeMap = /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [39, "&apos;"],
  [60, "&lt;"],
  [62, "&gt;"]
]);
var getCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  String.prototype.codePointAt == null ? (c, index) => (c.charCodeAt(index) & 64512) === 55296 ? (c.charCodeAt(index) - 55296) * 1024 + c.charCodeAt(index + 1) - 56320 + 65536 : c.charCodeAt(index) : (
    // http://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
    (input, index) => input.codePointAt(index)
  )
);
function getEscaper(regex, map) {
  return function escape2(data) {
    let match2;
    let lastIndex = 0;
    let result = "";
    while (match2 = regex.exec(data)) {
      if (lastIndex !== match2.index) {
        result += data.substring(lastIndex, match2.index);
      }
      result += map.get(match2[0].charCodeAt(0));
      lastIndex = match2.index + 1;
    }
    return result + data.substring(lastIndex);
  };
}
var escapeUTF8 = /* @__PURE__ */ getEscaper(/["&'<>]/g, xmlCodeMap);

// node_modules/entities/dist/esm/index.js
var EntityLevel;
(function(EntityLevel2) {
  EntityLevel2[EntityLevel2["XML"] = 0] = "XML";
  EntityLevel2[EntityLevel2["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode2) {
  EncodingMode2[EncodingMode2["UTF8"] = 0] = "UTF8";
  EncodingMode2[EncodingMode2["ASCII"] = 1] = "ASCII";
  EncodingMode2[EncodingMode2["Extensive"] = 2] = "Extensive";
  EncodingMode2[EncodingMode2["Attribute"] = 3] = "Attribute";
  EncodingMode2[EncodingMode2["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// src/review/escape.ts
var FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
var clean = (text) => (text ?? "").replace(FORBIDDEN, "");
var oneLine = (text) => clean(text).replace(/[\r\n\t]+/g, " ");
function md(text) {
  return markdownText(oneLine(text)).replace(/([${}])/g, "\\$1").replace(/^(\s*)([-+])(?=\s|-|$)/, "$1\\$2").replace(/^(\s*)(=+\s*)$/, "$1\\$2").replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2");
}
var STATEMENT = /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescr|acctitle|section|click|call|href|vert|\d)/i;
function mermaid(text) {
  const words = oneLine(text).replace(/\s+/g, " ").trim();
  if (words === "") return "untitled";
  const code = (c) => `#${c.codePointAt(0)};`;
  const body = words.replace(/[#;:%<>"'`\\{}[\]|&]/g, code);
  return STATEMENT.test(words) ? code(body[0]) + body.slice(1) : body;
}
function html(text) {
  return escapeUTF8(clean(text));
}

// src/review/gantt/svg.ts
var WIDTH = 720;
var FONT = 11;
var LINE = 13;
var ROW = 18;
var HEADER = 44;
var LABEL_MIN = 130;
var LABEL_MAX = 260;
function charWidth(c) {
  if (/[iljtfI.,:;'|!()[\] ]/.test(c)) return 0.34;
  if (/[mwMW@]/.test(c)) return 0.9;
  if (/[A-Z]/.test(c)) return 0.7;
  if (/[0-9]/.test(c)) return 0.58;
  return 0.56;
}
function textWidth(text, size = FONT) {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * size;
}
function wrap(text, width, size = FONT) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, size) > width) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
var f1 = (n) => (Math.round(n * 10) / 10).toString();
function ganttSvg(chart, audience) {
  const when = (d) => audience === "customer" ? longDate(d) : d;
  const second = chart.second === "actual" ? "actual" : "forecast";
  const rowLabel = (r) => r.label;
  const blackoutLabel = (b) => `Blackout: ${b.label}${b.where ? `, at ${b.where}` : ""}`;
  const labels = [...chart.groups.flatMap((g) => g.rows.map(rowLabel)), ...chart.blackouts.map(blackoutLabel)];
  const labelWidth = Math.min(LABEL_MAX, Math.max(LABEL_MIN, ...labels.map((l) => Math.ceil(textWidth(l)) + 16)));
  const x0 = labelWidth + 6;
  const x1 = WIDTH - 12;
  const days = Math.max(1, daysBetween(chart.from, chart.to) + 1);
  const perDay = (x1 - x0) / days;
  const x = (d) => x0 + daysBetween(chart.from, d) * perDay;
  const xEnd = (d) => x(d) + perDay;
  const laid = [];
  let y = HEADER;
  const add = (l, bold = false) => {
    const h = Math.max(ROW, l.lines.length * LINE + 5 + (bold ? 2 : 0));
    laid.push({ ...l, y, h });
    y += h;
  };
  for (const b of chart.blackouts) add({ blackout: b, lines: wrap(blackoutLabel(b), labelWidth - 12) });
  for (const g of chart.groups) {
    add({ group: g.label, lines: wrap(g.label, labelWidth - 8, FONT) }, true);
    for (const row2 of g.rows) add({ row: row2, lines: wrap(rowLabel(row2), labelWidth - 16) });
  }
  const bottom = y;
  const legendY = bottom + 16;
  const height = legendY + 34;
  const out = [];
  const tip = (text) => `<title>${html(text)}</title>`;
  out.push(
    `<svg class="gantt" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${html(`Timeline of ${chart.title}`)}">`,
    `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="blackout-fill"/><line x1="0" y1="0" x2="0" y2="6" class="blackout-line"/></pattern></defs>`
  );
  laid.forEach((l, i) => {
    if (l.group !== void 0) out.push(`<rect class="group-band" x="0" y="${l.y}" width="${WIDTH}" height="${l.h}"/>`);
    else if (i % 2 === 1) out.push(`<rect class="zebra" x="0" y="${l.y}" width="${WIDTH}" height="${l.h}"/>`);
  });
  const long = days > 130;
  const ticks = [];
  for (let d = chart.from; d <= chart.to; d = addDays(d, 1)) {
    const dow = (daysBetween("2024-01-01", d) % 7 + 7) % 7;
    if (long ? d.endsWith("-01") : dow === 0) ticks.push(d);
  }
  const step = Math.max(1, Math.ceil(ticks.length / Math.floor((x1 - x0) / 52)));
  ticks.forEach((d, i) => {
    const tx = f1(x(d));
    out.push(`<line class="grid" x1="${tx}" y1="${HEADER - 4}" x2="${tx}" y2="${bottom}"/>`);
    const half = textWidth(long ? monthYear(d) : shortDate(d), 10) / 2;
    if (i % step === 0 && x(d) - half >= x0 - 4 && x(d) + half <= WIDTH - 2)
      out.push(
        `<text class="tick" x="${tx}" y="${HEADER - 8}" text-anchor="middle">${html(long ? monthYear(d) : shortDate(d))}</text>`
      );
  });
  out.push(`<line class="axis" x1="${x0}" y1="${HEADER - 4}" x2="${x1}" y2="${HEADER - 4}"/>`);
  for (const l of laid) {
    if (!l.blackout) continue;
    const b = l.blackout;
    const bx = f1(x(b.from));
    const bw = f1(xEnd(b.to) - x(b.from));
    out.push(
      `<rect class="blackout" x="${bx}" y="${HEADER - 4}" width="${bw}" height="${bottom - HEADER + 4}">${tip(`${blackoutLabel(b)}: ${when(b.from)} to ${when(b.to)}`)}</rect>`,
      `<rect class="blackout-mark" x="${bx}" y="${l.y + 4}" width="${bw}" height="${l.h - 8}"/>`
    );
  }
  for (const l of laid) {
    const indent = l.group !== void 0 ? 6 : 14;
    const cls = l.group !== void 0 ? "group" : l.blackout ? "label blackout-label" : l.row?.critical ? "label critical" : l.row?.loop ? "label loop" : "label";
    const top = l.y + (l.h - l.lines.length * LINE) / 2 + LINE - 3;
    out.push(
      `<text class="${cls}" x="${indent}" y="${f1(top)}">${l.lines.map((t, i) => `<tspan x="${indent}"${i > 0 ? ` dy="${LINE}"` : ""}>${html(t)}</tspan>`).join("")}</text>`
    );
    if (l.row) out.push(...bars(l.row, l.y, l.h));
  }
  function describe(r) {
    const span = (s) => s ? s.start === s.finish ? when(s.start) : `${when(s.start)} to ${when(s.finish)}` : "none";
    const parts = [
      `planned ${span(r.planned)}`,
      r.loop ? "no forecast: dependency loop" : `${second} ${span(r.forecast)}`
    ];
    if (r.critical) parts.push("on the critical path");
    return `${r.label}: ${parts.join("; ")}`;
  }
  function bars(r, top, h) {
    const mid = top + h / 2;
    const state = r.critical ? "critical" : r.state === "done" ? "done" : "forecast";
    const parts = [];
    if (r.kind === "milestone" || r.kind === "delivery") {
      const shape = (d, cls) => {
        const cx = x(d) + perDay / 2;
        return r.kind === "milestone" ? `<path class="${cls}" d="M${f1(cx)} ${f1(mid - 6)}l6 6l-6 6l-6 -6z"/>` : `<path class="${cls}" d="M${f1(cx)} ${f1(mid - 6)}l6 11h-12z"/>`;
      };
      if (r.planned && r.forecast && r.planned.finish !== r.forecast.finish) {
        const a = x(r.planned.finish) + perDay / 2;
        const b = x(r.forecast.finish) + perDay / 2;
        parts.push(`<line class="slip" x1="${f1(a)}" y1="${f1(mid)}" x2="${f1(b)}" y2="${f1(mid)}"/>`);
      }
      if (r.planned && (!r.forecast || r.planned.finish !== r.forecast.finish))
        parts.push(shape(r.planned.finish, "baseline"));
      if (r.forecast) parts.push(shape(r.forecast.finish, state));
    } else {
      if (r.planned)
        parts.push(
          `<rect class="planned${r.loop ? " loop" : ""}" x="${f1(x(r.planned.start))}" y="${f1(mid - 6)}" width="${f1(Math.max(2, xEnd(r.planned.finish) - x(r.planned.start)))}" height="4" rx="1"/>`
        );
      if (r.forecast)
        parts.push(
          `<rect class="${state}" x="${f1(x(r.forecast.start))}" y="${f1(mid - 1)}" width="${f1(Math.max(2, xEnd(r.forecast.finish) - x(r.forecast.start)))}" height="7" rx="1.5"/>`
        );
    }
    return [`<g>${tip(describe(r))}${parts.join("")}</g>`];
  }
  const markers = [];
  if (chart.asOf) markers.push({ d: chart.asOf, cls: "as-of", text: `As of ${shortDate(chart.asOf)}` });
  if (chart.deadline)
    markers.push({ d: chart.deadline, cls: "deadline", text: `Deadline ${shortDate(chart.deadline)}` });
  const placed = [];
  for (const m of markers) {
    const mx = m.cls === "as-of" ? x(m.d) : xEnd(m.d);
    const w = textWidth(m.text, 10);
    const anchor = mx + w / 2 > WIDTH - 2 ? "end" : mx - w / 2 < x0 ? "start" : "middle";
    const left = anchor === "end" ? mx - w : anchor === "start" ? mx : mx - w / 2;
    let row2 = 0;
    while (placed.some((p) => p.row === row2 && left < p.right + 4 && left + w > p.left - 4)) row2++;
    placed.push({ left, right: left + w, row: row2 });
    out.push(
      `<line class="${m.cls}" x1="${f1(mx)}" y1="${HEADER - 4}" x2="${f1(mx)}" y2="${bottom}"/>`,
      `<text class="marker ${m.cls}-text" x="${f1(mx)}" y="${10 + row2 * 11}" text-anchor="${anchor}">${html(m.text)}</text>`
    );
  }
  const rows = chart.groups.flatMap((g) => g.rows);
  const barRows = rows.filter((r) => r.kind === "task" || r.kind === "summary");
  const legend = [
    ["planned", "Planned"],
    ["forecast", second === "actual" ? "Actual or forecast" : "Forecast"],
    ...rows.some((r) => r.critical) ? [["critical", "Critical path"]] : [],
    ...rows.some((r) => r.state === "done") ? [["done", "Finished"]] : [],
    ...rows.some(
      (r) => r.kind !== "task" && r.kind !== "summary" && r.planned && r.forecast && r.planned.finish !== r.forecast.finish
    ) ? [["baseline", "Baseline date"]] : [],
    ...chart.blackouts.length > 0 ? [["blackout", "Blackout"]] : [],
    ...barRows.some((r) => r.loop) ? [["planned loop", "No forecast: dependency loop"]] : []
  ];
  let lx = 6;
  const ly = legendY;
  for (const [cls, text] of legend) {
    const swatch = cls === "baseline" ? `<path class="baseline" d="M${lx + 6} ${ly - 6}l6 6l-6 6l-6 -6z"/>` : cls.startsWith("planned") ? `<rect class="${cls}" x="${lx}" y="${ly - 2}" width="14" height="4" rx="1"/>` : `<rect class="${cls}" x="${lx}" y="${ly - 4}" width="14" height="8" rx="1.5"/>`;
    out.push(swatch, `<text class="legend" x="${lx + 18}" y="${ly + 4}">${html(text)}</text>`);
    lx += 18 + Math.ceil(textWidth(text, 10)) + 16;
  }
  out.push("</svg>");
  return out.join("\n");
}

// src/review/style.ts
var STYLE = `
:root { --ink: #1d2430; --muted: #5b6472; --rule: #d5dae1; --band: #f3f5f8; --accent: #234a7d;
  --critical: #c0343b; --forecast: #3f6fb5; --done: #7aa884; --planned: #b9c0ca; }
* { box-sizing: border-box; }
html { background: #e9ecf0; }
body { margin: 0; color: var(--ink); font: 10.5pt/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  "Liberation Sans", "DejaVu Sans", sans-serif; }
main { max-width: 210mm; margin: 24px auto; padding: 16mm 15mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
header { border-bottom: 2px solid var(--accent); margin-bottom: 14px; padding-bottom: 8px; }
header .kind { margin: 0; color: var(--accent); font-weight: 600; text-transform: uppercase; letter-spacing: .06em; font-size: 9pt; }
h1 { margin: 2px 0 4px; font-size: 19pt; line-height: 1.2; }
.byline { margin: 0; color: var(--muted); }
h2 { font-size: 13pt; color: var(--accent); margin: 20px 0 6px; padding-bottom: 2px; border-bottom: 1px solid var(--rule);
  break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 12px 0 4px; break-after: avoid; page-break-after: avoid; }
p { margin: 6px 0; overflow-wrap: anywhere; }
ul { margin: 4px 0 8px; padding-left: 20px; }
li { margin: 3px 0; overflow-wrap: anywhere; }
p.lead { margin-bottom: 2px; break-after: avoid; page-break-after: avoid; }
p.note { background: var(--band); border-left: 3px solid var(--accent); padding: 6px 10px; }
p.alert { background: #fbeeee; border-left: 3px solid var(--critical); padding: 6px 10px; }
table { width: 100%; border-collapse: collapse; margin: 6px 0 10px; font-size: 9.5pt; break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; }
thead th { background: var(--band); font-weight: 600; border-bottom: 1px solid #b8c0cb; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.facts { width: auto; min-width: 60%; }
table.facts th { width: 11em; color: var(--muted); font-weight: 600; background: none; }
.rating { display: inline-block; padding: 0 8px; border-radius: 10px; font-weight: 700; color: #fff; }
.rating-green { background: #2e7d4f; }
.rating-amber-green { background: #7a9a2c; }
.rating-amber { background: #d08a12; }
.rating-amber-red { background: #d0601a; }
.rating-red { background: #b3262e; }
figure.timeline { margin: 8px 0 6px; break-inside: avoid; page-break-inside: avoid; }
svg.gantt { display: block; width: 100%; height: auto; }
svg.gantt text { font-family: inherit; font-size: 11px; fill: var(--ink); }
svg.gantt text.tick, svg.gantt text.legend { font-size: 10px; fill: var(--muted); }
svg.gantt text.group { font-weight: 700; fill: var(--accent); }
svg.gantt text.critical { fill: var(--critical); font-weight: 600; }
svg.gantt text.marker { font-size: 10px; font-weight: 600; }
svg.gantt text.as-of-text { fill: #222; }
svg.gantt text.deadline-text { fill: #7b2d8b; }
svg.gantt text.loop { fill: #8a5a1c; font-style: italic; }
svg.gantt text.blackout-label { fill: #8a3b3b; font-style: italic; }
svg.gantt .zebra { fill: #fafbfc; }
svg.gantt .group-band { fill: var(--band); }
svg.gantt .grid { stroke: #e4e7ec; stroke-width: 1; }
svg.gantt .axis { stroke: #9aa3ae; stroke-width: 1; }
svg.gantt .planned { fill: var(--planned); }
svg.gantt .planned.loop { fill: #e0a458; }
svg.gantt .forecast { fill: var(--forecast); }
svg.gantt .critical { fill: var(--critical); }
svg.gantt .done { fill: var(--done); }
svg.gantt .baseline { fill: #fff; stroke: #7d8794; stroke-width: 1.3; }
svg.gantt .slip { stroke: #7d8794; stroke-width: 1; stroke-dasharray: 2 2; }
svg.gantt .blackout { fill: url(#hatch); opacity: .55; }
svg.gantt .blackout-mark { fill: url(#hatch); }
svg.gantt .blackout-fill { fill: #f7dcdc; }
svg.gantt .blackout-line { stroke: #d99a9a; stroke-width: 2; }
svg.gantt .as-of { stroke: #222; stroke-width: 1.2; stroke-dasharray: 4 3; }
svg.gantt .deadline { stroke: #7b2d8b; stroke-width: 1.2; }
table.heatmap { width: auto; table-layout: fixed; border-collapse: separate; border-spacing: 2px; break-inside: avoid; }
table.heatmap caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: 8.5pt; padding-top: 2px; }
table.heatmap th { background: none; border: 0; text-align: center; color: var(--muted); font-weight: 600; }
table.heatmap th.corner { font-size: 8pt; width: 9em; text-align: right; }
table.heatmap td { width: 5.4em; height: 2.6em; border: 0; text-align: center; vertical-align: middle; font-size: 8.5pt; }
table.heatmap .risk { display: inline-block; padding: 0 3px; background: rgba(255,255,255,.75); border-radius: 3px; margin: 1px; }
td.heat-low { background: #cfe8d5; }
td.heat-moderate { background: #f3e7a6; }
td.heat-significant { background: #f5c48c; }
td.heat-high { background: #ef9a9a; }
table.signatures td { height: 3.2em; }
section.keep { break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 24px; padding-top: 6px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 8.5pt; }
@page { size: A4; margin: 15mm 14mm 16mm; }
@media print {
  html { background: none; }
  body { font-size: 10pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  a { color: inherit; text-decoration: none; }
  h2 { margin-top: 14px; }
  /* A chart taller than a page is scaled to fit one, with its heading, rather than cut. */
  svg.gantt { width: auto; max-width: 100%; max-height: 235mm; margin: 0 auto; }
}
`;

// src/review/html.ts
function inline(t) {
  if (typeof t === "string") return html(t);
  if (Array.isArray(t)) return t.map(inline).join("");
  const x = t;
  if (x.strong !== void 0) return `<strong>${inline(x.strong)}</strong>`;
  if (x.rating !== void 0) return `<span class="rating rating-${html(x.rating)}">${html(x.text)}</span>`;
  return `<em>${inline(x.em ?? "")}</em>`;
}
var heat = (score) => score >= 15 ? "high" : score >= 8 ? "significant" : score >= 4 ? "moderate" : "low";
function block(b, audience) {
  switch (b.kind) {
    case "para":
      return `<p${b.tone ? ` class="${b.tone}"` : ""}>${inline(b.text)}</p>`;
    case "heading":
      return `<h3>${inline(b.text)}</h3>`;
    case "list":
      return `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join("")}</ul>`;
    case "table": {
      const cls = (i) => b.align?.[i] === "right" ? ' class="num"' : "";
      const cols = b.widths ? `<colgroup>${b.widths.map((w) => `<col style="width:${w}%">`).join("")}</colgroup>` : "";
      return [
        `<table>${cols}<thead><tr>${b.head.map((h, i) => `<th${cls(i)}>${inline(h)}</th>`).join("")}</tr></thead>`,
        `<tbody>${b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${inline(c)}</td>`).join("")}</tr>`).join("\n")}</tbody></table>`
      ].join("\n");
    }
    case "facts":
      return `<table class="facts"><tbody>${b.rows.map(([k, v]) => `<tr><th scope="row">${html(k)}</th><td>${inline(v)}</td></tr>`).join("\n")}</tbody></table>`;
    case "gantt":
      return `<figure class="timeline">${ganttSvg(b.chart, audience)}</figure>`;
    case "heatmap": {
      const rows = [];
      for (let i = 5; i >= 1; i--) {
        const cells = [1, 2, 3, 4, 5].map((l) => {
          const risks = b.map.cells[i - 1][l - 1];
          return `<td class="heat-${heat(l * i)}">${risks.map((r) => `<span class="risk">${html(r)}</span>`).join(" ")}</td>`;
        });
        rows.push(`<tr><th scope="row">${i}</th>${cells.join("")}</tr>`);
      }
      return [
        '<table class="heatmap">',
        "<caption>Open risks by likelihood (across) and impact (down), 1 low to 5 high</caption>",
        `<thead><tr><th class="corner">Impact \u2193 / Likelihood \u2192</th>${[1, 2, 3, 4, 5].map((l) => `<th>${l}</th>`).join("")}</tr></thead>`,
        `<tbody>${rows.join("\n")}</tbody></table>`
      ].join("\n");
    }
    case "signatures":
      return `<table class="signatures"><thead><tr><th>Role</th><th>Name</th><th>Signature</th><th>Date</th></tr></thead><tbody>${b.rows.map((r) => `<tr><td>${html(r.role)}</td><td>${inline(r.name)}</td><td></td><td></td></tr>`).join("")}</tbody></table>`;
  }
}
function toHtml(doc, audience) {
  const sections = doc.sections.map(
    (s, i) => [
      `<section class="section-${i + 1}${s.blocks.some((b) => b.kind === "signatures") ? " keep" : ""}">`,
      `<h2>${html(s.title)}</h2>`,
      ...s.blocks.map((b) => block(b, audience)),
      "</section>"
    ].join("\n")
  );
  return [
    "<!doctype html>",
    '<html lang="en-GB">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="pmcheck ${html(VERSION)}">`,
    `<title>${html(`${doc.heading}: ${doc.project}`)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<header><p class="kind">${html(doc.heading)}</p><h1>${html(doc.project)}</h1><p class="byline">${inline(doc.byline)}</p></header>`,
    ...sections,
    `<footer>${html(doc.footer)}</footer>`,
    "</main>",
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

// src/review/gantt/mermaid.ts
var same = (a, b) => a?.start === b?.start && a?.finish === b?.finish;
function ganttMermaid(chart, audience) {
  const out = ["gantt", "    dateFormat YYYY-MM-DD", "    axisFormat %d %b", "    todayMarker off"];
  let n = 0;
  const id = (prefix) => `${prefix}${n++}`;
  const when = (d) => audience === "customer" ? shortDate(d) : d;
  if (chart.asOf) out.push(`    ${mermaid(`As of ${when(chart.asOf)}`)} :vert, ${id("v")}, ${chart.asOf}, 0d`);
  if (chart.deadline)
    out.push(`    ${mermaid(`Deadline ${when(chart.deadline)}`)} :vert, ${id("v")}, ${chart.deadline}, 0d`);
  if (chart.blackouts.length > 0) {
    out.push("    section Blackouts");
    for (const b of chart.blackouts) {
      const label = b.where ? `${b.label}, at ${b.where}` : b.label;
      out.push(`    ${mermaid(label)} :crit, done, ${id("b")}, ${b.from}, ${addDays(b.to, 1)}`);
    }
  }
  const line = (row2, span, tags, suffix = "") => {
    const point = row2.kind === "milestone" || row2.kind === "delivery";
    const t = [...tags, ...point ? ["milestone"] : [], id(point ? "m" : "t")];
    const end = point ? "0d" : addDays(span.finish, 1);
    return `    ${mermaid(row2.label + suffix)} :${t.join(", ")}, ${point ? span.finish : span.start}, ${end}`;
  };
  for (const g of chart.groups) {
    out.push(`    section ${mermaid(g.label)}`);
    for (const row2 of g.rows) {
      const main = row2.forecast ?? row2.planned;
      const tags = [
        ...row2.critical ? ["crit"] : [],
        ...row2.forecast && row2.state === "done" ? ["active"] : [],
        ...!row2.forecast ? ["done"] : []
      ];
      out.push(line(row2, main, tags, row2.forecast ? "" : row2.loop ? " (no forecast: dependency loop)" : ""));
      if (row2.forecast && row2.planned && !same(row2.forecast, row2.planned))
        out.push(
          line(
            row2,
            row2.planned,
            ["done"],
            row2.kind === "task" || row2.kind === "summary" ? " (as planned)" : " (baseline)"
          )
        );
    }
  }
  return out;
}

// src/review/markdown.ts
function inline2(t) {
  if (typeof t === "string") return md(t);
  if (Array.isArray(t)) return t.map(inline2).join("");
  const x = t;
  if (x.strong !== void 0) return `**${inline2(x.strong)}**`;
  if (x.rating !== void 0) return `**${md(x.text)}**`;
  return `*${inline2(x.em ?? "")}*`;
}
var row = (cells) => `| ${cells.map((c) => c || " ").join(" | ")} |`;
function block2(b, audience) {
  switch (b.kind) {
    case "para":
      return b.tone === "note" || b.tone === "alert" ? [`> ${inline2(b.text)}`] : [inline2(b.text).trimStart()];
    case "heading":
      return [`### ${inline2(b.text)}`];
    case "list":
      return b.items.map((i) => `- ${inline2(i)}`);
    case "table":
      return [
        row(b.head.map(inline2)),
        row(b.head.map((_, i) => b.align?.[i] === "right" ? "---:" : "---")),
        ...b.rows.map((r) => row(r.map(inline2)))
      ];
    case "facts":
      return ["| | |", "| --- | --- |", ...b.rows.map(([k, v]) => row([md(k), inline2(v)]))];
    case "gantt":
      return [
        "```mermaid",
        ...ganttMermaid(b.chart, audience),
        "```",
        "",
        `*${md(
          `Each bar shows the ${b.chart.second === "actual" ? "actual dates (the forecast, for work not finished)" : "forecast dates (the actual ones, once finished)"}: red is the critical path, pale blue is finished work. Where the plan said otherwise, a grey bar "as planned" follows the task, and a grey "baseline" marker the milestone or delivery. The vertical lines mark the as-of date and the deadline.`
        )}*`
      ];
    case "heatmap": {
      const out = [row(["Impact \u2193 \xB7 Likelihood \u2192", "1", "2", "3", "4", "5"]), row(Array(6).fill("---"))];
      for (let i = 5; i >= 1; i--)
        out.push(row([`**${i}**`, ...[1, 2, 3, 4, 5].map((l) => b.map.cells[i - 1][l - 1].map(md).join(", "))]));
      return out;
    }
    case "signatures":
      return [
        row(["Role", "Name", "Signature", "Date"]),
        row(["---", "---", "---", "---"]),
        ...b.rows.map((r) => row([md(r.role), inline2(r.name), "", ""]))
      ];
  }
}
function toMarkdown(doc, audience) {
  const out = [`# ${md(doc.heading)}: ${md(doc.project)}`, "", `_${inline2(doc.byline)}_`, ""];
  for (const s of doc.sections) {
    out.push(`## ${md(s.title)}`, "");
    for (const b of s.blocks) out.push(...block2(b, audience), "");
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}
`;
}

// src/review/review.ts
function renderReview(report, options = {}) {
  if (!report.model) throw new Error("renderReview needs a report audited in this process (with its model)");
  const kind = options.kind ?? kindForPhase(report.model.plan.project.phase);
  const audience = options.audience ?? defaultAudience(kind);
  const ctx = new ReviewContext(report, kind, audience);
  const doc = ctx.customer ? mapText(buildDocument(ctx), humaniseDates) : buildDocument(ctx);
  return options.format === "html" ? toHtml(doc, audience) : toMarkdown(doc, audience);
}
export {
  AUDIENCES,
  DOC_KINDS,
  REVIEW_FORMATS,
  defaultAudience,
  kindForPhase,
  renderReview
};
