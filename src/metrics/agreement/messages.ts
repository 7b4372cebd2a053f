/**
 * User-facing wording of the agreement family (skip reasons, warnings, flag details), in one
 * place as core/messages.ts does for the core.
 */

const quoted = (labels: readonly string[], max = 5): string =>
  labels.slice(0, max).map((l) => `'${l}'`).join(', ') + (labels.length > max ? ` and ${labels.length - max} more` : '');

export const tooFewRealLabels = (labels: readonly string[]): string =>
  labels.length === 0
    ? 'the reference half of the real data has no labelled rows: the real-data classifier needs two or more labels'
    : `the reference half of the real data has only the label ${quoted(labels)}: the real-data classifier needs two or more labels`;

export const noScorableRows = (unknown: number, unlabeled: number): string =>
  `no row to score: ${unknown} rows carry labels the real data never has and ${unlabeled} have no label`;

export const unknownLabelRows = (count: number, labels: readonly string[]): string =>
  `${count} rows left out: their labels (${quoted(labels)}) never occur in the real data's reference half, so no annotator trained on it can agree`;

export const unlabeledRows = (count: number): string => `${count} rows left out: they have no label`;

export const classifierNotConverged = (iterations: number): string =>
  `the real-data classifier stopped after ${iterations} L-BFGS iterations without meeting its tolerance (agreement.classifierMaxIter)`;

export const rareTrainingLabels = (labels: readonly string[], min: number): string =>
  `the real-data classifier saw fewer than ${min} rows of ${quoted(labels)}: its predictions for them are unreliable`;

export const zeroShotCodes = (labels: readonly string[]): string =>
  `the labels ${quoted(labels)} are codes, not words, and have no description: set agreement.labelDescriptions to use the zero-shot annotator`;

export const noLabelDescriptions =
  "no label descriptions configured (agreement.labelDescriptions); set agreement.zeroShot: 'label-names' to compare with the bare label names";

export const zeroShotOff = 'turned off (agreement.zeroShot: off)';

export const noJudge = 'no judge configured (agreement.judge)';

export const judgeNotImplemented = (model: string): string =>
  `an LLM judge is configured (model '${model}') but no judge client was given to evaluate (the CLI makes one from agreement.judge and OPENAI_API_KEY)`;
export const judgeNoAnswers = (asked: number): string => `the LLM judge gave no usable label for any of the ${asked} rows asked`;

export const columnEmpty = (column: string): string => `the column '${column}' has no value in these rows`;

export const kappaUndefined =
  "Cohen's κ is undefined here: the intended labels and the classifier's predictions are one and the same label throughout";

export const alphaUndefined = "Krippendorff's α is undefined here: every coder gives every row the same single label";

export const suspectDetail = (intended: string, predicted: string, pPredicted: number, pIntended: number): string =>
  `intended '${intended}', but the real-data classifier says '${predicted}' (p = ${pPredicted.toFixed(3)} against ${pIntended.toFixed(3)} for '${intended}')`;
