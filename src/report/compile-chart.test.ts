import { describe, expect, it } from 'vitest';
import { FamilySchema } from '../core/results-schema.js';
import { fixtureResults } from '../../test/report/fixture-results.js';
import { createChartCompiler } from './compile-chart.js';
import { createRenderContext } from './render-context.js';
import { dataSection } from './sections/data-section.js';
import { familySection } from './sections/family-section.js';

describe('createChartCompiler', () => {
  it('compiles every chart of a report exactly as vega-lite 6.4’s compile() does, without a warning', async () => {
    const ctx = createRenderContext(fixtureResults({ rows: 300 }), {});
    dataSection(ctx);
    for (const family of FamilySchema.options) familySection(ctx, family);
    expect(ctx.charts.length).toBeGreaterThan(15);
    const compile = createChartCompiler();
    const vegaLite = await import('vega-lite');
    for (const chart of ctx.charts) {
      const ours = compile(chart.spec);
      expect(ours.warnings).toEqual([]);
      expect(ours.spec).toEqual(JSON.parse(JSON.stringify(vegaLite.compile(chart.spec).spec)));
    }
  });

  it('collects vega-lite’s warnings instead of printing them', () => {
    const out = createChartCompiler()({ data: { values: [] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' }, size: { field: 'b', type: 'nominal' }, wrong: 1 } as never });
    expect(out.warnings.length).toBeGreaterThan(0);
    expect(out.warnings.join('\n')).toContain('wrong');
  });
});
