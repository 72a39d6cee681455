import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  auditJob
} from "./chunk-2HIPSQXC.js";
import "./chunk-HY6UYZC7.js";
import "./chunk-OESHSZRW.js";
import "./chunk-CY6OI5P5.js";
import "./chunk-DQF6MS3D.js";
import "./chunk-FUJ7WXEY.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-HPQ7CDCH.js";
import "./chunk-WBFGYY2X.js";
import "./chunk-GO7RB6F5.js";
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
