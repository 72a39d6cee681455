/**
 * The run tier's audit: from a plan's path (or bytes already read) to its report. It reads the
 * file, picks the reader, finds the config, asks git for the base version, and hands all of it
 * to the pure core.
 */
import { join } from 'node:path';
import { type AuditSettings, auditPlan, type PlainReport, type PlanReport, toPlain } from '../core/audit.js';
import { type AuditRun, finishRun } from '../core/gate.js';
import { InputError } from '../errors.js';
import type { LoadOptions } from '../plan/loaded.js';
import { readPlan } from '../readers/index.js';
import { ConfigResolver } from './config-files.js';
import { type PlanSource, STDIN } from './discover.js';
import { baseVersion, gitBase } from './git.js';
import { holidaysFor } from './holidays.js';
import { readPlanBytes } from './read.js';

export interface RunOptions extends LoadOptions, Omit<AuditSettings, 'config' | 'base' | 'holidays'> {
  /** Config file given with -c (else each plan's nearest .pmcheck.yaml). */
  configFile?: string;
  /** With --base: the git ref to compare each plan with. */
  baseRef?: string;
}

export function auditSource(source: PlanSource, options: RunOptions, configs = new ConfigResolver()): PlanReport {
  const bytes = source.bytes ?? readPlanBytes(source.file);
  const loaded = readPlan(bytes, source.file, options);
  const configFor = source.file === STDIN ? join(process.cwd(), STDIN) : source.file;
  const base = options.baseRef ? baseVersion(gitBase(options.baseRef), loaded.file) : undefined;
  if (base?.status === 'new' && base.unreadable) {
    // Said where every format shows it: the comparison the user asked for did not happen.
    loaded.diagnostics.push({
      severity: options.strict ? 'error' : 'warning',
      code: 'base',
      message: `the plan at ${base.ref} does not load, so it is judged as new and undocumented-change does not apply (${base.unreadable})`,
      path: [],
      file: loaded.file,
      line: 1,
      column: 1,
    });
  }
  return auditPlan(loaded, { ...options, config: configs.forPlan(configFor), base, holidays: holidaysFor(loaded) });
}

/** The outcome of auditing one plan, as plain data: what crosses to and from a worker thread. */
export type JobResult =
  | { report: PlainReport }
  | { error: { message: string; where: InputError['where']; more: number } };

/** Audits one plan and never throws for bad input: the unit of work for a worker thread. */
export function auditJob(source: PlanSource, options: RunOptions, configs: ConfigResolver): JobResult {
  try {
    return { report: toPlain(auditSource(source, options, configs)) };
  } catch (err) {
    if (err instanceof InputError) return { error: { message: err.message, where: err.where, more: err.more } };
    throw err;
  }
}

/** Audits plans (paths or sources) one after another in this thread: the review, tests and small runs. */
export function auditSources(
  sources: readonly (string | PlanSource)[],
  options: RunOptions,
  discoveryErrors: InputError[] = [],
): AuditRun {
  const reports: PlanReport[] = [];
  const errors: InputError[] = [...discoveryErrors];
  const configs = new ConfigResolver(options.configFile);
  for (const source of sources) {
    try {
      reports.push(auditSource(typeof source === 'string' ? { file: source } : source, options, configs));
    } catch (err) {
      if (err instanceof InputError) errors.push(err);
      else throw err;
    }
  }
  return finishRun(reports, errors);
}
