import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  formatTable,
  worstFirst,
  wrap
} from "./chunk-LKYBE262.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-ERAV6FVM.js";
import "./chunk-IVILEFZV.js";
import "./chunk-NKGJ4FUO.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-EN6KPABM.js";
export {
  formatTable,
  worstFirst,
  wrap
};
