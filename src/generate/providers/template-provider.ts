import { createHash } from 'node:crypto';
import { SynthscopeError } from '../../core/errors.js';
import { templateProviderNoGrammar } from '../../core/messages.js';
import { createRng } from '../../core/rng.js';
import type { Choice, GenerateConfig } from '../config-schema.js';
import { expandGrammar, type GrammarContext } from '../expand-grammar.js';
import { itemSeed } from '../item-seed.js';
import { mergeTemplate } from '../merge-template.js';
import { pickChoice } from '../pick-choice.js';
import { taskKind } from '../tasks/task-kinds.js';
import type { TemplateContext } from '../tasks/task-kind.js';
import { templateVariableValues } from '../template-variables.js';
import type { GenerationProvider, ProviderResponse } from '../types.js';

/** Empty variables can leave doubled spaces behind; strings come out tidy. */
const tidy = (text: string): string => text.replace(/[ \t]{2,}/g, ' ').trim();

/**
 * The offline provider: rule-based generation from the slot grammars in the config (the
 * template method beside LLM generation), with no endpoint, key or cost. Each item's answer is
 * drawn with its own rng (`itemSeed(config.seed, id + '#template')`) from the grammar of its label
 * (`mergeTemplate`), with the item's label, description, variation and passage as variables, then
 * shaped by the task (`TaskKind.fromTemplate`) and returned as JSON text, so it goes through the
 * same validation as an LLM's answer. Same config and seed, same answers, byte for byte.
 *
 * `model` is `slot-grammar@<8 hex of SHA-256 of the template sections>`, so provenance tells
 * two grammars apart. Throws SynthscopeError 'USAGE' when the config has no template at all
 * (`parseGenerateConfig` has already checked that a template present is complete).
 *
 * @example
 * const provider = createTemplateProvider(config);
 * const [item] = planGeneration(config);
 * (await provider.complete({ item, messages: [], responseSchema, attempt: 0, signal })).content;
 * // '{"text":"Honestly the kettle works great, would buy again."}'
 */
export function createTemplateProvider(config: GenerateConfig): GenerationProvider {
  const hasTemplate = config.template !== undefined || (config.labels ?? []).some((l) => l.template !== undefined);
  if (!hasTemplate) throw new SynthscopeError('USAGE', templateProviderNoGrammar(config.task));
  const kind = taskKind(config.task);
  const sections = { template: config.template ?? null, labels: (config.labels ?? []).map((l) => l.template ?? null) };
  const model = `slot-grammar@${createHash('sha256').update(JSON.stringify(sections)).digest('hex').slice(0, 8)}`;

  return {
    name: 'template',
    model,
    billable: false,
    parameters: {},
    cacheIdentity: { model },
    async complete({ item }): Promise<ProviderResponse> {
      const rng = createRng(itemSeed(config.seed, `${item.id}#template`));
      const merged = mergeTemplate(config, item.labelIndex);
      const grammar: Record<string, Choice[]> = {};
      for (const [name, entry] of merged.grammar) grammar[name] = entry.value;
      const grammarContext: GrammarContext = { grammar, variables: templateVariableValues(config, item, rng), rng, memo: new Map() };
      const expand = (choices: readonly Choice[]): string => tidy(expandGrammar(pickChoice(choices, rng), grammarContext));
      const context: TemplateContext = {
        rng,
        field: (path) => {
          const entry = merged.fields.get(path);
          return entry ? expand(entry.value) : undefined;
        },
        script: merged.script?.value,
        expand,
      };
      const answer = kind.fromTemplate(config, item, context);
      return { content: JSON.stringify(answer), refusal: null, finishReason: 'stop', usage: { promptTokens: 0, completionTokens: 0 }, model };
    },
  };
}
