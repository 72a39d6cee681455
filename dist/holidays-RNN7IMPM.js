import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-IGXQKCQ6.js";
import "./chunk-OCBFUVBL.js";
import "./chunk-UTZALKRM.js";
import "./chunk-OX32XOWE.js";
import "./chunk-4DWY3CVS.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-LX6HWXNN.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
