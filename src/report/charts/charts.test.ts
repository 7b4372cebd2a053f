import { describe, expect, it } from 'vitest';
import type { MetricResult } from '../../core/results-schema.js';
import { runChart } from '../../../test/report/run-chart.js';
import { clusterSharesChart } from './cluster-shares-chart.js';
import { confusionHeatmapChart } from './confusion-heatmap-chart.js';
import { distinctiveWordsChart } from './distinctive-words-chart.js';
import { diversityBarsChart } from './diversity-bars-chart.js';
import { groupRepresentationChart } from './group-representation-chart.js';
import { histogramComparisonChart } from './histogram-comparison-chart.js';
import { metricFacetLabels } from './metric-facet-labels.js';
import { metricIntervalRows } from './metric-interval-rows.js';
import { metricIntervalsChart } from './metric-intervals-chart.js';
import { perLabelChart } from './per-label-chart.js';
import { projectionChart } from './projection-chart.js';
import { shareComparisonChart } from './share-comparison-chart.js';

const ci = (lo: number, hi: number) => ({ lo, hi, level: 0.95, method: 'bootstrap' as const, resamples: 1000 });
const metric = (m: Partial<MetricResult>): MetricResult => ({
  id: 'similarity.coverage', family: 'similarity', title: 'Coverage (k-NN)', description: '', value: 0.7167, ci: ci(0.6633, 0.77),
  baseline: { value: 0.9674, ci: ci(0.9578, 0.977) }, goal: 'maximize', range: [0, 1], status: 'ok', reading: 'poor', warnings: [],
  n: { synthetic: 300, reference: 1350, holdout: 1350 }, details: {}, ...m,
});

describe('metricIntervalRows', () => {
  it('gives each metric a synthetic row and a baseline row with their intervals', () => {
    expect(metricIntervalRows([metric({})])).toEqual([
      { metric: 'Coverage (k-NN) · higher is better', id: 'similarity.coverage', series: 'synthetic vs real', value: 0.7167, lo: 0.6633, hi: 0.77, target: null },
      { metric: 'Coverage (k-NN) · higher is better', id: 'similarity.coverage', series: 'real vs real (baseline)', value: 0.9674, lo: 0.9578, hi: 0.977, target: null },
    ]);
  });

  it('leaves out metrics without a value, and keeps the target of a target metric', () => {
    const rows = metricIntervalRows([metric({ id: 'x.skipped', value: null, status: 'skipped' }), metric({ id: 'drift.c2st-auc', title: 'AUC', goal: 'target', target: 0.5, baseline: null })]);
    expect(rows).toEqual([{ metric: 'AUC · best at 0.5', id: 'drift.c2st-auc', series: 'synthetic vs real', value: 0.7167, lo: 0.6633, hi: 0.77, target: 0.5 }]);
  });
});

describe('metricFacetLabels', () => {
  it('adds the id when two metrics share a title', () => {
    const labels = metricFacetLabels([metric({ id: 'a.x', title: 'T', goal: 'minimize' }), metric({ id: 'b.y', title: 'T' })]);
    expect([...labels.values()]).toEqual(['T (a.x) · lower is better', 'T (b.y) · higher is better']);
  });
});

describe('metricIntervalsChart', () => {
  it('draws a missing interval as a zero-length rule at the value, without warnings', async () => {
    const run = await runChart(metricIntervalsChart([metric({ ci: null }), metric({ id: 'drift.c2st-auc', title: 'AUC', goal: 'target', target: 0.5 })]));
    expect(run.warnings).toEqual([]);
    const rows = run.rows('ciLo').filter((r) => r.series === 'synthetic vs real');
    expect(rows.map((r) => [r.id, r.ciLo, r.ciHi, r.targetAt, r.interval])).toEqual([
      ['similarity.coverage', 0.7167, 0.7167, 0.7167, 'none'],
      ['drift.c2st-auc', 0.6633, 0.77, 0.5, '[0.6633, 0.77]'],
    ]);
    expect(run.svg).toContain('Coverage (k-NN) · higher is better');
  });
});

describe('histogramComparisonChart', () => {
  const spec = histogramComparisonChart(
    [
      { name: 'synthetic', color: '#d95f02', edges: [0, 1, 2, 3, 4, 5], counts: [0, 3, 1, 0, 0] },
      { name: 'real', color: '#1f78b4', edges: [0, 1, 2, 3, 4, 5], counts: [0, 2, 2, 0, 0] },
      { name: 'other bins', color: '#000', edges: [0, 2, 4], counts: [1, 1] },
    ],
    { xTitle: 'characters' },
  );

  it('keeps the bins between the first and last non-empty one, and drops series on other bins', () => {
    expect((spec as { data: { values: unknown[] } }).data.values).toEqual([
      { series: 'synthetic', bin0: 1, bin1: 2, count: 3 },
      { series: 'synthetic', bin0: 2, bin1: 3, count: 1 },
      { series: 'real', bin0: 1, bin1: 2, count: 2 },
      { series: 'real', bin0: 2, bin1: 3, count: 2 },
    ]);
  });

  it('draws each bin as its share of the series (3/4, 1/4 and 2/4, 2/4)', async () => {
    const run = await runChart(spec);
    expect(run.warnings).toEqual([]);
    expect(run.rows('share').map((r) => r.share)).toEqual([0.75, 0.25, 0.5, 0.5]);
  });
});

