import { z } from 'zod';
import { PII_KINDS, type PiiKind } from '../../text/pii/types.js';

/** Settings of the privacy family (the `privacy` section of an evaluation config); defaults live here. */
export const PrivacyConfigSchema = z
  .object({
    /**
     * Cosine to the nearest real row at or above which a synthetic row is a near copy. 0.95: with
     * the builtin embedder, on review sentences of 10+ words (sentiment_uci_labelled_sentences),
     * adding one word keeps 94% of copies at or above it (median cosine 0.983), replacing one word
     * 75% (median 0.972), while only 2% of those real rows are that close to another real row;
     * text messages, whose spam templates repeat, reach 15% real-vs-real (the baseline shows it).
     * The rate at 0.9, 0.95, 0.98 and 0.99 is in the details.
     */
    nearCopyThreshold: z.number().gt(0).lte(1).default(0.95),
    /**
     * At most this many candidate rows are searched for their nearest real rows (near copies and
     * DCR; one pass serves both), a seeded sample recorded in results.json; every real row is
     * searched. 10,000 × 100,000 real rows of 100-d embeddings is 2·10¹¹ flops, about 3 s in
     * onnxruntime on two cores; a rate near 5% estimated from 10,000 rows has a 95% interval of
     * about ±0.4 points.
     */
    maxNeighbourRows: z.number().int().min(100).default(10_000),
    /**
     * Few-shot exemplars the generator was prompted with, as texts (the CLI reads them from the
     * file named in the generation config). Empty: `privacy.exemplar-overlap` is skipped.
     */
    exemplarTexts: z.array(z.string()).default([]),
    /**
     * Word n-gram length for exemplar overlap. 8: eight words in a row shared by chance are rare
     * in natural text (PaLM's contamination study, Chowdhery et al. 2022, used 8-grams; GPT-3's,
     * Brown et al. 2020, 13-grams), while a shared template phrase of 3–5 words is no copy.
     */
    exemplarNgram: z.number().int().min(2).max(50).default(8),
    /** PII kinds looked for by `privacy.pii-rate`; all by default. */
    piiKinds: z.array(z.enum(PII_KINDS as unknown as [PiiKind, ...PiiKind[]])).min(1).default([...PII_KINDS]),
    /** At most this many real rows named in one flag's `related` (a text repeated in the real data). */
    maxRelated: z.number().int().min(1).max(100).default(5),
  })
  .strict();
export type PrivacyConfig = z.infer<typeof PrivacyConfigSchema>;
