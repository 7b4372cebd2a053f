import { z } from 'zod';

/**
 * An LLM judge behind an OpenAI-compatible chat endpoint. The API key is never part of the config
 * (configs are written to results.json): it comes from the environment of whoever calls the judge.
 */
export const AgreementJudgeSchema = z
  .object({
    /** Endpoint base URL, e.g. `http://localhost:8000/v1` (vLLM, Ollama, llama.cpp, LM Studio). */
    baseURL: z.string().url(),
    /** Model name as the endpoint knows it. */
    model: z.string().min(1),
    /**
     * Rows judged at most (a seeded sample): judge calls are slow and may cost money, and a few
     * hundred rows already put κ within about ±0.1.
     */
    maxRows: z.number().int().min(1).default(200),
  })
  .strict();
export type AgreementJudgeConfig = z.infer<typeof AgreementJudgeSchema>;

/** Settings of the agreement family (the `agreement` section of an evaluation config); defaults live here. */
export const AgreementConfigSchema = z
  .object({
    /**
     * Inverse L2 strength of the real-data classifier (multinomial logistic regression on the
     * reference half's embeddings). 1, scikit-learn's default: on the builtin embedder, 5-fold
     * accuracy on sentiment, SMS spam and tweet emotion changes by under 0.005 between C = 1, 10
     * and 100, and C = 1 converges fastest.
     */
    classifierC: z.number().gt(0).default(1),
    /**
     * L-BFGS iterations at most. 200: on the real datasets above the fit meets its tolerance in
     * 40–150 iterations; the cap only bounds the cost of an ill-conditioned embedding.
     */
    classifierMaxIter: z.number().int().min(1).default(200),
    /**
     * Reference rows the classifier trains on at most (a seeded, recorded sample). 20,000: a
     * linear model on 100–1,000 dimensions has stopped gaining accuracy well before that, and the
     * fit stays under about a second.
     */
    classifierMaxRows: z.number().int().min(10).default(20_000),
    /**
     * Folds of the cross-validation of the classifier on the reference half, shown beside the
     * holdout baseline (0 turns it off). 5, the usual choice: 80% of the rows per fit.
     */
    cvFolds: z.number().int().min(0).max(50).refine((k) => k !== 1, 'cvFolds must be 0 (off) or at least 2').default(5),
    /** Reference rows cross-validated at most (seeded, recorded): 2,000 rows put the CV accuracy within about ±0.01 (binomial SE ≤ 0.011), at a fifth of the cost of the full fit per fold. */
    cvMaxRows: z.number().int().min(10).default(2_000),
    /**
     * Texts describing each label for the zero-shot annotator (the label whose embedded description
     * is closest in cosine). Labels without one are described by their own name when it is a word;
     * a bare code ("0", "1") without a description makes the zero-shot annotator skip.
     */
    labelDescriptions: z.record(z.string(), z.string().min(1)).default({}),
    /**
     * When the zero-shot annotator runs: 'descriptions' (default) only when labelDescriptions are
     * given; 'label-names' also on the bare label names; 'off' never. Not 'label-names' by
     * default: with the builtin embedder, a label name alone is a poor description (κ with the true
     * labels 0.07 on SMS spam, 'ham' being the meat, and 0.15 on tweet emotion), and such a
     * near-random coder halves Krippendorff's α and its reaction to mislabelled rows.
     */
    zeroShot: z.enum(['descriptions', 'label-names', 'off']).default('descriptions'),
    /** Metadata columns of the synthetic rows holding other annotators' labels (human or LLM), read from `row.meta[column]`. */
    annotationColumns: z.array(z.string().min(1)).default([]),
    /** Optional LLM judge; absent means the judge annotator is reported as skipped. */
    judge: AgreementJudgeSchema.optional(),
    /**
     * Suspect-label flags: rows whose classifier prediction differs from the intended label with
     * P(predicted) − P(intended) at least this. 0 flags every disagreement (ranked by that score;
     * results.json keeps the top ones per kind).
     */
    suspectMinScore: z.number().min(0).max(1).default(0),
  })
  .strict();
export type AgreementConfig = z.infer<typeof AgreementConfigSchema>;
