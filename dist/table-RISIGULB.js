import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  ASCII_BORDERS,
  formatTable,
  wrap
} from "./chunk-YVXVOEGF.js";
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
  ASCII_BORDERS,
  formatTable,
  wrap
};
