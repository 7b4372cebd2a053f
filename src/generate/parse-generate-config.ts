import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { SynthscopeError } from '../core/errors.js';
import {
  configBadTask,
  configIssueLine,
  configMoreIssues,
  configNotMapping,
  configUnknownKey,
  configYamlError,
} from '../core/messages.js';
import { checkGenerateConfig, type ConfigIssue, type ConfigPath } from './check-generate-config.js';
import { generateConfigSchema, type GenerateConfig } from './config-schema.js';

export interface ParseGenerateConfigOptions {
  /** Shown in error messages (the CLI passes the file name). Default '<config>'. */
  path?: string;
}

const MAX_DETAILS = 10;

/** 'labels[1].template.fields.text[0]'; '(top level)' for the root. */
function keyPath(path: ConfigPath): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** 1-based line of the key a path names (or of the deepest part of it that exists), or null. */
function lineOf(doc: Document | null, counter: LineCounter, path: ConfigPath): number | null {
  if (!doc) return null;
  let node: unknown = doc.contents;
  let offset: number | undefined = (node as { range?: [number] } | null)?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as { range?: [number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
      offset = (node as { range?: [number] }).range?.[0] ?? offset;
    } else break;
  }
  return offset === undefined ? null : counter.linePos(offset).line;
}

/** One issue per zod problem, with paths that end at the offending key. */
function zodIssues(error: z.ZodError): ConfigIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') return { path: [...path, issue.keys[0]], message: configUnknownKey(issue.keys) };
    if (issue.code === 'invalid_union' && path.length === 1 && path[0] === 'task') {
      return { path, message: configBadTask(['classification', 'qa', 'dialogue', 'structured']) };
    }
    return { path, message: issue.message };
  });
}

/**
 * Reads a generation config from YAML text (or an object) and validates it with the zod schema
 * (`generateConfigSchema`, defaults applied) and then the cross-field rules of
 * `checkGenerateConfig`. Any problem throws a SynthscopeError with code 'USAGE' (exit 2 in the
 * CLI) whose message is one line naming the file, the line and the key — the line found by
 * walking the `yaml` package's document tree (yaml 2.x `parseDocument` with a `LineCounter`) —
 * with further problems as detail lines.
 *
 * @example
 * parseGenerateConfig('task: classification\nlabels:\n  - { name: pos, count: ten }\n', { path: 'gen.yaml' });
 * // throws "gen.yaml:3: labels[0].count: Invalid input: expected number, received string"
 */
export function parseGenerateConfig(source: string | Record<string, unknown>, options: ParseGenerateConfigOptions = {}): GenerateConfig {
  const file = options.path ?? '<config>';
  const counter = new LineCounter();
  let doc: Document | null = null;
  let value: unknown = source;
  if (typeof source === 'string') {
    doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
      const line = counter.linePos(first.pos[0]).line;
      throw new SynthscopeError('USAGE', configYamlError(file, line, first.message.split('\n')[0]));
    }
    value = doc.toJS();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SynthscopeError('USAGE', configNotMapping(file));

  const parsed = generateConfigSchema.safeParse(value);
  const issues = parsed.success ? checkGenerateConfig(parsed.data) : zodIssues(parsed.error);
  if (issues.length === 0 && parsed.success) return parsed.data;

  const lines = issues.map((issue) => configIssueLine(file, lineOf(doc, counter, issue.path), keyPath(issue.path), issue.message));
  const details = lines.slice(1, MAX_DETAILS + 1);
  if (lines.length > MAX_DETAILS + 1) details.push(configMoreIssues(lines.length - MAX_DETAILS - 1));
  throw new SynthscopeError('USAGE', lines[0], details);
}
