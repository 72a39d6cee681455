import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ASCII_BORDERS,
  formatTable,
  wrap
} from "./chunk-DKR257Z3.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-V7ZQZUPW.js";
import "./chunk-YZ6TIL4T.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-E66R4O76.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  ASCII_BORDERS,
  formatTable,
  wrap
};
