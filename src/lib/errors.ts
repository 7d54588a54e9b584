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
