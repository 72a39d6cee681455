import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-OECK7ORJ.js";
import "./chunk-GENYFRKJ.js";
import "./chunk-LF6MEXXP.js";
import "./chunk-ZC4G4DZB.js";
import "./chunk-NQHO457U.js";
import "./chunk-L2RDHQYN.js";
import "./chunk-KIKG5FO7.js";
import "./chunk-6HUW5WSX.js";
import "./chunk-KNV7XPNJ.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-C7SMVOUX.js";
import "./chunk-X3S5SQQK.js";
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
