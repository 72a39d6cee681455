import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/errors.ts
var PmcheckError = class extends Error {
};
var UsageError = class extends PmcheckError {
  name = "UsageError";
};
var InputError = class extends PmcheckError {
  constructor(message, where, more = 0) {
    super(message);
    this.where = where;
    this.more = more;
  }
  where;
  more;
  name = "InputError";
  /** The one line a user sees. */
  /** `file:line:col: message`; `showFile` shows the name for its output (a terminal shows controls as escapes). */
  render(showFile = (f) => f) {
    const { line, column } = this.where;
    const file = showFile(this.where.file);
    const loc = line === void 0 ? file : `${file}:${line}:${column ?? 1}`;
    const tail = this.more > 0 ? ` (and ${this.more} more problem${this.more === 1 ? "" : "s"} in this file)` : "";
    return `${loc}: ${this.message}${tail}`;
  }
};
function renderUnexpected(err) {
  const msg = err instanceof Error ? err.message : String(err);
  return `pmcheck: internal error: ${msg.split("\n")[0].replace(/\.$/, "")}. This is a bug in pmcheck; please report it with the plan that caused it (set PMCHECK_DEBUG=1 for the stack).`;
}

export {
  PmcheckError,
  UsageError,
  InputError,
  renderUnexpected
};
