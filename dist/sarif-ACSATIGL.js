import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  fingerprint
} from "./chunk-V2YCGLJG.js";
import {
  RULES
} from "./chunk-TZBBVBPH.js";
import {
  citationText
} from "./chunk-A7QNPYO7.js";
import "./chunk-YWH4WD2W.js";
import "./chunk-DAWXUYUX.js";
import {
  formatPath
} from "./chunk-CI5NGRGO.js";
import "./chunk-BFGBQRXP.js";
import "./chunk-NKGJ4FUO.js";
import "./chunk-EN6KPABM.js";

// src/report/sarif.ts
import { pathToFileURL } from "node:url";
var SECURITY_SEVERITY = { critical: "9.0", high: "7.0", medium: "5.0", low: "2.0" };
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
function helpMarkdown(rule) {
  const d = rule.docs;
  return [
    `**${rule.id}** (${rule.category}, ${rule.severity} by default): ${rule.description}`,
    `### What it catches
${d.catches}`,
    `### Why it matters
${d.why}

*Sources: ${d.sources.map((s) => citationText(s, "full")).join("; ")}*`,
    `### How to fix it
${d.howToFix}`,
    `### Fails
\`\`\`yaml
${d.failing}
\`\`\``,
    `### Passes
\`\`\`yaml
${d.fixed}
\`\`\``,
    `Run \`pmcheck explain ${rule.id}\` for these docs in a terminal.`
  ].join("\n\n");
}
function uriOf(file) {
  if (file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function result(report, f, ruleIndex, known) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.message} ${f.fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: uriOf(report.file),
          region: {
            startLine: f.span.line,
            startColumn: f.span.column,
            endLine: f.span.endLine,
            endColumn: Math.max(f.span.endColumn, f.span.column + (f.span.endLine === f.span.line ? 1 : 0))
          }
        },
        logicalLocations: [{ fullyQualifiedName: formatPath(f.path), kind: "member" }]
      }
    ],
    partialFingerprints: { primaryLocationLineHash: fingerprint(report.file, f) },
    ...f.suppressed ? { suppressions: [{ kind: "inSource", justification: f.suppressed.reason }] } : {},
    ...known ? { baselineState: "unchanged" } : {},
    properties: { severity: f.severity, category: f.category, "security-severity": SECURITY_SEVERITY[f.severity] }
  };
}
function formatSarif(run, cwd) {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "pmcheck",
            version: run.tool.version,
            semanticVersion: run.tool.version,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, __, ch) => ch.toUpperCase()),
              shortDescription: { text: r.description },
              fullDescription: { text: r.docs.catches.replace(/`/g, "") },
              help: { text: `${r.description} ${r.fix}`, markdown: helpMarkdown(r) },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: {
                tags: ["project-management", r.category],
                precision: "high",
                "security-severity": SECURITY_SEVERITY[r.severity]
              }
            }))
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(cwd.endsWith("/") ? cwd : `${cwd}/`).href } },
        invocations: [
          {
            executionSuccessful: run.errors.length === 0,
            toolExecutionNotifications: run.errors.map((e) => ({
              level: "error",
              message: { text: e.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: uriOf(e.where.file),
                    ...e.where.line ? { region: { startLine: e.where.line, startColumn: e.where.column ?? 1 } } : {}
                  }
                }
              ]
            }))
          }
        ],
        results: run.reports.flatMap(
          (r) => [...r.findings, ...r.suppressed, ...r.known].sort(
            (a, b) => a.span.line - b.span.line || a.span.column - b.span.column || (a.ruleId < b.ruleId ? -1 : 1)
          ).map((f) => result(r, f, index.get(f.ruleId) ?? -1, r.known.includes(f)))
        ),
        columnKind: "unicodeCodePoints"
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}
export {
  formatSarif
};
