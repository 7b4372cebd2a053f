/**
 * The report's wording (HTML and Markdown), in one place, after vega-lite's `log/message.ts`.
 * Sections build their text from these and spell none of their own.
 */

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
export { plural };

// ---------------------------------------------------------------------------------------------
// runtime (SynthscopeError RUNTIME)
// ---------------------------------------------------------------------------------------------

export const vegaBundleMissing = (what: string, why: string): string =>
  `renderHtml cannot read the chart runtime ${what} from node_modules (${why}); reinstall with npm ci`;
export const vegaInterpreterUnexpected = (version: string): string =>
  `renderHtml cannot inline vega-interpreter ${version}: its build no longer has exactly one import from vega-util and one export`;
export const scriptNotInlinable = (name: string): string =>
  `renderHtml cannot inline ${name}: its source contains "</script" or "<!--"`;
export const badRenderOption = (name: string, value: unknown): string =>
  `renderHtml option ${name} must be a positive integer, got ${JSON.stringify(value)}`;

// ---------------------------------------------------------------------------------------------
// page
// ---------------------------------------------------------------------------------------------

export const defaultTitle = (syntheticPath: string): string => `synthscope report: ${baseName(syntheticPath)}`;
export const baseName = (path: string): string => path.split(/[\\/]/).pop() || path;
export const generatedBy = (version: string, createdAt: string): string => `synthscope ${version}, run of ${createdAt}`;
export const noScriptNote = 'Charts need JavaScript (inlined in this file; nothing is fetched). The tables below hold every number.';
export const chartFailed = 'This chart could not be drawn; its numbers are in the table beside it.';

// ---------------------------------------------------------------------------------------------
// verdict
// ---------------------------------------------------------------------------------------------

export const verdictPassed = 'Gate passed';
export const verdictFailed = 'Gate failed';
export const verdictNone = 'No gate';
export const verdictNoneDetail = 'This run was not checked against a policy. To gate it, run:';
export const verdictNoneCommands = ['synthscope score … --gate policy.yaml', 'synthscope gate DIR/results.json --policy policy.yaml'] as const;
export const verdictCounts = (policy: string, counts: Record<'pass' | 'fail' | 'warn' | 'skipped', number>): string =>
  `Policy ${policy}: ${counts.pass} passed, ${counts.fail} failed, ${counts.warn} warned, ${counts.skipped} not evaluated.`;

// ---------------------------------------------------------------------------------------------
// provenance
// ---------------------------------------------------------------------------------------------

export const provenanceTitle = 'Provenance';
export const skippedRowsNote = (n: number): string => `${plural(n, 'row')} skipped, each listed with its line and reason`;
export const moreNotShown = (shown: number, total: number): string => `Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}.`;
export const flagsNotShown = (shown: number, kept: number, total: number): string =>
  kept < total
    ? `Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} (results.json keeps the ${kept.toLocaleString('en-US')} highest ranked).`
    : `Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} (all are in results.json).`;
export const samplesTitle = (n: number): string => `Samples taken (${n})`;
export const samplesNote = 'Where a computation ran on a seeded sample of rows, it is listed here; same seed, same sample.';
export const unknownLabelsNote = (labels: readonly string[]): string =>
  `Labels in synthetic rows that no real row has: ${labels.join(', ')}.`;

// ---------------------------------------------------------------------------------------------
// families
// ---------------------------------------------------------------------------------------------

export const FAMILY_TITLES = {
  similarity: 'Similarity',
  diversity: 'Diversity',
  agreement: 'Label agreement',
  drift: 'Drift',
  bias: 'Bias',
  privacy: 'Privacy',
} as const;

export const FAMILY_QUESTIONS = {
  similarity: 'Does the synthetic data look like the real data?',
  diversity: 'Is it varied, or the same sentence many times?',
  agreement: 'Does each row really carry the label it was generated for?',
  drift: 'How does its distribution differ from the real one, and where?',
  bias: 'Does it under-represent or stereotype groups, or amplify skews of the real data?',
  privacy: 'Did it copy real rows or leak personal data?',
} as const;

export const baselineExplainer =
  'Each metric is computed twice with the same code: synthetic vs real (the reference half of the real rows), and real vs real (the held-out half against the reference half, the baseline). The baseline says what “as good as real” looks like for this data and this embedder. Intervals are confidence intervals (seeded bootstrap unless stated).';
export const readingExplainer =
  'Reading: good = as good as the baseline (intervals overlap, or better); fair = worse by at most 10% of the metric’s range; poor = worse by more; n/a = no value or no baseline.';
export const familyLine = (counts: { metrics: number; good: number; fair: number; poor: number; na: number; notRun: number }): string =>
  `${plural(counts.metrics, 'metric')}: ${counts.good} good, ${counts.fair} fair, ${counts.poor} poor` +
  (counts.na > 0 ? `, ${counts.na} n/a` : '') +
  (counts.notRun > 0 ? `, ${counts.notRun} not run` : '');
