import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  fingerprint
} from "./chunk-V2YCGLJG.js";
import {
  ruleContext
} from "./chunk-2WXNJAHJ.js";
import {
  RULES
} from "./chunk-W5MQ4ZJC.js";
import "./chunk-RFPYGGGR.js";
import {
  citationText
} from "./chunk-53MPB5SY.js";
import "./chunk-T4GFYPQJ.js";
import "./chunk-YVNGLSHO.js";
import "./chunk-IHE5VK64.js";
import "./chunk-KM2FOI6R.js";
import {
  formatPath
} from "./chunk-CI5NGRGO.js";
import {
  PUBLISHED_FILES
} from "./chunk-EYL3OJFZ.js";
import "./chunk-CIQLUKOZ.js";
import "./chunk-UIZSZRUV.js";
import "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";

// src/report/sarif.ts
import { pathToFileURL } from "node:url";

// src/report/rule-docs.ts
var rulePagePath = (id) => `docs/rules/${id}.md`;
var rulePageUri = (id) => `${PUBLISHED_FILES}${rulePagePath(id)}`;
function ruleMarkdown(rule, level) {
  const h = "#".repeat(level);
  const d = rule.docs;
  return [
    `**${rule.id}** (${rule.category}, ${rule.severity} by default): ${rule.description}`,
    `${h} What it catches

${d.catches}`,
    `${h} Why it matters

${d.why}

*Sources: ${d.sources.map((s) => citationText(s, "full")).join("; ")}*`,
    `${h} How to fix it

${d.howToFix}`,
    `${h} Phase, method and size

${ruleContext(rule).map((l) => `- ${l}`).join("\n")}`,
    `${h} Fails

\`\`\`yaml
${d.failing}
\`\`\``,
    `${h} Passes

\`\`\`yaml
${d.fixed}
\`\`\``
  ].join("\n\n");
}

// src/report/sarif.ts
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
var PROBLEM_SEVERITY = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "recommendation"
};
var pascal = (s) => s.replace(/(^|-)(\w)/g, (_, __, ch) => ch.toUpperCase());
function ruleName(id, category) {
  const name = pascal(id);
  return name.toLowerCase() === id.toLowerCase() ? pascal(`${category}-${id}`) : name;
}
function ruleDescriptor(r) {
  return {
    id: r.id,
    name: ruleName(r.id, r.category),
    shortDescription: { text: r.description },
    fullDescription: { text: r.docs.catches.replace(/`/g, "") },
    helpUri: rulePageUri(r.id),
    help: {
      text: `${r.description} ${r.fix}`,
      markdown: `${ruleMarkdown(r, 3)}

Run \`pmcheck explain ${r.id}\` for these docs in a terminal.`
    },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: ["project-management", r.category],
      precision: "high",
      "problem.severity": PROBLEM_SEVERITY[r.severity]
    }
  };
}
function artifactLocation(repo, file) {
  const path = repo.relative(file);
  if (path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function result(repo, f, ruleIndex, known) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.message} ${f.fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(repo, f.span.file),
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
    partialFingerprints: { primaryLocationLineHash: fingerprint(repo.relative(f.span.file), f) },
    ...f.suppressed ? { suppressions: [{ kind: "inSource", justification: f.suppressed.reason }] } : {},
    ...known ? { baselineState: "unchanged" } : {},
    properties: { severity: f.severity, category: f.category }
  };
}
function formatSarif(run, repo) {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const root = pathToFileURL(repo.root).href;
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
            informationUri: `${PUBLISHED_FILES}README.md`,
            rules: RULES.map(ruleDescriptor)
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: root.endsWith("/") ? root : `${root}/` } },
        invocations: [
          {
            executionSuccessful: run.errors.length === 0,
            toolExecutionNotifications: run.errors.map((e) => ({
              level: "error",
              message: { text: e.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: artifactLocation(repo, e.where.file),
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
          ).map((f) => result(repo, f, index.get(f.ruleId) ?? -1, r.known.includes(f)))
        ),
        columnKind: "unicodeCodePoints"
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}
export {
  formatSarif,
  ruleName
};
