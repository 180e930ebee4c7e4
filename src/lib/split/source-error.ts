/** A problem in the source text, located at a 1-based line of the source file. */
export class SourceError extends Error {
  readonly line: number;

  constructor(line: number, problem: string) {
    super(`line ${line}: ${problem}`);
    this.name = 'SourceError';
    this.line = line;
  }
}
