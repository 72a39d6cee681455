import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";
var PUBLISHED_FILES = `https://unpkg.com/pmcheck@${VERSION}/`;

export {
  VERSION,
  PUBLISHED_FILES
};
