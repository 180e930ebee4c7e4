import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { loadTraditionalCorrections } from '../traditional';
import type { EditionInputs } from './build-editions';
import { translationSchema, TranslationError } from './english-edition';

export const SOURCE_FILE = 'content/source/joint-statement-2025-and-xinhua-report.zh.txt';
const TRANSLATIONS = 'content/translations/en';

function readTranslation(file: string) {
  const parsed = translationSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new TranslationError(file, parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`));
  return { file, translation: parsed.data };
}

/** Reads everything the editions are made from: the source page, the translations, the Traditional corrections. */
export function readEditionInputs(source: string = SOURCE_FILE): EditionInputs {
  return {
    source: { name: basename(source), bytes: readFileSync(source) },
    translations: {
      statement: readTranslation(join(TRANSLATIONS, 'statement.yaml')),
      report: readTranslation(join(TRANSLATIONS, 'report.yaml')),
    },
    traditionalCorrections: loadTraditionalCorrections(),
  };
}
