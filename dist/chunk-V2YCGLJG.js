import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);

// src/core/fingerprint.ts
import { createHash } from "node:crypto";
function findingKey(file, f) {
  return JSON.stringify([f.ruleId, file.replace(/\\/g, "/"), f.path]);
}
function fingerprint(file, f) {
  return createHash("sha256").update(findingKey(file, f)).digest("hex").slice(0, 32);
}

export {
  findingKey,
  fingerprint
};
