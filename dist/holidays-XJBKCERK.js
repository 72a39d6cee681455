import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-ZVYLALC2.js";
import "./chunk-LNLR3744.js";
import "./chunk-B7QQI7A3.js";
import "./chunk-KLV35SWI.js";
import "./chunk-45NXPSLA.js";
import "./chunk-BJIMNJIY.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-T4DUGMBT.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
