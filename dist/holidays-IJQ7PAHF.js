import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-4PK4IGUP.js";
import "./chunk-P4IUNADG.js";
import "./chunk-TBHZEG3U.js";
import "./chunk-YFREXNHP.js";
import "./chunk-ANZBWPDS.js";
import "./chunk-JR7DYPOY.js";
import "./chunk-5AEJUB6B.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-URGRNCBU.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
