import type { Choice, GenerateConfig, TemplateSpec } from './config-schema.js';

/** A config value and the key path it was read from (for error messages). */
export interface Located<T> {
  value: T;
  path: (string | number)[];
}

export type ScriptTurn = NonNullable<TemplateSpec['script']>[number];

export interface MergedTemplate {
  grammar: Map<string, Located<Choice[]>>;
  fields: Map<string, Located<Choice[]>>;
  script: Located<ScriptTurn[]> | undefined;
}

/**
 * The slot grammar one label uses: the task-level `template` with the label's own `template`
 * over it (a label's symbol or field replaces the task-level one of the same name; a label's
 * script replaces the task's). `labelIndex` null gives the task-level template alone.
 *
 * @example
 * mergeTemplate(config, 0).fields.get('text')?.path; // ['labels', 0, 'template', 'fields', 'text']
 */
export function mergeTemplate(config: GenerateConfig, labelIndex: number | null): MergedTemplate {
  const layers: { spec: TemplateSpec | undefined; path: (string | number)[] }[] = [{ spec: config.template, path: ['template'] }];
  if (labelIndex !== null) layers.push({ spec: config.labels?.[labelIndex].template, path: ['labels', labelIndex, 'template'] });
  const grammar = new Map<string, Located<Choice[]>>();
  const fields = new Map<string, Located<Choice[]>>();
  let script: Located<ScriptTurn[]> | undefined;
  for (const { spec, path } of layers) {
    for (const [name, value] of Object.entries(spec?.grammar ?? {})) grammar.set(name, { value, path: [...path, 'grammar', name] });
    for (const [name, value] of Object.entries(spec?.fields ?? {})) fields.set(name, { value, path: [...path, 'fields', name] });
    if (spec?.script) script = { value: spec.script, path: [...path, 'script'] };
  }
  return { grammar, fields, script };
}
