import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-GRD6Z3FU.js";
import "./chunk-FEMIILF2.js";
import "./chunk-L2PA62VA.js";
import "./chunk-L4ETEMD4.js";
import "./chunk-MGN25ZXE.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-UIZSZRUV.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
