import { categoricalColumnsView } from './categorical-columns-view.js';
import { clustersView } from './clusters-view.js';
import { confusionView } from './confusion-view.js';
import { distinctiveWordsView } from './distinctive-words-view.js';
import { duplicateClustersView } from './duplicate-clusters-view.js';
import { groupRepresentationView } from './group-representation-view.js';
import { histogramView } from './histogram-view.js';
import { keyNumbersView } from './key-numbers-view.js';
import { lengthsView } from './lengths-view.js';
import type { MetricView } from './metric-view.js';
import { numericColumnsView } from './numeric-columns-view.js';
import { piiView } from './pii-view.js';
import { recordTablesView } from './record-tables-view.js';

/**
 * Every way the report draws a metric's details, in drawing order: the views that know one
 * metric's details first, then the generic ones (histograms, tables of rows, all numbers),
 * which skip what a specific view drew. An explicit list, no discovery.
 */
export const METRIC_VIEWS: readonly MetricView[] = [
  confusionView,
  clustersView,
  distinctiveWordsView,
  lengthsView,
  numericColumnsView,
  categoricalColumnsView,
  duplicateClustersView,
  groupRepresentationView,
  piiView,
  histogramView,
  recordTablesView,
  keyNumbersView,
];
