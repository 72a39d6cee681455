import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-UGHBMCSD.js";
import "./chunk-YCTEFMAO.js";
import "./chunk-VGA4OCH6.js";
import "./chunk-ADSWW4S6.js";
import "./chunk-ZEHGPFF7.js";
import "./chunk-5AEJUB6B.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-E66R4O76.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
