/** An error in an input file, reported as `file:line: message` (the format editors and CI logs link to). */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'SourceError';
  }
}

/** A mistake in how a command was called (an `--out` that is a file), reported as its one-line message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * What a command prints when it fails: a `SourceError` as its `file:line: message`, a `UsageError` as its message;
 * anything else — a bug, not bad
 * input — as one line saying so, with the stack trace only when asked for (`--debug`).
 */
export function failureMessage(e: unknown, { debug = false, command = 'npm run ingest' } = {}): string {
  if (e instanceof SourceError || e instanceof UsageError) return e.message;
  const first = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  const line = `internal error (not a problem in your text): ${first}. Nothing was written. Run \`${command} -- --debug\` for the details and report them.`;
  return debug && e instanceof Error && e.stack ? `${line}\n${e.stack}` : line;
}
