import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-H5GEM6QS.js";
import "./chunk-IDLPACMZ.js";
import "./chunk-G3QCRM5H.js";
import "./chunk-B7QQI7A3.js";
import "./chunk-KLV35SWI.js";
import "./chunk-45NXPSLA.js";
import "./chunk-BJIMNJIY.js";
import "./chunk-FQYFE4Q6.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-6HCUZ7GM.js";
import "./chunk-7XPTMLJG.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-T4DUGMBT.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
