import { describe, expect, it } from 'vitest';
import { findEmails } from './find-emails.js';

describe('findEmails', () => {
  // RFC 2606 reserves example.com/.org/.net for documentation.
  it.each([
    'jane.doe@example.com',
    'j@example.org',
    'first.last+tag@mail.example.co.uk',
    "o'brien@example.net",
    'user_name-1%x@sub-domain.example.info',
  ])('finds %s whole inside a sentence', (value) => {
    expect(findEmails(`Contact ${value}, please.`)).toEqual([{ kind: 'email', start: 8, end: 8 + value.length, value }]);
  });

  it.each(['user@localhost', 'a@b', '@example.com', 'user@.example.com', 'user@example.c', 'user..name@example.com', '.user@example.com', 'user@-example.com'])(
    'finds no address in %s',
    (text) => {
      expect(findEmails(text)).toEqual([]);
    },
  );

  it('leaves a trailing sentence dot out and finds several addresses', () => {
    expect(findEmails('Mail a@example.com or b@example.org.').map((f) => f.value)).toEqual(['a@example.com', 'b@example.org']);
  });

  it('throws on a non-string', () => {
    expect(() => findEmails(undefined as unknown as string)).toThrow(/findEmails needs a string/);
  });
});
