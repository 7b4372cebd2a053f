import { describe, expect, it } from 'vitest';
import { compileFieldPath } from './field-path.js';

describe('compileFieldPath', () => {
  it('reads a top-level key, and undefined when it is absent', () => {
    const get = compileFieldPath('text');
    expect(get({ text: 'hi' })).toBe('hi');
    expect(get({ text: null })).toBe(null);
    expect(get({ other: 1 })).toBe(undefined);
  });

  it('follows a dotted path through nested objects', () => {
    expect(compileFieldPath('meta.text')({ meta: { text: 'deep' } })).toBe('deep');
    expect(compileFieldPath('a.b.c')({ a: { b: { c: 3 } } })).toBe(3);
  });

  it('prefers a key that contains the dot itself (a CSV header "meta.text")', () => {
    expect(compileFieldPath('meta.text')({ 'meta.text': 'flat', meta: { text: 'deep' } })).toBe('flat');
  });

  it('gives undefined when the path runs into a non-object, an array or null, and does not index arrays', () => {
    const get = compileFieldPath('a.b');
    expect(get({ a: 'string' })).toBe(undefined);
    expect(get({ a: null })).toBe(undefined);
    expect(get({ a: [{ b: 1 }] })).toBe(undefined);
    expect(compileFieldPath('a.0')({ a: ['x'] })).toBe(undefined);
  });

  it('never reads inherited properties', () => {
    expect(compileFieldPath('toString')({})).toBe(undefined);
    expect(compileFieldPath('a.constructor')({ a: {} })).toBe(undefined);
  });
});
