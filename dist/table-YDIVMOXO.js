import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  formatTable,
  wrap
} from "./chunk-FQYFE4Q6.js";
import "./chunk-KM2FOI6R.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-6HCUZ7GM.js";
import "./chunk-7XPTMLJG.js";
import "./chunk-EYL3OJFZ.js";
import "./chunk-T4DUGMBT.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";
export {
  formatTable,
  wrap
};
