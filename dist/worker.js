import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-AC2EVURL.js";
import "./chunk-32S4GESZ.js";
import "./chunk-MSL37QCP.js";
import "./chunk-2Y5IVPAW.js";
import {
  UsageError
} from "./chunk-YFREXNHP.js";
import "./chunk-ROEEZ4XW.js";
import "./chunk-X5YRN4VY.js";
import "./chunk-DA2H6RGJ.js";
import "./chunk-EPFUWYRL.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-FWTKV55S.js";
import "./chunk-PLSKF3A5.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-47JI7RSD.js";
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
