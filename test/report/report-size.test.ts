import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/render-html.js';
import { fixtureResults } from './fixture-results.js';

describe('renderHtml at 100,000 rows per side', () => {
  // 500 flags kept per kind over six kinds, 50 labels (a 51 × 51 confusion matrix), 2,000 skipped
  // rows, and a projection the engine did not sample (20,000 points a side).
  const results = fixtureResults({ rows: 100_000, flagsPerKind: 500, labels: 50, projectionPoints: 20_000 });
  const page = renderHtml(results);

  it('stays under the 3 MB budget', () => {
    const bytes = Buffer.byteLength(page, 'utf8');
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
  });

  it('draws at most 2,000 projection points a side, sampled with the run’s seed, and says so', () => {
    const specs = JSON.parse(/<script type="application\/json" id="synthscope-charts">([\s\S]*?)<\/script>/.exec(page)![1]) as Array<{ data?: Array<{ values?: Array<{ source?: string }> }> }>;
    const points = specs.flatMap((s) => (s.data ?? []).flatMap((d) => d.values ?? [])).filter((v) => v.source === 'synthetic' || v.source === 'real');
    expect(points.filter((p) => p.source === 'synthetic')).toHaveLength(2000);
    expect(points.filter((p) => p.source === 'real')).toHaveLength(2000);
    expect(page).toContain('2,000 of 100,000 synthetic rows and 2,000 of 100,000 real rows (sampled with seed 99; at most 2,000 a side drawn, chosen with seed 7)');
  });

  it('shows at most 50 rows of any table, with the count of the rest', () => {
    expect(page).toContain('Showing 50 of 500 (all are in results.json).');
    expect(page).toContain('Showing 50 of 2,000.');
  });
});
