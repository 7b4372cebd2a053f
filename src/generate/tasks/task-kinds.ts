import { InvalidArgumentError } from '../../core/errors.js';
import type { TaskName } from '../config-schema.js';
import { classificationTask } from './classification.js';
import { dialogueTask } from './dialogue.js';
import { qaTask } from './qa.js';
import { structuredTask } from './structured.js';
import type { TaskKind } from './task-kind.js';

/** Every task kind, in the order the docs list them (STYLE.md: a registry array, no magic dispatch). */
export const TASK_KINDS: readonly TaskKind[] = [classificationTask, qaTask, dialogueTask, structuredTask];

/**
 * The task kind of a config's `task`.
 *
 * @example
 * taskKind('qa').templateFields(config); // ['question', 'answer']
 */
export function taskKind(name: TaskName): TaskKind {
  const kind = TASK_KINDS.find((k) => k.name === name);
  if (!kind) throw new InvalidArgumentError(`taskKind knows ${TASK_KINDS.map((k) => k.name).join(', ')}; got ${JSON.stringify(name)}`);
  return kind;
}
