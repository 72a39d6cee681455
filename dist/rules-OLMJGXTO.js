import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-XLNXZIPM.js";
import "./chunk-NH4XDUQO.js";
import "./chunk-QFIIJO2G.js";
import "./chunk-M2OFZEWQ.js";
import "./chunk-Y7ZAEOSN.js";
import "./chunk-ZVM75JEU.js";
import "./chunk-BWMOF4C5.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-5ZYDWE6D.js";
import "./chunk-DLXQJFA7.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-LX6HWXNN.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
