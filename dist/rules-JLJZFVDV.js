import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-5FCIWHEG.js";
import "./chunk-SEH6MIKG.js";
import "./chunk-A7QNPYO7.js";
import "./chunk-YWH4WD2W.js";
import "./chunk-DAWXUYUX.js";
import "./chunk-LKYBE262.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-ERAV6FVM.js";
import "./chunk-IVILEFZV.js";
import "./chunk-NKGJ4FUO.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
