/**
 * The split as a step: reads every input once (src/lib/content/inputs.ts), checks every rule between them
 * and makes the content model (src/lib/content/model.ts), and writes the content collections of every
 * edition and the model to a folder. Everything is built in memory first and the folder is swapped in
 * whole, so bad input (SourceError, InputError, ContentError) leaves the previous content untouched.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContentInputs } from '../../src/lib/content/inputs';
import { buildContent } from '../../src/lib/content/model';

/** Writes the split of a source to a folder; returns how many files it wrote. */
export function writeSplit(source: string, out: string): number {
  const { files } = buildContent(readContentInputs(source));
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
