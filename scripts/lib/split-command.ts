/**
 * npm run split, as a function: reads every input (the newspaper page in content/source/, the
 * translations, the glossary, the editorial files, the reviewed lists), checks every rule between them,
 * and writes the content collections of every edition and the content model to content/split/
 * (generated, not tracked). Bad input is reported with its file and line, and writes nothing.
 * `npm run build` runs the same step first. Usage: split [--source FILE] [--out DIR]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SOURCE_FILE } from '../../src/lib/content/inputs';
import { SPLIT_DIR } from '../../src/lib/content/load-model';
import { ContentError, InputError } from '../../src/lib/input-error';
import { SourceError } from '../../src/lib/split/source-error';
import { writeSplit } from './write-split';

export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Runs the split with command-line arguments; returns the exit status. */
export function splitCommand(args: string[], output: Output = console): number {
  const { values } = parseArgs({ args, options: { source: { type: 'string' }, out: { type: 'string' } } });
  const source = resolve(values.source ?? SOURCE_FILE);
  const out = resolve(values.out ?? SPLIT_DIR);

  if (!existsSync(source)) {
    output.error(`${source}: no such file: expected the extracted text of the newspaper page`);
    return 1;
  }
  try {
    output.log(`split: ${writeSplit(source, out)} files written to ${out}`);
    return 0;
  } catch (error) {
    if (error instanceof SourceError) output.error(`${source}:${error.message}`);
    else if (error instanceof InputError || error instanceof ContentError) output.error(error.message);
    else throw error;
    return 1;
  }
}
