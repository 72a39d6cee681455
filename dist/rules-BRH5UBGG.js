import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-ORV6ZGNV.js";
import "./chunk-3EFZJTPX.js";
import "./chunk-XK2OAFVU.js";
import "./chunk-TBHZEG3U.js";
import "./chunk-YFREXNHP.js";
import "./chunk-ANZBWPDS.js";
import "./chunk-JR7DYPOY.js";
import "./chunk-5AEJUB6B.js";
import "./chunk-YVXVOEGF.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-CVNDX4B7.js";
import "./chunk-ZTRHFLJF.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-URGRNCBU.js";
import "./chunk-IDS44EEY.js";
import "./chunk-MAJ6EBFJ.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
