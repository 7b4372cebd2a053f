/** The report's stylesheet: system fonts only, readable on screen and in print, no external resource. */
export const REPORT_CSS = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa; --good: #1a7f37; --fair: #9a6700; --poor: #cf222e; --synthetic: #d95f02; --real: #1f78b4; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: #fff; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 64px; }
code, .hash, .path { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; }
.hash { word-break: break-all; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 40px 0 8px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 28px 0 6px; }
h4 { font-size: 14px; margin: 18px 0 6px; }
h5 { font-size: 13px; margin: 8px 0 4px; color: var(--muted); font-weight: 600; }
a { color: #0969da; text-decoration: none; }
a:hover { text-decoration: underline; }
.muted, .subtitle { color: var(--muted); }
.subtitle { margin: 0 0 16px; }
nav.toc { margin: 8px 0 0; font-size: 13px; }
nav.toc a { margin-right: 14px; }
.verdict { margin: 20px 0; padding: 14px 18px; border-radius: 8px; border: 1px solid var(--line); background: var(--bg-soft); }
.verdict p { margin: 4px 0; }
.verdict-word { font-size: 22px; font-weight: 700; }
.verdict-pass { border-color: var(--good); background: #dafbe1; }
.verdict-pass .verdict-word { color: var(--good); }
.verdict-fail { border-color: var(--poor); background: #ffebe9; }
.verdict-fail .verdict-word { color: var(--poor); }
.verdict-none .verdict-word { color: var(--muted); }
ul.families { list-style: none; padding: 0; margin: 12px 0; }
ul.families li { padding: 8px 0; border-bottom: 1px solid var(--bg-soft); }
ul.families a { font-weight: 600; font-size: 15px; }
.badge { display: inline-block; min-width: 44px; padding: 0 7px; border-radius: 10px; font-size: 11px; font-weight: 600; line-height: 18px; text-align: center; text-transform: uppercase; letter-spacing: .03em; color: #fff; background: var(--muted); vertical-align: 1px; }
.badge-good, .badge-pass { background: var(--good); }
.badge-fair, .badge-warn { background: var(--fair); }
.badge-poor, .badge-fail, .badge-error { background: var(--poor); }
.badge-na, .badge-skipped { background: #8c959f; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 4px 10px 4px 0; border-bottom: 1px solid var(--bg-soft); }
thead th { border-bottom: 1px solid var(--line); color: var(--muted); font-weight: 600; font-size: 12px; white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { white-space: pre-wrap; word-break: break-word; max-width: 560px; }
table.metrics { width: 100%; }
table.metrics td:first-child { min-width: 220px; }
table.provenance th { width: 110px; color: var(--muted); font-weight: 600; }
table.rows.has-text, table.flags-table { width: 100%; }
td.id { white-space: nowrap; }
p.muted { font-size: 13px; }
table.compact td, table.compact th { padding: 2px 12px 2px 0; }
.ci { color: var(--muted); font-size: 12px; }
code.id { color: var(--muted); font-size: 11px; }
.warn { color: var(--fair); }
.not-run-error { color: var(--poor); }
.not-run-skipped { color: var(--muted); }
ul.warnings { margin: 4px 0; padding-left: 18px; color: var(--fair); font-size: 13px; }
ul.not-run { margin: 4px 0; padding-left: 18px; }
ul.not-run .reason-error { color: var(--poor); }
.question { color: var(--muted); margin: 0 0 8px; font-size: 15px; }
.note { padding: 8px 12px; border-left: 3px solid var(--line); background: var(--bg-soft); color: var(--muted); }
article.metric { margin: 18px 0; padding: 4px 16px 10px; border-left: 3px solid var(--line); }
article.reading-good { border-left-color: var(--good); }
article.reading-fair { border-left-color: var(--fair); }
article.reading-poor, article.reading-error { border-left-color: var(--poor); }
article.metric h3 { margin-top: 10px; }
.values { margin: 4px 0; }
.values .synthetic strong { color: var(--synthetic); }
.values .baseline strong { color: var(--real); }
.description { margin: 4px 0 8px; color: var(--muted); font-size: 13px; }
figure.chart { margin: 12px 0 16px; overflow-x: auto; }
figure.chart figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; max-width: 760px; }
.chart-view { min-height: 20px; }
.chart-view[data-rendered="error"] { color: var(--poor); font-size: 13px; }
.grid { display: flex; flex-wrap: wrap; gap: 8px 28px; }
.pair { display: flex; flex-wrap: wrap; gap: 8px 28px; align-items: flex-start; }
.two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
@media (max-width: 800px) { .two-col { grid-template-columns: 1fr; } main { padding: 16px; } }
details { margin: 6px 0; }
summary { cursor: pointer; color: #0969da; font-size: 13px; }
.count { display: inline-block; margin-left: 6px; padding: 0 8px; border-radius: 10px; background: var(--bg-soft); border: 1px solid var(--line); font-size: 12px; font-weight: 600; }
.explainer { font-size: 13px; color: var(--muted); max-width: 860px; }
footer { margin-top: 48px; padding-top: 12px; border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }
#vg-tooltip-element { font-family: system-ui, sans-serif; }
@media print { .chart-view { break-inside: avoid; } details:not([open]) > :not(summary) { display: none; } a { color: inherit; } }
`;
