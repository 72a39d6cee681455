import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-QR2HMSO2.js";
import "./chunk-LKVMM7SD.js";
import "./chunk-7P2RYTNZ.js";
import "./chunk-L2PA62VA.js";
import "./chunk-Q7JT4E5L.js";
import "./chunk-MGN25ZXE.js";
import "./chunk-AACURXA2.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-C7SMVOUX.js";
import "./chunk-CIQLUKOZ.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-UIZSZRUV.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
