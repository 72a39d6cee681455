import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  _enum,
  number,
  object,
  record,
  string,
  tuple,
  union,
  unknown
} from "./chunk-5AEJUB6B.js";
import {
  SEVERITIES
} from "./chunk-IDS44EEY.js";

// src/config/schema.ts
var PRESETS = ["recommended", "strict", "presale", "closed", "small-job", "dcma"];
var SeverityOrOff = _enum([...SEVERITIES, "off"]);
var RuleSetting = union([
  SeverityOrOff,
  tuple([SeverityOrOff]),
  tuple([SeverityOrOff, record(string(), unknown())]),
  record(string(), unknown())
]);
var ConfigSchema = object({
  extends: _enum(PRESETS).optional().meta({
    description: "The preset to start from. presale, closed and small-job are also applied automatically: by project.phase, and when formal PM is not warranted; dcma (the DCMA 14-point assessment) for plans read from MS Project or P6 files."
  }),
  rules: record(string(), RuleSetting).optional().meta({ description: "Per rule: off, a severity, [severity, { options }], or { options }." }),
  "fail-on": _enum([...SEVERITIES, "none"]).optional().meta({ description: "Exit 1 on a finding at or above this severity; --fail-on overrides." }),
  "min-score": number().min(0).max(100).optional().meta({ description: "Exit 1 when a plan scores below this; --min-score overrides." }),
  "pm-warranted": object({
    durationDays: number().int().nonnegative().optional(),
    vendors: number().int().nonnegative().optional(),
    budget: number().nonnegative().optional(),
    users: number().int().nonnegative().optional()
  }).strict().optional().meta({
    description: "Thresholds above which formal PM is warranted (article 002): more than 10 working days, 1 vendor, 5000 budget, 5 users."
  })
}).strict().meta({ title: "pmcheck configuration (.pmcheck.yaml)" });

export {
  ConfigSchema
};
