import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-USDUXLYY.js";
import "./chunk-ZVYLALC2.js";
import "./chunk-F22QYGCT.js";
import "./chunk-LNLR3744.js";
import "./chunk-Q73X52T4.js";
import "./chunk-IDLPACMZ.js";
import "./chunk-G3QCRM5H.js";
import "./chunk-B7QQI7A3.js";
import "./chunk-KLV35SWI.js";
import "./chunk-45NXPSLA.js";
import "./chunk-BJIMNJIY.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-6HCUZ7GM.js";
import "./chunk-7XPTMLJG.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-T4DUGMBT.js";
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
