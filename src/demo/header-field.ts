/** A header line: a field name of printable ASCII but `:` (RFC 5322 §2.2), then a colon. */
const FIELD_LINE = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:(.*)$/;

/**
 * The unfolded value of the first header field called `name` (case-insensitive) in the first
 * header block of a raw e-mail message, or null when there is none. The header block runs from the
 * start to the first empty line (RFC 5322 §2.1), or to the first line that is neither a field nor
 * a continuation, as Python's `email.feedparser` treats it; an mbox `From ` line before it is
 * skipped. Unfolding removes each line break that is followed by white space (RFC 5322 §2.2.3), so
 * the continuation's spaces or tab stay; the white space right after the colon is dropped (as
 * Python's compat32 header parsing does); encoded-words are left encoded (`decodeEncodedWords`).
 *
 * @example
 * headerField('From a@b  Mon Jul 22 2002\nSubject: Re: the underground\n    hazards (fwd)\n\nbody', 'subject');
 * // 'Re: the underground    hazards (fwd)'
 */
export function headerField(message: string, name: string): string | null {
  const lines = message.split(/\r?\n/);
  const wanted = name.toLowerCase();
  let value: string | null = null;
  let collecting = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i === 0 && line.startsWith('From ')) continue;
    if (line === '') break;
    if (line[0] === ' ' || line[0] === '\t') {
      if (collecting) value += line;
      continue;
    }
    const field = FIELD_LINE.exec(line);
    if (!field) break;
    if (collecting) return value;
    if (value === null && field[1].toLowerCase() === wanted) {
      value = field[2].replace(/^[ \t]+/, '');
      collecting = true;
    }
  }
  return value;
}
