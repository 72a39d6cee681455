import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  fitEnd,
  textWidth,
  wrap
} from "./chunk-IHE5VK64.js";
import {
  Chalk
} from "./chunk-KM2FOI6R.js";
import {
  formatPath
} from "./chunk-CI5NGRGO.js";
import {
  gateSummary,
  worstFirst
} from "./chunk-C7SMVOUX.js";
import "./chunk-EYL3OJFZ.js";
import {
  describeExceeded
} from "./chunk-CIQLUKOZ.js";
import "./chunk-UIZSZRUV.js";
import {
  CATEGORIES,
  SEVERITIES
} from "./chunk-IDS44EEY.js";
import "./chunk-EN6KPABM.js";

// src/report/grid.ts
function grid(rows, colWidths) {
  const out = [];
  const rule = (left, mid, right) => left + colWidths.map((w) => "\u2500".repeat(w)).join(mid) + right;
  rows.forEach((row, y) => {
    out.push(y === 0 ? rule("\u250C", "\u252C", "\u2510") : rule("\u251C", "\u253C", "\u2524"));
    const cells = colWidths.map((w, x) => cellLines(row[x] ?? "", w - 2));
    let height = 1;
    for (const lines of cells) if (lines.length > height) height = lines.length;
    for (let n = 0; n < height; n++) {
      let line = "";
      for (let x = 0; x < colWidths.length; x++) {
        const inner = colWidths[x] - 2;
        const text = cells[x][n];
        line += text === void 0 ? `\u2502${" ".repeat(inner + 2)}` : `\u2502 ${pad(truncate(text, inner), inner)} `;
      }
      out.push(`${line}\u2502`);
    }
  });
  out.push(rule("\u2514", "\u2534", "\u2518"));
  return out.join("\n");
}
function cellLines(content, width) {
  const lines = [];
  for (const line of content.split("\n")) wordWrap(line, width, lines);
  return content.includes("\x1B") ? colorizeLines(lines) : lines;
}
function wordWrap(input, maxWidth, lines) {
  const split = input.split(/(\s+)/);
  let line = "";
  let lineWidth = 0;
  let whitespace;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i];
    const w = textWidth(word);
    let next = lineWidth + w;
    if (lineWidth > 0 && whitespace) next += whitespace.length;
    if (next > maxWidth) {
      if (lineWidth !== 0) lines.push(line);
      line = word;
      lineWidth = w;
    } else {
      line += (whitespace || "") + word;
      lineWidth = next;
    }
    whitespace = split[i + 1];
  }
  if (lineWidth) lines.push(line);
}
function pad(text, width) {
  const w = textWidth(text);
  return width + 1 >= w && width > w ? text + " ".repeat(width - w) : text;
}
function truncate(text, width) {
  if (textWidth(text) <= width) return text;
  const desired = width - 1;
  const state = {};
  let out = "";
  let taken = 0;
  const sgr = new RegExp(SGR.source, "g");
  let from = 0;
  const fit = { width: 0 };
  while (taken < desired) {
    const m = sgr.exec(text);
    const segment = text.slice(from, m ? m.index : text.length);
    const segWidth = textWidth(segment);
    if (taken + segWidth > desired) {
      out += segment.slice(0, fitEnd(segment, 0, desired - taken, fit));
      taken += fit.width;
    } else {
      out += segment;
      taken += segWidth;
    }
    if (taken < desired) {
      if (!m) break;
      out += m[0];
      updateState(state, m);
      from = m.index + m[0].length;
    }
  }
  out = unwindState(state, out);
  out += "\u2026";
  const hyperlinkEnd = "\x1B]8;;\x07";
  if (text.includes(hyperlinkEnd) && !out.includes(hyperlinkEnd)) out += hyperlinkEnd;
  return out;
}
var SGR = /\x1b\[((?:\d*;){0,5}\d*)m/;
var ATTRIBUTES = {};
var CODES = {};
for (const [name, on, off] of [
  ["bold", 1, 22],
  ["italics", 3, 23],
  ["underline", 4, 24],
  ["inverse", 7, 27],
  ["strikethrough", 9, 29]
]) {
  ATTRIBUTES[`\x1B[${on}m`] = { set: name, to: true };
  ATTRIBUTES[`\x1B[${off}m`] = { set: name, to: false };
  CODES[name] = { on: `\x1B[${on}m`, off: `\x1B[${off}m` };
}
function updateState(state, code) {
  const n = code[1] ? Number.parseInt(code[1].split(";")[0], 10) : 0;
  if (n >= 30 && n <= 39 || n >= 90 && n <= 97) {
    state.lastForegroundAdded = code[0];
    return;
  }
  if (n >= 40 && n <= 49 || n >= 100 && n <= 107) {
    state.lastBackgroundAdded = code[0];
    return;
  }
  if (n === 0) {
    for (const key of Object.keys(state)) delete state[key];
    return;
  }
  const info = ATTRIBUTES[code[0]];
  if (info) state[info.set] = info.to;
}
function readState(line) {
  const state = {};
  const sgr = new RegExp(SGR.source, "g");
  for (let m = sgr.exec(line); m !== null; m = sgr.exec(line)) updateState(state, m);
  return state;
}
function unwindState(state, line) {
  const { lastBackgroundAdded: bg, lastForegroundAdded: fg } = state;
  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;
  for (const key of Object.keys(state)) if (state[key]) line += CODES[key].off;
  if (bg && bg !== "\x1B[49m") line += "\x1B[49m";
  if (fg && fg !== "\x1B[39m") line += "\x1B[39m";
  return line;
}
function rewindState(state, line) {
  const { lastBackgroundAdded: bg, lastForegroundAdded: fg } = state;
  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;
  for (const key of Object.keys(state)) if (state[key]) line = CODES[key].on + line;
  if (bg && bg !== "\x1B[49m") line = bg + line;
  if (fg && fg !== "\x1B[39m") line = fg + line;
  return line;
}
function colorizeLines(lines) {
  let state = {};
  return lines.map((input) => {
    const line = rewindState(state, input);
    state = readState(line);
    return unwindState({ ...state }, line);
  });
}

// src/report/table.ts
function formatTable(run, options) {
  const c = new Chalk({ level: options.color });
  const width = Math.max(60, options.width);
  const out = [];
  for (const report of run.reports) {
    if (options.quiet) out.push(summaryLine(report, c));
    else out.push(planSection(report, c, width));
  }
  if (run.reports.length > 1 && !options.quiet) out.push(portfolio(run, c, width));
  const stale = run.baseline?.stale ?? [];
  if (stale.length > 0) {
    out.push(
      wrap(
        `${c.yellow("Baseline:")} ${stale.length} entr${stale.length === 1 ? "y matches" : "ies match"} no finding any more (fixed, or moved). Prune with --baseline ${run.baseline.file} --write-baseline ${run.baseline.file}.`,
        width
      )
    );
    for (const e of stale.slice(0, 10)) out.push(wrap(`  ${e.file} ${e.rule} ${formatPath(e.path)}`, width, "    "));
    if (stale.length > 10) out.push(`  \u2026 and ${stale.length - 10} more`);
  }
  if (run.reports.length === 0) return "";
  if (!options.quiet || run.reports.length > 1 || run.errors.length > 0) out.push(wrap(gateLine(run, c), width, "  "));
  return `${out.join("\n")}
`;
}
var SEVERITY_STYLE = {
  critical: (c) => c.red.bold.underline,
  high: (c) => c.red.bold,
  medium: (c) => c.yellow,
  low: (c) => c.cyan
};
var RATING_STYLE = {
  green: (c) => c.green.bold,
  "amber-green": (c) => c.greenBright.bold,
  amber: (c) => c.yellow.bold,
  "amber-red": (c) => c.hex("#ff8700").bold,
  red: (c) => c.red.bold
};
function planSection(r, c, width) {
  const lines = [];
  const title = `${c.bold(r.project.name)}  ${c.dim(r.file)}`;
  lines.push(
    textWidth(title) <= width ? title : `${c.bold(wrap(r.project.name, width))}
${c.dim(wrap(r.file, width))}`
  );
  const asOf = `as of ${r.asOf}${r.asOfSource === "today" ? " (today)" : r.asOfSource === "option" ? " (--as-of)" : ""}`;
  lines.push(
    `Score ${c.bold(`${r.score.score}/100`)}  ${RATING_STYLE[r.score.rating](c)(r.score.rating.toUpperCase())}  ${c.dim(asOf)}`
  );
  if (r.score.pressure > 0) lines.push(wrap(`Rated ${r.score.rating} for ${r.score.band.reason}.`, width));
  const presets = r.config.presets.filter((p) => p !== "recommended");
  if (r.config.file || presets.length > 0) {
    lines.push(
      c.dim(
        wrap(`Config: ${r.config.file ?? "none"}${presets.length > 0 ? `; presets ${presets.join(", ")}` : ""}`, width)
      )
    );
  }
  lines.push(
    wrap(
      r.pm.warranted ? `Formal PM warranted: the project ${describeExceeded(r.pm, r.project.currency).join("; ")}.` : "Formal PM not warranted: the work is below every threshold in article 002.",
      width
    )
  );
  for (const o of r.outcomes.filter((x) => x.error !== void 0)) {
    lines.push(
      wrap(
        `${c.red.bold("error")} rule ${o.ruleId} failed to run (${o.error}); its result is missing, so this audit is incomplete`,
        width,
        "  "
      )
    );
  }
  for (const d of r.diagnostics) {
    lines.push(wrap(`${c.yellow("warning")} ${d.line}:${d.column} ${d.message}`, width, "  "));
  }
  if (r.findings.length === 0) {
    lines.push("", c.green("No findings."));
  } else {
    const whereWidth = Math.max(7, ...r.findings.map((f) => `${f.span.line}:${f.span.column}`.length + 2));
    const sevWidth = 10;
    const rows = [["Line", "Severity", "Finding"]];
    for (const f of r.findings) {
      rows.push([
        `${f.span.line}:${f.span.column}`,
        SEVERITY_STYLE[f.severity](c)(f.severity),
        `${c.bold(f.ruleId)}
${f.message}
${c.dim(`\u2192 ${f.fix}`)}`
      ]);
    }
    lines.push("", grid(rows, [whereWidth, sevWidth, width - whereWidth - sevWidth - 4]));
  }
  const cats = CATEGORIES.filter((k) => r.score.categories[k]);
  if (cats.length > 0) {
    lines.push("", c.bold("Categories"));
    const barWidth = 20;
    for (const k of cats) {
      const s = r.score.categories[k];
      const filled = Math.round(s.score / 100 * barWidth);
      const bar = RATING_STYLE[s.rating](c)("\u2588".repeat(filled)) + c.dim("\u2591".repeat(barWidth - filled));
      lines.push(`  ${k.padEnd(14)} ${bar} ${String(s.score).padStart(3)}  ${s.rating}`);
    }
  }
  lines.push("", wrap(summaryLine(r, c), width, "  "), "");
  return lines.join("\n");
}
function portfolio(run, c, width) {
  const rows = [["Plan", "Score", "Rating", "Findings"]];
  for (const r of worstFirst(run.reports)) {
    const worst = r.findings[0]?.severity;
    rows.push([
      r.file,
      String(r.score.score),
      RATING_STYLE[r.score.rating](c)(r.score.rating),
      `${r.findings.length}${worst ? ` ${worst[0].toUpperCase()}` : ""}`
    ]);
  }
  const failed = run.errors.length > 0 ? `, ${run.errors.length} could not be read` : "";
  return [
    c.bold(`Portfolio: ${run.reports.length} plans${failed}, worst first`),
    grid(rows, [width - 7 - 13 - 10 - 5, 7, 13, 10]),
    c.dim("Findings: count, and the worst severity's initial (C, H, M, L)."),
    ""
  ].join("\n");
}
function summaryLine(r, c) {
  const counts = SEVERITIES.map((s) => [s, r.findings.filter((f) => f.severity === s).length]).filter(
    ([, n]) => n > 0
  );
  const total = r.findings.length;
  const parts = [
    `${r.file}: ${r.score.score}/100 ${RATING_STYLE[r.score.rating](c)(r.score.rating)}`,
    total === 0 ? "no findings" : `${total} finding${total === 1 ? "" : "s"} (${counts.map(([s, n]) => `${n} ${s}`).join(", ")})`
  ];
  if (r.suppressed.length > 0) parts.push(`${r.suppressed.length} suppressed`);
  if (r.known.length > 0) parts.push(`${r.known.length} known from the baseline`);
  if (r.diagnostics.length > 0) parts.push(`${r.diagnostics.length} warning${r.diagnostics.length === 1 ? "" : "s"}`);
  const na = r.outcomes.filter((o) => !o.applicable).length;
  if (na > 0) parts.push(`${na} rule${na === 1 ? "" : "s"} not applicable`);
  return parts.join(" \xB7 ");
}
function gateLine(run, c) {
  const failOn = run.gate.failOn === void 0 ? "per-plan thresholds" : `fail-on ${run.gate.failOn}`;
  const min = run.gate.minScore !== void 0 ? `, min-score ${run.gate.minScore}` : "";
  if (run.errors.length > 0)
    return `${c.red.bold("Gate: not run")} ${c.dim(`(${run.errors.length} file${run.errors.length === 1 ? "" : "s"} could not be audited; see the errors)`)}`;
  if (run.gate.passed) return `${c.green.bold("Gate: passed")} ${c.dim(`(${failOn}${min})`)}`;
  return `${c.red.bold("Gate: failed:")} ${gateSummary(run.gate, run.reports.length)}`;
}
export {
  formatTable
};
