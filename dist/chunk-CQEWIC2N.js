import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/review/options.ts
var DOC_KINDS = ["scope", "status", "closure"];
var AUDIENCES = ["customer", "internal"];
var REVIEW_FORMATS = ["markdown", "html"];
function kindForPhase(phase) {
  return phase === "delivery" ? "status" : phase === "closed" ? "closure" : "scope";
}
function defaultAudience(kind) {
  return kind === "scope" ? "customer" : "internal";
}

export {
  DOC_KINDS,
  AUDIENCES,
  REVIEW_FORMATS,
  kindForPhase,
  defaultAudience
};
