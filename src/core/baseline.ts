/**
 * Baselines: adopt pmcheck on an old plan without fixing everything first. A baseline lists
 * known findings, keyed on rule, file and plan path (never a line), so they survive edits
 * elsewhere. Known findings stay in the score but do not fail the gate; entries that match
 * nothing any more are reported as stale, and rewriting the baseline prunes them.
 * How each plan is named (from the repository's root) is the run tier's to say (`keyOf`).
 */
import * as z from 'zod';
import { InputError } from '../errors.js';
import { formatPath } from '../plan/path.js';
import { VERSION } from '../version.js';
import type { PlanReport } from './audit.js';
import { findingKey } from './fingerprint.js';

const Segment = z.union([z.string(), z.number(), z.object({ id: z.string() }).strict()]);
const Entry = z.object({
  rule: z.string(),
  /** The plan, from the repository's root (git's top level, else the working directory), with / separators. */
  file: z.string(),
  path: z.array(Segment),
  /** For people reading the file; not used to match. */
  message: z.string().optional(),
});
export type BaselineEntry = z.infer<typeof Entry>;

const BaselineSchema = z.object({ schemaVersion: z.literal(1), tool: z.string().optional(), entries: z.array(Entry) });

export interface Baseline {
  file: string;
  entries: BaselineEntry[];
}

export function parseBaseline(text: string, file: string): Baseline {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError(`the baseline is not valid JSON: ${(err as Error).message}`, { file });
  }
  const parsed = BaselineSchema.safeParse(json);
  if (!parsed.success)
    throw new InputError(
      `not a pmcheck baseline (schemaVersion 1 with entries): ${parsed.error.issues[0]?.message ?? ''}`,
      { file },
    );
  return { file, entries: parsed.data.entries };
}

/**
 * Moves the findings the baseline knows into each report's `known`, so the gate ignores them.
 * Returns the entries for audited plans that matched no finding: stale.
 */
export function applyBaseline(
  reports: PlanReport[],
  baseline: Baseline,
  keyOf: (planFile: string) => string,
): BaselineEntry[] {
  const remaining = new Map<string, BaselineEntry[]>();
  for (const e of baseline.entries) {
    const key = JSON.stringify([e.rule, e.file, e.path]);
    const list = remaining.get(key) ?? [];
    list.push(e);
    remaining.set(key, list);
  }
  const audited = new Set<string>();
  for (const r of reports) {
    const file = keyOf(r.file);
    audited.add(file);
    const stillNew = [];
    for (const f of r.findings) {
      const match = remaining.get(findingKey(keyOf(f.span.file), f));
      if (match && match.length > 0) {
        match.pop();
        r.known.push(f);
      } else stillNew.push(f);
    }
    r.findings = stillNew;
  }
  return [...remaining.values()].flat().filter((e) => audited.has(e.file));
}

/**
 * The baseline for these reports. `previous` is the baseline being replaced: its entries for
 * plans that were not audited in this run (not given, or failed to load) are kept, since a run
 * can only vouch for the plans it read; entries for the audited plans are replaced by their
 * current findings, which prunes the stale ones.
 */
export function renderBaseline(
  reports: readonly PlanReport[],
  keyOf: (planFile: string) => string,
  previous: readonly BaselineEntry[] = [],
): { text: string; kept: number } {
  const audited = new Set(reports.map((r) => keyOf(r.file)));
  const kept = previous.filter((e) => !audited.has(e.file));
  const sortKey = (e: BaselineEntry) => JSON.stringify([e.file, e.rule, e.path]);
  const entries = [
    ...kept,
    ...reports.flatMap((r) =>
      [...r.findings, ...r.known].map((f) => ({
        rule: f.ruleId,
        file: keyOf(f.span.file),
        path: [...f.path],
        message: `${formatPath(f.path)}: ${f.message}`,
      })),
    ),
  ]
    .map((e) => ({ e, key: sortKey(e) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ e }) => e);
  return {
    text: `${JSON.stringify({ schemaVersion: 1, tool: `pmcheck ${VERSION}`, entries }, null, 2)}\n`,
    kept: kept.length,
  };
}
