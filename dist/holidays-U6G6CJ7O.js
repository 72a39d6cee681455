import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-ZJVVC33W.js";
import "./chunk-OJA65H6K.js";
import "./chunk-X5YRN4VY.js";
import "./chunk-DA2H6RGJ.js";
import "./chunk-EPFUWYRL.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-47JI7RSD.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
