/**
 * Errors that end a run with exit 2. Each renders as one line, `file:line:col: message`,
 * so a user (or an editor's problem matcher) can jump straight to the cause.
 */
export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

/** Every error pmcheck raises on purpose: each ends the run with exit 2. */
export class PmcheckError extends Error {}

/** The command line itself is wrong: an unknown option value, a bad date for --as-of, and so on. */
export class UsageError extends PmcheckError {
  override name = 'UsageError';
}

/** A file could not be read, parsed or validated. */
export class InputError extends PmcheckError {
  override name = 'InputError';
  constructor(
    message: string,
    readonly where: SourcePosition,
    /** How many further problems of the same kind were found in the same file. */
    readonly more = 0,
  ) {
    super(message);
  }

  /** The one line a user sees. */
  /** `file:line:col: message`; `showFile` shows the name for its output (a terminal shows controls as escapes). */
  render(showFile: (file: string) => string = (f) => f): string {
    const { line, column } = this.where;
    const file = showFile(this.where.file);
    const loc = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
    const tail = this.more > 0 ? ` (and ${this.more} more problem${this.more === 1 ? '' : 's'} in this file)` : '';
    return `${loc}: ${this.message}${tail}`;
  }
}

/** A bug in pmcheck, not in the user's input. Still exit 2, never a stack trace unless asked. */
export function renderUnexpected(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return `pmcheck: internal error: ${msg.split('\n')[0]!.replace(/\.$/, '')}. This is a bug in pmcheck; please report it with the plan that caused it (set PMCHECK_DEBUG=1 for the stack).`;
}
