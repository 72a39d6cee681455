import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
} from "./chunk-S3ZJJO7P.js";
import "./chunk-I3CT2VVC.js";
import "./chunk-OJA65H6K.js";
import "./chunk-XCCM5SVK.js";
import "./chunk-N6IVTLXI.js";
import "./chunk-YVNGLSHO.js";
import "./chunk-CI5NGRGO.js";
import "./chunk-3QI5WL3P.js";
import "./chunk-EN6KPABM.js";
export {
  holidayLibraryLoaded,
  holidaySource,
  holidaysFor
};
