import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';

describe('detectFormat', () => {
  it('trusts .jsonl, .ndjson, .jsonlines, .csv, .tsv and .tab whatever the content (case-insensitive)', () => {
    expect(detectFormat('a.jsonl', '[1]')).toBe('jsonl');
    expect(detectFormat('a.NDJSON', '')).toBe('jsonl');
    expect(detectFormat('a.jsonlines', '')).toBe('jsonl');
    expect(detectFormat('a.CSV', '{"x": 1}\n')).toBe('csv');
    expect(detectFormat('a.tsv', 'a,b,c\n')).toBe('tsv');
    expect(detectFormat('a.tab', '')).toBe('tsv');
  });

  it('reads .json as JSON Lines when the first line is a whole object (pandas to_json(lines=True), datasets.to_json)', () => {
    expect(detectFormat('train.json', '{"text": "a"}\n{"text": "b"}\n')).toBe('jsonl');
    expect(detectFormat('train.json', '  {"text": "only row, no newline"}')).toBe('jsonl');
    expect(detectFormat('train.json', '[{"text": "a"}]')).toBe('json');
    expect(detectFormat('train.json', '{\n  "text": "pretty object"\n}\n')).toBe('json');
    expect(detectFormat('train.json', '')).toBe('json');
  });

  it('sniffs other extensions: [ → json, { → jsonl or json, else tabs vs commas on the first line', () => {
    expect(detectFormat('data.txt', '\n [ {"a": 1} ]')).toBe('json');
    expect(detectFormat('data', '{"a": 1}\n')).toBe('jsonl');
    expect(detectFormat('data.dat', '{\n"a": 1}')).toBe('json');
    expect(detectFormat('data.txt', 'label\ttext\nham\tOk, lar\n')).toBe('tsv');
    expect(detectFormat('data.txt', 'text,label\nhi\tthere,a\n')).toBe('csv');
    expect(detectFormat('data.txt', 'a\tb,c,d\n')).toBe('csv');
    expect(detectFormat('data.txt', 'just one column\n')).toBe('csv');
  });
});
