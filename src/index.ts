/**
 * synthscope public API. Explicit named exports only (STYLE.md): what is listed here is the
 * contract; everything else is internal.
 */

// core
export { SynthscopeError, InvalidArgumentError } from './core/errors.js';
export type { ErrorCode } from './core/errors.js';
export { createRng } from './core/rng.js';
export type { Rng } from './core/rng.js';
export type { Matrix, MatrixLike } from './core/matrix.js';

// evaluation engine
export { evaluate } from './core/evaluate/evaluate.js';
export type { EvaluateOptions } from './core/evaluate/evaluate.js';
export { EvaluateConfigSchema } from './core/evaluate/config.js';
export type { EvaluateConfig, EvaluateConfigInput } from './core/evaluate/config.js';
export { METRICS } from './core/evaluate/registry.js';
export { MetricSkip } from './core/evaluate/types.js';
export type { LabelJudge } from './core/evaluate/label-judge.js';
export { createOpenAILabelJudge } from './openai/openai-label-judge.js';
export type { OpenAILabelJudgeOptions } from './openai/openai-label-judge.js';
export type { MetricDefinition, MetricContext, MetricOutput, Side } from './core/evaluate/types.js';
export { ResultsSchema, SCHEMA_VERSION } from './core/results-schema.js';
export type { Results, MetricResult, Flag, Ci, Family, Goal, LabelValue, Sample } from './core/results-schema.js';
export { resultsJsonSchema } from './core/results-json-schema.js';

// io (datasets)
export { loadDataset } from './io/load-dataset.js';
export type { Dataset, DatasetRow, InvalidRow, LoadDatasetOptions, DatasetFormat, ColumnInfo, ColumnKind } from './io/types.js';
export { summarizeDataset } from './core/dataset-summary.js';
export type { DatasetSummary, LengthStats } from './core/dataset-summary.js';
// @exports:io

// embeddings
export type { Embedder, EmbedOptions } from './embed/types.js';
export { createEmbedder } from './embed/create-embedder.js';
export type { CreateEmbedderOptions } from './embed/create-embedder.js';
export { createTransformersEmbedder } from './embed/transformers-embedder.js';
export type { TransformersEmbedderOptions } from './embed/transformers-embedder.js';
export { createOpenAIEmbedder } from './embed/openai-embedder.js';
export type { OpenAIEmbedderOptions } from './embed/openai-embedder.js';
export { withEmbeddingCache } from './embed/embedding-cache.js';
export type { EmbeddingCacheOptions } from './embed/embedding-cache.js';
export { defaultCacheDir } from './embed/cache-dir.js';
// @exports:embed

// stats: two-sample and distribution tests
export { ksTest } from './stats/ks-test.js';
export type { TestAlternative, KsTestOptions, KsTestResult } from './stats/ks-test.js';
export { wasserstein1d } from './stats/wasserstein-1d.js';
export type { Wasserstein1dOptions } from './stats/wasserstein-1d.js';
export { jensenShannonDistance } from './stats/jensen-shannon-distance.js';
export type { JensenShannonOptions } from './stats/jensen-shannon-distance.js';
export { totalVariationDistance } from './stats/total-variation-distance.js';
export { psi } from './stats/psi.js';
export type { PsiOptions, PsiResult } from './stats/psi.js';
export { chiSquareTest } from './stats/chi-square-test.js';
export type { ChiSquareTestOptions, ChiSquareTestResult } from './stats/chi-square-test.js';
export { mannWhitneyU } from './stats/mann-whitney-u.js';
export type { MannWhitneyUOptions, MannWhitneyUResult } from './stats/mann-whitney-u.js';
export type { NumericSample } from './stats/sample-input.js';
// @exports:stats-tests

// stats: agreement and classification
export { accuracy } from './stats/agreement/accuracy.js';
export { cohenKappa } from './stats/agreement/cohen-kappa.js';
export type { CohenKappaOptions } from './stats/agreement/cohen-kappa.js';
export { confusionMatrix } from './stats/agreement/confusion-matrix.js';
export type { ConfusionMatrixOptions, ConfusionMatrixResult } from './stats/agreement/confusion-matrix.js';
export { fleissKappa } from './stats/agreement/fleiss-kappa.js';
export type { FleissKappaOptions } from './stats/agreement/fleiss-kappa.js';
export { krippendorffAlpha } from './stats/agreement/krippendorff-alpha.js';
export type { KrippendorffAlphaOptions, MeasurementLevel } from './stats/agreement/krippendorff-alpha.js';
export type { Label } from './stats/agreement/labels.js';
export { macroF1 } from './stats/agreement/macro-f1.js';
export type { MacroF1Options } from './stats/agreement/macro-f1.js';
// @exports:agreement

