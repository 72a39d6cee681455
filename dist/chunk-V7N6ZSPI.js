import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidaysFor
} from "./chunk-4PK4IGUP.js";
import {
  detectSchedule,
  mapScheduleBytes,
  readSchedulePlans,
  require_dist,
  scheduleDiagnostics
} from "./chunk-KIKVF7CC.js";
import {
  firstProblem,
  schemaMessage,
  validatePlan,
  where
} from "./chunk-P4IUNADG.js";
import {
  ConfigSchema
} from "./chunk-RK5WRRMI.js";
import {
  AUTOMATIC_PRESETS,
  PRESET_SEVERITIES
} from "./chunk-3EFZJTPX.js";
import {
  RULES,
  RULE_IDS
} from "./chunk-XK2OAFVU.js";
import {
  DEFAULT_PM_THRESHOLDS,
  PlanModel
} from "./chunk-TBHZEG3U.js";
import {
  InputError,
  UsageError
} from "./chunk-YFREXNHP.js";
import {
  RESERVED_NAMES,
  closest,
  didYouMean,
  isRealDate
} from "./chunk-5AEJUB6B.js";
import {
  identify,
  isIdSegment,
  isWithin
} from "./chunk-VE5WFE6M.js";
import {
  finishRun,
  scorePlan
} from "./chunk-CVNDX4B7.js";
import {
  count,
  listOf,
  money,
  percent
} from "./chunk-URGRNCBU.js";
import {
  SEVERITIES,
  severityRank
} from "./chunk-IDS44EEY.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EN6KPABM.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/run/config-files.ts
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/readers/yaml/parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/readers/yaml/locator.ts
var import_yaml = __toESM(require_dist(), 1);
var YamlLocator = class {
  constructor(file, doc, lineCounter) {
    this.file = file;
    this.doc = doc;
    this.lineCounter = lineCounter;
  }
  file;
  doc;
  lineCounter;
  /** Each list's items by id (a mapping's `id`, or a plain scalar item such as a dependency). */
  byId = /* @__PURE__ */ new WeakMap();
  /** Each mapping's pairs by key, built on first use: a search per path would be quadratic. */
  byKey = /* @__PURE__ */ new WeakMap();
  locate(path, at = "value") {
    let node = this.doc.contents;
    let range = rangeOf(node);
    for (const seg of path) {
      if ((0, import_yaml.isMap)(node) && typeof seg === "string") {
        const pair = this.pairsByKey(node).get(seg);
        if (!pair) break;
        range = (at === "key" ? rangeOf(pair.key) : pairRange(pair)) ?? range;
        node = pair.value;
      } else if ((0, import_yaml.isSeq)(node) && typeof seg !== "string") {
        const item = isIdSegment(seg) ? this.itemsById(node).get(seg.id) : node.items[seg];
        if (item === void 0) break;
        range = rangeOf(item) ?? range;
        node = item;
      } else break;
    }
    return this.span(range ?? [0, 0]);
  }
  span([start, end]) {
    const a = this.lineCounter.linePos(start);
    const b = this.lineCounter.linePos(Math.max(start, end));
    return {
      file: this.file,
      line: Math.max(1, a.line),
      column: Math.max(1, a.col),
      endLine: Math.max(1, b.line),
      endColumn: Math.max(1, b.col)
    };
  }
  pairsByKey(map) {
    let index = this.byKey.get(map);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const p of map.items) {
        const key = (0, import_yaml.isPair)(p) ? keyOf(p) : void 0;
        if (key !== void 0 && !index.has(key)) index.set(key, p);
      }
      this.byKey.set(map, index);
    }
    return index;
  }
  itemsById(seq) {
    let index = this.byId.get(seq);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const item of seq.items) {
        const id = (0, import_yaml.isMap)(item) ? item.get("id") : (0, import_yaml.isScalar)(item) ? item.value : void 0;
        const key = (0, import_yaml.isScalar)(id) ? id.value : id;
        if (typeof key === "string" && !index.has(key)) index.set(key, item);
      }
      this.byId.set(seq, index);
    }
    return index;
  }
};
function keyOf(p) {
  const k = p.key;
  if ((0, import_yaml.isScalar)(k)) return String(k.value);
  return typeof k === "string" || typeof k === "number" ? String(k) : void 0;
}
function rangeOf(node) {
  const r = node?.range;
  return r ? [r[0], r[1]] : void 0;
}
function pairRange(p) {
  const v = p.value;
  if ((0, import_yaml.isScalar)(v) && v.value !== null && v.range) return [v.range[0], v.range[1]];
  if (((0, import_yaml.isSeq)(v) || (0, import_yaml.isMap)(v)) && v.flow && v.range) {
    const k = rangeOf(p.key);
    return k ? [k[0], v.range[1]] : [v.range[0], v.range[1]];
  }
  return rangeOf(p.key);
}

