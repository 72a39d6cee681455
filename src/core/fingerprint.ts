/**
 * A finding's identity across edits: rule, file and plan path, never a line number, so
 * inserting lines above a finding does not make it look new; and since paths name list items
 * by id, neither does inserting a task above it. Shared by SARIF, GitLab and baselines, so all
 * three agree on what "the same finding" means.
 *
 * The file is the one the finding points into (`span.file`), named from the repository's root,
 * so the identity does not change with the folder pmcheck was run from or with how the plan
 * was named on the command line.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../engine/types.js';

/** Where machine formats and baselines anchor file paths. The run tier finds the root. */
export interface RepoPaths {
  /** The repository's root (git's top level), else the working directory: absolute. */
  readonly root: string;
  /** A file's path from the root, with / separators; absolute when it lies outside; `<stdin>` as is. */
  relative(file: string): string;
}

export function findingKey(file: string, f: Pick<Finding, 'ruleId' | 'path'>): string {
  return JSON.stringify([f.ruleId, file.replace(/\\/g, '/'), f.path]);
}

export function fingerprint(file: string, f: Pick<Finding, 'ruleId' | 'path'>): string {
  return createHash('sha256').update(findingKey(file, f)).digest('hex').slice(0, 32);
}
