import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-63YU5F2R.js";
import "./chunk-GNNLHQ5K.js";
import "./chunk-RYV56N2N.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-SEH6MIKG.js";
import "./chunk-A7QNPYO7.js";
import "./chunk-YWH4WD2W.js";
import "./chunk-DAWXUYUX.js";
import "./chunk-ERAV6FVM.js";
import "./chunk-IVILEFZV.js";
import "./chunk-NKGJ4FUO.js";
import "./chunk-CI5NGRGO.js";
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
