import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-V7N6ZSPI.js";
import "./chunk-4PK4IGUP.js";
import "./chunk-KIKVF7CC.js";
import "./chunk-P4IUNADG.js";
import "./chunk-RK5WRRMI.js";
import "./chunk-3EFZJTPX.js";
import "./chunk-XK2OAFVU.js";
import "./chunk-TBHZEG3U.js";
import {
  UsageError
} from "./chunk-YFREXNHP.js";
import "./chunk-ANZBWPDS.js";
import "./chunk-JR7DYPOY.js";
import "./chunk-5AEJUB6B.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-CVNDX4B7.js";
import "./chunk-ZTRHFLJF.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-URGRNCBU.js";
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