// src/readers/yaml/parse.ts
var MAX_ALIASES = 100;
function parseYamlMapping(text, file, what) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, {
    lineCounter,
    prettyErrors: false,
    // yaml's own check compares each key with every earlier one: quadratic in a mapping's size
    // (30,000 keys took minutes). Duplicates are found below, in one pass with a set per mapping.
    uniqueKeys: false,
    strict: true,
    keepSourceTokens: false
  });
  const at = (offset) => {
    const p = lineCounter.linePos(offset);
    return { file, line: Math.max(1, p.line), column: Math.max(1, p.col) };
  };
  const yamlProblems = [...doc.errors, ...doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED")];
  if (yamlProblems.length > 0) {
    const first = yamlProblems[0];
    throw new InputError(
      yamlMessage(first.code, first.message),
      at(yamlOffset(text, first.code, first.message, first.pos[0])),
      yamlProblems.length - 1
    );
  }
  refuseDuplicateKeys(doc, at);
  if (text.includes("<<")) refuseMergeKeys(doc, at);
  const locator = new YamlLocator(file, doc, lineCounter);
  if (doc.contents === null) throw new InputError(what.empty, { file, line: 1, column: 1 });
  if (!(0, import_yaml2.isMap)(doc.contents)) {
    const kind = (0, import_yaml2.isSeq)(doc.contents) ? "a list" : "a single value";
    throw new InputError(`the top level is ${kind}; ${what.notMapping}`, { file, ...position(locator) });
  }
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/alias/i.test(msg))
      throw new InputError(`too many YAML aliases (more than ${MAX_ALIASES}); refusing a possible alias bomb`, {
        file,
        line: 1,
        column: 1
      });
    throw new InputError(`cannot read the YAML: ${msg}`, { file, line: 1, column: 1 });
  }
  return { doc, locator, raw };
}
function refuseDuplicateKeys(doc, at) {
  let first;
  let count2 = 0;
  (0, import_yaml2.visit)(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of map.items) {
        if (!(0, import_yaml2.isScalar)(pair.key)) continue;
        const value = pair.key.value;
        if (!seen.has(value)) seen.add(value);
        else {
          count2++;
          const offset = pair.key.range?.[0] ?? 0;
          if (first === void 0 || offset < first) first = offset;
        }
      }
    }
  });
  if (first !== void 0)
    throw new InputError(yamlMessage("DUPLICATE_KEY", "Map keys must be unique"), at(first), count2 - 1);
}
function refuseMergeKeys(doc, at) {
  (0, import_yaml2.visit)(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if ((0, import_yaml2.isScalar)(key) && key.value === "<<" && key.type === "PLAIN") {
        throw new InputError(
          "YAML merge keys (<<) are not allowed: YAML 1.1 tools copy the anchored mapping in here and YAML 1.2 tools do not, so the file would mean different things to different tools; write the keys out in full",
          at(key.range?.[0] ?? 0)
        );
      }
    }
  });
}
function position(locator) {
  const s = locator.locate([]);
  return { line: s.line, column: s.column };
}
function yamlOffset(text, code, message, offset) {
  const unclosed = /end with an? ([}\]])$/.exec(message)?.[1];
  if (unclosed) {
    const open = unclosed === "}" ? "{" : "[";
    let depth = 0;
    for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
      if (text[i] === unclosed) depth++;
      else if (text[i] === open && depth-- === 0) return i;
    }
  }
  if (code === "MISSING_CHAR") {
    const quote = /Missing closing (["'])quote/.exec(message)?.[1];
    if (quote) {
      const opened = text.lastIndexOf(quote, Math.max(0, offset - 1));
      if (opened !== -1) return opened;
    }
  }
  return offset;
}
function yamlMessage(code, message) {
  const plain = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  switch (code) {
    case "DUPLICATE_KEY":
      return `${plain}: this key appears twice in the same mapping`;
    case "TAB_AS_INDENT":
      return "tabs are not allowed for indentation in YAML; indent with spaces";
    case "BAD_INDENT":
      if (/end with an? [}\]]$/.test(plain))
        return `this ${plain.includes("map") ? "{ \u2026 }" : "[ \u2026 ]"} is never closed: add the missing ${plain.slice(-1)} or put each entry on its own line`;
      return `YAML syntax error: ${plain}`;
    case "MULTIPLE_DOCS":
      return "the file holds several YAML documents (separated by ---); a plan is one document";
    case "TAG_RESOLVE_FAILED":
      return `${plain}; custom YAML tags are not allowed in a plan`;
    default:
      return `YAML syntax error: ${plain}`;
  }
}

// src/config/resolve.ts
var EMPTY_CONFIG = { config: {}, overrides: /* @__PURE__ */ new Map() };
function loadConfigText(text, file) {
  const { locator, raw } = parseYamlMapping(text, file, {
    empty: "the config file is empty",
    notMapping: "a config file is a mapping (extends, rules, fail-on, min-score)"
  });
  const reserved = reservedKey(raw, []);
  if (reserved)
    throw new InputError(
      `"${String(reserved.at(-1))}" cannot be used as a key in a config file`,
      where(locator, reserved, "key")
    );
  const parsed = ConfigSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: issue.path,
      message: configMessage(issue)
    }));
    throw firstProblem(problems, locator, file);
  }
  const overrides = /* @__PURE__ */ new Map();
  for (const [id, setting] of Object.entries(parsed.data.rules ?? {})) {
    const rule = RULES.find((r) => r.id === id);
    if (!rule) {
      const near = closest(
        id,
        RULES.map((r) => r.id)
      );
      throw new InputError(
        `unknown rule "${id}"${near ? `; did you mean "${near}"?` : "; `pmcheck rules` lists them"}`,
        where(locator, ["rules", id], "key")
      );
    }
    overrides.set(id, checkSetting(rule, setting, locator));
  }
  return { file, config: parsed.data, overrides };
}
function reservedKey(value, path) {
  if (value === null || typeof value !== "object") return void 0;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.keys(value).map((k) => [k, value[k]]);
  for (const [key, child] of entries) {
    if (typeof key === "string" && RESERVED_NAMES.has(key)) return [...path, key];
    const found = reservedKey(child, [...path, key]);
    if (found) return found;
  }
  return void 0;
}
function configMessage(issue) {
  if (issue.code === "unrecognized_keys") {
    const known = ["extends", "rules", "fail-on", "min-score", "pm-warranted"];
    return issue.keys.map((k) => `unknown key "${k}"${closest(k, known) ? ` (did you mean "${closest(k, known)}"?)` : ""}`).join("; ");
  }
  return schemaMessage(issue);
}
function checkSetting(rule, setting, locator) {
  const at = ["rules", rule.id];
  let severity;
  let options;
  if (typeof setting === "string") severity = setting;
  else if (Array.isArray(setting)) [severity, options] = setting;
  else options = setting;
  if (options !== void 0) {
    const result = rule.options.safeParse(options);
    if (!result.success) {
      const issue = result.error.issues[0];
      const optionsPath = Array.isArray(setting) ? [...at, 1] : at;
      let message = schemaMessage(issue);
      if (issue.code === "unrecognized_keys") {
        const known = Object.keys(rule.options.parse({}));
        const key = issue.keys[0];
        const near = closest(key, known);
        message = known.length === 0 ? `rule ${rule.id} takes no options, got "${key}"` : `rule ${rule.id} has no option "${key}"${near ? `; did you mean "${near}"?` : `; its options are ${known.join(", ")}`}`;
        throw new InputError(message, where(locator, [...optionsPath, key], "key"));
      }
      throw new InputError(
        `rule ${rule.id}, option ${issue.path.join(".")}: ${message}`,
        where(locator, [...optionsPath, ...issue.path])
      );
    }
    options = result.data;
  }
  return { severity, options };
}
function raise(s) {
  const i = SEVERITIES.indexOf(s);
  return s === "medium" || s === "low" ? SEVERITIES[i - 1] : s;
}
function presetsFor(loaded, context) {
  const presets = [loaded.config.extends ?? "recommended"];
  const add = (p) => {
    if (!presets.includes(p)) presets.push(p);
  };
  if (context.schedule) add("dcma");
  if (!context.phaseContradicted && (context.phase === "presale" || context.phase === "closed")) add(context.phase);
  if (context.pm === "not-warranted") add("small-job");
  return presets;
}
function resolveRules(loaded, context = {}) {
  const presets = presetsFor(loaded, context);
  const rules = [];
  const offByPreset = [];
  for (const rule of RULES) {
    if (rule.optIn && !presets.includes(rule.optIn) && !loaded.overrides.get(rule.id)?.severity) continue;
    let severity = rule.severity;
    let offBy;
    for (const preset of presets) {
      const change = PRESET_SEVERITIES[preset][rule.id] ?? PRESET_SEVERITIES[preset]["*"];
      if (change === "raise") severity = severity === "off" ? severity : raise(severity);
      else if (change !== void 0) {
        severity = change;
        offBy = change === "off" ? preset : void 0;
      }
    }
    const own = loaded.overrides.get(rule.id);
    if (own?.severity) severity = own.severity;
    if (severity === "off") {
      if (!own?.severity && offBy) offByPreset.push({ rule, preset: offBy });
      continue;
    }
    rules.push({ rule, severity, options: own?.options ?? rule.options.parse({}) });
  }
  return { rules, presets, offByPreset };
}
function pmThresholdsOf(loaded) {
  return { ...DEFAULT_PM_THRESHOLDS, ...loaded.config["pm-warranted"] };
}

