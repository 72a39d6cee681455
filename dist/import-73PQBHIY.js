import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  mapScheduleBytes,
  require_dist,
  scheduleDiagnostics
} from "./chunk-KIKVF7CC.js";
import {
  validatePlan
} from "./chunk-P4IUNADG.js";
import {
  UsageError
} from "./chunk-YFREXNHP.js";
import "./chunk-ANZBWPDS.js";
import "./chunk-JR7DYPOY.js";
import "./chunk-5AEJUB6B.js";
import "./chunk-VE5WFE6M.js";
import {
  VERSION
} from "./chunk-EYL3OJFZ.js";
import "./chunk-URGRNCBU.js";
import {
  __toESM
} from "./chunk-EN6KPABM.js";

// src/cli/import.ts
var import_yaml = __toESM(require_dist(), 1);
import { basename } from "node:path";
var TOOL_NAMES = { mspdi: "MS Project XML", xer: "Primavera P6 XER" };
var FLOW_KEYS = /* @__PURE__ */ new Set(["constraint", "as_scheduled", "working_days", "resources"]);
function importSchedule(bytes, file, project, schemaRef) {
  const { schedule, projects } = mapScheduleBytes(bytes, file);
  const ids = projects.map((p) => p.project.code ?? p.project.id);
  const chosen = project === void 0 ? projects.length === 1 ? projects[0] : void 0 : projects.find((p) => p.project.code === project || p.project.id === project);
  if (!chosen) {
    throw new UsageError(
      project === void 0 ? `${file} holds ${projects.length} projects (${ids.join(", ")}); choose one with --project` : `${file} has no project "${project}"; its projects are ${ids.join(", ")}`
    );
  }
  validatePlan(chosen.raw, chosen.locator.inFile(file), file, {}, { size: bytes.length });
  const warnings = scheduleDiagnostics(file, schedule.warnings, chosen).map(
    (d) => `${d.file}:${d.line}:${d.column}: ${d.message}`
  );
  const doc = new import_yaml.Document(chosen.raw);
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if (!(0, import_yaml.isScalar)(pair.key)) return;
      const key = String(pair.key.value);
      if (FLOW_KEYS.has(key) && ((0, import_yaml.isMap)(pair.value) || (0, import_yaml.isSeq)(pair.value))) pair.value.flow = true;
      if (key === "depends_on" && (0, import_yaml.isSeq)(pair.value)) {
        for (const d of pair.value.items) if ((0, import_yaml.isMap)(d)) d.flow = true;
      }
    }
  });
  const body = doc.toString({ lineWidth: 0 });
  const what = `${TOOL_NAMES[schedule.format]}${schedule.tool ? ` (${schedule.tool})` : ""}`;
  const header = [
    ...schemaRef ? [`# yaml-language-server: $schema=${schemaRef}`] : [],
    `# Imported by pmcheck ${VERSION} from ${basename(file)}, ${what}${projects.length > 1 ? `, project ${ids[projects.indexOf(chosen)]}` : ""}.`,
    "# Summary tasks became each task's phase; ids are the schedule's (MS Project UIDs as T<uid>, P6 activity IDs).",
    "# A schedule holds no PM, sponsor, scope, vendors, budget, change log, risks or reporting: add them here,",
    '# or keep the schedule and add them in a sidecar (README, "Schedules from MS Project and P6").'
  ];
  return { text: `${header.join("\n")}
${body}`, warnings };
}
export {
  importSchedule
};