describe('shareComparisonChart', () => {
  it('draws shares of each sample: 142/300 and 158/300 beside 1358/2700 and 1342/2700', async () => {
    const run = await runChart(
      shareComparisonChart(
        [
          { name: 'synthetic', color: '#d95f02', counts: [['negative', 142], ['positive', 158]] },
          { name: 'real', color: '#1f78b4', counts: [['negative', 1358], ['positive', 1342]] },
        ],
        { categoryTitle: 'label' },
      ),
    );
    expect(run.warnings).toEqual([]);
    const shares = run.rows('share').map((r) => r.share as number);
    [142 / 300, 158 / 300, 1358 / 2700, 1342 / 2700].forEach((v, i) => expect(shares[i]).toBeCloseTo(v, 12));
  });
});

describe('confusionHeatmapChart', () => {
  it('colours each cell by its share of the intended label (114/142 = 0.80282)', async () => {
    const run = await runChart(
      confusionHeatmapChart([{ title: 'synthetic rows', labels: ['negative', 'positive'], matrix: [[114, 28], [26, 132]] }], { rowTitle: 'intended label', columnTitle: 'classifier prediction' }),
    );
    expect(run.warnings).toEqual([]);
    const cells = run.rows('rowShare').map((r) => [r.intended, r.predicted, r.count, r.rowShare]);
    expect(cells).toEqual([
      ['negative', 'negative', 114, 114 / 142],
      ['negative', 'positive', 28, 28 / 142],
      ['positive', 'negative', 26, 26 / 158],
      ['positive', 'positive', 132, 132 / 158],
    ]);
  });
});

describe('clusterSharesChart', () => {
  it('names clusters by direction, number and keywords, in the order given', async () => {
    const spec = clusterSharesChart([
      { cluster: 7, keywords: ['phone', 'headset', 'battery', 'bluetooth', 'charger'], candidateShare: 0.31, referenceShare: 0.08, direction: 'over' },
      { cluster: 1, keywords: ['bad'], candidateShare: 0.1, referenceShare: 0.1, direction: 'even' },
      { cluster: 6, keywords: ['film'], candidateShare: 0.03, referenceShare: 0.17, direction: 'under' },
    ]);
    const run = await runChart(spec);
    expect(run.warnings).toEqual([]);
    expect([...new Set(run.rows('share').map((r) => r.name))]).toEqual(['▲ over · #7 phone, headset, battery, bluetooth', '#1 bad', '▼ under · #6 film']);
  });
});

describe('distinctiveWordsChart', () => {
  it('puts positive z on the synthetic side and negative z on the real side', async () => {
    const run = await runChart(distinctiveWordsChart([{ word: 'phone', z: 8.34, candidatePer1k: 19, referencePer1k: 3.3 }, { word: 'film', z: -3.1 }]));
    expect(run.warnings).toEqual([]);
    expect(run.rows('leaning').map((r) => [r.word, r.leaning])).toEqual([
      ['phone', 'more in synthetic rows'],
      ['film', 'more in real rows'],
    ]);
  });
});

describe('diversityBarsChart', () => {
  it('names the baseline bar "real (holdout)" and renders without warnings', async () => {
    const run = await runChart(diversityBarsChart([metric({ id: 'diversity.distinct-2', title: 'Distinct-2', value: 0.8, ci: ci(0.787, 0.813), baseline: { value: 0.848, ci: null } })]));
    expect(run.warnings).toEqual([]);
    expect(run.rows('ciLo').map((r) => [r.series, r.value, r.ciLo, r.ciHi])).toEqual([
      ['synthetic', 0.8, 0.787, 0.813],
      ['real (holdout)', 0.848, 0.848, 0.848],
    ]);
  });
});

describe('perLabelChart', () => {
  it('draws each label’s value beside its baseline, with the rows it stands on', async () => {
    const m = metric({ perLabel: [{ label: 'negative', value: 0.7007, baseline: 0.7199, n: { synthetic: 142, reference: 679, holdout: 679 }, status: 'ok' }] });
    const run = await runChart(perLabelChart([m]));
    expect(run.warnings).toEqual([]);
    expect(run.rows('n').map((r) => [r.label, r.series, r.value, r.n])).toEqual([
      ['negative', 'synthetic vs real', 0.7007, 142],
      ['negative', 'real vs real (baseline)', 0.7199, 679],
    ]);
  });
});

describe('projectionChart', () => {
  it('gives the nine most frequent labels a colour each and the rest one shared colour', async () => {
    const points = Array.from({ length: 120 }, (_, i) => ({ source: (i % 2 === 0 ? 'real' : 'synthetic') as 'real' | 'synthetic', row: i, label: `l${String(i % 12).padStart(2, '0')}`, x: i, y: -i }));
    const run = await runChart(projectionChart(points, { explained: [0.12, 0.07] }));
    expect(run.warnings).toEqual([]);
    const colours = [...new Set(run.rows('colour').map((r) => r.colour))].sort();
    expect(colours).toEqual(['(other labels)', 'l00', 'l01', 'l02', 'l03', 'l04', 'l05', 'l06', 'l07', 'l08']);
    expect(run.svg).toContain('PC 1 (12.0% of variance)');
  });

  it('draws one panel only when no row has a label', () => {
    const spec = projectionChart([{ source: 'real', row: 1, label: null, x: 0, y: 0 }]) as { hconcat: unknown[] };
    expect(spec.hconcat).toHaveLength(1);
  });
});

describe('groupRepresentationChart', () => {
  it('names each group dimension: group and draws both sides per label', async () => {
    const run = await runChart(groupRepresentationChart([{ label: 'positive', dimension: 'gender', group: 'female', syntheticShare: 0.12, realShare: 0.05 }]));
    expect(run.warnings).toEqual([]);
    expect(run.rows('share').map((r) => [r.label, r.group, r.series, r.share])).toEqual([
      ['positive', 'gender: female', 'synthetic', 0.12],
      ['positive', 'gender: female', 'real', 0.05],
    ]);
  });
});
