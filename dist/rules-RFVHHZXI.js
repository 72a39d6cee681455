import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-P526KQYA.js";
import "./chunk-6EMFSNBW.js";
import "./chunk-56DYDYVL.js";
import "./chunk-RDZ3NZKN.js";
import "./chunk-UR77M5UL.js";
import "./chunk-2FGRDB44.js";
import "./chunk-WEQ2CXPT.js";
import "./chunk-GFV6OGSC.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-HHUBSW7R.js";
import "./chunk-XFL2QF6Q.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-B7QGJLRG.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
