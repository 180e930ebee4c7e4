/**
 * npm run split: reads the newspaper page in content/source/ and writes the content collections
 * to content/split/. Everything is built in memory first and the folder is swapped in whole, so a
 * bad source leaves the previous content untouched. Usage: split [--source FILE] [--out DIR]
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toCollectionFiles } from '../src/lib/split/collection-files';
import { SourceError } from '../src/lib/split/source-error';
import { splitPage } from '../src/lib/split/split-page';

const DEFAULT_SOURCE = 'content/source/joint-statement-2025-and-xinhua-report.zh.txt';
const DEFAULT_OUT = 'content/split';

function main(): number {
  const { values } = parseArgs({ options: { source: { type: 'string' }, out: { type: 'string' } } });
  const source = resolve(values.source ?? DEFAULT_SOURCE);
  const out = resolve(values.out ?? DEFAULT_OUT);

  let files: Map<string, string>;
  try {
    files = toCollectionFiles(splitPage(readFileSync(source)), basename(source));
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    console.error(`${source}:${error.message}`);
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
