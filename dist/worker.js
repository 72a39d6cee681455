import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-OEPW3CLQ.js";
import "./chunk-7QSRA4OF.js";
import "./chunk-IGB4CM3M.js";
import "./chunk-4AQIQNKH.js";
import "./chunk-RK5WRRMI.js";
import "./chunk-7GCTP5KE.js";
import "./chunk-2VDOJSDE.js";
import "./chunk-VGA4OCH6.js";
import {
  UsageError
} from "./chunk-FXP6BYTG.js";
import "./chunk-ZEHGPFF7.js";
import "./chunk-5AEJUB6B.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-V7ZQZUPW.js";
import "./chunk-YZ6TIL4T.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-E66R4O76.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";

// src/run/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var options = workerData.options;
var configs = new ConfigResolver(options.configFile);
parentPort.on("message", (msg) => {
  try {
    parentPort.postMessage({ index: msg.index, result: auditJob(msg.source, options, configs) });
  } catch (err) {
    if (err instanceof UsageError) return parentPort.postMessage({ index: msg.index, usage: err.message });
    parentPort.postMessage({
      index: msg.index,
      crash: err instanceof Error ? err.stack ?? err.message : String(err)
    });
  }
});
