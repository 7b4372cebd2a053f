import type { MetricResult, Results } from '../core/results-schema.js';

const num = (v: number | null | undefined): string => {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return v.toExponential(2);
  return v.toFixed(a >= 100 ? 1 : 3);
};

function valueCell(m: MetricResult): string {
  if (m.status !== 'ok') return m.status;
  const ci = m.ci ? ` [${num(m.ci.lo)}, ${num(m.ci.hi)}]` : '';
  return `${num(m.value)}${ci}`;
}

/**
 * The compact table `synthscope score` prints: each metric, its value with CI, the real-vs-real
 * baseline and a one-word reading; skipped and failed metrics with their reason underneath.
 */
export function formatResultsTable(results: Results): string {
  const rows = results.metrics.map((m) => [m.id, valueCell(m), m.status === 'ok' ? num(m.baseline?.value) : '', m.status === 'ok' ? m.reading : '']);
  const header = ['metric', 'value [95% CI]', 'real vs real', 'reading'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const out = [
    `synthetic ${results.inputs.synthetic.path} (${results.inputs.synthetic.rows} rows) vs real ${results.inputs.real.path} (${results.inputs.real.rows} rows: ${results.inputs.split.reference} reference, ${results.inputs.split.holdout} holdout)`,
    `embedder ${results.embedder.id} (${results.embedder.dimension}d), seed ${results.seed}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  const notes = results.metrics.filter((m) => m.status !== 'ok');
  if (notes.length > 0) {
    out.push('');
    for (const m of notes) out.push(`${m.id}: ${m.status}: ${m.reason ?? ''}`);
  }
  const flagKinds = Object.entries(results.flagCounts);
  if (flagKinds.length > 0) out.push('', `flags: ${flagKinds.map(([k, n]) => `${n} ${k}`).join(', ')}`);
  if (results.labels.unknownInReal.length > 0) out.push('', `labels in synthetic rows that no real row has: ${results.labels.unknownInReal.join(', ')}`);
  return `${out.join('\n')}\n`;
}
