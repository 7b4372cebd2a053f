import { z } from 'zod';
import type { DialogueConfig, GenerateConfig } from '../config-schema.js';
import { COMMON_PLACEHOLDERS, type TaskKind } from './task-kind.js';
import { wireSchema } from './wire-schema.js';

const settings = (config: GenerateConfig): DialogueConfig => config as DialogueConfig;

function answerSchema(config: GenerateConfig) {
  const { roles, turns } = settings(config);
  return z.object({
    turns: z
      .array(z.object({ role: z.enum(roles as [string, ...string[]]), content: z.string().trim().min(1) }))
      .min(turns.min)
      .max(turns.max),
  });
}

/**
 * Dialogues: multi-turn conversations between the configured roles (default user and assistant),
 * with a number of turns between `turns.min` and `turns.max`. The template provider follows the
 * config's script turn by turn; a run of consecutive optional turns is kept or left out whole
 * (one fair coin per run), so an optional question never loses its answer. Output fields: `turns`
 * (`[{role, content}]`) and `text`, the transcript as "role: content" lines, for scoring.
 */
export const dialogueTask: TaskKind = {
  name: 'dialogue',
  responseSchema: (config) => {
    const schema = answerSchema(config);
    return { validator: schema, wire: wireSchema('dialogue', schema) };
  },
  defaultPrompt: {
    system:
      'You write realistic multi-turn dialogues for training and evaluating conversational systems. ' +
      'Each turn is one message by one role; the conversation must be coherent and natural. ' +
      'Never copy the examples you are shown.',
    user: [
      'Write one new dialogue between {{roles}}, with {{turns_min}} to {{turns_max}} turns. Use only these role names.',
      'Scenario: {{label}}',
      'What the scenario means: {{description}}',
      '{{instructions}}',
      'Topic: {{topic}}',
      'The first speaker is: {{persona}}',
      'Style: {{style}}',
      'Length of each turn: {{length}}',
      '{{examples}}',
    ].join('\n'),
  },
  placeholders: [...COMMON_PLACEHOLDERS, 'roles', 'turns_min', 'turns_max'],
  templateFields: () => [],
  fromTemplate: (_config, _item, context) => {
    const turns: { role: string; content: string }[] = [];
    const script = context.script ?? [];
    let keep = true;
    script.forEach((turn, i) => {
      // One coin per run of consecutive optional turns, so a question and its answer go together.
      if (turn.optional && (i === 0 || !script[i - 1].optional)) keep = context.rng.next() >= 0.5;
      if (turn.optional && !keep) return;
      turns.push({ role: turn.role, content: context.expand(turn.text) });
    });
    return { turns };
  },
  toFields: (a) => {
    const turns = a.turns as { role: string; content: string }[];
    return { turns, text: turns.map((t) => `${t.role}: ${t.content}`).join('\n') };
  },
};
