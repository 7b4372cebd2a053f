import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { SynthscopeError } from '../core/errors.js';
import { cannotRead, cannotWrite, resultsInvalid, resultsNewerSchema, resultsNotJson } from '../core/messages.js';
import { ResultsSchema, SCHEMA_VERSION, type Results } from '../core/results-schema.js';
import { evaluateGate } from '../gate/evaluate-gate.js';
import { gateJunit } from '../gate/gate-junit.js';
import { gateMarkdown } from '../gate/gate-markdown.js';
import { gateText } from '../gate/gate-text.js';
import { policySchemaFor } from '../gate/policy-schema.js';
import { readConfigFile } from '../io/read-config-file.js';
import { assertWritableFolder, writeFileAtomic } from '../io/write-file-atomic.js';
import { runCommand, type GlobalFlags } from './run-command.js';

interface GateFlags {
  policy: string;
  junit?: string;
  markdown?: string;
}

/**
 * Reads and validates a results.json (exit 2 with one line naming the file and the key when it is
 * not one). Returns the parsed results and the raw object, so a rewrite keeps any field this
 * version does not know.
 */
export async function readResultsFile(path: string): Promise<{ results: Results; raw: Record<string, unknown> }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SynthscopeError('INPUT', cannotRead(path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory, not a file' : (error as Error).message));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SynthscopeError('INPUT', resultsNotJson(path, (error as Error).message));
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new SynthscopeError('INPUT', resultsInvalid(path, '(top level)', 'expected an object'));
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== undefined && version !== SCHEMA_VERSION) throw new SynthscopeError('INPUT', resultsNewerSchema(path, version, SCHEMA_VERSION));
  const parsed = ResultsSchema.safeParse(raw);
  if (!parsed.success) {
    const [first, ...more] = parsed.error.issues;
    throw new SynthscopeError(
      'INPUT',
      resultsInvalid(path, first.path.map(String).join('.') || '(top level)', first.message),
      more.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`),
    );
  }
  return { results: parsed.data, raw: raw as Record<string, unknown> };
}

export function registerGate(program: Command): void {
  program
    .command('gate')
    .description('check a results.json against a policy; writes the verdict into it; exit 0 pass, 1 fail, 2 invalid input')
    .argument('<results>', 'DIR/results.json written by synthscope score')
    .requiredOption('--policy <file>', 'gate policy (YAML or JSON; synthscope init-policy writes a documented one)')
    .option('--junit <file>', 'also write the checks as JUnit XML (for CI test reports)')
    .option('--markdown <file>', 'also write the checks as a Markdown table (for a pull-request comment)')
    .action(async (resultsPath: string, flags: GateFlags, command: Command) => {
      await runCommand(command.optsWithGlobals<GlobalFlags>(), async () => {
        for (const out of [flags.junit, flags.markdown]) if (out !== undefined) await assertWritableFolder(out);
        const { results, raw } = await readResultsFile(resultsPath);
        const policy = await readConfigFile(flags.policy, policySchemaFor(results.metrics.map((m) => m.id)));
        const gate = evaluateGate(results, policy, { policyName: flags.policy });
        await write(resultsPath, `${JSON.stringify({ ...raw, gate }, null, 2)}\n`);
        if (flags.junit !== undefined) await write(flags.junit, gateJunit(gate, { timestamp: results.createdAt }));
        if (flags.markdown !== undefined) await write(flags.markdown, gateMarkdown(gate));
        process.stdout.write(gateText(gate));
        return gate.passed ? 0 : 1;
      });
    });
}

async function write(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, text);
  } catch (error) {
    throw new SynthscopeError('USAGE', cannotWrite(path, (error as Error).message));
  }
}
