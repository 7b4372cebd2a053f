import { describe, expect, it } from 'vitest';
import { findIbans } from './find-ibans.js';
import { piiReference } from './reference.test-helper.js';

describe('findIbans', () => {
  it('finds every valid reference IBAN inside a sentence, whole, and no invalid one', () => {
    for (const c of piiReference.ibans) {
      const text = `Please pay ${c.text} by Friday.`;
      const expected = c.lengthOk && c.mod97Ok ? [{ kind: 'iban', start: 11, end: 11 + c.text.length, value: c.text }] : [];
      expect(findIbans(text)).toEqual(expected);
    }
  });

  it('stops at the country’s length when a word follows the printed form', () => {
    expect(findIbans('BE71 0961 2345 6769 from Ann')).toEqual([{ kind: 'iban', start: 0, end: 19, value: 'BE71 0961 2345 6769' }]);
  });

  it('finds nothing inside a longer alphanumeric string or with the last character changed', () => {
    expect(findIbans('XGB82WEST12345698765432')).toEqual([]);
    expect(findIbans('GB82WEST123456987654321')).toEqual([]);
    expect(findIbans('GB82WEST12345698765433')).toEqual([]);
  });

  it('finds two IBANs in one text', () => {
    const got = findIbans('from GB82WEST12345698765432 to NL91ABNA0417164300');
    expect(got.map((f) => f.value)).toEqual(['GB82WEST12345698765432', 'NL91ABNA0417164300']);
  });

  it('returns nothing for an empty text', () => {
    expect(findIbans('')).toEqual([]);
  });
});
