import { createHash } from 'node:crypto';
import type { DialogueConfig, GenerateConfig } from './config-schema.js';
import { renderTemplate } from './render-template.js';
import { taskKind } from './tasks/task-kinds.js';
import type { PlannedItem, PromptRequest, ResponseSchema } from './types.js';

/** Version of the built-in prompts: bump when their wording changes, so provenance tells runs apart. */
export const DEFAULT_PROMPT_VERSION = 1;

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

function listOf(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The values of every placeholder for one item (empty strings drop their lines, see renderTemplate). */
function promptValues(config: GenerateConfig, item: PlannedItem): Record<string, string> {
  const spec = item.labelIndex === null ? undefined : config.labels?.[item.labelIndex];
  const values: Record<string, string> = {
    label: item.label === null ? '' : String(item.label),
    description: spec?.description ?? '',
    instructions: spec?.instructions ?? '',
    topic: item.variation.topic ?? '',
    persona: item.variation.persona ?? '',
    style: item.variation.style ?? '',
    length: item.variation.length ?? '',
    examples:
      item.exemplars.length === 0
        ? ''
        : ['Real examples, for tone and realism only (do not copy or paraphrase them):', ...item.exemplars.map((e) => `- ${flat(e.text)}`)].join('\n'),
    passage: item.passage
      ? ['Take the answer from this passage only, and ask something it answers:', '"""', ...(item.passage.title ? [item.passage.title] : []), item.passage.text, '"""'].join('\n')
      : '',
    passage_title: item.passage?.title ?? '',
  };
  if (config.task === 'dialogue') {
    const d = config as DialogueConfig;
    values.roles = listOf(d.roles);
    values.turns_min = String(d.turns.min);
    values.turns_max = String(d.turns.max);
  }
  return values;
}

/** `<task>:default@<version>` for the built-in prompts, `<task>:custom@<8 hex of SHA-256>` for the config's own. */
function promptTemplateId(config: GenerateConfig): string {
  const custom = config.prompt?.system !== undefined || config.prompt?.user !== undefined;
  if (!custom) return `${config.task}:default@${DEFAULT_PROMPT_VERSION}`;
  const hash = createHash('sha256').update(`${config.prompt?.system ?? ''}\u0000${config.prompt?.user ?? ''}`).digest('hex');
  return `${config.task}:custom@${hash.slice(0, 8)}`;
}

/**
 * The chat request for one planned item: a system message (the task's or the config's system
 * template, then the JSON Schema the answer must match, which also satisfies JSON mode's rule
 * that the word JSON appear in the messages) and a user message (the task's default template or
 * `config.prompt.user`, filled by `renderTemplate` with the label, its description and
 * instructions, the variation drawn for the item, its exemplars and its passage).
 *
 * @example
 * buildPrompt(config, planGeneration(config)[0]).messages[1].content;
 * // 'Write one new text with the label "positive".\nTopic: kettles\nStyle: casual'
 */
export function buildPrompt(config: GenerateConfig, item: PlannedItem, responseSchema?: ResponseSchema): PromptRequest {
  const kind = taskKind(config.task);
  const schema = responseSchema ?? kind.responseSchema(config).wire;
  const values = promptValues(config, item);
  const system = renderTemplate(config.prompt?.system ?? kind.defaultPrompt.system, values);
  const user = renderTemplate(config.prompt?.user ?? kind.defaultPrompt.user, values);
  const format = `Answer with one JSON object that matches this JSON Schema, and with nothing else:\n${JSON.stringify(schema.schema)}`;
  return {
    promptTemplateId: promptTemplateId(config),
    messages: [
      { role: 'system', content: `${system}\n\n${format}` },
      { role: 'user', content: user },
    ],
    responseSchema: schema,
  };
}
