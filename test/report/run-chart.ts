import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { createChartCompiler } from '../../src/report/compile-chart.js';

/**
 * Compiles a vega-lite spec as the report does and runs it in vega 6 (Node, no renderer), so a
 * test can read the data the chart draws after its transforms, and its SVG.
 */
export async function runChart(spec: TopLevelSpec): Promise<{ warnings: string[]; rows: (field: string) => Record<string, unknown>[]; svg: string }> {
  const compiled = createChartCompiler()(spec);
  const vegaSpec = compiled.spec as vega.Spec;
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none' });
  await view.runAsync();
  const names = (vegaSpec.data ?? []).map((d) => d.name);
  // The dataset with the field that has the most rows (layers may filter their own copies).
  const rows = (field: string) => {
    let best: Record<string, unknown>[] = [];
    for (const name of names) {
      const data = view.data(name) as Record<string, unknown>[];
      if (data.length > best.length && field in data[0]) best = data;
    }
    return best;
  };
  const svg = await view.toSVG();
  view.finalize();
  return { warnings: compiled.warnings, rows, svg };
}