// src/run/read.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";

// src/readers/bytes.ts
function decodePlanBytes(bytes, file) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    throw new InputError("the file is UTF-16 text; save it as UTF-8 and try again", { file, line: 1, column: 1 });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError("the file looks binary (it contains a NUL byte), not a YAML plan", { file });
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("the file is not valid UTF-8; save it as UTF-8 and try again", { file });
  }
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function decodeLeniently(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16" };
  if (bytes[0] === 254 && bytes[1] === 255)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16" };
  if (bytes.indexOf(0) !== -1) return { binary: true };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 65279 ? text.slice(1) : text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("latin1").decode(bytes), encoding: "latin-1" };
  }
}

// src/run/read.ts
var MAX_BYTES = 16 * 1024 * 1024;
var mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
var FileTooLarge = class extends InputError {
};
function tooLarge(file, size) {
  const what = file === "<stdin>" ? "standard input" : "the file";
  const is = size === void 0 ? "is more than" : `is ${mb(size)}, more than`;
  return new FileTooLarge(`${what} ${is} the ${mb(MAX_BYTES)} pmcheck reads; split it into smaller plans`, { file });
}
function kindOf(stat) {
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isFIFO()) return "a pipe (FIFO)";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}
function readProblem(err) {
  const code = err.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many symbolic links (a link loop?)";
    case "EISDIR":
      return "is a folder, not a plan file";
    default:
      return `cannot read the file (${code ?? String(err)})`;
  }
}
function readPlanBytes(file) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError("is a folder, not a plan file", { file });
    if (!stat.isFile())
      throw new InputError(`is ${kindOf(stat)}, not a regular file; only regular files are plans`, { file });
    if (stat.size > MAX_BYTES) throw tooLarge(file, stat.size);
    return readCapped(fd, file, stat.size);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const dangling = err.code === "ENOENT" && isLink(file);
    throw new InputError(dangling ? "a symbolic link whose target does not exist" : readProblem(err), { file });
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function isLink(file) {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
function readHead(file, n) {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) return new Uint8Array(0);
    const buf = Buffer.alloc(n);
    let got = 0;
    for (let r = 1; r > 0 && got < n; got += r) r = readSync(fd, buf, got, n - got, null);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}
