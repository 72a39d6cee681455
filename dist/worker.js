import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-4F37CAHV.js";
import "./chunk-VGBJIWPA.js";
import "./chunk-ZNYBHLYA.js";
import "./chunk-6EMFSNBW.js";
import "./chunk-56DYDYVL.js";
import "./chunk-RDZ3NZKN.js";
import "./chunk-UR77M5UL.js";
import "./chunk-2FGRDB44.js";
import "./chunk-WEQ2CXPT.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-HHUBSW7R.js";
import "./chunk-XFL2QF6Q.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-B7QGJLRG.js";
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
