import { decodeEncodedWords } from './decode-encoded-words.js';
import { headerField } from './header-field.js';
import { subjectEmpty, subjectMissing } from './messages.js';

/** What `parseSubject` found: the subject line, or why there is none. */
export type ParsedSubject = { subject: string } | { skipped: string };

/**
 * The Subject of a raw e-mail message as one clean line: the first `Subject:` field of the first
 * header block (`headerField`: unfolded), its RFC 2047 encoded-words decoded
 * (`decodeEncodedWords`), then every run of white space made one space and the ends trimmed. A
 * message without a Subject field, or with an empty one, gives `{ skipped: reason }` so the caller
 * can record it instead of dropping it silently.
 *
 * Reference: RFC 5322 §2.2.3 (unfolding), RFC 2047 (encoded-words); compared with Python 3's
 * `email` package on the whole SpamAssassin public corpus (scripts/reference/spam-assassin-subjects.py).
 *
 * @example
 * parseSubject('Subject: =?iso-8859-1?Q?Matrox_Parhelia=99_now_available?=\n\nbody');
 * // { subject: 'Matrox Parhelia™ now available' }
 * parseSubject('From: a@example.com\n\nSubject: in the body');
 * // { skipped: 'no Subject header' }
 */
export function parseSubject(message: string): ParsedSubject {
  const raw = headerField(message, 'subject');
  if (raw === null) return { skipped: subjectMissing };
  const subject = decodeEncodedWords(raw).replace(/\s+/g, ' ').trim();
  return subject === '' ? { skipped: subjectEmpty } : { subject };
}
