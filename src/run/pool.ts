/**
 * Many plans: audited across the CPUs by a pool of worker threads, each result placed by the
 * plan's position, so the output order is the input order whatever the scheduling. Cached
 * results are taken first. A small portfolio, or a run from source (tests), stays in-process.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlanReport } from '../core/audit.js';
import { type AuditRun, finishRun } from '../core/gate.js';
import { InputError } from '../errors.js';
import { isSidecar } from '../readers/sidecar.js';
import { auditJob, type JobResult, type RunOptions } from './audit.js';
import type { AuditCache } from './cache.js';
import { ConfigResolver } from './config-files.js';
import type { PlanSource } from './discover.js';
import { readPlanBytes, readTextFile } from './read.js';

/** Below this many plans, starting workers costs more than it saves. */
const MIN_PLANS_FOR_WORKERS = 4;

export function defaultJobs(): number {
  return availableParallelism();
}

/** The worker script, which exists only in the bundled build (dist/worker.js). */
function workerScript(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

export async function auditAll(
  sources: readonly PlanSource[],
  options: RunOptions,
  discoveryErrors: InputError[],
  run: { jobs: number; cache?: AuditCache },
): Promise<AuditRun> {
  const results: (JobResult | undefined)[] = new Array(sources.length);
  const configs = new ConfigResolver(options.configFile);
  const keys: (string | undefined)[] = new Array(sources.length);
  if (run.cache && !options.baseRef) {
    sources.forEach((s, i) => {
      keys[i] = cacheKey(run.cache!, s, options, configs);
      const hit = keys[i] && run.cache!.get(keys[i]!);
      if (hit) results[i] = { reports: hit };
    });
  }
  const todo = sources.map((_, i) => i).filter((i) => results[i] === undefined);
  const audited = new Set(todo);
  const script = workerScript();
  if (script && run.jobs > 1 && todo.length >= MIN_PLANS_FOR_WORKERS) {
    await inWorkers(script, todo, sources, options, Math.min(run.jobs, todo.length), results);
  } else {
    for (const i of todo) results[i] = auditJob(sources[i]!, options, configs);
  }
  const reports: PlanReport[] = [];
  const errors = [...discoveryErrors];
  results.forEach((r, i) => {
    if (!r) return;
    if ('reports' in r) {
      reports.push(...(r.reports as PlanReport[]));
      if (keys[i] && audited.has(i)) run.cache!.set(keys[i]!, r.reports);
    } else errors.push(new InputError(r.error.message, r.error.where, r.error.more));
  });
  return finishRun(reports, errors);
}

/**
 * The plan's cache key, or undefined when it cannot be computed (the audit will say why) or the
 * plan depends on another file the key cannot cover (a sidecar's schedule): audited afresh.
 */
function cacheKey(
  cache: AuditCache,
  source: PlanSource,
  options: RunOptions,
  configs: ConfigResolver,
): string | undefined {
  try {
    const bytes = source.bytes ?? readPlanBytes(source.file);
    if (isSidecar(bytes)) return undefined;
    const config = configs.forPlan(source.file).file;
    return cache.key(bytes, config ? readTextFile(config) : undefined, options);
  } catch {
    return undefined;
  }
}

function inWorkers(
  script: URL,
  todo: number[],
  sources: readonly PlanSource[],
  options: RunOptions,
  size: number,
  results: (JobResult | undefined)[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let pending = todo.length;
    const workers: Worker[] = [];
    const stop = (err?: Error) => {
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve();
    };
    const feed = (w: Worker) => {
      if (next < todo.length) {
        const index = todo[next++]!;
        w.postMessage({ index, source: sources[index] });
      }
    };
    for (let k = 0; k < size; k++) {
      const w = new Worker(script, { workerData: { options } });
      workers.push(w);
      w.on('message', (msg: { index: number; result?: JobResult; crash?: string }) => {
        if (msg.crash !== undefined)
          return stop(new Error(`a worker failed on ${sources[msg.index]!.file}: ${msg.crash}`));
        results[msg.index] = msg.result;
        if (--pending === 0) return stop();
        feed(w);
      });
      w.on('error', (err) => stop(err));
      feed(w);
    }
  });
}
