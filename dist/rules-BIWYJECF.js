import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-2MBMNS2E.js";
import "./chunk-C54Q532I.js";
import "./chunk-R7T4WTOM.js";
import "./chunk-E75JD4QF.js";
import "./chunk-G3H5I7ZR.js";
import "./chunk-DDCBERZZ.js";
import "./chunk-EPFUWYRL.js";
import "./chunk-JKXSYRAD.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-3NYUAGFI.js";
import "./chunk-ZTAXZCWP.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-I224EP5S.js";
import "./chunk-IDS44EEY.js";
import "./chunk-MAJ6EBFJ.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