// text: tokenizer and lexical measures
export { tokenize } from './text/tokenize.js';
export { ttr } from './text/ttr.js';
export { mattr } from './text/mattr.js';
export type { MattrOptions } from './text/mattr.js';
export { msttr } from './text/msttr.js';
export type { MsttrOptions } from './text/msttr.js';
export { mtld } from './text/mtld.js';
export type { MtldOptions, MtldResult, MtldVariant } from './text/mtld.js';
export { hdd } from './text/hdd.js';
export type { HddOptions } from './text/hdd.js';
export { distinctN } from './text/distinct-n.js';
export { compressionRatio } from './text/compression-ratio.js';
// @exports:lexical

// text: BLEU
export { sentenceBleu } from './text/bleu/sentence-bleu.js';
export type { SentenceBleuOptions } from './text/bleu/sentence-bleu.js';
export type { BleuSmoothing } from './text/bleu/bleu-core.js';
export { selfBleu } from './text/bleu/self-bleu.js';
export type { SelfBleuOptions, SelfBleuResult } from './text/bleu/self-bleu.js';
// @exports:bleu

// stats: embedding distributions
export { frechetDistance } from './stats/embedding/frechet-distance.js';
export { c2st } from './stats/embedding/c2st.js';
export type { C2stOptions, C2stResult } from './stats/embedding/c2st.js';
export { rocAuc } from './stats/embedding/roc-auc.js';
export { vendiScore } from './stats/embedding/vendi-score.js';
export { logisticRegression } from './stats/embedding/logistic-regression.js';
export type { LogisticRegressionOptions, LogisticRegressionFit } from './stats/embedding/logistic-regression.js';
export { symmetricEigen } from './stats/linalg/symmetric-eigen.js';
export type { SymmetricEigen, SymmetricEigenOptions } from './stats/linalg/symmetric-eigen.js';
export { nearestNeighborSimilarity } from './stats/embedding/nearest-neighbor-similarity.js';
export type { NearestNeighborSimilarity } from './stats/embedding/nearest-neighbor-similarity.js';
export { prdc } from './stats/embedding/prdc.js';
export type { Prdc, PrdcOptions } from './stats/embedding/prdc.js';
export { mmd2 } from './stats/embedding/mmd2.js';
export type { Mmd2, MmdOptions, SigmaSource } from './stats/embedding/mmd2.js';
export { mmdTest } from './stats/embedding/mmd-test.js';
export type { MmdTest, MmdTestOptions } from './stats/embedding/mmd-test.js';
export type { KernelOptions } from './stats/kernels/kernel-matrix.js';
// @exports:embedding-distributions

// generation
export { generate } from './generate/generate.js';
export type { GenerateOptions, GenerateProgress } from './generate/generate.js';
export { parseGenerateConfig } from './generate/parse-generate-config.js';
export type { ParseGenerateConfigOptions } from './generate/parse-generate-config.js';
export { generateConfigSchema } from './generate/config-schema.js';
export type { GenerateConfig, GenerateConfigInput, TaskName, LabelSpec, VariationSpec, ExamplesSpec, PromptSpec, ProviderSpec, PricingSpec, TemplateSpec, RowSchemaNode, Choice } from './generate/config-schema.js';
export type { OpenAIOverrides } from './generate/create-provider.js';
export type { GenerateResult, GeneratedRow, Provenance, GenerationFailure, GenerationPlanSummary, TokenTotals, Usage, ExemplarRow } from './generate/types.js';
// @exports:generate

// notebooks: tslab display helpers and danfojs DataFrames
export { chartToSvg } from './notebook/chart-to-svg.js';
export type { ChartToSvgOptions } from './notebook/chart-to-svg.js';
export { showChart } from './notebook/show-chart.js';
export type { ShowChartOptions } from './notebook/show-chart.js';
export { showFrame } from './notebook/show-frame.js';
export type { ShowFrameOptions } from './notebook/show-frame.js';
export type { NotebookDisplay } from './notebook/notebook-display.js';
export { metricsFrame } from './notebook/metrics-frame.js';
export type { MetricsFrameOptions } from './notebook/metrics-frame.js';
export { flagsFrame } from './notebook/flags-frame.js';
export type { FlagsFrameOptions } from './notebook/flags-frame.js';
export { perLabelFrame } from './notebook/per-label-frame.js';
export type { PerLabelFrameOptions } from './notebook/per-label-frame.js';
export { perRowFrame } from './notebook/per-row-frame.js';
export { showResults } from './notebook/show-results.js';
export type { ShowResultsOptions } from './notebook/show-results.js';
// @exports:notebook

