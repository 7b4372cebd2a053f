import { describe, expect, it } from 'vitest';
import { decodeEncodedWords } from './decode-encoded-words.js';

describe('decodeEncodedWords', () => {
  // RFC 2047 §8 ("Examples"): each encoded form and how it is displayed, from the RFC's table.
  it.each([
    ['(=?ISO-8859-1?Q?a?=)', '(a)'],
    ['(=?ISO-8859-1?Q?a?= b)', '(a b)'],
    ['(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a_b?=)', '(a b)'],
    ['(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)', '(a b)'],
  ])('RFC 2047 §8: %j displays as %j', (encoded, shown) => {
    expect(decodeEncodedWords(encoded)).toBe(shown);
  });

  it('decodes the RFC 2047 §8 header examples (Q and B, two charsets joined)', () => {
    expect(decodeEncodedWords('=?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>')).toBe('Keith Moore <moore@cs.utk.edu>');
    expect(decodeEncodedWords('=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?= <keld@dkuug.dk>')).toBe('Keld Jørn Simonsen <keld@dkuug.dk>');
    expect(decodeEncodedWords('=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>')).toBe('André Pirard <PIRARD@vm1.ulg.ac.be>');
    expect(decodeEncodedWords('=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\r\n    =?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=')).toBe(
      'If you can read this you understand the example.',
    );
  });

  it('reads the RFC 2231 §5 language suffix (=?US-ASCII*EN?Q?…?=)', () => {
    expect(decodeEncodedWords('=?US-ASCII*EN?Q?Keith_Moore?=')).toBe('Keith Moore');
  });

  it('keeps plain text, and white space next to plain text, as it is', () => {
    expect(decodeEncodedWords('Re: [ILUG] SUSE 8 disks?')).toBe('Re: [ILUG] SUSE 8 disks?');
    expect(decodeEncodedWords('Re:  =?utf-8?Q?caf=C3=A9?=  time')).toBe('Re:  café  time');
    expect(decodeEncodedWords('')).toBe('');
  });

  it('reads iso-8859-1 as windows-1252, as the WHATWG Encoding Standard does: =99 is ™, =80 is €', () => {
    // From SpamAssassin spam-2: "=?iso-8859-1?Q?Matrox_Parhelia=99_now_available?=".
    expect(decodeEncodedWords('=?iso-8859-1?Q?Matrox_Parhelia=99_now_available?=')).toBe('Matrox Parhelia\u2122 now available');
    expect(decodeEncodedWords('=?us-ascii?Q?=80_5?=')).toBe('\u20ac 5');
    // The five bytes windows-1252 leaves undefined map to the C1 control of the same value.
    expect(decodeEncodedWords('=?iso-8859-1?Q?=81?=')).toBe('\u0081');
  });

  it('decodes the Asian charsets of the corpus (iso-2022-jp, big5, gb2312 as GBK)', () => {
    // Bytes checked with Python 3: b'...'.decode('iso-2022-jp') and .decode('big5'), .decode('gbk').
    expect(decodeEncodedWords('=?iso-2022-jp?B?GyRCJDckOCRfJEgkYiRiJE4lMyVpJVwlbCE8JTclZyVzGyhK?=')).toBe('しじみともものコラボレーション');
    expect(decodeEncodedWords('=?big5?Q?=A4=A3=AC=DD=B7|=AB=E1=AE=AC?=')).toBe('不看會後悔');
    expect(decodeEncodedWords('=?gb2312?B?xOO6ww==?=')).toBe('你好');
  });

  it('takes the encoding letter and charset in either case, and base64 without padding', () => {
    expect(decodeEncodedWords('=?utf-8?b?SGk?=')).toBe('Hi');
    expect(decodeEncodedWords('=?UTF-8?q?H=C3=A9?=')).toBe('Hé');
  });

  it('leaves a word with an unknown charset or a malformed text as it is (RFC 2047 §6.2)', () => {
    expect(decodeEncodedWords('=?x-klingon?Q?abc?= and')).toBe('=?x-klingon?Q?abc?= and');
    expect(decodeEncodedWords('=?utf-8?Q?bad=ZZhex?=')).toBe('=?utf-8?Q?bad=ZZhex?=');
    expect(decodeEncodedWords('=?utf-8?B?not*base64?=')).toBe('=?utf-8?B?not*base64?=');
    // The white space after an undecodable word stays: only space between two decoded words goes.
    expect(decodeEncodedWords('=?x-klingon?Q?a?= =?utf-8?Q?b?=')).toBe('=?x-klingon?Q?a?= b');
  });
});
