import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-JZ32FOJA.js";
import "./chunk-4TLU3VXR.js";
import "./chunk-I26MLB4P.js";
import "./chunk-RR7WQFVM.js";
import "./chunk-YFZXELAJ.js";
import "./chunk-A2SQCOXU.js";
import "./chunk-LKVMM7SD.js";
import "./chunk-7P2RYTNZ.js";
import "./chunk-L2PA62VA.js";
import "./chunk-Q7JT4E5L.js";
import "./chunk-MGN25ZXE.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-C7SMVOUX.js";
import "./chunk-CIQLUKOZ.js";
import "./chunk-EYL3OJFZ.js";
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
