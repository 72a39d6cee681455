import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-ZIX3V3F7.js";
import "./chunk-YP7MDQGW.js";
import "./chunk-7QQNHWRK.js";
import "./chunk-E75JD4QF.js";
import "./chunk-G3H5I7ZR.js";
import "./chunk-DDCBERZZ.js";
import "./chunk-EPFUWYRL.js";
import "./chunk-BFI43FH2.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-3NYUAGFI.js";
import "./chunk-ZTAXZCWP.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-I224EP5S.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
