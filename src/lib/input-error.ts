/**
 * An input of the project (a YAML file, a translation, an editorial note) that cannot be used as it
 * is: names the file and every problem, each with its line or reference, so that it can be fixed in
 * one pass. The split prints it and writes nothing.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'InputError';
  }
}

/** Problems found across the inputs, each beginning with its file: the split prints them all and writes nothing. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`the content has ${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ContentError';
  }
}
