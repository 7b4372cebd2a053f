import { InvalidArgumentError, SynthscopeError } from '../core/errors.js';
import { escapeHtml } from '../report/html-escape.js';
import { renderHtml, type RenderHtmlOptions } from '../report/render-html.js';
import { REPORT_CSS } from '../report/report-styles.js';
import { checkResults } from './check-results.js';
import { badOption, reportChanged, reportChartFailed } from './messages.js';
import { notebookDisplay, type NotebookDisplay } from './notebook-display.js';
import { scopeCss } from './scope-css.js';
import { topLevelElements } from './top-level-elements.js';
import { loadVega } from './load-vega.js';
import { vegaSvg } from './vega-svg.js';

export interface ShowResultsOptions extends RenderHtmlOptions {
  /**
   * Only these sections of the report, by id, in the report's order: 'verdict', 'overview',
   * 'provenance', 'data', 'family-similarity', 'family-diversity', 'family-agreement',
   * 'family-drift', 'family-bias', 'family-privacy', 'other-flags' (when there are other flags).
   * Default: the whole report, with its title, explainer and footer.
   */
  sections?: readonly string[];
  /** Where to show the report; default tslab's `display`. */
  display?: NotebookDisplay;
  /** Receives vega's warnings and any chart that could not be drawn; default: dropped (a failed chart also says so in place). */
  onWarning?: (message: string) => void;
}

const SCOPE = 'synthscope-report';
const CHARTS_JSON = /<script type="application\/json" id="synthscope-charts">([^<]*)<\/script>/;
const PLACEHOLDER = /<div class="chart-view" id="chart-\d+" data-chart="(\d+)"[^>]*aria-label="([^"]*)"[^>]*><\/div>/g;

const unescapeAttribute = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Shows a results object in a tslab notebook cell as the HTML report's sections — the page
 * `renderHtml` writes, so the same verdict, provenance, family sections, metric cards and flag
 * tables, with every dataset string escaped — fitted to a notebook: the charts are drawn to SVG in
 * Node (`<img>` with a `data:` URL, so they stay in the saved notebook and show on GitHub, which
 * runs no scripts), the report's stylesheet is confined to the output (it restyles nothing else
 * on the page), and the chart runtime is left out. `renderHtml`'s options (`maxTableRows`,
 * `maxPoints`, `maxCategories`) apply.
 *
 * Outside a notebook kernel it throws, unless `display` is given.
 *
 * @example
 * // in a tslab cell
 * await showResults(results);
 * // (the report's sections appear below the cell: "No gate", a line per family, provenance, …)
 * await showResults({ ...results, gate }, { sections: ['verdict', 'family-drift'] });
 * // (the gate's verdict and the drift section only)
 */
export async function showResults(results: unknown, options: ShowResultsOptions = {}): Promise<void> {
  const fn = 'showResults';
  const r = checkResults(fn, results);
  const { display, onWarning, sections, ...renderOptions } = options;
  if (sections !== undefined && (!Array.isArray(sections) || sections.some((x) => typeof x !== 'string'))) {
    throw new InvalidArgumentError(badOption(fn, 'sections', 'an array of section ids', sections));
  }
  const sink = notebookDisplay(fn, display);
  const warn = onWarning ?? (() => undefined);

  const page = renderHtml(r, renderOptions);
  const start = page.indexOf('<main>');
  const end = page.lastIndexOf('</main>');
  if (start < 0 || end < start) throw new SynthscopeError('RUNTIME', reportChanged(fn, 'the <main> element'));
  const charts = CHARTS_JSON.exec(page);
  if (!charts) throw new SynthscopeError('RUNTIME', reportChanged(fn, 'the chart specs (script#synthscope-charts)'));
  // The block is JSON with `<` written as \u003c, which JSON.parse reads back.
  const specs = JSON.parse(charts[1]) as object[];
  let main = page
    .slice(start + '<main>'.length, end)
    .replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  if (sections) {
    const parts = topLevelElements(main).filter((e) => e.id !== null);
    const ids = parts.map((e) => e.id!);
    const unknown = sections.filter((s) => !ids.includes(s));
    if (unknown.length > 0) throw new InvalidArgumentError(badOption(fn, 'sections', `ids of this report's sections (${ids.join(', ')})`, unknown.join(', ')));
    main = parts.filter((e) => sections.includes(e.id!)).map((e) => e.markup).join('\n');
  }

  const vega = await loadVega(fn);
  const drawn = new Map<number, string>();
  for (const match of main.matchAll(PLACEHOLDER)) {
    const index = Number(match[1]);
    const caption = unescapeAttribute(match[2]);
    try {
      if (specs[index] === undefined) throw new Error(`no spec at index ${index}`);
      const svg = await vegaSvg(vega, specs[index], { fn, scale: 1, warn });
      const size = /^<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
      const dims = size ? ` width="${size[1]}" height="${size[2]}"` : '';
      drawn.set(index, `<img class="chart-svg" src="data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}" alt="${match[2]}"${dims}>`);
    } catch (error) {
      const message = reportChartFailed(caption, (error as Error).message);
      warn(message);
      drawn.set(index, `<p class="note" style="color:#cf222e">${escapeHtml(message)}</p>`);
    }
  }
  const body = main.replace(PLACEHOLDER, (_, index: string) => drawn.get(Number(index)) ?? '');
  sink.html(`<div class="${SCOPE}"><style>${scopeCss(REPORT_CSS, `.${SCOPE}`)}</style>${body}</div>`);
}
