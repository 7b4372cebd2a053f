/**
 * The default gate policy, as the YAML text `synthscope init-policy` writes: every threshold has a
 * comment saying why it is where it is, tied to the metric's definition and to the real-vs-real
 * baseline. It passes real data scored against other real data from the same source (the test
 * suite checks this on the UCI sentiment sentences), so what it fails is a real difference.
 *
 * Reference: the policy semantics are documented on `PolicySchema` (src/gate/policy-schema.ts).
 *
 * @example
 * evaluateGate(results, DEFAULT_POLICY_YAML).policy; // 'synthscope-default'
 */
export const DEFAULT_POLICY_YAML = `# synthscope gate policy: the default (synthscope init-policy writes this file).
#
# Run it:  synthscope gate DIR/results.json --policy policy.yaml [--junit junit.xml] [--markdown gate.md]
#    or:   synthscope score --synthetic S --real R --gate policy.yaml
# Exit code 0 when no check fails, 1 when one does, 2 when this file or results.json is invalid.
#
# A check names a metric id from results.json and one or more bounds:
#   min / max                absolute:                value >= min, value <= max
#   maxAboveBaseline: d      relative to real vs real: value - baseline <= d
#   minBelowBaseline: d      relative to real vs real: baseline - value <= d
# The baseline is the same metric computed on held-out real rows against the other real rows: what
# "as good as real" looks like for this data and this embedder. Relative bounds therefore carry over
# from one dataset or embedder to another; absolute ones are used below only for measures whose scale
# does not depend on the embedder (an AUC, a share of rows, a PSI).
#   significant: true        judge on the end of the 95% confidence interval nearer to passing
#                            (lower bound for max-type bounds, upper bound for min-type bounds):
#                            the check fails only when the whole interval is on the wrong side,
#                            so sampling noise alone does not fail a release.
#   severity: warn           report without failing the gate (default: fail).
#   label: X / perLabel: true  check the value for one label / for every label.

name: synthscope-default

# A metric that could not run (no labels in the data, no few-shot exemplars, too few rows) shows as
# a warning instead of failing: unlabeled data would otherwise fail every agreement check. Use
# onMissing: fail in a pipeline whose data must always have labels.
onMissing: warn

checks:
  # --- privacy: judged on the value, without the benefit of the doubt ---------------------------

  # Exact copies of real rows. Not max: 0, because real data repeats itself: short texts such as
  # "Great food." occur several times in real sets, and the baseline counts how often a held-out
  # real row equals another real row (about 2.7% on the UCI sentiment sentences). Copies beyond
  # that rate are rows taken from the real data; half a point is one row in 200.
  - metric: privacy.exact-copy-rate
    maxAboveBaseline: 0.005

  # Near copies (embedding cosine >= 0.95 to a real row, about one word changed in a sentence):
  # the baseline again says how often real rows are that close to each other. Two points above it
  # is 20 rows in 1,000 paraphrasing real ones; judged on the CI because the rate of a few hundred
  # rows moves by a point or two by chance.
  - metric: privacy.near-copy-rate
    maxAboveBaseline: 0.02
    significant: true

  # Rows with e-mail addresses, phone numbers, card numbers, IBANs or IPs. Real data may contain
  # some (the baseline); synthetic data should not add any: one point above it is the most allowed.
  - metric: privacy.pii-rate
    maxAboveBaseline: 0.01

  # Share of synthetic rows closer to the reference half of the real data than to the unseen
  # holdout half: 0.5 when the generator did not memorise the reference rows. From 100 rows the
  # share has a standard error of 0.05, so 0.6 is two standard errors; judged on the CI lower bound.
  - metric: privacy.dcr-share
    max: 0.6
    significant: true

  # --- drift: can a classifier tell synthetic from real? --------------------------------------

  # Held-out ROC AUC of a logistic regression on embeddings: 0.5 when it cannot tell synthetic from
  # real rows. Hosmer, Lemeshow & Sturdivant (Applied Logistic Regression, 3rd ed., 2013, ch. 5)
  # call 0.7-0.8 "acceptable" and 0.8-0.9 "excellent" discrimination: above 0.8 the two sets are
  # plainly different data. Judged on the CI lower bound (the interval is about ±0.05 at 200 rows
  # per side).
  - metric: drift.c2st-auc
    max: 0.8
    significant: true

  # Population stability index of text lengths on real-data deciles. Credit-scoring practice
  # (Siddiqi, Credit Risk Scorecards, 2006) reads < 0.1 as stable, 0.1-0.25 as a moderate shift and
  # > 0.25 as a major one. Length is a shortcut a classifier learns, so a major shift fails.
  - metric: drift.length-psi
    max: 0.25
    significant: true

  # Jensen-Shannon distance (base 2) between the label shares of synthetic and real rows. 0.1 is
  # about 50/50 against 62/38 for two labels (0.085 at 60/40, 0.103 at 62/38). A warning only: a
  # synthetic set is often balanced on purpose when the real one is not.
  - metric: drift.label-js
    max: 0.1
    severity: warn

  # --- similarity and agreement: as good as real, within 0.1 ------------------------------------
  # 0.1 on a metric that runs from 0 to 1 is the line the report draws between a "fair" and a "poor"
  # reading (worse than the baseline by more than 10% of the metric's range).

  # Share of synthetic rows inside the k-NN ball of some real row (Naeem et al. 2020): rows that
  # look like real data. Judged on the CI upper bound.
  - metric: similarity.precision
    minBelowBaseline: 0.1
    significant: true

  # Share of real rows with a synthetic row in their k-NN ball: how much of the real data the
  # synthetic data reaches. Naeem et al. (2020) recommend coverage over recall, which outliers in
  # the synthetic set inflate. A warning: a narrower synthetic set can still be useful.
  - metric: similarity.coverage
    minBelowBaseline: 0.1
    significant: true
    severity: warn

  # Share of synthetic rows whose intended label a classifier trained on the real data predicts; the
  # baseline is the same classifier on held-out real rows. Rows that do not carry their label teach
  # a model the wrong thing: this fails the gate.
  - metric: agreement.accuracy
    minBelowBaseline: 0.1
    significant: true

  # --- diversity: not the same sentence 1,000 times ------------------------------------------------

  # Synthetic rows that repeat an earlier synthetic row (case and spacing ignored). The baseline is
  # the real data's own repeat rate; two points above it is 20 wasted rows in 1,000, and a sign that
  # the generator has collapsed onto a few outputs.
  - metric: diversity.exact-duplicate-rate
    maxAboveBaseline: 0.02

  # Distinct bigrams over all bigrams, compared at equal size with real rows. 0.1 below the baseline
  # (the "poor" line above) means markedly more repeated phrasing than people write. A warning:
  # templated data is repetitive by design.
  - metric: diversity.distinct-2
    minBelowBaseline: 0.1
    significant: true
    severity: warn
`;
