/**
 * An LLM (or any other) annotator that reads a text and names the label it carries, for the
 * agreement family. The engine does no I/O itself: the CLI makes one from `agreement.judge` and
 * OPENAI_API_KEY (src/openai/openai-label-judge.ts); library users may pass their own.
 */
export interface LabelJudge {
  /** E.g. 'openai:qwen2.5-7b at http://localhost:8000/v1' (never a key). */
  readonly id: string;
  /**
   * One label per text, from `labels`, or null where the judge gave no usable answer.
   * `descriptions` holds a description for some labels (agreement.labelDescriptions).
   */
  judge(texts: readonly string[], labels: readonly string[], descriptions: Readonly<Record<string, string>>): Promise<(string | null)[]>;
}
