/**
 * npm run split: reads the newspaper page in content/source/, the English translations and the
 * reviewed Traditional corrections, and writes the content collections of every edition to
 * content/split/. Everything is built in memory first and the folder is swapped in whole, so bad
 * input leaves the previous content untouched.
 * Usage: split [--source FILE] [--out DIR]
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { buildEditionFiles } from '../src/lib/collections/build-editions';
import { translationSchema, TranslationError } from '../src/lib/collections/english-edition';
import { SourceError } from '../src/lib/split/source-error';
import { loadTraditionalCorrections } from '../src/lib/traditional';

const DEFAULT_SOURCE = 'content/source/joint-statement-2025-and-xinhua-report.zh.txt';
const DEFAULT_OUT = 'content/split';
const TRANSLATIONS = 'content/translations/en';

function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'));
}

function readTranslation(file: string) {
  const parsed = translationSchema.safeParse(readYaml(file));
  if (!parsed.success) throw new TranslationError(file, parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`));
  return { file, translation: parsed.data };
}

function main(): number {
  const { values } = parseArgs({ options: { source: { type: 'string' }, out: { type: 'string' } } });
  const source = resolve(values.source ?? DEFAULT_SOURCE);
  const out = resolve(values.out ?? DEFAULT_OUT);

  let files: Map<string, string>;
  try {
    files = buildEditionFiles({
      source: { name: basename(source), bytes: readFileSync(source) },
      translations: {
        statement: readTranslation(join(TRANSLATIONS, 'statement.yaml')),
        report: readTranslation(join(TRANSLATIONS, 'report.yaml')),
      },
      traditionalCorrections: loadTraditionalCorrections(),
    });
  } catch (error) {
    if (error instanceof SourceError) console.error(`${source}:${error.message}`);
    else if (error instanceof TranslationError) console.error(error.message);
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
