import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ASCII_BORDERS,
  formatTable,
  wrap
} from "./chunk-LC2ATOU4.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-FWTKV55S.js";
import "./chunk-PLSKF3A5.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-47JI7RSD.js";
import "./chunk-IDS44EEY.js";
import "./chunk-MAJ6EBFJ.js";
import "./chunk-EN6KPABM.js";
export {
  ASCII_BORDERS,
  formatTable,
  wrap
};
