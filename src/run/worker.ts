/** A worker thread of the audit pool: audits the plans it is sent and posts back plain results. */
import { parentPort, workerData } from 'node:worker_threads';
import { auditJob, type RunOptions } from './audit.js';
import { ConfigResolver } from './config-files.js';
import type { PlanSource } from './discover.js';

const options = workerData.options as RunOptions;
const configs = new ConfigResolver(options.configFile);

parentPort!.on('message', (msg: { index: number; source: PlanSource }) => {
  try {
    parentPort!.postMessage({ index: msg.index, result: auditJob(msg.source, options, configs) });
  } catch (err) {
    parentPort!.postMessage({
      index: msg.index,
      crash: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }
});
