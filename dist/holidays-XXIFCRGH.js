import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-GENYFRKJ.js";
import "./chunk-LF6MEXXP.js";
import "./chunk-L2RDHQYN.js";
import "./chunk-6HUW5WSX.js";
import "./chunk-KNV7XPNJ.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-UIZSZRUV.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
