/**
 * npm run split: reads the newspaper page in content/source/, the English translations and the
 * reviewed Traditional corrections, and writes the content collections of every edition to
 * content/split/ (scripts/lib/write-split.ts). Bad input is reported with its line and writes nothing.
 * `npm run build` runs the same step first. Usage: split [--source FILE] [--out DIR]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SOURCE_FILE } from '../src/lib/collections/read-inputs';
import { InputError } from '../src/lib/input-error';
import { SourceError } from '../src/lib/split/source-error';
import { SPLIT_OUT, writeSplit } from './lib/write-split';

function main(): number {
  const { values } = parseArgs({ options: { source: { type: 'string' }, out: { type: 'string' } } });
  const source = resolve(values.source ?? SOURCE_FILE);
  const out = resolve(values.out ?? SPLIT_OUT);

  if (!existsSync(source)) {
    console.error(`${source}: no such file: expected the extracted text of the newspaper page`);
    return 1;
  }
  try {
    console.log(`split: ${writeSplit(source, out)} files written to ${out}`);
    return 0;
  } catch (error) {
    if (error instanceof SourceError) console.error(`${source}:${error.message}`);
    else if (error instanceof InputError) console.error(error.message);
    else throw error;
    return 1;
  }
}

process.exitCode = main();