function pause(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function readCapped(fd, file, hint = 64 * 1024) {
  let buf = Buffer.alloc(Math.min(MAX_BYTES + 1, Math.max(1, hint + 1)));
  let got = 0;
  for (; ; ) {
    if (got === buf.length) {
      if (got > MAX_BYTES) throw tooLarge(file);
      const bigger = Buffer.alloc(Math.min(MAX_BYTES + 1, buf.length * 2));
      buf.copy(bigger, 0, 0, got);
      buf = bigger;
    }
    let n;
    try {
      n = readSync(fd, buf, got, buf.length - got, null);
    } catch (err) {
      if (err.code === "EAGAIN") {
        pause(5);
        continue;
      }
      if (err.code === "EOF") break;
      throw err;
    }
    if (n === 0) break;
    got += n;
  }
  if (got > MAX_BYTES) throw tooLarge(file);
  return buf.subarray(0, got);
}
function readStdin(fd = 0) {
  try {
    return readCapped(fd, "<stdin>");
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read standard input (${err.code ?? String(err)})`, {
      file: "<stdin>"
    });
  }
}
function readTextFile(file) {
  return decodePlanBytes(readPlanBytes(file), file);
}

// src/run/config-files.ts
var CONFIG_NAMES = [".pmcheck.yaml", ".pmcheck.yml"];
function searchRoot(dir) {
  const start = resolve(dir);
  for (let cur = start; ; cur = dirname(cur)) {
    if (existsSync(join(cur, ".git"))) return cur;
    if (dirname(cur) === cur) return start;
  }
}
function findConfig(dir, root = searchRoot(dir)) {
  for (let cur = resolve(dir); ; cur = dirname(cur)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(cur, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    if (cur === root || dirname(cur) === cur) return void 0;
  }
}
function loadConfigFile(file) {
  return loadConfigText(readTextFile(file), file);
}
var ConfigResolver = class {
  constructor(explicit) {
    this.explicit = explicit;
  }
  explicit;
  byDir = /* @__PURE__ */ new Map();
  byFile = /* @__PURE__ */ new Map();
  forPlan(planFile) {
    if (this.explicit) return this.load(this.explicit);
    const dir = dirname(planFile);
    let found = this.byDir.get(dir);
    if (!found) {
      const file = findConfig(dir);
      found = file ? this.load(file) : EMPTY_CONFIG;
      this.byDir.set(dir, found);
    }
    return found;
  }
  load(file) {
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = loadConfigFile(file);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }
};

// src/run/audit.ts
import { join as join4 } from "node:path";

// src/plan/loaded.ts
function unrecordedSection(section, unrecorded) {
  return unrecorded?.sections.find((u) => section === u || section.startsWith(`${u}.`) || section.startsWith(`${u}[]`));
}

// src/engine/message.ts
var PLACEHOLDER = /\{\{\s*(\w+)\s*(?::\s*([\w:/-]+)\s*)?\}\}/g;
function show(value, format, name) {
  if (format === void 0) return Array.isArray(value) ? listOf(value) : String(value);
  const [kind, arg] = format.split(":");
  if (kind === "list" || kind === "semilist") {
    const items = Array.isArray(value) ? value : [String(value)];
    return listOf(items, { separator: kind === "semilist" ? ";" : "," });
  }
  if (typeof value !== "number")
    throw new Error(`message placeholder {{${name}:${format}}} needs a number, got ${JSON.stringify(value)}`);
  switch (kind) {
    case "money":
      return money(value);
    case "percent":
      return percent(value);
    case "percent1":
      return percent(value, 1);
    case "ratio":
      return value.toFixed(2);
    case "plural":
      if (!arg) break;
      return count(value, ...arg.split("/"));
  }
  throw new Error(`unknown message format "${format}" in {{${name}:${format}}}`);
}
function renderMessage(template, data = {}) {
  return template.replace(PLACEHOLDER, (_whole, name, format) => {
    if (!Object.hasOwn(data, name)) throw new Error(`message placeholder {{${name}}} has no data`);
    return show(data[name], format, name);
  });
}

// src/engine/run.ts
function relaxSeverity(severity, levels) {
  const by = Number.isNaN(levels) ? 0 : Math.max(0, Math.floor(levels));
  const i = Math.min(SEVERITIES.length - 1, SEVERITIES.indexOf(severity) + by);
  return SEVERITIES[i];
}
function runRule(configured, loaded, model) {
  const { rule, severity, options } = configured;
  const outcome = {
    ruleId: rule.id,
    category: rule.category,
    severity,
    applicable: true,
    findings: [],
    ms: 0
  };
  for (const need of rule.needs ?? []) {
    if (unrecordedSection(need, loaded.unrecorded)) {
      outcome.applicable = false;
      outcome.reason = `${need} is not recorded in ${loaded.unrecorded.source}; a sidecar plan can add it`;
      return outcome;
    }
  }
  const lowered = [];
  const started = performance.now();
  try {
    rule.check({
      plan: loaded.plan,
      model,
      asOf: model.asOf,
      options,
      report: (r) => {
        const template = rule.messages[r.messageId];
        if (template === void 0) throw new Error(`rule ${rule.id} reported unknown message id "${r.messageId}"`);
        const data = r.data ?? {};
        const path = identify(loaded.plan, r.path);
        lowered.push(r.lower ?? 0);
        outcome.findings.push({
          ruleId: rule.id,
          category: rule.category,
          messageId: r.messageId,
          severity,
          message: renderMessage(template, data),
          fix: rule.fix,
          path,
          span: loaded.locator.locate(path),
          data
        });
      },
      notApplicable: (reason) => {
        outcome.applicable = false;
        outcome.reason = reason;
      },
      relax: (levels) => {
        outcome.severity = relaxSeverity(severity, levels);
      }
    });
  } catch (err) {
    outcome.error = err instanceof Error ? err.message : String(err);
    outcome.findings = [];
  }
  outcome.ms = performance.now() - started;
  if (!outcome.applicable) outcome.findings = [];
  outcome.findings.forEach((f, i) => {
    f.severity = relaxSeverity(outcome.severity, lowered[i] ?? 0);
  });
  return outcome;
}
function scopeKey(rule, path) {
  return JSON.stringify([rule, ...path.map((seg) => typeof seg === "object" ? { id: seg.id } : seg)]);
}
function applySuppressions(outcomes, suppressions, knownRules) {
  const diagnostics = [];
  const used = /* @__PURE__ */ new Set();
  for (const s of suppressions) {
    const where2 = { path: s.path, file: s.file, line: s.line, column: s.column };
    if (!knownRules.includes(s.rule)) {
      diagnostics.push({
        severity: "warning",
        code: "suppression",
        message: `x-pmcheck-ignore names unknown rule "${s.rule}"${didYouMean(s.rule, knownRules)}`,
        ...where2
      });
    } else if (!s.reason) {
      diagnostics.push({
        severity: "warning",
        code: "suppression",
        message: `x-pmcheck-ignore for ${s.rule} has no reason, so it suppresses nothing; say why the finding does not apply`,
        ...where2
      });
    }
  }
  const byScope = /* @__PURE__ */ new Map();
  suppressions.forEach((s, order) => {
    if (!s.reason) return;
    const key = scopeKey(s.rule, s.scope);
    const list = byScope.get(key) ?? [];
    list.push({ s, order });
    byScope.set(key, list);
  });
  for (const outcome of byScope.size === 0 ? [] : outcomes) {
    for (const finding of outcome.findings) {
      let match;
      for (let depth = 0; depth <= finding.path.length; depth++) {
        const here = byScope.get(scopeKey(finding.ruleId, finding.path.slice(0, depth)))?.[0];
        if (here && (!match || here.order < match.order)) match = here;
      }
      if (match && isWithin(finding.path, match.s.scope)) {
        finding.suppressed = { reason: match.s.reason, line: match.s.line };
        used.add(match.s);
      }
    }
  }
  for (const s of suppressions) {
    if (s.reason && knownRules.includes(s.rule) && !used.has(s)) {
      diagnostics.push({
        severity: "warning",
        code: "suppression",
        message: `x-pmcheck-ignore for ${s.rule} matches no finding; remove it`,
        path: s.path,
        file: s.file,
        line: s.line,
        column: s.column
      });
    }
  }
  return diagnostics;
}

// src/core/audit.ts
function toPlain(report) {
  const { model: _model, ...rest } = report;
  return rest;
}
function resolveAsOf(option, statusDate, today) {
  if (option) return { asOf: option, source: "option" };
  if (statusDate) return { asOf: statusDate, source: "status_date" };
  return { asOf: today, source: "today" };
}
function validateAsOf(value) {
  if (!isRealDate(value)) throw new UsageError(`--as-of must be a real date as YYYY-MM-DD, got "${value}"`);
  return value;
}
function auditPlan(loaded, settings) {
  const { plan } = loaded;
  const config = settings.config ?? EMPTY_CONFIG;
  const { asOf, source } = resolveAsOf(settings.asOf, plan.project.status_date, settings.today);
  const modelStarted = performance.now();
  const model = new PlanModel(plan, {
    asOf,
    pmThresholds: pmThresholdsOf(config),
    base: settings.base,
    holidays: settings.holidays
  }).prepare();
  const modelMs = performance.now() - modelStarted;
  const resolved = settings.rules ? { rules: [...settings.rules], presets: [], offByPreset: [] } : resolveRules(config, {
    phase: plan.project.phase,
    pm: model.pmAssessment.status,
    phaseContradicted: model.phaseContradictions.length > 0,
    schedule: loaded.format !== "yaml"
  });
  const outcomes = [
    ...resolved.rules.map((configured) => runRule(configured, loaded, model)),
    ...resolved.offByPreset.map(({ rule, preset }) => offOutcome(rule, preset))
  ].sort((a, b) => a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
  const late = applySuppressions(outcomes, loaded.suppressions, RULE_IDS);
  if (settings.strict) for (const d of late) d.severity = "error";
  const diagnostics = [...loaded.diagnostics, ...late];
  const all = outcomes.flatMap((o) => o.findings);
  return {
    file: loaded.name ?? loaded.file,
    format: loaded.format,
    project: {
      name: plan.project.name,
      id: plan.project.id ?? void 0,
      client: plan.project.client ?? void 0,
      phase: plan.project.phase ?? void 0,
      currency: plan.project.currency ?? void 0
    },
    asOf,
    asOfSource: source,
    config: { file: config.file, presets: resolved.presets },
    gate: {
      failOn: settings.gate?.failOn ?? config.config["fail-on"] ?? "high",
      minScore: settings.gate?.minScore ?? config.config["min-score"]
    },
    pm: model.pmAssessment,
    score: scorePlan(outcomes),
    findings: sortFindings(all.filter((f) => !f.suppressed)),
    suppressed: sortFindings(all.filter((f) => f.suppressed)),
    known: [],
    diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column),
    outcomes,
    modelMs,
    model
  };
}
function offOutcome(rule, preset) {
  const why = AUTOMATIC_PRESETS[preset];
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    applicable: false,
    reason: `off under the ${preset} preset${why ? ` (${why})` : ""}`,
    findings: [],
    ms: 0
  };
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) || a.span.line - b.span.line || a.span.column - b.span.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

// src/readers/sidecar.ts
import { dirname as dirname2, join as join2 } from "node:path";
var SCHEDULE_KEY = /^schedule\s*:/m;
var PLAN_KEY = /^pmcheck\s*:/m;
var SNIFF_BYTES = 64 * 1024;
var CORRECTABLE = /* @__PURE__ */ new Set(["name", "owner", "allocation"]);
var OVERLAID = ["tasks", "milestones"];
function isSidecar(bytes) {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, SNIFF_BYTES));
  return SCHEDULE_KEY.test(head) && PLAN_KEY.test(head);
}
var isData = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function readSidecar(text, file, options = {}) {
  const { locator: yaml, raw } = parseYamlMapping(text, file, {
    empty: "the file is empty; a sidecar needs `pmcheck: 1` and `schedule:`",
    notMapping: "a sidecar is a mapping with `pmcheck: 1` and `schedule:`"
  });
  const side = raw;
  const at = (path) => where(yaml, path);
  const named = side.schedule;
  if (typeof named !== "string" || named.trim() === "")
    throw new InputError("schedule: expected the path of an MS Project XML or P6 XER file", at(["schedule"]));
  if (!options.readFile)
    throw new InputError(
      `schedule: the schedule "${named}" cannot be read from here; audit the sidecar by its path`,
      at(["schedule"])
    );
  const target = join2(dirname2(file), named);
  let bytes;
  try {
    bytes = options.readFile(target);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`schedule: ${target}: ${err.message}`, at(["schedule"]));
    throw err;
  }
  if (detectSchedule(bytes) === void 0)
    throw new InputError(
      `schedule: ${target} is not an MS Project XML (MSPDI) or P6 XER file; a sidecar adds governance to one of those`,
      at(["schedule"])
    );
  const { schedule, projects } = mapScheduleBytes(bytes, target);
  const wanted = isData(side.project) ? side.project.id : void 0;
  const chosen = projects.length === 1 ? projects[0] : projects.find((p) => wanted !== void 0 && (p.project.code === wanted || p.project.id === wanted));
  if (!chosen)
    throw new InputError(
      `${target} holds ${projects.length} projects (${projects.map((p) => p.project.code ?? p.project.id).join(", ")}); set project.id to the one this sidecar is about`,
      at(wanted === void 0 ? ["project"] : ["project", "id"])
    );
  const scheduleLocator = chosen.locator.inFile(target);
  const merged = merge(
    chosen.raw,
    side,
    (path, message) => {
      throw new InputError(`${formatField(path)}: ${message}`, at(path));
    },
    target
  );
  const locator = new SidecarLocator(yaml, side, scheduleLocator, merged);
  const validated = validatePlan(merged, locator, file, options, {
    size: text.length + bytes.length,
    mayHaveReserved: [...RESERVED_NAMES].some((name) => text.includes(name)),
    mayHaveSuppressions: text.includes("x-pmcheck-ignore")
  });
  return {
    file,
    format: `${schedule.format}+sidecar`,
    plan: validated.plan,
    locator,
    diagnostics: [...scheduleDiagnostics(target, schedule.warnings, chosen), ...validated.diagnostics],
    suppressions: validated.suppressions
  };
}
function formatField(path) {
  return path.map((s, i) => isIdSegment(s) ? `[id=${s.id}]` : typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function merge(schedule, side, refuse, target) {
  const out = { ...schedule };
  for (const [key, value] of Object.entries(side)) {
    if (key === "project" && isData(value) && isData(schedule.project)) {
      out.project = overlay(schedule.project, value, ["project"], refuse, target);
    } else if (OVERLAID.includes(key) && Array.isArray(value)) {
      const items = (schedule[key] ?? []).map((i) => ({ ...i }));
      const byId = new Map(items.map((item, i) => [item.id, i]));
      value.forEach((entry, j) => {
        const id = isData(entry) ? entry.id : void 0;
        const index = byId.get(id);
        if (index === void 0) {
          const noun = key === "tasks" ? "task" : "milestone";
          refuse(
            typeof id === "string" ? [key, { id }] : [key, j],
            typeof id === "string" ? `${target} has no ${noun} "${id}"; a sidecar adds governance to the schedule's ${key} by id, and new work belongs in the schedule` : `expected a ${noun} of ${target} by its id`
          );
        }
        items[index] = overlay(items[index], entry, [key, { id }], refuse, target);
      });
      out[key] = items;
    } else if ((key === "people" || key === "calendars") && Array.isArray(value)) {
      const items = (schedule[key] ?? []).map((i) => ({ ...i }));
      const byId = new Map(items.map((item, i) => [item.id, i]));
      for (const entry of value) {
        const index = isData(entry) ? byId.get(entry.id) : void 0;
        if (index === void 0) items.push(entry);
        else if (key === "people") items[index] = { ...items[index], ...entry };
        else
          refuse([key, { id: entry.id }], `calendar "${entry.id}" comes from ${target}`);
      }
      out[key] = items;
    } else out[key] = value;
  }
  return out;
}
function overlay(base, extra, path, refuse, target) {
  const out = { ...base };
  for (const [field, value] of Object.entries(extra)) {
    if (field === "id") continue;
    if (Object.hasOwn(base, field) && !CORRECTABLE.has(field))
      refuse([...path, field], `comes from ${target}; change it there (each fact lives in one file)`);
    out[field] = value;
  }
  return out;
}
function depthIn(data, path) {
  let node = data;
  let depth = 0;
  for (const seg of path) {
    if (Array.isArray(node)) {
      node = isIdSegment(seg) ? node.find((item) => (isData(item) ? item.id : item) === seg.id) : typeof seg === "number" ? node[seg] : void 0;
    } else node = isData(node) && typeof seg === "string" && Object.hasOwn(node, seg) ? node[seg] : void 0;
    if (node === void 0) break;
    depth++;
  }
  return depth;
}
var SidecarLocator = class {
  constructor(sidecar, sideRaw, schedule, merged) {
    this.sidecar = sidecar;
    this.sideRaw = sideRaw;
    this.schedule = schedule;
    this.merged = merged;
  }
  sidecar;
  sideRaw;
  schedule;
  merged;
  locate(path, at = "value") {
    const named = identify(this.merged, path);
    const side = depthIn(this.sideRaw, named);
    const sched = this.schedule.resolve(named).depth;
    const scheduleItem = named[0] === "tasks" || named[0] === "milestones";
    return side > sched || side === sched && side > 0 && !scheduleItem ? this.sidecar.locate(named, at) : this.schedule.locate(named);
  }
};

