import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { SynthscopeError } from '../core/errors.js';
import { cannotRead, configInvalid, configSyntax } from '../core/messages.js';

/**
 * Reads a YAML or JSON config file (JSON is YAML) and validates it with a zod schema. Errors are
 * one line naming the file, the line and the key: "gate.yaml:4: checks.0.max: expected number".
 */
export async function readConfigFile<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SynthscopeError('INPUT', cannotRead(path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory, not a file' : (error as Error).message));
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new SynthscopeError('INPUT', configSyntax(path, line, first.message.split('\n')[0]));
  }
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const lines = issues.map((issue) => {
    const keyPath = issue.path.map(String);
    const line = lineOf(doc.contents as Node | null, issue.path, lineCounter);
    return configInvalid(path, line, keyPath.join('.') || '(top level)', issue.message);
  });
  throw new SynthscopeError('INPUT', lines[0], lines.slice(1, 20));
}

/** Line of the deepest node along `path` that exists in the document (1 when none). */
function lineOf(root: Node | null, path: readonly PropertyKey[], counter: LineCounter): number {
  let node: Node | null = root;
  let offset = root?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(key));
      if (!pair) break;
      offset = (pair.key as Node)?.range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return counter.linePos(offset).line;
}