export const furthestFromReal = 'furthest from real';
export const familyEmpty = 'No metric of this family is in this results.json.';
export const metricNotRun = (status: string, reason: string | undefined): string => `${status}: ${reason ?? 'no reason recorded'}`;
export const perLabelTitle = 'Per label: synthetic vs real beside real vs real';
export const allNumbers = 'All numbers of this metric';
export const seeAbove = (what: string): string => `${what}: drawn above.`;

// ---------------------------------------------------------------------------------------------
// data at a glance
// ---------------------------------------------------------------------------------------------

export const dataTitle = 'The data at a glance';
export const labelDistributionCaption = 'Label distribution: share of each label, synthetic rows and all real rows.';
export const noLabels = 'No labels: the data has no label field, so there is no label distribution.';
export const textLengthCaption = (unit: 'characters' | 'words', reference: number, synthetic: number): string =>
  `Text length in ${unit}: synthetic rows (${synthetic.toLocaleString('en-US')}) and the reference half of the real rows (${reference.toLocaleString('en-US')}).`;
export const notAvailable = (what: string, why: string): string => `${what}: not available in this results.json (${why}).`;
export const lengthsWhy = 'no drift.length-* metric with length histograms in its details';
export const projectionWhy = 'the engine does not write a 2-D projection of the embeddings to results.json yet';
export const projectionCaption = (
  synthetic: { size: number; of: number },
  real: { size: number; of: number },
  seed: number | null,
  cut: { seed: number; max: number } | null,
  explained: readonly number[] | null,
): string => {
  const how = [seed === null ? '' : `sampled with seed ${seed}`, cut ? `at most ${cut.max.toLocaleString('en-US')} a side drawn, chosen with seed ${cut.seed}` : ''].filter(Boolean).join('; ');
  return (
    `Embeddings projected on their first two principal components: ${synthetic.size.toLocaleString('en-US')} of ${synthetic.of.toLocaleString('en-US')} synthetic rows and ${real.size.toLocaleString('en-US')} of ${real.of.toLocaleString('en-US')} real rows` +
    (how ? ` (${how})` : '') +
    (explained ? `; the two axes explain ${(100 * (explained[0] + explained[1])).toFixed(1)}% of the variance` : '') +
    '.'
  );
};
export const categoriesCapped = (shown: number, total: number): string => `The ${shown} most frequent of ${total} categories.`;

// ---------------------------------------------------------------------------------------------
// flags
// ---------------------------------------------------------------------------------------------

export const FLAG_TITLES: Record<string, string> = {
  'suspect-label': 'Suspect labels: rows the real-data classifier confidently assigns to another label',
  'exact-copy': 'Exact copies of real rows',
  'near-copy': 'Near copies of real rows',
  pii: 'Personal data found (masked)',
  'exemplar-overlap': 'Rows that repeat the few-shot exemplars',
  duplicate: 'Duplicated rows',
  'exact-duplicate': 'Exact duplicates within the synthetic data',
  'near-duplicate': 'Near duplicates within the synthetic data',
};
export const flagTitle = (kind: string): string => FLAG_TITLES[kind] ?? `Flagged rows: ${kind}`;
export const otherFlagsTitle = 'Other flagged rows';
export const noFlags = 'No row was flagged.';

// ---------------------------------------------------------------------------------------------
// metric details
// ---------------------------------------------------------------------------------------------

/** Captions of tables of rows found in details, by key. */
export const TABLE_TITLES: Record<string, string> = {
  examplesOutside: 'Synthetic rows outside every real row’s k-NN ball (unlike any real row)',
  examplesUncovered: 'Real rows with no synthetic row near them (what the generator missed)',
  mostDistinguishable: 'Synthetic rows the two-sample classifier finds least like real ones',
  annotators: 'Each annotator against the intended label',
  coders: 'Coders (α without each coder)',
  skippedAnnotators: 'Annotators not used',
  perLabel: 'Per label',
  labels: 'Labels on each side',
};
export const tableTitle = (metricId: string, key: string, fallback: string): string => {
  if (key === 'examples' && metricId.startsWith('privacy.')) return metricId === 'privacy.near-copy-rate' ? 'Near copies of real rows (examples)' : 'Copies of real rows (examples)';
  return TABLE_TITLES[key] ?? fallback;
};
export const baselineTable = 'The same, real vs real (holdout rows)';

