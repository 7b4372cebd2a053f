/**
 * `synthscope generate …` as its own process, for the kill-and-resume test: the same command
 * registration main.ts uses, without the rest of the CLI. Run with `node --import tsx`.
 */
import { Command } from 'commander';
import { registerGenerate } from '../../src/cli/generate.js';

const program = new Command('synthscope').option('--verbose').exitOverride();
registerGenerate(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if ((error as { code?: string }).code?.startsWith('commander.')) process.exit(2);
  throw error;
}
