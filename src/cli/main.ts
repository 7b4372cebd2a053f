#!/usr/bin/env node
/**
 * synthscope command line. A thin wrapper (STYLE.md): each command parses its arguments, reads
 * files and calls the library; all wording lives in core/messages.ts.
 *
 *   main.ts ─ commander program ─ one file per command (inspect.ts, embed.ts, …)
 *                                  └─ run-command.ts: errors → one line on stderr + exit code
 */
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { registerCompare } from './compare.js';
import { registerDemo } from './demo.js';
import { registerEmbed } from './embed.js';
import { registerGate } from './gate.js';
import { registerInitPolicy } from './init-policy.js';
import { registerGenerate } from './generate.js';
import { registerInspect } from './inspect.js';
import { registerRun } from './run.js';
import { registerScore } from './score.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command('synthscope')
  .description('Generate training data with LLMs and score it against real data.')
  .version(pkg.version)
  .option('--verbose', 'print stack traces with errors')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) })
  .exitOverride();

registerInspect(program);
registerEmbed(program);
registerScore(program);
registerGenerate(program);
registerGate(program);
registerInitPolicy(program);
registerCompare(program);
registerRun(program);
registerDemo(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // commander's own usage errors (unknown option, missing argument): already printed.
  const code = (error as { code?: string; exitCode?: number }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version') process.exit(0);
  if (code?.startsWith('commander.')) process.exit(2);
  throw error;
}
