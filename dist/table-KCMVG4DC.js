import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  formatTable,
  wrap
} from "./chunk-GFV6OGSC.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-HHUBSW7R.js";
import "./chunk-XFL2QF6Q.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-B7QGJLRG.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  formatTable,
  wrap
};