/** Axis titles of histograms found in details, by metric id. */
export const HISTOGRAM_AXES: Record<string, string> = {
  'similarity.nn-cosine': 'cosine similarity to the nearest real row',
  'privacy.near-copy-rate': 'cosine similarity to the nearest real row',
};
export const histogramCaption = (metricTitle: string): string => `${metricTitle}: distribution over rows, synthetic → real beside real holdout → real.`;
export const SIDE_NAMES = { value: 'synthetic → real', baseline: 'real holdout → real' } as const;
export const binnedCaption = (metricTitle: string, what: string): string => `${metricTitle}: ${what}, synthetic → real beside real holdout → real.`;
export const confusionCaption = 'Confusion matrix: intended label (rows) against the real-data classifier’s prediction (columns), synthetic rows beside real holdout rows.';
export const confusionCapped = (shown: number, total: number): string => `The first ${shown} of ${total} labels.`;
export const clustersCaption = (k: number): string => `Share of synthetic and of real rows in each of ${k} k-means clusters of the pooled embeddings (▲ over-, ▼ under-represented in the synthetic rows).`;
export const clusterExamples = (direction: string, cluster: number, keywords: readonly string[]): string =>
  `Cluster #${cluster} (${direction}-represented; ${keywords.join(', ')})`;
export const clusterSides = { candidate: 'synthetic rows nearest the centre', reference: 'real rows nearest the centre' } as const;
export const clustersEvenNote = (n: number): string => `${plural(n, 'other cluster')} with no significant difference.`;
export const wordsCaption = 'Words that give the synthetic rows away (top) and words of real rows the synthetic rows lack (bottom): z-score of the log-odds ratio with an informative Dirichlet prior.';
export const numericColumnCaption = (column: string): string => `Numeric column “${column}”: synthetic rows beside the reference half of the real rows.`;
export const categoricalColumnCaption = (column: string): string => `Categorical column “${column}”: share of each value, synthetic rows beside the reference half of the real rows.`;
export const columnsCapped = (shown: number, total: number): string => `The first ${shown} of ${total} columns are drawn; all are in the table.`;
export const lengthsPointer = 'Length distributions are drawn in “The data at a glance” above.';
export const metricsTableHead = ['metric', 'synthetic vs real', 'real vs real', 'reading', 'p-value', 'rows', 'notes'] as const;
export const familyChartCaption = (family: string): string => `${family}: each metric (its own scale) synthetic vs real beside real vs real, with ${'confidence intervals'}.`;
export const diversityChartCaption = 'Diversity of the synthetic rows beside the real holdout rows, measured the same way on the same number of rows, with confidence intervals.';
export const flagsTitle = 'Flagged rows';
export const flagColumns = ['line', 'id', 'detail', 'score', 'related rows'] as const;
export const relatedRow = (source: string, row: number, id: string): string => `${source} line ${row} (${id})`;
export const howToRead = 'How to read this report';
export const chartsNote = (maxPoints: number): string =>
  `Charts are drawn in the page from data inlined in this file (vega ${'and'} vega-embed; nothing is fetched). Scatter charts draw at most ${maxPoints.toLocaleString('en-US')} points per side, sampled with the seed stated under them; tables show at most the number stated under them.`;
export const footerText = (tool: string, version: string): string => `Made by ${tool} ${version} from results.json, which holds every number shown here.`;
export const navItems = { verdict: 'Verdict', provenance: 'Provenance', data: 'Data', flags: 'Other flags' } as const;

// ---------------------------------------------------------------------------------------------
// summary.md
// ---------------------------------------------------------------------------------------------

export const mdVerdict = { pass: '✅ Gate passed', fail: '❌ Gate failed', none: 'No gate' } as const;
export const mdTitle = (verdict: string): string => `## synthscope: ${verdict}`;
export const mdNoGate = 'Not checked against a policy (`synthscope score … --gate policy.yaml`).';
export const mdChecksTitle = 'Checks that failed or warned';
export const mdAllChecksPassed = (n: number): string => `All ${plural(n, 'check')} passed.`;
export const mdFamiliesHead = ['family', 'readings', 'furthest from real'] as const;
export const mdMetricsSummary = (n: number): string => `All metrics (${n})`;
export const mdMetricsHead = ['metric', 'synthetic vs real', 'real vs real', 'reading'] as const;
export const mdFlags = 'Flagged rows';
export const mdNotRun = 'Not run';
export const mdInputs = 'Inputs';
export const mdReportPointer = 'Charts, example rows and every flagged row: `report.html` beside this file; every number: `results.json`.';
export const mdMoreChecks = (n: number): string => `… and ${plural(n, 'more check')} (see the report).`;
export const groupsCaption = (shown: number, total: number): string =>
  `Group representation per label: share of each label’s rows that mention the group, synthetic beside real${shown < total ? ` (the ${shown} groups with the largest gaps of ${total} mentioned)` : ''}.`;
export const noGroupMentions = 'No row on either side mentions any group of the lexicons.';
export const duplicateClustersTitle = (n: number): string => `Largest groups of duplicated rows (${n})`;
export const duplicateCluster = (size: number): string => `${size} rows`;
export const piiTitle = 'Personal data by kind (values masked)';
export const piiHead = ['kind', 'rows', 'findings', 'share of rows', 'masked examples'] as const;
