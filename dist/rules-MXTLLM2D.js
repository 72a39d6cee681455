import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-ZLLLLTY4.js";
import "./chunk-NQHO457U.js";
import "./chunk-L2RDHQYN.js";
import "./chunk-KIKG5FO7.js";
import "./chunk-6HUW5WSX.js";
import "./chunk-KNV7XPNJ.js";
import "./chunk-JZNYL2UK.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-C7SMVOUX.js";
import "./chunk-X3S5SQQK.js";
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
