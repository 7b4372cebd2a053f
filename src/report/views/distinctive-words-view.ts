import { distinctiveWordsChart, type WordScore } from '../charts/distinctive-words-chart.js';
import { wordsCaption } from '../messages.js';
import { read } from '../read-details.js';
import type { MetricView } from './metric-view.js';

function words(value: unknown): WordScore[] {
  const out: WordScore[] = [];
  for (const w of read.records(value) ?? []) {
    const word = read.string(w.word);
    const z = read.number(w.z);
    if (word === undefined || z === undefined) continue;
    const candidatePer1k = read.number(w.candidatePer1k);
    const referencePer1k = read.number(w.referencePer1k);
    out.push({ word, z, ...(candidatePer1k === undefined ? {} : { candidatePer1k }), ...(referencePer1k === undefined ? {} : { referencePer1k }) });
  }
  return out;
}

/** `drift.distinctive-words`: the words each side leans on, as a diverging bar chart. */
export const distinctiveWordsView: MetricView = {
  name: 'distinctive words',
  metrics: ['drift.distinctive-words'],
  consumes: ['candidateLeaning', 'referenceLeaning'],
  render(metric, ctx) {
    const all = [...words(metric.details.candidateLeaning), ...words(metric.details.referenceLeaning)];
    if (all.length === 0) return null;
    return ctx.chart(distinctiveWordsChart(all.slice(0, 2 * ctx.options.maxCategories)), wordsCaption);
  },
};
