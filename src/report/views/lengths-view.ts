import { lengthsPointer } from '../messages.js';
import { html } from '../safe-html.js';
import type { MetricView } from './metric-view.js';

/** The drift length metrics: their histograms are drawn once, in the data section; say so. */
export const lengthsView: MetricView = {
  name: 'text lengths',
  metrics: ['drift.length-ks', 'drift.length-wasserstein', 'drift.length-psi'],
  consumes: ['chars', 'words'],
  render() {
    return html`<p class="muted">${lengthsPointer}</p>`;
  },
};
