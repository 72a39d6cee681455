import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-WA6UQ724.js";
import "./chunk-7GCTP5KE.js";
import "./chunk-2VDOJSDE.js";
import "./chunk-VGA4OCH6.js";
import "./chunk-FXP6BYTG.js";
import "./chunk-ZEHGPFF7.js";
import "./chunk-5AEJUB6B.js";
import "./chunk-VRRX62TD.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-V7ZQZUPW.js";
import "./chunk-YZ6TIL4T.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-E66R4O76.js";
import "./chunk-IDS44EEY.js";
import "./chunk-MAJ6EBFJ.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
