/**
 * The split as a step: reads the newspaper page, the translations and the editorial files, and writes
 * the content collections of every edition to a folder. Everything is built in memory first and the
 * folder is swapped in whole, so bad input (SourceError, InputError) leaves the previous content untouched.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildEditionFiles } from '../../src/lib/collections/build-editions';
import { readEditionInputs } from '../../src/lib/collections/read-inputs';

export const SPLIT_OUT = 'content/split';

/** Writes the split of a source to a folder; returns how many files it wrote. */
export function writeSplit(source: string, out: string): number {
  const files = buildEditionFiles(readEditionInputs(source));
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
  return files.size;
}
