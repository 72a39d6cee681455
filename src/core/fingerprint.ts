/**
 * A finding's identity across edits: rule, file and plan path, never a line number, so
 * inserting lines above a finding does not make it look new; and since paths name list items
 * by id, neither does inserting a task above it. Shared by SARIF, GitLab and baselines, so all
 * three agree on what "the same finding" means.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../engine/types.js';

export function findingKey(file: string, f: Pick<Finding, 'ruleId' | 'path'>): string {
  return JSON.stringify([f.ruleId, file.replace(/\\/g, '/'), f.path]);
}

export function fingerprint(file: string, f: Pick<Finding, 'ruleId' | 'path'>): string {
  return createHash('sha256').update(findingKey(file, f)).digest('hex').slice(0, 32);
}
