import { describe, expect, it } from 'vitest';
import { headerField } from './header-field.js';
import { parseSubject } from './parse-subject.js';

// Hand-made messages; the expected values follow RFC 5322 §2.2.3 (unfolding removes the line
// break before white space, nothing else) and were checked with Python 3's email package
// (email.parser.Parser(policy=compat32).parsestr(m, headersonly=True)['Subject'], which is the
// value below with its line breaks still in).
describe('headerField', () => {
  it('unfolds a folded field by removing each line break before white space, keeping the white space', () => {
    const m = 'From a@b  Mon Jul 22 17:22:56 2002\nSubject: Re: the underground software vulnerability marketplace and its\n    hazards (fwd)\nTo: x@y\n\nbody';
    expect(headerField(m, 'Subject')).toBe('Re: the underground software vulnerability marketplace and its    hazards (fwd)');
  });

  it('matches the field name whatever its case, and reads CRLF line ends', () => {
    expect(headerField('SUBJECT: Hello\r\n\tworld\r\nX-A: 1\r\n\r\nbody', 'subject')).toBe('Hello\tworld');
  });

  it('reads the first header block only: a Subject line in the body is not a header', () => {
    expect(headerField('From: a@example.com\nTo: b@example.com\n\nSubject: in the body\n', 'subject')).toBeNull();
  });

  it('ends the header block at the first line that is neither a field nor a continuation', () => {
    expect(headerField('From: a@example.com\nthis is not a header\nSubject: too late\n', 'subject')).toBeNull();
  });

  it('takes the first of two Subject fields, and does not take a continuation of another field', () => {
    expect(headerField('Subject: first\nSubject: second\n\n', 'subject')).toBe('first');
    expect(headerField('Received: from x\n Subject: not a field\nDate: today\n\n', 'subject')).toBeNull();
  });

  it('gives null for an empty message and an empty string for an empty field', () => {
    expect(headerField('', 'subject')).toBeNull();
    expect(headerField('Subject:\nTo: x\n\n', 'subject')).toBe('');
  });
});

describe('parseSubject', () => {
  it('unfolds, decodes the encoded-words of a folded subject and makes white space single spaces', () => {
    // spam-2 in the SpamAssassin corpus has this subject, folded between two encoded-words.
    const m = 'Subject: =?iso-2022-jp?B?GyRCRnxLXDhsJE43b0w+IUolNSVWJTglJyUvJUghSyEhJTkbKEI=?=\n\t=?iso-2022-jp?B?GyRCJVElYCVhITwlayRHJE8kIiRqJF4kOyRzISobKEI=?=\n\nbody';
    expect(parseSubject(m)).toEqual({ subject: '日本語の件名（サブジェクト） スパムメールではありません！' });
    expect(parseSubject('Subject:   Re:\tNew   Sequences\n  Window  \n\n')).toEqual({ subject: 'Re: New Sequences Window' });
  });

  it('records why a message has no subject: no Subject field, or an empty one', () => {
    expect(parseSubject('From: a@example.com\n\nhello')).toEqual({ skipped: 'no Subject header' });
    expect(parseSubject('Subject: \nFrom: a@example.com\n\nhello')).toEqual({ skipped: 'empty Subject header' });
    expect(parseSubject('Subject: =?utf-8?Q?_?=\n\n')).toEqual({ skipped: 'empty Subject header' });
  });
});