// text: PII detectors (privacy family)
export { findPii } from './text/pii/find-pii.js';
export type { FindPiiOptions } from './text/pii/find-pii.js';
export { findEmails } from './text/pii/find-emails.js';
export { findPhoneNumbers } from './text/pii/find-phone-numbers.js';
export { findPaymentCards } from './text/pii/find-payment-cards.js';
export { findIbans } from './text/pii/find-ibans.js';
export { findIpAddresses } from './text/pii/find-ip-addresses.js';
export { isLuhnValid } from './text/pii/is-luhn-valid.js';
export { isValidIban } from './text/pii/is-valid-iban.js';
export { maskPii } from './text/pii/mask-pii.js';
export { redactPii } from './text/pii/redact-pii.js';
export { PII_KINDS } from './text/pii/types.js';
export type { PiiFinding, PiiKind } from './text/pii/types.js';
// @exports:pii

// gates
export { evaluateGate } from './gate/evaluate-gate.js';
export type { Gate, GateCheck, GateOp, EvaluateGateOptions } from './gate/evaluate-gate.js';
export { parsePolicy } from './gate/parse-policy.js';
export type { ParsePolicyOptions } from './gate/parse-policy.js';
export { PolicySchema, PolicyCheckSchema, policySchemaFor } from './gate/policy-schema.js';
export type { Policy, PolicyInput, PolicyCheck } from './gate/policy-schema.js';
export { DEFAULT_POLICY_YAML } from './gate/default-policy.js';
export { gateJunit } from './gate/gate-junit.js';
export type { GateJunitOptions } from './gate/gate-junit.js';
export { gateMarkdown } from './gate/gate-markdown.js';
export { gateText } from './gate/gate-text.js';
export { compareResults } from './gate/compare-results.js';
export type { Comparison, CompareResultsOptions, MetricComparison, ComparedValue, GateVerdictChange, RunSummary } from './gate/compare-results.js';
export { compareMarkdown } from './gate/compare-markdown.js';
export { compareHtml } from './gate/compare-html.js';
// @exports:gate

// pipeline: generate → score → gate → refine (synthscope run), and the offline demo
export { runPipeline } from './pipeline/run-pipeline.js';
export type { PipelineContext, PipelineResult, PipelineEvent } from './pipeline/run-pipeline.js';
export { PipelineConfigSchema, RefineSpecSchema } from './pipeline/pipeline-config-schema.js';
export type { PipelineConfig, PipelineConfigInput, RefineSpec, RealSpec } from './pipeline/pipeline-config-schema.js';
export { HistorySchema } from './pipeline/history-schema.js';
export type { History, RoundRecord, Change, HistoryCheck, HistoryMetric, StopReason } from './pipeline/history-schema.js';
export { writeRunOutputs } from './pipeline/write-run-outputs.js';
export type { WriteRunOutputsOptions, RunOutputs } from './pipeline/write-run-outputs.js';
export { runDemo } from './demo/run-demo.js';
export type { RunDemoOptions, DemoResult } from './demo/run-demo.js';
export { spamAssassinSubjects } from './demo/spam-assassin-subjects.js';
export type { SpamAssassinSubjectsOptions, SpamAssassinEmail } from './demo/spam-assassin-subjects.js';
// @exports:pipeline

// reports
export { renderHtml } from './report/render-html.js';
export type { RenderHtmlOptions } from './report/render-html.js';
export { renderMarkdownSummary } from './report/markdown-summary.js';
export { escapeHtml } from './report/html-escape.js';
export { createChartCompiler } from './report/compile-chart.js';
export type { CompiledChart } from './report/compile-chart.js';
export { metricIntervalsChart } from './report/charts/metric-intervals-chart.js';
export { metricIntervalRows } from './report/charts/metric-interval-rows.js';
export type { MetricIntervalRow } from './report/charts/metric-interval-rows.js';
export { diversityBarsChart } from './report/charts/diversity-bars-chart.js';
export { perLabelChart } from './report/charts/per-label-chart.js';
export { histogramComparisonChart } from './report/charts/histogram-comparison-chart.js';
export type { HistogramSeries } from './report/charts/histogram-comparison-chart.js';
export { shareComparisonChart } from './report/charts/share-comparison-chart.js';
export type { CategorySeries } from './report/charts/share-comparison-chart.js';
export { confusionHeatmapChart } from './report/charts/confusion-heatmap-chart.js';
export type { ConfusionPanel } from './report/charts/confusion-heatmap-chart.js';
export { clusterSharesChart } from './report/charts/cluster-shares-chart.js';
export type { ClusterShare } from './report/charts/cluster-shares-chart.js';
export { distinctiveWordsChart } from './report/charts/distinctive-words-chart.js';
export type { WordScore } from './report/charts/distinctive-words-chart.js';
export { projectionChart } from './report/charts/projection-chart.js';
export type { ProjectionPoint } from './report/charts/projection-chart.js';
export { groupRepresentationChart } from './report/charts/group-representation-chart.js';
export type { GroupShare } from './report/charts/group-representation-chart.js';
// @exports:report
