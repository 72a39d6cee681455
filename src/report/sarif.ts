/**
 * SARIF 2.1.0, as GitHub code scanning and Azure DevOps read it: one run, every rule in
 * tool.driver.rules with its full docs as help, security-severity for GitHub's severity
 * ranking, 1-based regions, relative artifact URIs and a line-free partial fingerprint.
 */
import { pathToFileURL } from 'node:url';
import type { PlanReport } from '../core/audit.js';
import { fingerprint } from '../core/fingerprint.js';
import type { AuditRun } from '../core/gate.js';
import { citationText } from '../engine/sources.js';
import type { AnyRule, Finding, Severity } from '../engine/types.js';
import { formatPath } from '../plan/path.js';
import { RULES } from '../rules/index.js';
import { loadWarnings } from './warnings.js';

const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.0', high: '7.0', medium: '5.0', low: '2.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

function helpMarkdown(rule: AnyRule): string {
  const d = rule.docs;
  return [
    `**${rule.id}** (${rule.category}, ${rule.severity} by default): ${rule.description}`,
    `### What it catches\n${d.catches}`,
    `### Why it matters\n${d.why}\n\n*Sources: ${d.sources.map((s) => citationText(s, 'full')).join('; ')}*`,
    `### How to fix it\n${d.howToFix}`,
    `### Fails\n\`\`\`yaml\n${d.failing}\n\`\`\``,
    `### Passes\n\`\`\`yaml\n${d.fixed}\n\`\`\``,
    `Run \`pmcheck explain ${rule.id}\` for these docs in a terminal.`,
  ].join('\n\n');
}

function uriOf(file: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function result(report: PlanReport, f: Finding, ruleIndex: number, known: boolean) {
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
            endColumn: Math.max(f.span.endColumn, f.span.column + (f.span.endLine === f.span.line ? 1 : 0)),
          },
        },
        logicalLocations: [{ fullyQualifiedName: formatPath(f.path), kind: 'member' }],
      },
    ],
    partialFingerprints: { primaryLocationLineHash: fingerprint(report.file, f) },
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
    ...(known ? { baselineState: 'unchanged' } : {}),
    properties: { severity: f.severity, category: f.category, 'security-severity': SECURITY_SEVERITY[f.severity] },
  };
}

export function formatSarif(run: AuditRun, cwd: string): string {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pmcheck',
            version: run.tool.version,
            semanticVersion: run.tool.version,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
              shortDescription: { text: r.description },
              fullDescription: { text: r.docs.catches.replace(/`/g, '') },
              help: { text: `${r.description} ${r.fix}`, markdown: helpMarkdown(r) },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: {
                tags: ['project-management', r.category],
                precision: 'high',
                'security-severity': SECURITY_SEVERITY[r.severity],
              },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        invocations: [
          {
            executionSuccessful: run.errors.length === 0,
            toolExecutionNotifications: [
              ...run.errors.map((e) => ({
                level: 'error',
                message: { text: e.message },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: uriOf(e.where.file),
                      ...(e.where.line
                        ? { region: { startLine: e.where.line, startColumn: e.where.column ?? 1 } }
                        : {}),
                    },
                  },
                ],
              })),
              // Load warnings (unknown keys, unused suppressions): a CI reader must see them too.
              ...loadWarnings(run).map((w) => ({
                level: w.severity === 'error' ? 'error' : 'warning',
                message: { text: w.message },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: uriOf(w.plan),
                      region: { startLine: w.line, startColumn: w.column },
                    },
                  },
                ],
                properties: { code: w.code },
              })),
            ],
          },
        ],
        results: run.reports.flatMap((r) =>
          [...r.findings, ...r.suppressed, ...r.known]
            .sort(
              (a, b) => a.span.line - b.span.line || a.span.column - b.span.column || (a.ruleId < b.ruleId ? -1 : 1),
            )
            .map((f) => result(r, f, index.get(f.ruleId) ?? -1, r.known.includes(f))),
        ),
        columnKind: 'unicodeCodePoints',
        // The config each plan was judged by: it decides what the gate checks.
        properties: {
          configs: run.reports.map((r) => ({ plan: r.file, config: r.config.file ?? null, presets: r.config.presets })),
        },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
