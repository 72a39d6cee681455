import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-6UR6HFMJ.js";
import "./chunk-5IWXFRMP.js";
import "./chunk-UTZALKRM.js";
import "./chunk-RCRQAV4O.js";
import "./chunk-OX32XOWE.js";
import "./chunk-4DWY3CVS.js";
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
