import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-B24JAFI5.js";
import "./chunk-2Y5IVPAW.js";
import "./chunk-OJA65H6K.js";
import "./chunk-HOXE4GNF.js";
import "./chunk-XCCM5SVK.js";
import "./chunk-N6IVTLXI.js";
import "./chunk-YVNGLSHO.js";
import "./chunk-WFPYO6JF.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-XG3MVSPT.js";
import "./chunk-WEJWY4DY.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-3QI5WL3P.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
