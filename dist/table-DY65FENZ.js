import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ASCII_BORDERS,
  formatTable,
  wrap
} from "./chunk-VRRX62TD.js";
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
  ASCII_BORDERS,
  formatTable,
  wrap
};
