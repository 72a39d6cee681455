import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-7QSRA4OF.js";
import "./chunk-4AQIQNKH.js";
import "./chunk-VGA4OCH6.js";
import "./chunk-FXP6BYTG.js";
import "./chunk-ZEHGPFF7.js";
import "./chunk-5AEJUB6B.js";
import "./chunk-VE5WFE6M.js";
import "./chunk-E66R4O76.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
