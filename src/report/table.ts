/**
 * The table report, for a person at a terminal. It must read well at 80 columns:
 * a header per plan (name, score, rating, as-of, the PM verdict), the findings worst
 * first with the fix under each, the category scores as bars, then one summary line.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { PlanReport } from '../core/audit.js';
import { type AuditRun, gateSummary, worstFirst } from '../core/gate.js';
import type { Rating } from '../engine/score.js';
import { CATEGORIES, SEVERITIES, type Severity } from '../engine/types.js';
import { pmVerdict } from '../plan/describe.js';
import { formatPath } from '../plan/path.js';
import { terminalLine, terminalName } from './escape.js';
import { ASCII_BORDERS, grid } from './grid.js';
import { textWidth, wrap } from './wrap.js';

export interface TableOptions {
  /** Terminal width; the output never exceeds it (minimum 60). */
  width: number;
  /** Colour level, as chalk's: 0 for none. */
  color: 0 | 1 | 2 | 3;
  quiet?: boolean;
  /** Box-drawing and block characters; false for ASCII, when the locale is not UTF-8. Default true. */
  unicode?: boolean;
}

/** The characters the table draws with, by whether the terminal can show Unicode. */
function glyphs(unicode: boolean) {
  return unicode
    ? { chars: undefined, full: '█', empty: '░', arrow: '→', more: '…' }
    : { chars: ASCII_BORDERS, full: '#', empty: '.', arrow: '->', more: '...' };
}

export function formatTable(run: AuditRun, options: TableOptions): string {
  const c = new Chalk({ level: options.color });
  const width = Math.max(60, options.width);
  const g = glyphs(options.unicode ?? true);
  const out: string[] = [];
  for (const report of run.reports) {
    if (options.quiet) out.push(summaryLine(report, c));
    else out.push(planSection(report, c, width, g));
  }
  if (run.reports.length > 1 && !options.quiet) out.push(portfolio(run, c, width, g));
  const stale = run.baseline?.stale ?? [];
  if (stale.length > 0) {
    out.push(
      wrap(
        `${c.yellow('Baseline:')} ${stale.length} entr${stale.length === 1 ? 'y matches' : 'ies match'} no finding any more (fixed, or moved). Prune with --baseline ${run.baseline!.file} --write-baseline ${run.baseline!.file}.`,
        width,
      ),
    );
    for (const e of stale.slice(0, 10)) out.push(wrap(`  ${e.file} ${e.rule} ${formatPath(e.path)}`, width, '    '));
    if (stale.length > 10) out.push(`  ${g.more} and ${stale.length - 10} more`);
  }
  // Files that could not be read are reported once, on stderr, by the CLI: not repeated here.
  if (run.reports.length === 0) return '';
  if (!options.quiet || run.reports.length > 1 || run.errors.length > 0) out.push(wrap(gateLine(run, c), width, '  '));
  return `${out.join('\n')}\n`;
}

// No background colours: a theme maps "white" to anything from #fff to #555 (VS Code's light
// theme), so white on red fell to a 1.4:1 contrast there. The theme's own red on its own
// background reads at 4:1 or better on common light and dark themes (bold is often drawn in
// the bright red); the underline sets critical apart from high.
const SEVERITY_STYLE: Record<Severity, (c: ChalkInstance) => ChalkInstance> = {
  critical: (c) => c.red.bold.underline,
  high: (c) => c.red.bold,
  medium: (c) => c.yellow,
  low: (c) => c.cyan,
};

const RATING_STYLE: Record<Rating, (c: ChalkInstance) => ChalkInstance> = {
  green: (c) => c.green.bold,
  'amber-green': (c) => c.greenBright.bold,
  amber: (c) => c.yellow.bold,
  'amber-red': (c) => c.hex('#ff8700').bold,
  red: (c) => c.red.bold,
};

