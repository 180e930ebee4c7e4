/**
 * npm run split: reads the newspaper page in content/source/, the English translations and the
 * reviewed Traditional corrections, and writes the content collections of every edition to
 * content/split/. Everything is built in memory first and the folder is swapped in whole, so bad
 * input leaves the previous content untouched.
 * Usage: split [--source FILE] [--out DIR]
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEditionFiles } from '../src/lib/collections/build-editions';
import { readEditionInputs, SOURCE_FILE } from '../src/lib/collections/read-inputs';
import { InputError } from '../src/lib/input-error';
import { SourceError } from '../src/lib/split/source-error';

const DEFAULT_OUT = 'content/split';

function main(): number {
  const { values } = parseArgs({ options: { source: { type: 'string' }, out: { type: 'string' } } });
  const source = resolve(values.source ?? SOURCE_FILE);
  const out = resolve(values.out ?? DEFAULT_OUT);

  if (!existsSync(source)) {
    console.error(`${source}: no such file: expected the extracted text of the newspaper page`);
    return 1;
  }

  let files: Map<string, string>;
  try {
    files = buildEditionFiles(readEditionInputs(source));
  } catch (error) {
    if (error instanceof SourceError) console.error(`${source}:${error.message}`);
    else if (error instanceof InputError) console.error(error.message);
    else throw error;
    return 1;
  }

  const staging = `${out}.staging-${process.pid}`;
  const previous = `${out}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(staging, path)), { recursive: true });
    writeFileSync(join(staging, path), text);
  }
  const hadPrevious = existsSync(out);
  if (hadPrevious) renameSync(out, previous);
  renameSync(staging, out);
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
  console.log(`split: ${files.size} files written to ${out}`);
  return 0;
}

process.exitCode = main();
