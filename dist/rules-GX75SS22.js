import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
} from "./chunk-F2B3CYI5.js";
import "./chunk-2Y5IVPAW.js";
import "./chunk-OJA65H6K.js";
import "./chunk-UNXZYXSK.js";
import "./chunk-X5YRN4VY.js";
import "./chunk-DA2H6RGJ.js";
import "./chunk-EPFUWYRL.js";
import "./chunk-MHTQ6PUG.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-FWTKV55S.js";
import "./chunk-PLSKF3A5.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-47JI7RSD.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  explainRule,
  formatRules,
  optionsOf,
  renderReadmeRules
};
