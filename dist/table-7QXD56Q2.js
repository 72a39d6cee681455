import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  formatTable,
  wrap
} from "./chunk-WFPYO6JF.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-XG3MVSPT.js";
import "./chunk-WEJWY4DY.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-3QI5WL3P.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  formatTable,
  wrap
};
