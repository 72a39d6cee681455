import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-2WXNJAHJ.js";
import "./chunk-W5MQ4ZJC.js";
import "./chunk-RFPYGGGR.js";
import "./chunk-53MPB5SY.js";
import "./chunk-T4GFYPQJ.js";
import "./chunk-YVNGLSHO.js";
import "./chunk-IHE5VK64.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-CIQLUKOZ.js";
import "./chunk-UIZSZRUV.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
