import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-4TLU3VXR.js";
import "./chunk-I26MLB4P.js";
import "./chunk-YFZXELAJ.js";
import "./chunk-L2PA62VA.js";
import "./chunk-Q7JT4E5L.js";
import "./chunk-MGN25ZXE.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-UIZSZRUV.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
