import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-LLQHNW6P.js";
import "./chunk-R7T4WTOM.js";
import "./chunk-G3H5I7ZR.js";
import "./chunk-DDCBERZZ.js";
import "./chunk-EPFUWYRL.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-I224EP5S.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
