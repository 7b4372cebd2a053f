/**
 * renderHtml(): results.json → one self-contained HTML file.
 *
 *   results ─ context (options, chart registry)
 *     ─ sections, in page order: header · verdict · overview (a line per family) · provenance
 *       · data at a glance · a section per family (chart, table, each metric's views, flags)
 *       · other flags · footer            (every dataset string escaped by the `html` tag)
 *     ─ charts: vega-lite specs → vega (compiled in Node, vega-lite's bundle in a vm) → one JSON
 *       block, `<` as \u003c
 *     ─ page: CSP (script hashes, nothing external) · CSS · vega, vega-embed, vega-interpreter
 *       inlined · boot script that embeds every chart
 *
 * The report computes no metric: every number comes from the results object as it is.
 */
import { SynthscopeError } from '../core/errors.js';
import { FamilySchema, type Results } from '../core/results-schema.js';
import { bootScript } from './boot-script.js';
import { createChartCompiler } from './compile-chart.js';
import { contentSecurityPolicy } from './csp.js';
import { FLAG_FAMILIES } from './flag-families.js';
import { inlineVega } from './inline-vega.js';
import { jsonForScript } from './json-for-script.js';
import {
  baseName,
  baselineExplainer,
  chartsNote,
  defaultTitle,
  FAMILY_TITLES,
  footerText,
  generatedBy,
  howToRead,
  navItems,
  noScriptNote,
  otherFlagsTitle,
  readingExplainer,
  scriptNotInlinable,
} from './messages.js';
import { createRenderContext, type RenderContext, type RenderHtmlOptions } from './render-context.js';
import { REPORT_CSS } from './report-styles.js';
import { html, type SafeHtml } from './safe-html.js';
import { dataSection } from './sections/data-section.js';
import { familySection } from './sections/family-section.js';
import { flagsTable } from './sections/flags-table.js';
import { overviewSection } from './sections/overview-section.js';
import { provenanceSection } from './sections/provenance-section.js';
import { verdictSection } from './sections/verdict-section.js';

export type { RenderHtmlOptions } from './render-context.js';

const DATA_ID = 'synthscope-charts';

function header(ctx: RenderContext, title: string): SafeHtml {
  const r = ctx.results;
  return html`<header><h1>${title}</h1>
<p class="subtitle">${baseName(r.inputs.synthetic.path)} (${r.inputs.synthetic.rows.toLocaleString('en-US')} synthetic rows) against ${baseName(r.inputs.real.path)} (${r.inputs.real.rows.toLocaleString('en-US')} real rows) · ${generatedBy(r.tool.version, r.createdAt)}</p>
<nav class="toc"><a href="#verdict">${navItems.verdict}</a><a href="#provenance">${navItems.provenance}</a><a href="#data">${navItems.data}</a>${FamilySchema.options.map((f) => html`<a href="#family-${f}">${FAMILY_TITLES[f]}</a>`)}</nav>
<noscript><p class="note">${noScriptNote}</p></noscript></header>`;
}

function otherFlags(ctx: RenderContext): SafeHtml {
  const kinds = [...new Set([...Object.keys(ctx.results.flagCounts), ...ctx.results.flags.map((f) => f.kind)])].filter((k) => !(k in FLAG_FAMILIES)).sort();
  if (kinds.length === 0) return html``;
  return html`<section id="other-flags"><h2>${otherFlagsTitle}</h2>${kinds.map((k) => flagsTable(ctx, k))}</section>`;
}

function inlineScript(name: string, source: string): string {
  if (/<\/script|<!--/i.test(source)) throw new SynthscopeError('RUNTIME', scriptNotInlinable(name));
  return `<script>${source}</script>`;
}

/**
 * Renders a results object as one self-contained HTML report: the gate verdict, provenance,
 * a line per family, the data at a glance (labels, lengths, projection), a section per family
 * with each metric beside its real-vs-real baseline, the charts a reviewer wants and capped
 * tables of flagged rows. Works offline: vega, vega-embed and vega-interpreter are inlined and a
 * Content-Security-Policy forbids every external load. Every dataset string is escaped; chart
 * data sits in a JSON block with `<` escaped.
 *
 * @example
 * const page = renderHtml(results);
 * page.startsWith('<!doctype html>'); // true
 * page.length; // ≈ 0.7 MB for a 300-row run, of which 0.6 MB is the chart runtime
 */
export function renderHtml(results: Results, options: RenderHtmlOptions = {}): string {
  const ctx = createRenderContext(results, options);
  const title = ctx.options.title ?? defaultTitle(results.inputs.synthetic.path);
  const body = html`<main>
${header(ctx, title)}
${verdictSection(ctx)}
${overviewSection(ctx)}
<details class="explainer"><summary>${howToRead}</summary><p>${baselineExplainer}</p><p>${readingExplainer}</p><p>${chartsNote(ctx.options.maxPoints)}</p></details>
${provenanceSection(ctx)}
${dataSection(ctx)}
${FamilySchema.options.map((f) => familySection(ctx, f))}
${otherFlags(ctx)}
<footer>${footerText(results.tool.name, results.tool.version)}</footer>
</main>`;
  const compileChart = createChartCompiler();
  const specs = ctx.charts.map((c) => {
    const compiled = compileChart(c.spec);
    for (const w of compiled.warnings) options.onChartWarning?.(w, c.id);
    return compiled.spec;
  });
  const runtime = inlineVega();
  const boot = bootScript(DATA_ID);
  const csp = contentSecurityPolicy([...runtime.map((s) => s.source), boot]);
  const page = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Raw: the policy is ours and holds no quote, < or & (a test checks).
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    html`<meta name="generator" content="${results.tool.name} ${results.tool.version}">`.value,
    html`<title>${title}</title>`.value,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body.value,
    `<script type="application/json" id="${DATA_ID}">${jsonForScript(specs)}</script>`,
    ...runtime.map((s) => inlineScript(`${s.name} ${s.version}`, s.source)),
    inlineScript('the chart boot script', boot),
    '</body>',
    '</html>',
    '',
  ];
  return page.join('\n');
}
