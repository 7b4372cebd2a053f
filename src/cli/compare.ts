import type { Command } from 'commander';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SynthscopeError } from '../core/errors.js';
import { cannotWrite } from '../core/messages.js';
import { compareHtml } from '../gate/compare-html.js';
import { compareMarkdown } from '../gate/compare-markdown.js';
import { compareResults } from '../gate/compare-results.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { readResultsFile } from './gate.js';
import { runCommand, type GlobalFlags } from './run-command.js';

interface CompareFlags {
  out?: string;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('what changed between two runs: metric deltas with CIs, gate verdict changes; prints Markdown')
    .argument('<a>', 'the earlier run: A/results.json')
    .argument('<b>', 'the later run: B/results.json')
    .option('--out <dir>', 'also write DIR/compare.md and DIR/compare.html')
    .action(async (pathA: string, pathB: string, flags: CompareFlags, command: Command) => {
      await runCommand(command.optsWithGlobals<GlobalFlags>(), async () => {
        if (flags.out !== undefined) {
          const existing = await stat(flags.out).catch(() => null);
          if (existing && !existing.isDirectory()) throw new SynthscopeError('USAGE', cannotWrite(flags.out, 'it exists and is not a folder'));
        }
        const a = await readResultsFile(pathA);
        const b = await readResultsFile(pathB);
        const comparison = compareResults(a.results, b.results, { names: [pathA, pathB] });
        const markdown = compareMarkdown(comparison);
        if (flags.out !== undefined) {
          await mkdir(flags.out, { recursive: true });
          await writeFileAtomic(join(flags.out, 'compare.md'), markdown);
          await writeFileAtomic(join(flags.out, 'compare.html'), compareHtml(comparison));
          process.stderr.write(`synthscope: wrote ${join(flags.out, 'compare.md')} and ${join(flags.out, 'compare.html')}\n`);
        }
        process.stdout.write(markdown);
        return 0;
      });
    });
}
