import type { TopLevelSpec } from 'vega-lite';
import { chartToSvg, type ChartToSvgOptions } from './chart-to-svg.js';
import { notebookDisplay, type NotebookDisplay } from './notebook-display.js';

export interface ShowChartOptions extends ChartToSvgOptions {
  /** Where to show the chart; default tslab's `display` (the notebook cell's output). */
  display?: NotebookDisplay;
}

/**
 * Shows a vega-lite chart in a tslab notebook cell as a static SVG (`image/svg+xml`), rendered
 * in Node by `chartToSvg` with no network access, so the chart stays in the saved notebook and
 * shows on GitHub and nbviewer, which run no scripts. Any spec works: the report's chart
 * builders or your own. Use `chartToSvg` for the SVG itself.
 *
 * Outside a notebook kernel it throws, unless `display` is given.
 *
 * @example
 * // in a tslab cell
 * await showChart({ data: { values: [{ label: 'positive', rows: 12 }, { label: 'negative', rows: 9 }] },
 *   mark: 'bar', encoding: { x: { field: 'label', type: 'nominal' }, y: { field: 'rows', type: 'quantitative' } } });
 * // (the bar chart appears below the cell)
 */
export async function showChart(spec: TopLevelSpec, options: ShowChartOptions = {}): Promise<void> {
  const { display, ...svgOptions } = options;
  const sink = notebookDisplay('showChart', display);
  const svg = await chartToSvg(spec, svgOptions);
  sink.svg(svg);
}
