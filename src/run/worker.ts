/** A worker thread of the audit pool: audits the plans it is sent and posts back plain results. */
import { parentPort, workerData } from 'node:worker_threads';
import { UsageError } from '../errors.js';
import { auditJob, type RunOptions } from './audit.js';
import { ConfigResolver } from './config-files.js';
import type { PlanSource } from './discover.js';

const options = workerData.options as RunOptions;
const configs = new ConfigResolver(options.configFile);

parentPort!.on('message', (msg: { index: number; source: PlanSource }) => {
  try {
    parentPort!.postMessage({ index: msg.index, result: auditJob(msg.source, options, configs) });
  } catch (err) {
    // A usage error (--base with a ref git does not know) is the user's, not a crash: the same
    // one line as without workers.
    if (err instanceof UsageError) return parentPort!.postMessage({ index: msg.index, usage: err.message });
    parentPort!.postMessage({
      index: msg.index,
      crash: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }
});
