/**
 * The user asked for something the checker cannot do (unknown flag, missing
 * path, bad config). `run` turns it into one line on stderr and exit status 2,
 * so that a typo in CI fails loudly but never with a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
