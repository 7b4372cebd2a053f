import {
  configCountAndTotal,
  configCountWithLabels,
  configCountsExceedTotal,
  configCountsMismatchTotal,
  configDuplicateLabel,
  configDuplicateLabelSlug,
  configEmptyLabelSlug,
  configIntegerRangeEmpty,
  configLabelNeedsCount,
  configNeedsCount,
  configNoRows,
  configPlaceholderNeeds,
  configRangeInverted,
  configReservedProperty,
  configSchemaRootNotObject,
  configTurnsInverted,
  configUnknownPlaceholder,
  configUnknownRequired,
  grammarCycle,
  grammarShadowsVariable,
  grammarSlotUnknown,
  templateNeedsField,
  templateNeedsScript,
  templateScriptRole,
  templateScriptTooLong,
  templateScriptTooShort,
} from '../core/messages.js';
import { allocateCounts } from './allocate-counts.js';
import type { GenerateConfig, RowSchemaNode } from './config-schema.js';
import { labelSlug } from './label-slug.js';
import { mergeTemplate } from './merge-template.js';
import { choiceValue } from './pick-choice.js';
import { templatePlaceholders } from './render-template.js';
import { slotReferences } from './slot-references.js';
import { taskKind } from './tasks/task-kinds.js';
import { availableTemplateVariables, TEMPLATE_VARIABLES } from './template-variables.js';

export type ConfigPath = (string | number)[];

/** A rule a config breaks, at the key it concerns. */
export interface ConfigIssue {
  path: ConfigPath;
  message: string;
}

/** Fields that every row has, which a structured schema may not reuse. */
const RESERVED = ['id', 'label', 'provenance'];

function checkCounts(config: GenerateConfig, issue: (path: ConfigPath, message: string) => void): void {
  if (config.labels) {
    const names = new Map<string, number>();
    const slugs = new Map<string, number>();
    config.labels.forEach((label, i) => {
      const name = String(label.name);
      const slug = labelSlug(label.name);
      if (names.has(name)) issue(['labels', i, 'name'], configDuplicateLabel(name));
      else if (slug === '') issue(['labels', i, 'name'], configEmptyLabelSlug(name));
      else if (slugs.has(slug)) issue(['labels', i, 'name'], configDuplicateLabelSlug(name, String(config.labels?.[slugs.get(slug) as number].name), slug));
      names.set(name, i);
      if (slug !== '' && !slugs.has(slug)) slugs.set(slug, i);
    });
    if (config.count !== undefined) issue(['count'], configCountWithLabels);
    const open = config.labels.findIndex((l) => l.count === undefined);
    const explicit = config.labels.reduce((s, l) => s + (l.count ?? 0), 0);
    if (open >= 0 && config.total === undefined) issue(['labels', open], configLabelNeedsCount(String(config.labels[open].name)));
    else if (config.total !== undefined && open < 0 && explicit !== config.total) issue(['total'], configCountsMismatchTotal(explicit, config.total));
    else if (config.total !== undefined && explicit > config.total) issue(['total'], configCountsExceedTotal(explicit, config.total));
    else if (allocateCounts(config.labels, config.total).every((n) => n === 0)) issue(config.total === undefined ? ['labels'] : ['total'], configNoRows);
  } else {
    if (config.count === undefined && config.total === undefined) issue([], configNeedsCount(config.task));
    if (config.count !== undefined && config.total !== undefined) issue(['total'], configCountAndTotal);
  }
}

function checkRowSchema(node: RowSchemaNode, path: ConfigPath, issue: (path: ConfigPath, message: string) => void, root = false): void {
  if (root && node.type !== 'object') {
    issue([...path, 'type'], configSchemaRootNotObject(node.type));
    return;
  }
  const range = (lo: number | undefined, hi: number | undefined, loKey: string, hiKey: string): void => {
    if (lo !== undefined && hi !== undefined && lo > hi) issue([...path, loKey], configRangeInverted(loKey, lo, hiKey, hi));
  };
  switch (node.type) {
    case 'object':
      for (const [key, child] of Object.entries(node.properties)) {
        if (root && RESERVED.includes(key)) issue([...path, 'properties', key], configReservedProperty(key, RESERVED));
        checkRowSchema(child, [...path, 'properties', key], issue);
      }
      (node.required ?? []).forEach((key, i) => {
        if (!Object.hasOwn(node.properties, key)) issue([...path, 'required', i], configUnknownRequired(key));
      });
      break;
    case 'array':
      range(node.minItems, node.maxItems, 'minItems', 'maxItems');
      checkRowSchema(node.items, [...path, 'items'], issue);
      break;
    case 'string':
      range(node.minLength, node.maxLength, 'minLength', 'maxLength');
      break;
    case 'number':
    case 'integer':
      range(node.minimum, node.maximum, 'minimum', 'maximum');
      if (node.type === 'integer' && node.minimum !== undefined && node.maximum !== undefined && node.minimum <= node.maximum && Math.ceil(node.minimum) > Math.floor(node.maximum)) {
        issue([...path, 'minimum'], configIntegerRangeEmpty(node.minimum, node.maximum));
      }
      break;
    default:
      break;
  }
}

