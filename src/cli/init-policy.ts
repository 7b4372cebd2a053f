import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { SynthscopeError } from '../core/errors.js';
import { cannotWrite, initPolicyExists, initPolicyWrote } from '../core/messages.js';
import { DEFAULT_POLICY_YAML } from '../gate/default-policy.js';
import { assertWritableFolder, writeFileAtomic } from '../io/write-file-atomic.js';
import { runCommand, type GlobalFlags } from './run-command.js';

interface InitPolicyFlags {
  force?: boolean;
}

export function registerInitPolicy(program: Command): void {
  program
    .command('init-policy')
    .description('write the default gate policy, every threshold explained in a comment, to edit for your data')
    .argument('[file]', "where to write it ('-' for stdout)", 'policy.yaml')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string, flags: InitPolicyFlags, command: Command) => {
      await runCommand(command.optsWithGlobals<GlobalFlags>(), async () => {
        if (file === '-') {
          process.stdout.write(DEFAULT_POLICY_YAML);
          return 0;
        }
        const existing = await stat(file).catch(() => null);
        if (existing?.isDirectory()) throw new SynthscopeError('USAGE', cannotWrite(file, 'it is a folder'));
        if (existing && !flags.force) throw new SynthscopeError('USAGE', initPolicyExists(file));
        await assertWritableFolder(file);
        await writeFileAtomic(file, DEFAULT_POLICY_YAML);
        process.stderr.write(`synthscope: ${initPolicyWrote(file)}\n`);
        return 0;
      });
    });
}
