import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-DPHOEUGN.js";
import "./chunk-LLQHNW6P.js";
import "./chunk-MSL37QCP.js";
import "./chunk-C54Q532I.js";
import {
  UsageError
} from "./chunk-R7T4WTOM.js";
import "./chunk-E75JD4QF.js";
import "./chunk-G3H5I7ZR.js";
import "./chunk-DDCBERZZ.js";
import "./chunk-EPFUWYRL.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-3NYUAGFI.js";
import "./chunk-ZTAXZCWP.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-I224EP5S.js";
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
