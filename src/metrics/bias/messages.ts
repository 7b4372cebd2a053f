/**
 * User-facing wording of the bias family (skip reasons, warnings, flag details), in one place as
 * core/messages.ts does for the core.
 */

const quoted = (items: readonly string[], max = 5): string =>
  items.slice(0, max).map((l) => `'${l}'`).join(', ') + (items.length > max ? ` and ${items.length - max} more` : '');

export const noComparableLabels = (min: number): string =>
  `no label has at least ${min} rows on both sides (bias.representationMinLabelRows), so no label's group shares can be compared`;

export const noSharedLabels = (): string => 'no label occurs in both the synthetic rows and the real (reference) rows';

export const labelsLeftOut = (labels: readonly string[], min: number): string =>
  `labels ${quoted(labels)} left out: fewer than ${min} rows on a side (bias.representationMinLabelRows)`;

export const noGroupMentioned = (): string =>
  'no row on either side mentions a group of any dimension: every share is 0, so the gap is 0';

export const overallShares = (): string =>
  'no labels on both sides: shares are compared over all rows instead of per label';

export const noAmplificationDimension = (min: number, counts: ReadonlyArray<{ dimension: string; real: number; synthetic: number; groups: number }>): string =>
  `no dimension has at least two groups mentioned in the real rows and ${min} mentioning rows on each side (bias.amplificationMinMentions): ` +
  counts.map((c) => `${c.dimension} ${c.real} real / ${c.synthetic} synthetic rows, ${c.groups} groups`).join('; ');

export const noMentioningRows = (): string => 'no row mentions a term or name that has a counterfactual swap, so there is nothing to rewrite';

export const fewRewrites = (n: number): string => `only ${n} rows could be rewritten: the flip rate is a share of few rows`;

export const counterfactualFlip = (dimension: string, swaps: ReadonlyArray<{ from: string; to: string }>, from: string, to: string, pFrom: number, pTo: number): string =>
  `swapping ${dimension} terms (${swaps.slice(0, 3).map((s) => `${s.from}→${s.to}`).join(', ')}${swaps.length > 3 ? ', …' : ''}) changes the real-data classifier's label from '${from}' (p ${pFrom.toFixed(2)}) to '${to}' (p ${pTo.toFixed(2)})`;

export const unknownTargetGroup = (dimension: string, group: string): string =>
  `bias.associationTargets names ${dimension}/${group}, which is not a group of the lexicon`;

export const tooFewTargetTerms = (which: string, kept: number, dropped: readonly string[]): string =>
  `the target set ${which} has ${kept} term(s) the embedder knows (at least 2 are needed)${dropped.length > 0 ? `; unknown to it: ${quoted(dropped)}` : ''}`;

export const tooFewAssociationLabels = (min: number): string =>
  `fewer than two labels have ${min} rows or more (bias.associationMinLabelRows): the association needs two attribute sets`;
