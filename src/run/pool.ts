/**
 * Many plans: audited across the CPUs by a pool of worker threads, each result placed by the
 * plan's position, so the output order is the input order whatever the scheduling. Cached
 * results are taken first. A small portfolio, or a run from source (tests), stays in-process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlanReport } from '../core/audit.js';
import { type AuditRun, finishRun } from '../core/gate.js';
import { InputError, UsageError } from '../errors.js';
import { auditJob, type JobResult, type RunOptions } from './audit.js';
import type { AuditCache } from './cache.js';
import { ConfigResolver } from './config-files.js';
import { type PlanSource, STDIN } from './discover.js';
import { readPlanBytes, readTextFile } from './read.js';

/** Below this many plans, starting workers costs more than it saves. */
const MIN_PLANS_FOR_WORKERS = 4;

/**
 * Workers past this many cost more than they save: each starts cold with about 57 MB, and 64 of
 * them made a run 7× slower in 2.9 GB (issue 14, class 12).
 */
export const MAX_DEFAULT_JOBS = 8;

/**
 * The default --jobs: the CPUs this process may really use, at most MAX_DEFAULT_JOBS. Node's
 * availableParallelism() counts the CPUs it may be scheduled on, but not a container's CPU quota
 * (a 2-CPU limit on a 64-CPU host), so the cgroup's limit is read too.
 */
export function defaultJobs(
  parallelism: number = availableParallelism(),
  limit: number | undefined = cgroupCpuLimit(),
): number {
  return Math.max(1, Math.min(parallelism, limit ?? Number.POSITIVE_INFINITY, MAX_DEFAULT_JOBS));
}

function readSmall(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The CPU quota of this process's cgroup, in CPUs rounded up (v2 cpu.max, or v1 CFS), or undefined. */
export function cgroupCpuLimit(
  read: (path: string) => string | undefined = readSmall,
  platform: NodeJS.Platform = process.platform,
): number | undefined {
  if (platform !== 'linux') return undefined;
  const cpus = (quota: number, period: number) =>
    quota > 0 && period > 0 ? Math.max(1, Math.ceil(quota / period)) : undefined;
  // cgroup v2: "max 100000" (no limit) or "200000 100000" (2 CPUs), in this process's own group.
  const own = /^0::(\/.*)$/m.exec(read('/proc/self/cgroup') ?? '')?.[1];
  for (const dir of [own && own !== '/' ? `/sys/fs/cgroup${own}` : undefined, '/sys/fs/cgroup']) {
    const max = dir && read(`${dir}/cpu.max`)?.trim().split(/\s+/);
    if (max && max[0] !== 'max') return cpus(Number(max[0]), Number(max[1]));
  }
  // cgroup v1: a quota of -1 is no limit.
  for (const dir of ['/sys/fs/cgroup/cpu', '/sys/fs/cgroup/cpu,cpuacct']) {
    const quota = read(`${dir}/cpu.cfs_quota_us`);
    const period = read(`${dir}/cpu.cfs_period_us`);
    if (quota !== undefined && period !== undefined) return cpus(Number(quota), Number(period));
  }
  return undefined;
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
      const hit = keys[i] && run.cache!.get(keys[i]!, s.file);
      if (hit) results[i] = { report: hit };
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
    if ('report' in r) {
      reports.push(r.report as PlanReport);
      if (keys[i] && audited.has(i)) run.cache!.set(keys[i]!, r.report);
    } else errors.push(new InputError(r.error.message, r.error.where, r.error.more));
  });
  return finishRun(reports, errors);
}

/** The plan's cache key, or undefined when it cannot be computed (the audit will say why). */
function cacheKey(
  cache: AuditCache,
  source: PlanSource,
  options: RunOptions,
  configs: ConfigResolver,
): string | undefined {
  try {
    const bytes = source.bytes ?? readPlanBytes(source.file);
    const config = configs.forPlan(source.file === STDIN ? join(process.cwd(), STDIN) : source.file).file;
    return cache.key(source.file, bytes, { file: config, text: config ? readTextFile(config) : undefined }, options);
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
      w.on('message', (msg: { index: number; result?: JobResult; crash?: string; usage?: string }) => {
        if (msg.usage !== undefined) return stop(new UsageError(msg.usage));
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
