/**
 * The formatters, by name. The same list feeds the CLI's --format. Each formatter is loaded
 * only when asked for, so `audit` pays start-up time for the ones it uses.
 */
import type { RepoPaths } from '../core/fingerprint.js';
import type { AuditRun } from '../core/gate.js';
import { UsageError } from '../errors.js';
import { closest } from '../plan/suggest.js';

export const FORMATS = ['table', 'json', 'sarif', 'junit', 'markdown', 'github', 'gitlab'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatContext {
  width: number;
  color: 0 | 1 | 2 | 3;
  quiet: boolean;
  /** The repository's root, which SARIF, GitLab, GitHub and JUnit name files from. */
  repo: RepoPaths;
  /** When the run happened, UTC, YYYY-MM-DDTHH:MM:SS: JUnit's timestamp. */
  now: string;
  /** Whether the terminal's locale can show box drawing (the table); ASCII when false. */
  unicode?: boolean;
}

export type Formatter = (run: AuditRun, ctx: FormatContext) => string;

export const FORMATTERS: Record<FormatName, () => Promise<Formatter>> = {
  table: async () => (await import('./table.js')).formatTable,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => {
    const { formatSarif } = await import('./sarif.js');
    return (run, ctx) => formatSarif(run, ctx.repo);
  },
  junit: async () => (await import('./junit.js')).formatJunit,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
  github: async () => (await import('./github.js')).formatGithub,
  gitlab: async () => (await import('./gitlab.js')).formatGitlab,
};

/** One requested output: a format, to stdout or to a file. */
export interface OutputSpec {
  format: FormatName;
  file?: string;
}

/**
 * `--format name` or `--format name:file`, any number of times; `-o file` gives the file of
 * the one format that has none. At most one output can go to stdout.
 */
export function parseOutputs(formats: readonly string[], output: string | undefined): OutputSpec[] {
  const specs = (formats.length > 0 ? formats : ['table']).map((raw): OutputSpec => {
    const colon = raw.indexOf(':');
    const name = colon === -1 ? raw : raw.slice(0, colon);
    const file = colon === -1 ? undefined : raw.slice(colon + 1);
    if (!(FORMATS as readonly string[]).includes(name)) {
      const near = closest(name, FORMATS);
      throw new UsageError(
        `unknown format "${name}"${near ? `; did you mean "${near}"?` : ''} (formats: ${FORMATS.join(', ')})`,
      );
    }
    if (file === '') throw new UsageError(`--format ${name}: needs a file name after the colon`);
    return { format: name as FormatName, file };
  });
  const toStdout = specs.filter((s) => s.file === undefined);
  if (output !== undefined) {
    if (toStdout.length !== 1)
      throw new UsageError(
        '-o names the file for the one --format without its own file; write --format name:file for each instead',
      );
    toStdout[0]!.file = output;
  } else if (toStdout.length > 1) {
    throw new UsageError(
      `only one format can go to stdout, but ${toStdout.map((s) => s.format).join(' and ')} have no file; write --format name:file`,
    );
  }
  return specs;
}
