import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, SynthscopeError } from '../../src/core/errors.js';
import { loadDataset } from '../../src/io/load-dataset.js';
import type { LoadDatasetOptions } from '../../src/io/types.js';

// Every expected value below was read off the fixture files in fixtures/datasets/ (hand-made;
// line numbers are those an editor shows).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): string => resolve(ROOT, 'fixtures/datasets', name);
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

const tmp = mkdtempSync(join(tmpdir(), 'synthscope-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function tempFile(name: string, content: Buffer | string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

async function failure(path: string, options?: LoadDatasetOptions): Promise<SynthscopeError> {
  try {
    await loadDataset(path, options);
  } catch (error) {
    if (error instanceof SynthscopeError) return error;
    throw error;
  }
  throw new Error(`loadDataset(${path}) did not throw`);
}

const REVIEW_TEXTS = [
  'The battery lasts two full days.',
  'Screen cracked within a week.',
  'Does what it says, nothing more.',
  'Great sound for the price!',
  'Stopped charging after a month',
];

describe('loadDataset: formats', () => {
  it('reads JSONL: rows with line numbers, row-<line> ids, labels, meta; skips and counts blank lines', async () => {
    const path = fixture('reviews.jsonl');
    const data = await loadDataset(path);
    expect(data.format).toBe('jsonl');
    expect(data.path).toBe(path);
    expect(data.sha256).toBe(sha256(path));
    expect(data.fields).toEqual({ text: 'text', label: 'label', id: null });
    expect(data.blankLines).toBe(1);
    expect(data.invalid).toEqual([]);
    expect(data.rows).toEqual([
      { index: 0, line: 1, id: 'row-1', text: REVIEW_TEXTS[0], label: 'positive', meta: { id: 101, stars: 5, source: 'phone' } },
      { index: 1, line: 2, id: 'row-2', text: REVIEW_TEXTS[1], label: 'negative', meta: { id: 102, stars: 1, source: 'phone' } },
      { index: 2, line: 4, id: 'row-4', text: REVIEW_TEXTS[2], label: 'neutral', meta: { id: 103, stars: 3, source: 'cable' } },
      { index: 3, line: 5, id: 'row-5', text: REVIEW_TEXTS[3], label: 'positive', meta: { id: '104', stars: 4, source: 'headphones' } },
      { index: 4, line: 6, id: 'row-6', text: REVIEW_TEXTS[4], label: null, meta: { id: 105, stars: null } },
    ]);
    expect(data.columns).toEqual([
      { name: 'text', kind: 'text', missing: 0 },
      { name: 'label', kind: 'categorical', missing: 1 },
      { name: 'id', kind: 'categorical', missing: 0 }, // 101, 102, 103, "104", 105: not all numbers
      { name: 'stars', kind: 'numeric', missing: 1 },
      { name: 'source', kind: 'categorical', missing: 1 },
    ]);
  });

  it('uses the id field when given: ids stringified, the field leaves meta', async () => {
    const data = await loadDataset(fixture('reviews.jsonl'), { idField: 'id' });
    expect(data.rows.map((r) => r.id)).toEqual(['101', '102', '103', '104', '105']);
    expect(data.rows[0].meta).toEqual({ stars: 5, source: 'phone' });
    expect(data.fields.id).toBe('id');
    expect(data.columns.map((c) => c.name)).toEqual(['text', 'label', 'id', 'stars', 'source']);
  });

  it('reads a JSON array, giving each row the line its element starts on', async () => {
    const jsonl = await loadDataset(fixture('reviews.jsonl'));
    const data = await loadDataset(fixture('reviews.json'));
    expect(data.format).toBe('json');
    expect(data.rows.map((r) => r.line)).toEqual([2, 3, 10, 11, 13]);
    expect(data.rows.map(({ text, label, meta }) => ({ text, label, meta }))).toEqual(jsonl.rows.map(({ text, label, meta }) => ({ text, label, meta })));
    expect(data.columns).toEqual(jsonl.columns);
    expect(data.blankLines).toBe(0);
  });

  it('reads CSV with quoted commas, embedded newlines and doubled quotes; numeric columns become numbers, empty cells null', async () => {
    const data = await loadDataset(fixture('reviews.csv'));
    expect(data.format).toBe('csv');
    expect(data.rows).toEqual([
      { index: 0, line: 2, id: 'row-2', text: REVIEW_TEXTS[0], label: 'positive', meta: { id: 101, stars: 5, source: 'phone' } },
      { index: 1, line: 3, id: 'row-3', text: 'Screen cracked, within a week.', label: 'negative', meta: { id: 102, stars: 1, source: 'phone' } },
      { index: 2, line: 4, id: 'row-4', text: 'Does what it says.\nNothing more.', label: 'neutral', meta: { id: 103, stars: 3, source: 'cable' } },
      { index: 3, line: 6, id: 'row-6', text: 'She said "great sound" for the price', label: 'positive', meta: { id: 104, stars: 4, source: 'headphones' } },
      { index: 4, line: 7, id: 'row-7', text: REVIEW_TEXTS[4], label: null, meta: { id: 105, stars: null, source: null } },
    ]);
    expect(data.columns).toEqual([
      { name: 'text', kind: 'text', missing: 0 },
      { name: 'label', kind: 'categorical', missing: 1 },
      { name: 'id', kind: 'numeric', missing: 0 },
      { name: 'stars', kind: 'numeric', missing: 1 },
      { name: 'source', kind: 'categorical', missing: 1 },
    ]);
  });

  it('reads TSV without quoting: a field starting with a quote is kept as written', async () => {
    const data = await loadDataset(fixture('reviews.tsv'));
    expect(data.format).toBe('tsv');
    expect(data.rows).toEqual([
      { index: 0, line: 2, id: 'row-2', text: '"Quoted" at the start stays as written', label: 'positive', meta: { id: 101, stars: 5 } },
      { index: 1, line: 3, id: 'row-3', text: 'Commas, are fine here', label: 'negative', meta: { id: 102, stars: 1.5 } },
    ]);
  });

  it('reads a headerless TSV with columns named by the caller', async () => {
    const data = await loadDataset(fixture('headerless.tsv'), { columns: ['label', 'text'] });
    expect(data.rows.map(({ line, text, label }) => ({ line, text, label }))).toEqual([
      { line: 1, text: 'See you at 7', label: 'ham' },
      { line: 2, text: 'WIN a prize now', label: 'spam' },
    ]);
  });

  it('reads UTF-8 with a BOM and CRLF line ends in JSONL: BOM stripped, blank CRLF line counted, U+FEFF inside text kept', async () => {
    const path = fixture('bom-crlf.jsonl');
    const data = await loadDataset(path);
    expect(data.rows.map(({ line, text, label }) => ({ line, text, label }))).toEqual([
      { line: 1, text: 'café au lait', label: 'drink' },
      { line: 3, text: '\uFEFFzero-width no-break space inside', label: 'odd' },
      { line: 4, text: 'last line without a newline', label: 'drink' },
    ]);
    expect(data.blankLines).toBe(1);
    expect(data.sha256).toBe(sha256(path)); // of the bytes as stored, BOM included
  });

  it('reads CSV with a BOM and CRLF: header name without BOM, a quoted CRLF kept in the field, the next record on the right line', async () => {
    const data = await loadDataset(fixture('bom-crlf.csv'));
    expect(data.rows.map(({ line, text, label }) => ({ line, text, label }))).toEqual([
      { line: 2, text: 'two\r\nlines, one field', label: 'a' },
      { line: 5, text: 'plain', label: 'b' },
    ]);
    expect(data.blankLines).toBe(1);
  });

  it('follows dotted paths into nested objects; a key containing the dot wins; the parent stays in meta', async () => {
    const data = await loadDataset(fixture('nested.jsonl'), { textField: 'meta.text', labelField: 'meta.label', idField: 'id' });
    expect(data.rows.map(({ id, text, label }) => ({ id, text, label }))).toEqual([
      { id: 'a1', text: 'Where is my parcel?', label: 'shipping' },
      { id: 'a2', text: 'Wo ist mein Paket?', label: 'shipping' },
      { id: 'a3', text: 'A key with a dot wins', label: 'billing' },
    ]);
    expect(data.rows[2].meta).toEqual({ meta: { text: 'I want a refund', label: 'billing' }, lang: 'en' });
    expect(data.columns).toEqual([
      { name: 'meta.text', kind: 'text', missing: 0 },
      { name: 'meta.label', kind: 'categorical', missing: 0 },
      { name: 'id', kind: 'categorical', missing: 0 },
      { name: 'meta', kind: 'other', missing: 0 },
      { name: 'lang', kind: 'categorical', missing: 0 },
    ]);
  });

  it('detects JSON Lines saved as .json, and format overrides detection', async () => {
    const data = await loadDataset(fixture('misnamed.json'));
    expect(data.format).toBe('jsonl');
    expect(data.rows.map((r) => r.label)).toEqual([1, 0]);
    const forced = await failure(fixture('misnamed.json'), { format: 'json' });
    expect(forced.code).toBe('INPUT');
    expect(forced.message).toMatch(/expected a JSON array of objects, found an object/);
    const txt = tempFile('table.txt', 'text\tlabel\nhello\ta\n');
    expect((await loadDataset(txt)).format).toBe('tsv');
    const asCsv = await loadDataset(txt, { format: 'csv', textField: 'text\tlabel', labelField: null });
    expect(asCsv.rows.map((r) => r.text)).toEqual(['hello\ta']);
  });

  it('types CSV columns: decimal cells numeric (1e3, " 2 ", 007, .25, +4), hex/NaN/Infinity not; an absent default label leaves labels null', async () => {
    const data = await loadDataset(fixture('numbers.csv'));
    expect(data.fields.label).toBe(null);
    expect(data.rows.map((r) => r.label)).toEqual([null, null, null]);
    expect(data.rows.map((r) => r.meta)).toEqual([
      { score: 1000, code: 7, ratio: -0.5, hex: '0x1A', note: 'NaN' },
      { score: 2, code: 10, ratio: 0.25, hex: '0x1B', note: null },
      { score: 3, code: null, ratio: 4, hex: '12', note: 'Infinity' },
    ]);
    expect(data.columns).toEqual([
      { name: 'text', kind: 'text', missing: 0 },
      { name: 'score', kind: 'numeric', missing: 0 },
      { name: 'code', kind: 'numeric', missing: 1 },
      { name: 'ratio', kind: 'numeric', missing: 0 },
      { name: 'hex', kind: 'categorical', missing: 0 },
      { name: 'note', kind: 'categorical', missing: 1 },
    ]);
  });

  it('turns a numeric CSV label column into number labels and a boolean JSON label into "true"/"false"', async () => {
    const csv = await loadDataset(tempFile('num-label.csv', 'text,label\na,1\nb,0\nc,\n'));
    expect(csv.rows.map((r) => r.label)).toEqual([1, 0, null]);
    const json = await loadDataset(tempFile('bool-label.jsonl', '{"text":"a","label":true}\n{"text":"b","label":false}\n'));
    expect(json.rows.map((r) => r.label)).toEqual(['true', 'false']);
  });

  it('reads no label with labelField: null, keeping a "label" key as meta', async () => {
    const data = await loadDataset(fixture('reviews.jsonl'), { labelField: null });
    expect(data.fields.label).toBe(null);
    expect(data.rows[0].label).toBe(null);
    expect(data.rows[0].meta.label).toBe('positive');
  });
});

describe('loadDataset: invalid rows', () => {
  const INVALID_JSONL = [
    { line: 2, reason: 'invalid JSON' },
    { line: 3, reason: 'missing text (no field "text")', column: 'text' },
    { line: 4, reason: 'non-string text (found a number)', column: 'text' },
    { line: 5, reason: 'empty text', column: 'text' },
    { line: 6, reason: 'label of the wrong type (an object)', column: 'label' },
    { line: 7, reason: 'not a JSON object (found an array)' },
    { line: 9, reason: 'label of the wrong type (an array)', column: 'label' },
  ];

  it("throws INVALID_ROWS by default: one-line message with the first problem, details as file:line: reason", async () => {
    const path = fixture('invalid.jsonl');
    const error = await failure(path);
    expect(error.code).toBe('INVALID_ROWS');
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`${path}: 7 invalid rows (first at line 2: invalid JSON)`);
    expect(error.details).toEqual(INVALID_JSONL.map((row) => `${path}:${row.line}: ${row.reason}`));
  });

  it("with onInvalid: 'skip' keeps the valid rows and returns every skipped row with line and reason", async () => {
    const data = await loadDataset(fixture('invalid.jsonl'), { onInvalid: 'skip' });
    expect(data.rows.map(({ index, line, text, label }) => ({ index, line, text, label }))).toEqual([
      { index: 0, line: 1, text: 'fine row', label: 'a' },
      { index: 1, line: 10, text: 'another fine row', label: 'true' },
    ]);
    expect(data.invalid).toEqual(INVALID_JSONL);
    expect(data.blankLines).toBe(1);
  });

  it('lists the first 20 problems in details, then "… and N more"', async () => {
    const lines = ['{"text": "ok"}', ...Array.from({ length: 25 }, (_, i) => `{"text": "", "n": ${i}}`)];
    const path = tempFile('many-bad.jsonl', `${lines.join('\n')}\n`);
    const error = await failure(path);
    expect(error.message).toBe(`${path}: 25 invalid rows (first at line 2: empty text)`);
    expect(error.details).toHaveLength(21);
    expect(error.details[19]).toBe(`${path}:21: empty text`);
    expect(error.details[20]).toBe('… and 5 more');
  });

  it('reports invalid UTF-8 per line in JSONL, and the lines around it load', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"text": "fine"}\n{"text": "bad '),
      Buffer.from([0xff]),
      Buffer.from(' byte"}\n{"text": "cut '),
      Buffer.from([0xe2, 0x82]),
      Buffer.from('"}\n{"text": "also fine"}\n'),
    ]);
    const path = tempFile('bad-utf8.jsonl', bytes);
    const error = await failure(path);
    expect(error.message).toBe(`${path}: 2 invalid rows (first at line 2: invalid UTF-8)`);
    const data = await loadDataset(path, { onInvalid: 'skip' });
    expect(data.rows.map((r) => r.line)).toEqual([1, 4]);
    expect(data.invalid).toEqual([
      { line: 2, reason: 'invalid UTF-8' },
      { line: 3, reason: 'invalid UTF-8' },
    ]);
  });

  it('reports invalid UTF-8 in CSV at the line where the record starts, even when the bad byte is on its second line', async () => {
    const bytes = Buffer.concat([Buffer.from('text,label\n"first line\nbad '), Buffer.from([0xc3]), Buffer.from('",a\nok,b\n')]);
    const data = await loadDataset(tempFile('bad-utf8.csv', bytes), { onInvalid: 'skip' });
    expect(data.invalid).toEqual([{ line: 2, reason: 'invalid UTF-8' }]);
    expect(data.rows.map(({ line, text }) => ({ line, text }))).toEqual([{ line: 4, text: 'ok' }]);
  });

  it('reports invalid UTF-8 in a JSON array at the element that holds it', async () => {
    const bytes = Buffer.concat([Buffer.from('[\n {"text": "ok"},\n {"text": "x'), Buffer.from([0xa0]), Buffer.from('"},\n {"text": "ok too"}\n]')]);
    const data = await loadDataset(tempFile('bad-utf8.json', bytes), { onInvalid: 'skip' });
    expect(data.invalid).toEqual([{ line: 3, reason: 'invalid UTF-8' }]);
    expect(data.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('reports duplicate ids (compared as strings) with the line of the first, and missing or object ids', async () => {
    const data = await loadDataset(fixture('duplicate-ids.jsonl'), { idField: 'id', onInvalid: 'skip' });
    expect(data.rows.map(({ line, id, text }) => ({ line, id, text }))).toEqual([
      { line: 1, id: '1', text: 'first' },
      { line: 3, id: '2', text: 'second' },
    ]);
    expect(data.invalid).toEqual([
      { line: 2, reason: 'duplicate id "1" (first at line 1)', column: 'id' },
      { line: 4, reason: 'duplicate id "2" (first at line 3)', column: 'id' },
      { line: 5, reason: 'missing id (no field "id")', column: 'id' },
      { line: 6, reason: 'id of the wrong type (an object)', column: 'id' },
    ]);
  });

  it('without an id field, the same file loads whole with row-<line> ids and no label field', async () => {
    const data = await loadDataset(fixture('duplicate-ids.jsonl'));
    expect(data.rows.map((r) => r.id)).toEqual(['row-1', 'row-2', 'row-3', 'row-4', 'row-5', 'row-6']);
    expect(data.fields.label).toBe(null);
    expect(data.columns.map((c) => c.name)).toEqual(['text', 'id']);
  });

  it('reports a malformed element of a JSON array as an invalid row at its line', async () => {
    const data = await loadDataset(fixture('bad-element.json'), { onInvalid: 'skip' });
    expect(data.invalid).toEqual([{ line: 3, reason: 'invalid JSON' }]);
    expect(data.rows.map(({ line, text, label }) => ({ line, text, label }))).toEqual([
      { line: 2, text: 'ok', label: null },
      { line: 4, text: 'fine', label: 'x' },
    ]);
  });

  it('reports CSV records with the wrong number of fields, and an unclosed quote at the line it opens', async () => {
    const counts = await loadDataset(fixture('field-count.csv'), { onInvalid: 'skip' });
    expect(counts.invalid).toEqual([
      { line: 3, reason: '3 fields, the header has 2' },
      { line: 4, reason: '1 field, the header has 2' },
    ]);
    expect(counts.rows.map((r) => r.line)).toEqual([2, 5]);
    const quote = await loadDataset(fixture('unclosed-quote.csv'), { onInvalid: 'skip' });
    expect(quote.invalid).toEqual([{ line: 3, reason: 'unclosed quote (the record runs to the end of the file)' }]);
    expect(quote.rows.map((r) => r.text)).toEqual(['fine']);
  });

  it('throws INVALID_ROWS even with skip when no row at all is valid', async () => {
    const path = tempFile('all-bad.jsonl', '{"text": ""}\nnot json\n');
    const error = await failure(path, { onInvalid: 'skip' });
    expect(error.code).toBe('INVALID_ROWS');
    expect(error.message).toBe(`${path}: no valid rows, all 2 rows invalid (first at line 1: empty text)`);
  });
});

describe('loadDataset: files that cannot be read (code INPUT, exit code 2)', () => {
  const cases: [string, () => string, string, LoadDatasetOptions?][] = [
    ['a missing file', () => join(tmp, 'nope.jsonl'), 'no such file'],
    ['a directory', () => tmp, 'it is a directory, not a file'],
    ['an empty file', () => fixture('empty.jsonl'), 'the file is empty'],
    ['only blank lines', () => fixture('only-blank.jsonl'), 'no rows, only 3 blank lines'],
    ['a CSV header without rows', () => fixture('header-only.csv'), 'a header but no rows'],
    ['an empty JSON array', () => tempFile('empty-array.json', '[ ]\n'), 'no rows'],
    ['an unclosed JSON array', () => fixture('broken-array.json'), 'invalid JSON at line 3: the array is not closed'],
    ['a JSON object instead of an array', () => fixture('object.json'), "expected a JSON array of objects, found an object (for one object per line, name the file .jsonl or pass format 'jsonl')"],
    ['a trailing comma in a JSON array', () => tempFile('comma.json', '[{"text": "a"},\n]'), 'invalid JSON at line 2: an empty element (a trailing or doubled comma?)'],
    ['text after a JSON array', () => tempFile('after.json', '[{"text": "a"}]\n[]'), 'invalid JSON at line 2: more content after the closing ]'],
    ['a CSV without the text column', () => fixture('headerless.tsv'), 'no column "text" for textField (columns: ham, See you at 7)'],
    ['a CSV without an explicitly named label column', () => fixture('reviews.csv'), 'no column "sentiment" for labelField (columns: id, text, label, stars, source)', { labelField: 'sentiment' }],
    ['a CSV header naming a column twice', () => tempFile('twice.csv', 'text,a,a\nx,1,2\n'), 'the header names column "a" twice'],
    ['a CSV header that is not UTF-8', () => tempFile('bad-header.csv', Buffer.from([0x74, 0xff, 0x0a, 0x61, 0x0a])), 'invalid UTF-8 at line 1'],
    [
      'JSONL where no row has the text field',
      () => fixture('reviews.jsonl'),
      'no row has the text field "body" (fields in the first row: text, label, id, stars, source); choose another with textField (--text-field)',
      { textField: 'body' },
    ],
    [
      'JSONL where no row has an explicitly named label field',
      () => fixture('reviews.jsonl'),
      'no row has the label field "sentiment" (fields in the first row: text, label, id, stars, source); choose another with labelField (--label-field), or leave it unset for unlabeled data',
      { labelField: 'sentiment' },
    ],
  ];
  for (const [what, path, why, options] of cases) {
    it(`refuses ${what}: "cannot read <path>: ${why}"`, async () => {
      const p = path();
      const error = await failure(p, options);
      expect(error.code).toBe('INPUT');
      expect(error.exitCode).toBe(2);
      expect(error.message).toBe(`cannot read ${p}: ${why}`);
    });
  }

  it('refuses a JSON array over 512 MB before reading it, suggesting JSONL (sparse 600 MB file)', async () => {
    const path = join(tmp, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, 600_000_000); // sparse: no disk space used, nothing read
    const error = await failure(path);
    expect(error.code).toBe('INPUT');
    expect(error.message).toBe(
      `cannot read ${path}: 600 MB is over the 512 MB limit for a JSON array, which is read whole; convert it to JSONL (one object per line), which is streamed`,
    );
  });
});

describe('loadDataset: options', () => {
  const path = fixture('reviews.jsonl');
  it('refuses an unknown format, onInvalid or empty field names with InvalidArgumentError', async () => {
    await expect(loadDataset(path, { format: 'xml' as never })).rejects.toThrow(
      new InvalidArgumentError('loadDataset format must be one of auto, jsonl, json, csv, tsv; got "xml"'),
    );
    await expect(loadDataset(path, { onInvalid: 'ignore' as never })).rejects.toThrow("loadDataset onInvalid must be 'error' or 'skip'; got \"ignore\"");
    await expect(loadDataset(path, { textField: '' })).rejects.toThrow('loadDataset textField must be a non-empty field name; got ""');
    await expect(loadDataset(path, { textField: 'text', labelField: 'text' })).rejects.toThrow('loadDataset textField and labelField name the same field "text"');
    await expect(loadDataset(path, { columns: ['a', 'a'] })).rejects.toThrow('loadDataset columns must be a list of distinct non-empty names; got ["a","a"]');
    await expect(loadDataset(path, { columns: ['text'] })).rejects.toThrow('loadDataset columns only applies to CSV and TSV files, not jsonl');
    await expect(loadDataset('')).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});
