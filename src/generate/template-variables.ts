import type { Rng } from '../core/rng.js';
import type { GenerateConfig } from './config-schema.js';
import type { PlannedItem } from './types.js';

/** Built-in slot names of the template grammar (a grammar symbol may not reuse one). */
export const TEMPLATE_VARIABLES = ['label', 'description', 'instructions', 'topic', 'persona', 'style', 'length', 'passage', 'passage_title', 'passage_sentence'] as const;

/** Which built-in variables a config provides: the label ones with labels, each knob when configured, passages for grounded qa. */
export function availableTemplateVariables(config: GenerateConfig): Set<string> {
  const names = new Set<string>();
  if (config.labels) for (const n of ['label', 'description', 'instructions']) names.add(n);
  if (config.variation.topics) names.add('topic');
  if (config.variation.personas) names.add('persona');
  if (config.variation.styles) names.add('style');
  if (config.variation.lengths) names.add('length');
  if (config.task === 'qa' && config.passages) for (const n of ['passage', 'passage_title', 'passage_sentence']) names.add(n);
  return names;
}

/** Splits a passage into sentences at ., ! or ? followed by white space (enough for template answers). */
function sentences(text: string): string[] {
  const parts = text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return parts.length > 0 ? parts : [text.trim()];
}

/**
 * The values of the built-in variables for one item. `passage_sentence` is drawn from the
 * passage's sentences with `rng` when it is first used (a fresh `{passage_sentence!}` draws again).
 */
export function templateVariableValues(config: GenerateConfig, item: PlannedItem, rng: Rng): Record<string, string | (() => string)> {
  const spec = item.labelIndex === null ? undefined : config.labels?.[item.labelIndex];
  const values: Record<string, string | (() => string)> = {};
  if (item.label !== null) values.label = String(item.label);
  if (config.labels) {
    values.description = spec?.description ?? '';
    values.instructions = spec?.instructions ?? '';
  }
  const { topic, persona, style, length } = item.variation;
  if (topic !== undefined) values.topic = topic;
  if (persona !== undefined) values.persona = persona;
  if (style !== undefined) values.style = style;
  if (length !== undefined) values.length = length;
  if (item.passage) {
    const passage = item.passage;
    values.passage = passage.text;
    values.passage_title = passage.title ?? '';
    values.passage_sentence = () => {
      const all = sentences(passage.text);
      return all[rng.int(all.length)];
    };
  }
  return values;
}
