/**
 * SARIF 2.1.0, as GitHub code scanning and Azure DevOps read it: one run, every rule in
 * tool.driver.rules with its docs as help and a helpUri to its page, 1-based regions, URIs
 * relative to the repository's root (%SRCROOT%) and a line-free partial fingerprint.
 *
 * pmcheck is not a security tool, so no rule carries `security-severity`: GitHub would file
 * every finding as a security alert. `problem.severity` ranks them as quality findings instead,
 * and the tags let a reader filter by category.
 */
import { pathToFileURL } from 'node:url';
import { fingerprint, type RepoPaths } from '../core/fingerprint.js';
import type { AuditRun } from '../core/gate.js';
import type { AnyRule, Category, Finding, Severity } from '../engine/types.js';
import { formatPath } from '../plan/path.js';
import { RULES } from '../rules/index.js';
import { PUBLISHED_FILES } from '../version.js';
import { jsonReplacer } from './escape.js';
import { ruleMarkdown, rulePageUri } from './rule-docs.js';
import { loadWarnings } from './warnings.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** GitHub's ranking of non-security findings: error, warning or recommendation. */
const PROBLEM_SEVERITY: Record<Severity, 'error' | 'warning' | 'recommendation'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'recommendation',
};

const pascal = (s: string) => s.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase());

/**
 * The name GitHub lets a reader filter by: the id in Pascal case (the multitool's SARIF2012 asks
 * for one Pascal-case word), qualified by the category where that alone would spell the id,
 * since SARIF §3.49.7 wants the two to differ and SARIF1001 compares them ignoring case:
 * vendor-sequencing is VendorSequencing, contingency is BudgetContingency.
 */
export function ruleName(id: string, category: Category): string {
  const name = pascal(id);
  return name.toLowerCase() === id.toLowerCase() ? pascal(`${category}-${id}`) : name;
}

function ruleDescriptor(r: AnyRule) {
  return {
    id: r.id,
    name: ruleName(r.id, r.category),
    shortDescription: { text: r.description },
    fullDescription: { text: r.docs.catches.replace(/`/g, '') },
    helpUri: rulePageUri(r.id),
    help: {
      text: `${r.description} ${r.fix}`,
      markdown: `${ruleMarkdown(r, 3)}\n\nRun \`pmcheck explain ${r.id}\` for these docs in a terminal.`,
    },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: ['project-management', r.category],
      precision: 'high',
      'problem.severity': PROBLEM_SEVERITY[r.severity],
    },
  };
}

function artifactLocation(repo: RepoPaths, file: string): { uri: string; uriBaseId?: string } {
  const path = repo.relative(file);
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function result(repo: RepoPaths, f: Finding, ruleIndex: number, known: boolean) {
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
            endColumn: Math.max(f.span.endColumn, f.span.column + (f.span.endLine === f.span.line ? 1 : 0)),
          },
        },
        logicalLocations: [{ fullyQualifiedName: formatPath(f.path), kind: 'member' }],
      },
    ],
    partialFingerprints: { primaryLocationLineHash: fingerprint(repo.relative(f.span.file), f) },
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
    ...(known ? { baselineState: 'unchanged' } : {}),
    properties: { severity: f.severity, category: f.category },
  };
}

export function formatSarif(run: AuditRun, repo: RepoPaths): string {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const root = pathToFileURL(repo.root).href;
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
            informationUri: `${PUBLISHED_FILES}README.md`,
            rules: RULES.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
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
                      artifactLocation: artifactLocation(repo, e.where.file),
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
                      artifactLocation: artifactLocation(repo, w.plan),
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
            .map((f) => result(repo, f, index.get(f.ruleId) ?? -1, r.known.includes(f))),
        ),
        columnKind: 'unicodeCodePoints',
        // The config each plan was judged by: it decides what the gate checks.
        properties: {
          configs: run.reports.map((r) => ({
            plan: repo.relative(r.file),
            config: r.config.file ? repo.relative(r.config.file) : null,
            presets: r.config.presets,
          })),
        },
      },
    ],
  };
  return `${JSON.stringify(sarif, jsonReplacer, 2)}\n`;
}
