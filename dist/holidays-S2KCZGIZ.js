import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-VGBJIWPA.js";
import "./chunk-56DYDYVL.js";
import "./chunk-UR77M5UL.js";
import "./chunk-2FGRDB44.js";
import "./chunk-WEQ2CXPT.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-B7QGJLRG.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
