import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-32S4GESZ.js";
import "./chunk-YFREXNHP.js";
import "./chunk-X5YRN4VY.js";
import "./chunk-DA2H6RGJ.js";
import "./chunk-EPFUWYRL.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-47JI7RSD.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