// src/readers/yaml/index.ts
var import_yaml3 = __toESM(require_dist(), 1);
function readYamlPlan(text, file, options = {}) {
  const { locator, raw } = parseYamlMapping(text, file, {
    empty: "the file is empty; a plan needs at least `pmcheck: 1` and `project.name`",
    notMapping: "a plan is a mapping that starts with `pmcheck: 1`"
  });
  if (!Object.hasOwn(raw, "pmcheck")) {
    throw new InputError(
      "this is not a pmcheck plan: the top level has no `pmcheck:` key (add `pmcheck: 1` as the first line)",
      { file, line: 1, column: 1 }
    );
  }
  const validated = validatePlan(raw, locator, file, options, {
    size: text.length,
    // Both walks visit the whole plan; a plain text search tells when they cannot find anything.
    mayHaveReserved: [...RESERVED_NAMES].some((name) => text.includes(name)),
    mayHaveSuppressions: text.includes("x-pmcheck-ignore")
  });
  return { file, format: "yaml", locator, ...validated };
}
function isYamlPlan(text) {
  if (!text.includes("pmcheck") && !text.includes("\\")) return { plan: false, why: "no top-level `pmcheck` key" };
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      const json = JSON.parse(trimmed);
      if (json !== null && typeof json === "object" && !Array.isArray(json))
        return Object.hasOwn(json, "pmcheck") ? { plan: true } : { plan: false, why: "no top-level `pmcheck` key" };
    } catch {
    }
  }
  const doc = (0, import_yaml3.parseDocument)(text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  if (doc.errors.length > 0)
    return text.includes("pmcheck") ? { plan: true } : { plan: false, why: "not YAML or JSON that parses, and it does not mention pmcheck" };
  if (!(0, import_yaml3.isMap)(doc.contents)) return { plan: false, why: "the top level is not a mapping" };
  for (const pair of doc.contents.items) {
    const key = (0, import_yaml3.isAlias)(pair.key) ? pair.key.resolve(doc) : pair.key;
    if (!(0, import_yaml3.isScalar)(key)) continue;
    if (key.value === "pmcheck" || key.value === "<<" && text.includes("pmcheck")) return { plan: true };
  }
  return { plan: false, why: "no top-level `pmcheck` key" };
}

