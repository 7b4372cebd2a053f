import { Command } from 'commander';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerGenerate } from '../../src/cli/generate.js';
import { addChatCompletionsRoute, CHAT_PATH, type ChatRoute } from '../helpers/openai-chat-route.js';
import { startOpenAIStubServer, type OpenAIStubServer } from '../helpers/openai-stub-server.js';

const KEY = 'sk-cli-test-0a1b2c3d4e5f';
let dir: string;
let stub: OpenAIStubServer | undefined;
let stdout: string;
let stderr: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-cli-gen-'));
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  vi.stubEnv('OPENAI_BASE_URL', '');
  vi.stubEnv('OPENAI_API_KEY', '');
  vi.stubEnv('SYNTHSCOPE_CACHE_DIR', join(dir, 'cache'));
  vi.stubEnv('CI', '1');
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
  await stub?.close();
  stub = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** Runs `synthscope generate …` in this process; returns the exit code the CLI set. */
async function cli(...args: string[]): Promise<number> {
  const program = new Command('synthscope').option('--verbose').exitOverride();
  registerGenerate(program);
  process.exitCode = undefined;
  try {
    await program.parseAsync(['node', 'synthscope', 'generate', ...args]);
  } catch (error) {
    // commander's own usage errors: main.ts turns these into exit 2.
    if ((error as { code?: string }).code?.startsWith('commander.')) return 2;
    throw error;
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return code;
}

async function openaiStub(): Promise<ChatRoute> {
  stub = await startOpenAIStubServer({ apiKey: KEY });
  const chat = addChatCompletionsRoute(stub);
  vi.stubEnv('OPENAI_BASE_URL', stub.baseURL);
  vi.stubEnv('OPENAI_API_KEY', KEY);
  return chat;
}

const small = `task: classification
seed: 2
labels:
  - { name: positive, count: 2 }
  - { name: negative, count: 1 }
provider: { model: stub-model, maxTokens: 50, retryBaseDelayMs: 5, retryMaxDelayMs: 10 }
pricing: { inputPerMillion: 1000, outputPerMillion: 2000 }
`;

describe('synthscope generate', () => {
  it('runs an example config offline with no endpoint or key, and reports rows and cost on stderr', async () => {
    const out = join(dir, 'reviews.jsonl');
    expect(await cli('--config', 'fixtures/generate/classification.yaml', '--out', out)).toBe(0);
    expect((await readFile(out, 'utf8')).trimEnd().split('\n')).toHaveLength(36);
    expect(stderr).toMatch(/^synthscope: wrote 36 rows to .*reviews\.jsonl \(template, slot-grammar@[0-9a-f]{8}\)\n/);
    expect(stderr).toContain('synthscope: tokens used: none, cost: 0 (template provider, offline)\n');
    expect(stdout).toBe('');
  });

  it('exits 2 with one line naming the file, line and key of a bad config', async () => {
    const config = join(dir, 'gen.yaml');
    await writeFile(config, 'task: classification\nlabels:\n  - name: positive\n    count: ten\n');
    expect(await cli('--config', config, '--out', join(dir, 'o.jsonl'))).toBe(2);
    expect(stderr).toBe(`synthscope: ${config}:4: labels[0].count: Invalid input: expected number, received string\n`);
  });

  it('exits 2 for a missing config file, a missing --out, a bad number and an unknown provider', async () => {
    expect(await cli('--config', join(dir, 'nope.yaml'), '--out', 'x.jsonl')).toBe(2);
    expect(stderr).toBe(`synthscope: cannot read ${join(dir, 'nope.yaml')}: no such file\n`);
    stderr = '';
    expect(await cli('--config', 'fixtures/generate/qa.yaml')).toBe(2);
    expect(stderr).toBe('synthscope: generate needs --out <file.jsonl> (or --dry-run to plan without writing)\n');
    stderr = '';
    expect(await cli('--config', 'fixtures/generate/qa.yaml', '--out', 'x.jsonl', '--concurrency', 'four')).toBe(2);
    expect(stderr).toBe('synthscope: --concurrency needs a whole number ≥ 1, got "four"\n');
    expect(await cli('--config', 'fixtures/generate/qa.yaml', '--out', 'x.jsonl', '--provider', 'anthropic')).toBe(2);
  });

  it('takes the key from OPENAI_API_KEY only: there is no flag for it', async () => {
    const program = new Command();
    registerGenerate(program);
    const flags = program.commands[0].options.map((o) => o.long ?? '');
    expect(flags.filter((f) => /key|token$|secret/i.test(f))).toEqual([]);
    expect(await cli('--config', 'fixtures/generate/qa.yaml', '--out', 'x.jsonl', '--api-key', KEY)).toBe(2);
  });

  it('uses the endpoint and key from the environment, and prints the tokens and cost it used, never the key', async () => {
    const chat = await openaiStub();
    const config = join(dir, 'gen.yaml');
    await writeFile(config, small);
    const out = join(dir, 'synth.jsonl');
    expect(await cli('--config', config, '--out', out)).toBe(0);
    const rows = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(chat.calls.every((c) => c.authorization === `Bearer ${KEY}`)).toBe(true);
    const prompt = rows.reduce((s, r) => s + r.provenance.usage.promptTokens, 0);
    const completion = rows.reduce((s, r) => s + r.provenance.usage.completionTokens, 0);
    expect(stderr).toContain(`synthscope: wrote 3 rows to ${out} (openai, stub-model)\n`);
    expect(stderr).toContain(`synthscope: tokens used: ${prompt} prompt + ${completion} completion in 3 requests\n`);
    expect(stderr).toContain(`synthscope: cost: ${((prompt * 1000 + completion * 2000) / 1e6).toFixed(4)} USD\n`);

    // The rerun is answered by the response cache under SYNTHSCOPE_CACHE_DIR.
    stderr = '';
    expect(await cli('--config', config, '--out', out)).toBe(0);
    expect(chat.calls).toHaveLength(3);
    expect(stderr).toContain(`synthscope: wrote 3 rows to ${out} (openai, stub-model), 3 from the response cache\n`);
    expect(stderr).toContain(`tokens used: 0 prompt + 0 completion in 0 requests (${prompt + completion} more replayed from the cache at no cost)`);
    expect(stderr + stdout + (await readFile(out, 'utf8'))).not.toContain(KEY);
  });

  it('prints the plan of a dry run on stdout and writes nothing', async () => {
    await openaiStub();
    const config = join(dir, 'gen.yaml');
    await writeFile(config, small);
    const out = join(dir, 'synth.jsonl');
    expect(await cli('--config', config, '--out', out, '--dry-run')).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('dry run: classification with openai (stub-model): 3 items planned, 3 requests to make');
    expect(lines.slice(1, 6)).toEqual([
      '  positive: 2 planned, 2 to generate',
      '  negative: 1 planned, 1 to generate',
      expect.stringMatching(/^ {2}positive-0001 {2}~\d+ prompt tokens$/),
      expect.stringMatching(/^ {2}positive-0002 {2}~\d+ prompt tokens$/),
      expect.stringMatching(/^ {2}negative-0001 {2}~\d+ prompt tokens$/),
    ]);
    expect(stdout).toMatch(/\nestimated tokens: ~\d+ prompt \+ at most 150 completion \(retries and repairs not counted\)\n/);
    expect(stdout).toMatch(/\nestimated cost: \d+\.\d{4} to \d+\.\d{4} USD/);
    expect(stdout).toContain('\nfirst request:\n--- system\n');
    expect(stub?.requests).toHaveLength(0);
    await expect(stat(out)).rejects.toThrow(/ENOENT/);
  });

  it('exits 3 when items failed validation, naming the failures file', async () => {
    const chat = await openaiStub();
    chat.next(...Array.from({ length: 3 }, () => ({ type: 'wrong-shape' as const })));
    const config = join(dir, 'gen.yaml');
    await writeFile(config, small);
    const out = join(dir, 'synth.jsonl');
    expect(await cli('--config', config, '--out', out, '--concurrency', '1')).toBe(3);
    expect(stderr).toContain(
      `synthscope: 1 of 3 items failed validation and have no row (reasons in ${join(dir, 'synth.failures.jsonl')}); rerun with --resume to try them again\n`,
    );
  });

  it('exits 3 with one line when the server refuses the key', async () => {
    await openaiStub();
    vi.stubEnv('OPENAI_API_KEY', 'sk-wrong-key-123456');
    const config = join(dir, 'gen.yaml');
    await writeFile(config, small);
    expect(await cli('--config', config, '--out', join(dir, 'synth.jsonl'))).toBe(3);
    expect(stderr).toBe(
      `synthscope: openai:stub-model at ${stub?.baseURL}: HTTP 401: You didn\u2019t provide a valid API key.\n  0 of 3 rows are in ${join(dir, 'synth.jsonl')}; rerun with --resume to continue\n`,
    );
    expect(stderr).not.toContain('sk-wrong-key-123456');
  });

  it('draws few-shot exemplars from --examples', async () => {
    const chat = await openaiStub();
    const config = join(dir, 'gen.yaml');
    await writeFile(config, small);
    const real = join(dir, 'real.jsonl');
    await writeFile(real, ['{"id":"r1","text":"Works great.","label":"positive"}', '{"id":"r2","text":"Broke fast.","label":"negative"}'].join('\n'));
    const out = join(dir, 'synth.jsonl');
    expect(await cli('--config', config, '--out', out, '--examples', real, '--examples-k', '1', '--no-cache')).toBe(0);
    const rows = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.provenance.exemplarIds)).toEqual([['row-1'], ['row-1'], ['row-2']]);
    expect(chat.calls[2].messages[1].content).toContain('- Broke fast.');
    expect(stub?.requests.filter((r) => r.path === CHAT_PATH)).toHaveLength(3);
  });
});