function planSection(r: PlanReport, c: ChalkInstance, width: number, g: ReturnType<typeof glyphs>): string {
  const lines: string[] = [];
  const name = terminalLine(r.project.name);
  const file = terminalName(r.file);
  const title = `${c.bold(name)}  ${c.dim(file)}`;
  lines.push(textWidth(title) <= width ? title : `${c.bold(wrap(name, width))}\n${c.dim(wrap(file, width))}`);
  const asOf = `as of ${r.asOf}${r.asOfSource === 'today' ? ' (today)' : r.asOfSource === 'option' ? ' (--as-of)' : ''}`;
  lines.push(
    `Score ${c.bold(`${r.score.score}/100`)}  ${RATING_STYLE[r.score.rating](c)(r.score.rating.toUpperCase())}  ${c.dim(asOf)}`,
  );
  if (r.score.pressure > 0) lines.push(wrap(`Rated ${r.score.rating} for ${r.score.band.reason}.`, width));
  // Always named: a config decides what the gate checks, so a reader must see which one applied.
  const presets = r.config.presets.filter((p) => p !== 'recommended');
  lines.push(
    c.dim(
      wrap(
        `Config: ${r.config.file ?? "none (pmcheck's defaults)"}${presets.length > 0 ? `; presets ${presets.join(', ')}` : ''}`,
        width,
      ),
    ),
  );
  lines.push(wrap(pmVerdict(r.pm, r.project.currency), width));

  for (const o of r.outcomes.filter((x) => x.error !== undefined)) {
    lines.push(
      wrap(
        `${c.red.bold('error')} rule ${o.ruleId} failed to run (${o.error}); its result is missing, so this audit is incomplete`,
        width,
        '  ',
      ),
    );
  }
  for (const d of r.diagnostics) {
    lines.push(wrap(`${c.yellow('warning')} ${d.line}:${d.column} ${terminalLine(d.message)}`, width, '  '));
  }

  if (r.findings.length === 0) {
    lines.push('', c.green('No findings.'));
  } else {
    const whereWidth = Math.max(7, ...r.findings.map((f) => `${f.span.line}:${f.span.column}`.length + 2));
    const sevWidth = 10;
    const rows = [['Line', 'Severity', 'Finding']];
    for (const f of r.findings) {
      rows.push([
        `${f.span.line}:${f.span.column}`,
        SEVERITY_STYLE[f.severity](c)(f.severity),
        `${c.bold(f.ruleId)}\n${terminalLine(f.message)}\n${c.dim(`${g.arrow} ${terminalLine(f.fix)}`)}`,
      ]);
    }
    lines.push('', grid(rows, [whereWidth, sevWidth, width - whereWidth - sevWidth - 4], g.chars));
  }

  const cats = CATEGORIES.filter((k) => r.score.categories[k]);
  if (cats.length > 0) {
    lines.push('', c.bold('Categories'));
    const barWidth = 20;
    for (const k of cats) {
      const s = r.score.categories[k]!;
      const filled = Math.round((s.score / 100) * barWidth);
      const bar = RATING_STYLE[s.rating](c)(g.full.repeat(filled)) + c.dim(g.empty.repeat(barWidth - filled));
      lines.push(`  ${k.padEnd(14)} ${bar} ${String(s.score).padStart(3)}  ${s.rating}`);
    }
  }
  lines.push('', wrap(summaryLine(r, c), width, '  '), '');
  return lines.join('\n');
}

/** Every plan's score and rating, worst first: where a portfolio owner should look. */
function portfolio(run: AuditRun, c: ChalkInstance, width: number, g: ReturnType<typeof glyphs>): string {
  const rows = [['Plan', 'Score', 'Rating', 'Findings']];
  for (const r of worstFirst(run.reports)) {
    const worst = r.findings[0]?.severity;
    rows.push([
      terminalName(r.file),
      String(r.score.score),
      RATING_STYLE[r.score.rating](c)(r.score.rating),
      `${r.findings.length}${worst ? ` ${worst[0]!.toUpperCase()}` : ''}`,
    ]);
  }
  const failed = run.errors.length > 0 ? `, ${run.errors.length} could not be read` : '';
  return [
    c.bold(`Portfolio: ${run.reports.length} plans${failed}, worst first`),
    grid(rows, [width - 7 - 13 - 10 - 5, 7, 13, 10], g.chars),
    c.dim("Findings: count, and the worst severity's initial (C, H, M, L)."),
    '',
  ].join('\n');
}

function summaryLine(r: PlanReport, c: ChalkInstance): string {
  const counts = SEVERITIES.map((s) => [s, r.findings.filter((f) => f.severity === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  const total = r.findings.length;
  const parts = [
    `${terminalName(r.file)}: ${r.score.score}/100 ${RATING_STYLE[r.score.rating](c)(r.score.rating)}`,
    total === 0
      ? 'no findings'
      : `${total} finding${total === 1 ? '' : 's'} (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})`,
  ];
  if (r.suppressed.length > 0) parts.push(`${r.suppressed.length} suppressed`);
  if (r.known.length > 0) parts.push(`${r.known.length} known from the baseline`);
  if (r.diagnostics.length > 0) parts.push(`${r.diagnostics.length} warning${r.diagnostics.length === 1 ? '' : 's'}`);
  const na = r.outcomes.filter((o) => !o.applicable).length;
  if (na > 0) parts.push(`${na} rule${na === 1 ? '' : 's'} not applicable`);
  return parts.join(' · ');
}

function gateLine(run: AuditRun, c: ChalkInstance): string {
  const failOn = run.gate.failOn === undefined ? 'per-plan thresholds' : `fail-on ${run.gate.failOn}`;
  const min = run.gate.minScore !== undefined ? `, min-score ${run.gate.minScore}` : '';
  if (run.errors.length > 0)
    return `${c.red.bold('Gate: not run')} ${c.dim(`(${run.errors.length} file${run.errors.length === 1 ? '' : 's'} could not be audited; see the errors)`)}`;
  if (run.gate.passed) return `${c.green.bold('Gate: passed')} ${c.dim(`(${failOn}${min})`)}`;
  return `${c.red.bold('Gate: failed:')} ${gateSummary(run.gate, run.reports.length)}`;
}