// src/readers/index.ts
var YAML_READER = {
  name: "yaml",
  detect: () => true,
  read: (bytes, file, options) => [readYamlPlan(decodePlanBytes(bytes, file), file, options)]
};
var SCHEDULE_READER = {
  name: "schedule",
  detect: (bytes) => detectSchedule(bytes) !== void 0 || looksLikeXml(bytes),
  read: readSchedulePlans
};
function looksLikeXml(bytes) {
  let i = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  while (i < bytes.length && i < 4096 && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13))
    i++;
  return bytes[i] === 60;
}
var SIDECAR_READER = {
  name: "sidecar",
  detect: isSidecar,
  read: (bytes, file, options) => [readSidecar(decodePlanBytes(bytes, file), file, options)]
};
var READERS = [SCHEDULE_READER, SIDECAR_READER, YAML_READER];
function sniffPlan(bytes) {
  const reader = readerFor(bytes);
  if (reader === SCHEDULE_READER && detectSchedule(bytes) === void 0)
    return { plan: false, why: "XML, but not an MS Project file" };
  if (reader !== YAML_READER) return { plan: true };
  const decoded = decodeLeniently(bytes);
  if ("binary" in decoded) return { plan: false, why: "binary content (it contains a NUL byte)" };
  const found = isYamlPlan(decoded.text);
  if (found.plan || decoded.encoding === "utf-8") return found;
  return { plan: false, why: `${found.why}, read as ${decoded.encoding}` };
}
function readerFor(bytes) {
  return READERS.find((r) => r.detect(bytes)) ?? YAML_READER;
}
function readPlans(bytes, file, options = {}) {
  return readerFor(bytes).read(bytes, file, options);
}
function readPlan(bytes, file, options = {}, name) {
  const plans = readPlans(bytes, file, options);
  const tag = name?.slice(name.lastIndexOf("#"));
  return tag && plans.find((p) => p.name?.endsWith(tag)) || plans[0];
}

