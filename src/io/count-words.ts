/**
 * Number of whitespace-separated words: the length of Python's `s.split()` (CPython 3.11), which
 * splits on runs of the characters for which `str.isspace()` is true and ignores leading and
 * trailing whitespace. Those are \t \n \v \f \r, U+001C–U+001F, space, U+0085, U+00A0, U+1680,
 * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000; unlike JavaScript's `\s` this set
 * includes U+001C–U+001F and U+0085 (which real SMS and review data contain) and excludes U+FEFF.
 * Matching Python keeps word counts comparable with numpy/pandas reference numbers.
 *
 * @example
 * countWords('  Ok lar...  Joking wif u oni... '); // 6
 * countWords('a\u0085b');                           // 2 (NEL separates, as in Python)
 * countWords('');                                   // 0
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isPythonSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Python's `str.isspace()` for one UTF-16 code unit (the set listed on `countWords`). */
export function isPythonSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}
