import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  fingerprint
} from "./chunk-V2YCGLJG.js";

// src/report/warnings.ts
function loadWarnings(run) {
  return run.reports.flatMap(
    (r) => r.diagnostics.map((d) => ({
      ...d,
      plan: r.file,
      fingerprint: fingerprint(r.file, { ruleId: `load:${d.code}:${d.message}`, path: d.path })
    }))
  );
}

export {
  loadWarnings
};
