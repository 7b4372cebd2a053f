import { z } from 'zod';

/**
 * Bootstrap resamples behind the CIs of the bias metrics that recompute their statistic from units
 * they hold (per-row group mentions, per-row projections). The runner reads the count from each
 * metric definition, which is static, so it is a constant here rather than a config field. 200: a
 * 95% percentile interval moves by about 1% of its width between 200 and 1,000 resamples, and each
 * resample is O(rows).
 */
export const BIAS_RESAMPLES = 200;

const Term = z.string().min(1);

/**
 * `{dimension: {group: [terms]}}`: terms are matched whole-word and case-insensitively on the
 * project tokenizer's tokens; a term of several words is a phrase ("african american").
 */
const GroupsSchema = z.record(z.string().min(1), z.record(z.string().min(1), z.array(Term)));

/** Settings of the bias family (the `bias` section of an evaluation config); defaults live here. */
export const BiasConfigSchema = z
  .object({
    /**
     * Your own groups and terms, e.g. `{gender: {female: ['gal pal']}, caste: {dalit: ['dalit', 'dalits']}}`.
     * A new dimension or group is added; for a built-in one, see `groupsMode`.
     */
    groups: GroupsSchema.default({}),
    /**
     * 'merge' (default): your terms are added to the built-in ones of the same dimension and group.
     * 'replace': each dimension you name keeps only your groups and terms (its built-in groups,
     * swaps and, for gender, first names are dropped); dimensions you do not name stay built-in.
     */
    groupsMode: z.enum(['merge', 'replace']).default('merge'),
    /**
     * Dimensions to use, in order; empty (the default) uses every built-in dimension and every
     * dimension of `groups`.
     */
    dimensions: z.array(z.string().min(1)).default([]),
    /**
     * Extra counterfactual swap pairs per dimension, `{religion: [['church', 'temple']]}`: each pair
     * rewrites both ways. Yours come before the built-in pairs, so they win for a term in both.
     */
    swaps: z.record(z.string().min(1), z.array(z.tuple([Term, Term]))).default({}),
    /**
     * Count first names toward gender (female/male) from the @stdlib first-name lists. True: names
     * are how much synthetic text marks gender ("Maria said…"). Names in both lists, names that
     * are common words (lexicons/name-stopwords.ts) and names of one or two letters never count.
     */
    names: z.boolean().default(true),
    /** Tokens never counted as a term or a name (a product called "Alexa", a brand "Ford"). */
    ignoreTerms: z.array(Term).default([]),
    /**
     * Seed of the pairing of female with male first names for counterfactual name swaps. A
     * config constant rather than the run seed, so that value and baseline swap the same names
     * and two runs with different seeds rewrite rows the same way.
     */
    namePairingSeed: z.number().int().default(1),
    /**
     * Rows at most rewritten for the counterfactual flip rate (a seeded, recorded sample of the
     * rows that mention a group). 500: the flip rate's standard error is then at most 0.022, and
     * embedding 500 rewrites stays well under a second with the builtin embedder.
     */
    counterfactualMaxRows: z.number().int().min(1).default(500),
    /**
     * A dimension enters the amplification when at least this many real (reference) rows and
     * this many synthetic rows mention one of its groups. 50: a bias score b(label, group) is a
     * ratio of mention counts, and with fewer than about 50 mentions spread over the labels its
     * sampling error (±0.1 and more) is as large as the amplification it is meant to show; on
     * real-vs-real splits of review and tweet data, smaller dimensions made the baseline swing.
     */
    amplificationMinMentions: z.number().int().min(1).default(50),
    /** Rows of a label at least, on a side, for the label to enter the representation gap (smaller labels give shares too noisy to compare). */
    representationMinLabelRows: z.number().int().min(1).default(10),
    /**
     * The two target sets of the embedding association (WEAT), as [dimension, group] pairs. The
     * default, female vs male gender terms, is the classic WEAT contrast.
     */
    associationTargets: z
      .tuple([z.tuple([z.string().min(1), z.string().min(1)]), z.tuple([z.string().min(1), z.string().min(1)])])
      .default([
        ['gender', 'female'],
        ['gender', 'male'],
      ]),
    /**
     * Random partitions of the target terms for the WEAT permutation p-value (Caliskan et al.
     * 2017). 1,000: the smallest p-value is then 1/1,000, and each partition is O(terms).
     */
    associationPermutations: z.number().int().min(0).max(100_000).default(1000),
    /** Rows of a label at least (on the side scored) for it to be an attribute set of the association. */
    associationMinLabelRows: z.number().int().min(2).default(10),
  })
  .strict();
export type BiasConfig = z.infer<typeof BiasConfigSchema>;

/**
 * Rows at most behind the embedding association's bootstrap CI (a seeded, recorded sample; the
 * value itself uses every row). Each resample costs rows × target terms (about 180 with the
 * built-in gender lists); above this many rows the resampled statistics are drawn from the
 * sample and their spread is scaled by √(sample / rows) to the full size (an m-out-of-n
 * bootstrap, valid for a smooth statistic like this one). 2,000 rows and ASSOCIATION_RESAMPLES
 * keep the CI near 0.1 s per pass, and leave a label with 5% of the rows 100 of them to resample.
 */
export const ASSOCIATION_CI_MAX_ROWS = 2_000;

/**
 * Resamples of the embedding association's CI: fewer than BIAS_RESAMPLES because each costs
 * rows × terms rather than rows; 100 puts the ends of a 95% percentile interval within about a
 * fifth of its width, enough to read against the baseline.
 */
export const ASSOCIATION_RESAMPLES = 100;
