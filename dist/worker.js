import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-MCJMBNLE.js";
import "./chunk-GRD6Z3FU.js";
import "./chunk-FEMIILF2.js";
import "./chunk-A2SQCOXU.js";
import "./chunk-K7PR5Y4P.js";
import "./chunk-L2PA62VA.js";
import "./chunk-7P2RYTNZ.js";
import "./chunk-L4ETEMD4.js";
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
