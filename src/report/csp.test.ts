import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.js';

describe('contentSecurityPolicy', () => {
  it('allows exactly the given inline scripts by sha256 hash', () => {
    // printf 'console.log(1)' | openssl dgst -sha256 -binary | base64
    expect(contentSecurityPolicy(['console.log(1)'])).toBe(
      "default-src 'none'; script-src 'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M='; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    );
  });

  it('forbids scripts entirely when there are none, and never allows eval or a remote source', () => {
    const csp = contentSecurityPolicy([]);
    expect(csp).toContain("script-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
