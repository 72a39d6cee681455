import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ASCII_BORDERS,
  formatTable,
  wrap
} from "./chunk-BWMOF4C5.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-5ZYDWE6D.js";
import "./chunk-DLXQJFA7.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-LX6HWXNN.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  ASCII_BORDERS,
  formatTable,
  wrap
};