// src/run/discover.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { lstatSync as lstatSync2, readdirSync, realpathSync, statSync as statSync2 } from "node:fs";
import { join as join3, relative } from "node:path";
var STDIN = "<stdin>";
var IGNORED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var GLOB_CHARS = /[*?[\]{}]/;
var DATA_FILE = /\.(ya?ml|json)$/i;
var CONFIG_FILE = new Set(CONFIG_NAMES);
var PLAN_NAME = /\.plan\.(ya?ml|json)$/i;
var HEAD_BYTES = 64 * 1024;
function discoverPlans(args, readStdin2) {
  const sources = /* @__PURE__ */ new Map();
  const errors = [];
  const skipped = [];
  const add = (s) => {
    if (!sources.has(s.file)) sources.set(s.file, s);
  };
  for (const arg of args) {
    if (arg === "-") {
      add({ file: STDIN, bytes: readStdin2() });
      continue;
    }
    const stat = statOrUndefined(arg);
    if (stat?.isDirectory()) {
      const here = [];
      let plans = 0;
      for (const file of walk(arg, (name) => DATA_FILE.test(name) && !CONFIG_FILE.has(name), errors)) {
        const verdict = classify(tidy(file));
        if (verdict instanceof InputError) errors.push(verdict);
        else if ("why" in verdict) here.push(verdict);
        else add(verdict);
        if (!("why" in verdict)) plans++;
      }
      if (plans === 0) {
        const note = here.length > 0 ? `skipped ${listSkipped(arg, here)}; ` : "";
        errors.push(
          new InputError(
            `${note}no plans found in this folder (a plan is a .yaml or .yml file with \`pmcheck:\` at its top level)`,
            { file: arg }
          )
        );
      } else skipped.push(...here);
    } else if (stat === void 0 && !isLink2(arg) && GLOB_CHARS.test(arg)) {
      const matches = globFiles(arg, errors);
      if (matches.length === 0) errors.push(new InputError("no files match this pattern", { file: arg }));
      for (const m of matches) add({ file: tidy(m) });
    } else add({ file: arg });
  }
  return { sources: [...sources.values()], errors, skipped };
}
function classify(file) {
  const named = PLAN_NAME.test(file);
  let bytes;
  try {
    bytes = readPlanBytes(file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    if (named) return err;
    if (err instanceof FileTooLarge && headMentionsPmcheck(file)) return err;
    return { file, why: err.message };
  }
  if (named) return { file, bytes };
  const sniff = sniffPlan(bytes);
  return sniff.plan ? { file, bytes } : { file, why: sniff.why };
}
function headMentionsPmcheck(file) {
  try {
    const head = decodeLeniently(readHead(file, HEAD_BYTES));
    return "text" in head && head.text.includes("pmcheck");
  } catch {
    return false;
  }
}
function listSkipped(folder, skipped) {
  const shown = skipped.slice(0, 3).map((s) => `${relative(folder, s.file) || s.file} (${s.why})`);
  const rest = skipped.length - shown.length;
  return `${shown.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
}
function walk(root, wanted, errors) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const go = (dir) => {
    let real;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      const code = err.code;
      errors.push(
        new InputError(`cannot list this folder (${code}), so the plans in it cannot be audited`, { file: dir })
      );
      return;
    }
    for (const e of entries) {
      const path = join3(dir, e.name);
      const isFolder = e.isDirectory() || e.isSymbolicLink() && statOrUndefined(path)?.isDirectory();
      if (isFolder) {
        if (!IGNORED_FOLDERS.has(e.name)) go(path);
      } else if (wanted(e.name)) out.push(path);
    }
  };
  go(root);
  return out.sort((a, b) => {
    const x = relative(root, a).split("\\").join("/");
    const y = relative(root, b).split("\\").join("/");
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
function globFiles(pattern, errors) {
  const posix = pattern.split("\\").join("/");
  const scan = import_picomatch.default.scan(posix);
  const base = scan.base;
  const isMatch = (0, import_picomatch.default)(base ? `${base}/${scan.glob}` : scan.glob, { dot: true, nocase: true });
  if (base && !statOrUndefined(base)?.isDirectory()) return [];
  return walk(base || ".", () => true, errors).filter((file) => {
    const rel = relative(base || ".", file).split("\\").join("/");
    return isMatch(base ? `${base}/${rel}` : rel);
  });
}
function statOrUndefined(path) {
  try {
    return statSync2(path);
  } catch {
    return void 0;
  }
}
function isLink2(path) {
  try {
    return lstatSync2(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function tidy(path) {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

// src/run/git.ts
import { execFileSync } from "node:child_process";
import { realpathSync as realpathSync2 } from "node:fs";
import { dirname as dirname3, relative as relative2, resolve as resolve2 } from "node:path";
function git(cwd, args) {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26 });
}
var GitBase = class {
  constructor(ref) {
    this.ref = ref;
  }
  ref;
  verified = /* @__PURE__ */ new Set();
  /** Per repository: each renamed file's path now → its path at the ref. */
  renames = /* @__PURE__ */ new Map();
  /**
   * Files renamed between the ref and the working tree, as git's rename detection finds them
   * (`git diff -M`: 50% similar or more). A plan renamed in the pull request is compared with
   * its old self, not treated as new: renaming must not be a way round change control.
   */
  renamedIn(top) {
    let map = this.renames.get(top);
    if (!map) {
      map = /* @__PURE__ */ new Map();
      let out = "";
      try {
        out = git(top, ["diff", "-M", "--name-status", "-z", "--diff-filter=R", this.ref, "--"]);
      } catch {
      }
      const parts = out.split("\0");
      for (let i = 0; i + 2 < parts.length; i += 3) {
        if (parts[i].startsWith("R")) map.set(parts[i + 2], parts[i + 1]);
      }
      this.renames.set(top, map);
    }
    return map;
  }
  /** The plan's text at the ref, or 'new' when the plan did not exist there. */
  textOf(file) {
    const real = realpathSync2(resolve2(file));
    let top;
    try {
      top = git(dirname3(real), ["rev-parse", "--show-toplevel"]).trim();
    } catch {
      throw new InputError("--base needs the plan to be in a git repository, and this one is not", { file });
    }
    if (!this.verified.has(top)) {
      try {
        git(top, ["rev-parse", "--verify", "--quiet", `${this.ref}^{commit}`]);
      } catch {
        throw new UsageError(
          `--base: git does not know the ref "${this.ref}" in ${top} (fetch it first, e.g. git fetch origin main)`
        );
      }
      this.verified.add(top);
    }
    const path = relative2(realpathSync2(top), real).split("\\").join("/");
    for (const candidate of [path, this.renamedIn(top).get(path)]) {
      if (candidate === void 0) continue;
      try {
        return {
          status: "found",
          ref: this.ref,
          text: git(top, ["show", `${this.ref}:${candidate}`]),
          path: candidate
        };
      } catch {
      }
    }
    return { status: "new", ref: this.ref };
  }
};
var bases = /* @__PURE__ */ new Map();
function gitBase(ref) {
  let base = bases.get(ref);
  if (!base) {
    base = new GitBase(ref);
    bases.set(ref, base);
  }
  return base;
}
function baseVersion(git2, file, name) {
  if (file === "<stdin>") throw new UsageError("--base cannot compare standard input with git; give the plan's path");
  const found = git2.textOf(file);
  if (found.status === "new") return found;
  try {
    return {
      status: "found",
      ref: found.ref,
      plan: readPlan(Buffer.from(found.text), `${found.ref}:${found.path}`, {}, name).plan
    };
  } catch (err) {
    if (err instanceof InputError) return { status: "new", ref: found.ref, unreadable: err.render() };
    throw err;
  }
}

// src/run/audit.ts
function auditFile(source, options, configs = new ConfigResolver()) {
  const bytes = source.bytes ?? readPlanBytes(source.file);
  const plans = readPlans(bytes, source.file, { ...options, readFile: readPlanBytes });
  const configFor = source.file === STDIN ? join4(process.cwd(), STDIN) : source.file;
  return plans.map((loaded) => {
    const base = options.baseRef ? baseVersion(gitBase(options.baseRef), loaded.file, loaded.name) : void 0;
    if (base?.status === "new" && base.unreadable) {
      loaded.diagnostics.push({
        severity: options.strict ? "error" : "warning",
        code: "base",
        message: `the plan at ${base.ref} does not load, so it is judged as new and undocumented-change does not apply (${base.unreadable})`,
        path: [],
        file: loaded.file,
        line: 1,
        column: 1
      });
    }
    return auditPlan(loaded, { ...options, config: configs.forPlan(configFor), base, holidays: holidaysFor(loaded) });
  });
}
function auditJob(source, options, configs) {
  try {
    return { reports: auditFile(source, options, configs).map(toPlain) };
  } catch (err) {
    if (err instanceof InputError) return { error: { message: err.message, where: err.where, more: err.more } };
    throw err;
  }
}
function auditSources(sources, options, discoveryErrors = []) {
  const reports = [];
  const errors = [...discoveryErrors];
  const configs = new ConfigResolver(options.configFile);
  for (const source of sources) {
    try {
      reports.push(...auditFile(typeof source === "string" ? { file: source } : source, options, configs));
    } catch (err) {
      if (err instanceof InputError) errors.push(err);
      else throw err;
    }
  }
  return finishRun(reports, errors);
}

export {
  validateAsOf,
  isSidecar,
  readPlanBytes,
  readStdin,
  readTextFile,
  findConfig,
  ConfigResolver,
  STDIN,
  discoverPlans,
  auditJob,
  auditSources
};
