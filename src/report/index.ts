/**
 * The formatters, by name. The same list feeds the CLI's --format choices. Each formatter
 * is loaded only when asked for, so `audit` pays start-up time for the one it uses.
 */
import type { AuditRun } from '../audit.js';

export const FORMATS = ['table', 'json'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatContext {
  width: number;
  color: 0 | 1 | 2 | 3;
  quiet: boolean;
}

export type Formatter = (run: AuditRun, ctx: FormatContext) => string;

export const FORMATTERS: Record<FormatName, () => Promise<Formatter>> = {
  table: async () => {
    const { formatTable } = await import('./table.js');
    return (run, ctx) => formatTable(run, ctx);
  },
  json: async () => {
    const { formatJson } = await import('./json.js');
    return (run) => formatJson(run);
  },
};
