import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-TLO4GMNW.js";
import "./chunk-YVMNZPPK.js";
import "./chunk-RFPYGGGR.js";
import "./chunk-T4GFYPQJ.js";
import "./chunk-YVNGLSHO.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-UIZSZRUV.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
