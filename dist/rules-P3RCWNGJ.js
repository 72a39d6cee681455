import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-LNBU5GI4.js";
import "./chunk-OESHSZRW.js";
import "./chunk-CY6OI5P5.js";
import "./chunk-DQF6MS3D.js";
import "./chunk-FUJ7WXEY.js";
import "./chunk-IXLIBWDE.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-HPQ7CDCH.js";
import "./chunk-WBFGYY2X.js";
import "./chunk-GO7RB6F5.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
