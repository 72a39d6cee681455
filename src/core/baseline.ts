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
    remaining.set(key, [...(remaining.get(key) ?? []), e]);
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

export function renderBaseline(reports: readonly PlanReport[], keyOf: (planFile: string) => string): string {
  const entries = reports
    .flatMap((r) =>
      [...r.findings, ...r.known].map((f) => ({
        rule: f.ruleId,
        file: keyOf(f.span.file),
        path: [...f.path],
        message: `${formatPath(f.path)}: ${f.message}`,
      })),
    )
    .sort((a, b) => (JSON.stringify([a.file, a.rule, a.path]) < JSON.stringify([b.file, b.rule, b.path]) ? -1 : 1));
  return `${JSON.stringify({ schemaVersion: 1, tool: `pmcheck ${VERSION}`, entries }, null, 2)}\n`;
}
