/**
 * Why one request attempt failed, and whether another attempt may help: thrown inside the
 * OpenAI-compatible embedder and generation provider and turned by their retry loops into a
 * wait or a SynthscopeError 'REMOTE'. Internal: never escapes.
 *
 * @example
 * new AttemptFailure(true, 'HTTP 429', 'Rate limit reached', 429, 2000);
 */
export class AttemptFailure {
  constructor(
    readonly retryable: boolean,
    /** 'HTTP 500', 'no response within 60000 ms', 'the response has 3 embeddings for 4 inputs'. */
    readonly what: string,
    /** The server's own message, already scrubbed of the key. */
    readonly detail?: string,
    readonly status?: number,
    /** The wait the server asked for, in ms (Retry-After). */
    readonly retryAfterMs?: number,
    /** A 400/422 whose message says the server does not take our response_format. */
    readonly formatRejected = false,
  ) {}
}
