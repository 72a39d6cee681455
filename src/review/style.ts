/**
 * The HTML review's stylesheet: the page's own sans-serif fonts (nothing is fetched), A4 when
 * printed, with headings kept with what follows them and tables, the chart and the sign-off
 * block kept whole on a page.
 */
export const STYLE = `
:root { --ink: #1d2430; --muted: #5b6472; --rule: #d5dae1; --band: #f3f5f8; --accent: #234a7d;
  --critical: #c0343b; --forecast: #3f6fb5; --done: #7aa884; --planned: #b9c0ca; }
* { box-sizing: border-box; }
html { background: #e9ecf0; }
body { margin: 0; color: var(--ink); font: 10.5pt/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  "Liberation Sans", "DejaVu Sans", sans-serif; }
main { max-width: 210mm; margin: 24px auto; padding: 16mm 15mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
header { border-bottom: 2px solid var(--accent); margin-bottom: 14px; padding-bottom: 8px; }
header .kind { margin: 0; color: var(--accent); font-weight: 600; text-transform: uppercase; letter-spacing: .06em; font-size: 9pt; }
h1 { margin: 2px 0 4px; font-size: 19pt; line-height: 1.2; }
.byline { margin: 0; color: var(--muted); }
h2 { font-size: 13pt; color: var(--accent); margin: 20px 0 6px; padding-bottom: 2px; border-bottom: 1px solid var(--rule);
  break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 12px 0 4px; break-after: avoid; page-break-after: avoid; }
p { margin: 6px 0; overflow-wrap: anywhere; }
ul { margin: 4px 0 8px; padding-left: 20px; }
li { margin: 3px 0; overflow-wrap: anywhere; }
p.lead { margin-bottom: 2px; break-after: avoid; page-break-after: avoid; }
p.note { background: var(--band); border-left: 3px solid var(--accent); padding: 6px 10px; }
p.alert { background: #fbeeee; border-left: 3px solid var(--critical); padding: 6px 10px; }
table { width: 100%; border-collapse: collapse; margin: 6px 0 10px; font-size: 9.5pt; break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; }
thead th { background: var(--band); font-weight: 600; border-bottom: 1px solid #b8c0cb; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.facts { width: auto; min-width: 60%; }
table.facts th { width: 11em; color: var(--muted); font-weight: 600; background: none; }
.rating { display: inline-block; padding: 0 8px; border-radius: 10px; font-weight: 700; color: #fff; }
.rating-green { background: #2e7d4f; }
.rating-amber-green { background: #7a9a2c; }
.rating-amber { background: #d08a12; }
.rating-amber-red { background: #d0601a; }
.rating-red { background: #b3262e; }
figure.timeline { margin: 8px 0 6px; break-inside: avoid; page-break-inside: avoid; }
svg.gantt { display: block; width: 100%; height: auto; }
svg.gantt text { font-family: inherit; font-size: 11px; fill: var(--ink); }
svg.gantt text.tick, svg.gantt text.legend { font-size: 10px; fill: var(--muted); }
svg.gantt text.group { font-weight: 700; fill: var(--accent); }
svg.gantt text.critical { fill: var(--critical); font-weight: 600; }
svg.gantt text.marker { font-size: 10px; font-weight: 600; }
svg.gantt text.as-of-text { fill: #222; }
svg.gantt text.deadline-text { fill: #7b2d8b; }
svg.gantt text.loop { fill: #8a5a1c; font-style: italic; }
svg.gantt text.blackout-label { fill: #8a3b3b; font-style: italic; }
svg.gantt .zebra { fill: #fafbfc; }
svg.gantt .group-band { fill: var(--band); }
svg.gantt .grid { stroke: #e4e7ec; stroke-width: 1; }
svg.gantt .axis { stroke: #9aa3ae; stroke-width: 1; }
svg.gantt .planned { fill: var(--planned); }
svg.gantt .planned.loop { fill: #e0a458; }
svg.gantt .forecast { fill: var(--forecast); }
svg.gantt .critical { fill: var(--critical); }
svg.gantt .done { fill: var(--done); }
svg.gantt .baseline { fill: #fff; stroke: #7d8794; stroke-width: 1.3; }
svg.gantt .slip { stroke: #7d8794; stroke-width: 1; stroke-dasharray: 2 2; }
svg.gantt .blackout { fill: url(#hatch); opacity: .55; }
svg.gantt .blackout-mark { fill: url(#hatch); }
svg.gantt .blackout-fill { fill: #f7dcdc; }
svg.gantt .blackout-line { stroke: #d99a9a; stroke-width: 2; }
svg.gantt .as-of { stroke: #222; stroke-width: 1.2; stroke-dasharray: 4 3; }
svg.gantt .deadline { stroke: #7b2d8b; stroke-width: 1.2; }
table.heatmap { width: auto; table-layout: fixed; border-collapse: separate; border-spacing: 2px; break-inside: avoid; }
table.heatmap caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: 8.5pt; padding-top: 2px; }
table.heatmap th { background: none; border: 0; text-align: center; color: var(--muted); font-weight: 600; }
table.heatmap th.corner { font-size: 8pt; width: 9em; text-align: right; }
table.heatmap td { width: 5.4em; height: 2.6em; border: 0; text-align: center; vertical-align: middle; font-size: 8.5pt; }
table.heatmap .risk { display: inline-block; padding: 0 3px; background: rgba(255,255,255,.75); border-radius: 3px; margin: 1px; }
td.heat-low { background: #cfe8d5; }
td.heat-moderate { background: #f3e7a6; }
td.heat-significant { background: #f5c48c; }
td.heat-high { background: #ef9a9a; }
table.signatures td { height: 3.2em; }
section.keep { break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 24px; padding-top: 6px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 8.5pt; }
@page { size: A4; margin: 15mm 14mm 16mm; }
@media print {
  html { background: none; }
  body { font-size: 10pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  a { color: inherit; text-decoration: none; }
  h2 { margin-top: 14px; }
  /* A chart taller than a page is scaled to fit one, with its heading, rather than cut. */
  svg.gantt { width: auto; max-width: 100%; max-height: 235mm; margin: 0 auto; }
}
`;
