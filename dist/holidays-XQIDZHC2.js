import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-AIQLFLIM.js";
import "./chunk-ZKSJBD2Z.js";
import "./chunk-QFIIJO2G.js";
import "./chunk-Y7ZAEOSN.js";
import "./chunk-ZVM75JEU.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-LX6HWXNN.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
