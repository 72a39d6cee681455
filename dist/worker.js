import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-YWQEHJ43.js";
import "./chunk-AIQLFLIM.js";
import "./chunk-ZKSJBD2Z.js";
import "./chunk-G6M42VDO.js";
import "./chunk-NH4XDUQO.js";
import {
  UsageError
} from "./chunk-QFIIJO2G.js";
import "./chunk-M2OFZEWQ.js";
import "./chunk-Y7ZAEOSN.js";
import "./chunk-ZVM75JEU.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-5ZYDWE6D.js";
import "./chunk-DLXQJFA7.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-LX6HWXNN.js";
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
