import { TextDecoder } from 'node:util';

/**
 * An RFC 2047 encoded-word: `=?charset[*language]?B|Q?encoded-text?=`. The encoded text holds
 * no white space and no `?` (RFC 2047 §2); the optional `*language` suffix is RFC 2231 §5.
 */
const ENCODED_WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([BbQq])\?([^?\s]*)\?=/g;

/** Q encoding (RFC 2047 §4.2): `_` is a space, `=XX` a byte in hex, anything else itself. */
function qBytes(text: string): Uint8Array | null {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '_') out.push(0x20);
    else if (c === '=') {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return null;
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      const code = c.charCodeAt(0);
      if (code > 0x7e) return null;
      out.push(code);
    }
  }
  return Uint8Array.from(out);
}

/** B encoding (RFC 2047 §4.1): base64, padding optional in practice. */
function bBytes(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  return Buffer.from(text, 'base64');
}

/**
 * Bytes 0x80–0x9F of windows-1252 (WHATWG Encoding Standard, index-windows-1252; the five bytes
 * it leaves undefined map to the C1 controls of the same value). Node 20's TextDecoder decodes
 * every windows-1252 label as ISO-8859-1, which turns a ™ (0x99) into an invisible control.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** A decoder for a charset label, or null when Node does not know it. */
function decoderFor(charset: string): ((bytes: Uint8Array) => string) | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.toLowerCase(), { fatal: false });
  } catch {
    return null;
  }
  if (decoder.encoding !== 'windows-1252') return (bytes) => decoder.decode(bytes);
  return (bytes) => Array.from(bytes, (b) => String.fromCharCode(b >= 0x80 && b <= 0x9f ? WINDOWS_1252_C1[b - 0x80] : b)).join('');
}

/**
 * Decodes the RFC 2047 encoded-words of an unfolded header value (`=?iso-8859-1?Q?caf=E9?=`,
 * `=?big5?B?…?=`): the bytes of each word (B: base64, Q: quoted-printable with `_` for space) are
 * decoded with its charset, and white space between two adjacent encoded-words is dropped (§6.2),
 * so a long subject split over several words joins up again. Charset names are read as the WHATWG
 * Encoding Standard does (the way browsers and mail readers read mail): `iso-8859-1` and
 * `us-ascii` as windows-1252 (so `=99` is ™), `gb2312` as GBK. A word that is malformed or names
 * a charset Node does not know is left as it is, as §6.2 allows.
 *
 * Reference: RFC 2047 (MIME Part Three: Message Header Extensions for Non-ASCII Text), §2, §4,
 * §6.2; checked against Python 3 `email.header.decode_header` on every SpamAssassin subject
 * (scripts/reference/spam-assassin-subjects.py).
 *
 * @example
 * decodeEncodedWords('=?iso-8859-1?Q?Re:_RE:_=5Bzzzzteana=5D_Sitting_Bull_=FCber_alles?=');
 * // 'Re: RE: [zzzzteana] Sitting Bull über alles'
 * decodeEncodedWords('=?utf-8?B?SGVsbG8s?= =?utf-8?B?IHdvcmxk?=');
 * // 'Hello, world'
 */
export function decodeEncodedWords(value: string): string {
  let out = '';
  let last = 0;
  let previousWordEnd = -1;
  for (const match of value.matchAll(ENCODED_WORD)) {
    const start = match.index;
    const [whole, charset, encoding, text] = match;
    const bytes = encoding.toUpperCase() === 'B' ? bBytes(text) : qBytes(text);
    const decoder = bytes ? decoderFor(charset) : null;
    if (!bytes || !decoder) continue;
    const between = value.slice(last, start);
    // §6.2: linear white space between two encoded-words is not displayed.
    if (!(previousWordEnd === last && /^[ \t\r\n]*$/.test(between))) out += between;
    out += decoder(bytes);
    last = start + whole.length;
    previousWordEnd = last;
  }
  return out + value.slice(last);
}
