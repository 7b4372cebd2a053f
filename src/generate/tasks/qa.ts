import { z } from 'zod';
import { COMMON_PLACEHOLDERS, type TaskKind } from './task-kind.js';
import { wireSchema } from './wire-schema.js';

const answer = z.object({ question: z.string().trim().min(1), answer: z.string().trim().min(1) });

/**
 * Question–answer pairs, optionally grounded in passages from the config (each item gets one
 * passage; the answer must come from it). Output fields: `question`, `answer`, and with a passage
 * `context` (its text) and `passageId`.
 */
export const qaTask: TaskKind = {
  name: 'qa',
  responseSchema: () => ({ validator: answer, wire: wireSchema('qa_pair', answer) }),
  defaultPrompt: {
    system:
      'You write realistic question–answer pairs for training and evaluating question answering. ' +
      'Questions must sound like real users asking; answers must be correct, direct and concise. ' +
      'Never copy the examples you are shown.',
    user: [
      'Write one new question and its answer.',
      '{{passage}}',
      'Category: {{label}}',
      'What the category means: {{description}}',
      '{{instructions}}',
      'Topic: {{topic}}',
      'Asked by: {{persona}}',
      'Style: {{style}}',
      'Length of the answer: {{length}}',
      '{{examples}}',
    ].join('\n'),
  },
  placeholders: [...COMMON_PLACEHOLDERS, 'passage', 'passage_title'],
  templateFields: () => ['question', 'answer'],
  fromTemplate: (_config, _item, context) => ({ question: context.field('question'), answer: context.field('answer') }),
  toFields: (a, item) => ({
    question: a.question,
    answer: a.answer,
    ...(item.passage ? { context: item.passage.text, passageId: item.passage.id } : {}),
  }),
};
