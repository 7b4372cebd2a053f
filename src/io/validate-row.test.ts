import { describe, expect, it } from 'vitest';
import { compileFields, validateRow } from './validate-row.js';

const fields = compileFields({ text: 'text', label: 'label', id: null });
const withId = compileFields({ text: 'text', label: 'label', id: 'id' });

describe('validateRow', () => {
  it('splits a record into text, label and meta (every other top-level field)', () => {
    expect(validateRow({ text: 'hi', label: 'pos', n: 3, tags: ['a'] }, fields)).toEqual({
      ok: true,
      text: 'hi',
      label: 'pos',
      id: null,
      meta: { n: 3, tags: ['a'] },
      labelPresent: true,
      rawId: undefined,
    });
  });

  it('keeps the text as written (no trimming) but refuses text that is empty after trim', () => {
    expect(validateRow({ text: '  padded  ' }, fields)).toMatchObject({ ok: true, text: '  padded  ' });
    expect(validateRow({ text: '' }, fields)).toEqual({ ok: false, reason: 'empty text', column: 'text' });
    expect(validateRow({ text: ' \t\r\n\u00a0\u3000\ufeff' }, fields)).toEqual({ ok: false, reason: 'empty text', column: 'text' });
  });

  it('refuses missing, null and non-string text, naming what it found', () => {
    expect(validateRow({ label: 'a' }, fields)).toEqual({ ok: false, reason: 'missing text (no field "text")', column: 'text' });
    expect(validateRow({ text: null }, fields)).toEqual({ ok: false, reason: 'missing text (no field "text")', column: 'text' });
    expect(validateRow({ text: 42 }, fields)).toEqual({ ok: false, reason: 'non-string text (found a number)', column: 'text' });
    expect(validateRow({ text: ['a'] }, fields)).toEqual({ ok: false, reason: 'non-string text (found an array)', column: 'text' });
  });

  it('keeps string and number labels, turns booleans into "true"/"false" and null, missing or "" into null', () => {
    expect(validateRow({ text: 'x', label: 2 }, fields)).toMatchObject({ label: 2, labelPresent: true });
    expect(validateRow({ text: 'x', label: 0 }, fields)).toMatchObject({ label: 0 });
    expect(validateRow({ text: 'x', label: true }, fields)).toMatchObject({ label: 'true' });
    expect(validateRow({ text: 'x', label: false }, fields)).toMatchObject({ label: 'false' });
    expect(validateRow({ text: 'x', label: null }, fields)).toMatchObject({ label: null, labelPresent: true });
    expect(validateRow({ text: 'x', label: '' }, fields)).toMatchObject({ label: null });
    expect(validateRow({ text: 'x' }, fields)).toMatchObject({ label: null, labelPresent: false });
  });

  it('refuses an object or array label as "label of the wrong type"', () => {
    expect(validateRow({ text: 'x', label: { a: 1 } }, fields)).toEqual({ ok: false, reason: 'label of the wrong type (an object)', column: 'label' });
    expect(validateRow({ text: 'x', label: [1] }, fields)).toEqual({ ok: false, reason: 'label of the wrong type (an array)', column: 'label' });
  });

  it('stringifies ids and refuses missing, empty and object ids', () => {
    expect(validateRow({ text: 'x', id: 7 }, withId)).toMatchObject({ ok: true, id: '7', rawId: 7, meta: {} });
    expect(validateRow({ text: 'x', id: 'a7' }, withId)).toMatchObject({ ok: true, id: 'a7' });
    expect(validateRow({ text: 'x', id: true }, withId)).toMatchObject({ ok: true, id: 'true' });
    expect(validateRow({ text: 'x' }, withId)).toEqual({ ok: false, reason: 'missing id (no field "id")', column: 'id' });
    expect(validateRow({ text: 'x', id: '' }, withId)).toEqual({ ok: false, reason: 'missing id (no field "id")', column: 'id' });
    expect(validateRow({ text: 'x', id: { a: 1 } }, withId)).toEqual({ ok: false, reason: 'id of the wrong type (an object)', column: 'id' });
  });

  it('refuses records that are not objects', () => {
    expect(validateRow(['a'], fields)).toEqual({ ok: false, reason: 'not a JSON object (found an array)' });
    expect(validateRow('text', fields)).toEqual({ ok: false, reason: 'not a JSON object (found a string)' });
    expect(validateRow(null, fields)).toEqual({ ok: false, reason: 'not a JSON object (found null)' });
  });

  it('reads dotted paths and keeps the parent object in meta', () => {
    const nested = compileFields({ text: 'm.text', label: 'm.label', id: null });
    expect(validateRow({ m: { text: 'deep', label: 'x' }, lang: 'en' }, nested)).toMatchObject({
      ok: true,
      text: 'deep',
      label: 'x',
      meta: { m: { text: 'deep', label: 'x' }, lang: 'en' },
    });
  });

  it('reads no label at all when the label field is null', () => {
    const noLabel = compileFields({ text: 'text', label: null, id: null });
    expect(validateRow({ text: 'x', label: { bad: 1 } }, noLabel)).toMatchObject({ ok: true, label: null, meta: { label: { bad: 1 } } });
  });
});
