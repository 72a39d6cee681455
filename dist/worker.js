import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-4ONQQZF7.js";
import "./chunk-TLO4GMNW.js";
import "./chunk-YVMNZPPK.js";
import "./chunk-SDPUFUJ5.js";
import "./chunk-W5MQ4ZJC.js";
import "./chunk-RFPYGGGR.js";
import "./chunk-53MPB5SY.js";
import "./chunk-T4GFYPQJ.js";
import "./chunk-YVNGLSHO.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-C7SMVOUX.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-CIQLUKOZ.js";
import "./chunk-UIZSZRUV.js";
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
