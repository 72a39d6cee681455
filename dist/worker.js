import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-AUFMOMAI.js";
import "./chunk-S3ZJJO7P.js";
import "./chunk-I3CT2VVC.js";
import "./chunk-SDPUFUJ5.js";
import "./chunk-2Y5IVPAW.js";
import "./chunk-OJA65H6K.js";
import "./chunk-HOXE4GNF.js";
import "./chunk-XCCM5SVK.js";
import "./chunk-N6IVTLXI.js";
import "./chunk-YVNGLSHO.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-XG3MVSPT.js";
import "./chunk-WEJWY4DY.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-3QI5WL3P.js";
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
    parentPort.postMessage({
      index: msg.index,
      crash: err instanceof Error ? err.stack ?? err.message : String(err)
    });
  }
});
