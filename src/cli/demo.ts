import type { Command } from 'commander';
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { SynthscopeError } from '../core/errors.js';
import { cannotWrite, cliInterrupting } from '../core/messages.js';
import { demoNextSteps, demoReal, demoReport, demoSynthetic, demoVerdict } from '../demo/messages.js';
import { runDemo } from '../demo/run-demo.js';
import { defaultCacheDir } from '../embed/cache-dir.js';
import { gateText } from '../gate/gate-text.js';
import { runCommand, type GlobalFlags } from './run-command.js';
import { fileBaselineCache } from '../io/file-baseline-cache.js';

interface DemoFlags {
  out: string;
  cache: boolean;
}

/**
 * `synthscope demo [--out DIR]`: the whole loop on bundled data (`runDemo`): real Subject lines of
 * the SpamAssassin corpus from npm, 300 synthetic ones from the template provider (or from an LLM
 * when OPENAI_BASE_URL or OPENAI_API_KEY is set), scored with the builtin embedder, gated with the
 * default policy. Progress goes to stderr; the gate table, the report's path and the verdict to
 * stdout. Exit 0 whether the gate passes or fails (the demo shows the loop; a failing gate is a
 * finding, not a breakage); 2 or 3 only when something broke.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('the whole loop on bundled data, offline: SpamAssassin subject lines vs synthetic ones; writes DIR/report.html')
    .option('--out <dir>', 'output folder', join('reports', 'demo'))
    .option('--no-cache', 'neither replay nor store LLM answers, embeddings or baselines in the cache')
    .action(async (flags: DemoFlags, command: Command) => {
      await runCommand(command.optsWithGlobals<GlobalFlags>(), async () => {
        const env = process.env;
        const existing = await stat(flags.out).catch(() => null);
        if (existing && !existing.isDirectory()) throw new SynthscopeError('USAGE', cannotWrite(flags.out, 'it exists and is not a folder'));
        const cacheRoot = env.SYNTHSCOPE_CACHE_DIR || defaultCacheDir(env, process.platform, homedir());
        const say = (line: string) => process.stderr.write(`synthscope: ${line}\n`);
        const stop = new AbortController();
        let interrupted = false;
        const onSigint = (): void => {
          if (interrupted) process.exit(130);
          interrupted = true;
          say(cliInterrupting);
          stop.abort(new Error('interrupted'));
        };
        process.on('SIGINT', onSigint);
        try {
          const demo = await runDemo({
            outDir: flags.out,
            openai: { baseURL: env.OPENAI_BASE_URL || undefined, apiKey: env.OPENAI_API_KEY || undefined },
            generationCacheDir: flags.cache ? join(cacheRoot, 'generations') : undefined,
            ...(flags.cache ? { baselineCache: fileBaselineCache(join(cacheRoot, 'baselines')) } : {}),
            embedderOptions: { cacheDir: cacheRoot, cache: flags.cache, onWarning: (m) => say(`warning: ${m}`) },
            toolVersion: await toolVersion(),
            signal: stop.signal,
            onWarning: (m) => say(`warning: ${m}`),
            onGenerated: (result, real) => {
              say(demoReal(real.rows.length, real.path, real.invalid.length));
              say(demoSynthetic(result.written + result.skipped, result.provider, result.model));
            },
          });
          const gate = demo.results.gate;
          if (gate) process.stdout.write(`${gateText(gate)}\n`);
          const failed = gate?.checks.filter((c) => c.verdict === 'fail').length ?? 0;
          const warned = gate?.checks.filter((c) => c.verdict === 'warn').length ?? 0;
          process.stdout.write(`${demoReport(demo.outputs.report)}\n${demoVerdict(demo.passed, failed, warned)}\n`);
          say(demoNextSteps(demo.passed));
          return 0;
        } finally {
          process.off('SIGINT', onSigint);
        }
      });
    });
}

async function toolVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