/** What each placeholder needs from the config, and whether the config has it. */
function placeholderNeed(config: GenerateConfig, name: string): string | null {
  const needs: Record<string, [boolean, string]> = {
    label: [config.labels !== undefined, 'labels'],
    description: [config.labels !== undefined, 'labels'],
    instructions: [config.labels !== undefined, 'labels'],
    topic: [config.variation.topics !== undefined, 'variation.topics'],
    persona: [config.variation.personas !== undefined, 'variation.personas'],
    style: [config.variation.styles !== undefined, 'variation.styles'],
    length: [config.variation.lengths !== undefined, 'variation.lengths'],
    passage: [config.task === 'qa' && config.passages !== undefined, 'passages'],
    passage_title: [config.task === 'qa' && config.passages !== undefined, 'passages'],
  };
  const need = needs[name];
  return need && !need[0] ? need[1] : null;
}

function checkPrompt(config: GenerateConfig, issue: (path: ConfigPath, message: string) => void): void {
  const kind = taskKind(config.task);
  for (const key of ['system', 'user'] as const) {
    const text = config.prompt?.[key];
    if (text === undefined) continue;
    for (const name of templatePlaceholders(text)) {
      if (!kind.placeholders.includes(name)) issue(['prompt', key], configUnknownPlaceholder(name, kind.placeholders));
      else {
        const need = placeholderNeed(config, name);
        if (need) issue(['prompt', key], configPlaceholderNeeds(name, need));
      }
    }
  }
}

function checkTemplate(config: GenerateConfig, issue: (path: ConfigPath, message: string) => void): void {
  const hasTemplate = config.template !== undefined || (config.labels ?? []).some((l) => l.template !== undefined);
  if (!hasTemplate) return;
  const kind = taskKind(config.task);
  const variables = availableTemplateVariables(config);
  const groups: (number | null)[] = config.labels ? config.labels.map((_, i) => i) : [null];

  for (const g of groups) {
    const labelName = g === null ? null : String(config.labels?.[g].name);
    const where: ConfigPath = g === null ? ['template'] : config.labels?.[g].template ? ['labels', g, 'template'] : config.template ? ['template'] : ['labels', g];
    const { grammar, fields, script } = mergeTemplate(config, g);

    for (const [name, entry] of grammar) {
      if ((TEMPLATE_VARIABLES as readonly string[]).includes(name)) issue(entry.path, grammarShadowsVariable(name));
    }
    for (const field of kind.templateFields(config)) if (!fields.has(field)) issue(where, templateNeedsField(field, labelName));
    if (config.task === 'dialogue') {
      if (!script) issue(where, templateNeedsScript(labelName));
      else {
        const roles = config.roles;
        script.value.forEach((turn, i) => {
          if (!roles.includes(turn.role)) issue([...script.path, i, 'role'], templateScriptRole(turn.role, roles));
        });
        const required = script.value.filter((t) => !t.optional).length;
        if (required < config.turns.min) issue(script.path, templateScriptTooShort(required, config.turns.min));
        if (script.value.length > config.turns.max) issue(script.path, templateScriptTooLong(script.value.length, config.turns.max));
      }
    }

    // Every slot reachable from a field or a script turn must resolve, and no symbol may reach itself.
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visitText = (text: string, path: ConfigPath): void => {
      for (const { name } of slotReferences(text)) {
        if (variables.has(name) && !grammar.has(name)) continue;
        const entry = grammar.get(name);
        if (!entry) {
          issue(path, grammarSlotUnknown(name, labelName, [...variables]));
          continue;
        }
        if (state.get(name) === 'done') continue;
        if (state.get(name) === 'open') {
          issue(entry.path, grammarCycle([...stack.slice(stack.indexOf(name)), name]));
          continue;
        }
        state.set(name, 'open');
        stack.push(name);
        entry.value.forEach((choice, i) => visitText(choiceValue(choice), [...entry.path, i]));
        stack.pop();
        state.set(name, 'done');
      }
    };
    for (const entry of fields.values()) entry.value.forEach((choice, i) => visitText(choiceValue(choice), [...entry.path, i]));
    script?.value.forEach((turn, t) => turn.text.forEach((choice, i) => visitText(choiceValue(choice), [...script.path, t, 'text', i])));
  }
}

/**
 * The rules of a generation config that its zod schema cannot say alone: counts add up, label
 * names are distinct (as ids too), prompt placeholders exist and have what they need, the slot
 * grammar is complete for every label, resolves every slot and has no cycle, a dialogue script
 * fits the turn limits, a structured schema is an object with consistent ranges. Returns every
 * issue, each at the key it concerns (deduplicated), empty when the config is sound.
 *
 * @example
 * checkGenerateConfig(config);
 * // [{ path: ['labels', 1, 'template', 'fields', 'text', 0], message: 'the slot {prodct} is not a grammar symbol …' }]
 */
export function checkGenerateConfig(config: GenerateConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  const issue = (path: ConfigPath, message: string): void => {
    const key = `${JSON.stringify(path)}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push({ path, message });
  };
  checkCounts(config, issue);
  if (config.task === 'dialogue' && config.turns.min > config.turns.max) issue(['turns', 'min'], configTurnsInverted(config.turns.min, config.turns.max));
  if (config.task === 'structured') checkRowSchema(config.schema, ['schema'], issue, true);
  checkPrompt(config, issue);
  checkTemplate(config, issue);
  return issues;
}
