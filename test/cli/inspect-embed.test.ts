import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { sharedPath } from '../helpers/test-cache.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-cli-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('synthscope inspect', () => {
  it('summarises the SMS Spam Collection as its SOURCE.md states (5574 rows, ham 4827 / spam 747, 403 exact and 415 normalised duplicates, words median 12, max 171, mean 15.6)', async () => {
    const { code, stdout } = await runCli(['inspect', sharedPath('datasets', 'sms_spam_collection', 'data.jsonl'), '--json']);
    expect(code).toBe(0);
    const s = JSON.parse(stdout);
    expect(s.rows).toBe(5574);
    expect(s.invalidRows).toBe(0);
    expect(s.labels).toEqual({ ham: 4827, spam: 747 });
    expect(s.duplicates).toEqual({ exact: 403, normalized: 415 });
    expect(s.lengths.words.median).toBe(12);
    expect(s.lengths.words.max).toBe(171);
    expect(s.lengths.words.mean).toBeCloseTo(15.6, 1);
  });

  it('prints a readable table by default', async () => {
    const { code, stdout } = await runCli(['inspect', 'fixtures/quickstart/reviews.jsonl']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/rows\s+30/);
    expect(stdout).toMatch(/positive\s+10\s+33\.3%/);
  });

  it('refuses a missing file, a directory and an empty file with one line and exit 2', async () => {
    const empty = join(dir, 'empty.jsonl');
    await writeFile(empty, '');
    for (const [path, why] of [[join(dir, 'nope.jsonl'), 'no such file'], [dir, 'directory'], [empty, 'empty']] as const) {
      const { code, stderr, stdout } = await runCli(['inspect', path]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(path);
      expect(stderr).toContain(why);
    }
  });

  it('refuses a file with bad rows (exit 2, file:line and reason for each), and lists every skipped row with --on-invalid skip', async () => {
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, '{"text":"fine","label":"a"}\n{not json\n{"text":"","label":"a"}\n{"text":"ok","label":{"x":1}}\n');
    const refused = await runCli(['inspect', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${bad}:2: invalid JSON`);
    expect(refused.stderr).toContain(`${bad}:3: empty text`);
    expect(refused.stderr).toContain(`${bad}:4: label of the wrong type`);
    const skipped = await runCli(['inspect', bad, '--on-invalid', 'skip', '--json']);
    expect(skipped.code).toBe(0);
    const s = JSON.parse(skipped.stdout);
    expect(s.rows).toBe(1);
    expect(s.invalid.map((r: { line: number }) => r.line)).toEqual([2, 3, 4]);
  });
});

describe('synthscope embed', () => {
  it('writes one unit-length 100-d vector per row, in row order, with ids and labels', async () => {
    const out = join(dir, 'reviews-embeddings.jsonl');
    const { code, stderr } = await runCli(['embed', 'fixtures/quickstart/reviews.jsonl', '--out', out, '--id-field', 'id']);
    expect(code, stderr).toBe(0);
    const lines = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(30);
    expect(lines.map((l) => l.id)).toEqual(Array.from({ length: 30 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`));
    expect(lines[0].label).toBe('positive');
    for (const l of lines) {
      expect(l.embedding).toHaveLength(100);
      expect(Math.hypot(...l.embedding)).toBeCloseTo(1, 5);
    }
  });

  it('leaves no output file behind when the input is refused, and refuses a missing output folder before any work', async () => {
    const bad = join(dir, 'bad2.jsonl');
    await writeFile(bad, '{"text":"fine"}\n{oops\n');
    const out = join(dir, 'never.jsonl');
    const refused = await runCli(['embed', bad, '--out', out]);
    expect(refused.code).toBe(2);
    expect((await readdir(dir)).filter((f) => f.includes('never'))).toEqual([]);
    const noFolder = await runCli(['embed', 'fixtures/quickstart/reviews.jsonl', '--out', join(dir, 'missing', 'x.jsonl')]);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('does not exist');
  });
});
