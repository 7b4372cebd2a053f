import { z } from 'zod';
import { COMMON_PLACEHOLDERS, type TaskKind } from './task-kind.js';
import { wireSchema } from './wire-schema.js';

const answer = z.object({ text: z.string().trim().min(1) });

/**
 * Classification: one text per item, written to carry the item's label (e.g. positive, neutral,
 * negative product reviews). Output fields: `text`.
 */
export const classificationTask: TaskKind = {
  name: 'classification',
  responseSchema: () => ({ validator: answer, wire: wireSchema('classification_text', answer) }),
  defaultPrompt: {
    system:
      'You write realistic, varied example texts for training and evaluating a text classifier. ' +
      'Each text must clearly carry the label it is written for and read as if a real person wrote it. ' +
      'Never copy the examples you are shown.',
    user: [
      'Write one new text with the label "{{label}}".',
      'What the label means: {{description}}',
      '{{instructions}}',
      'Topic: {{topic}}',
      'Written by: {{persona}}',
      'Style: {{style}}',
      'Length: {{length}}',
      '{{examples}}',
    ].join('\n'),
  },
  placeholders: COMMON_PLACEHOLDERS,
  templateFields: () => ['text'],
  fromTemplate: (_config, _item, context) => ({ text: context.field('text') }),
  toFields: (a) => ({ text: a.text }),
};
