import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentId } from '../split/model';
import { loadEditorial } from '../editorial/load';
import { readFingerprintStore } from '../fingerprints';
import { readYaml } from '../read-yaml';
import { loadTraditionalCorrections } from '../traditional';
import type { EditionInputs } from './build-editions';
import { translationSchema } from './english-edition';

export const SOURCE_FILE = 'content/source/joint-statement-2025-and-xinhua-report.zh.txt';
export const TRANSLATIONS_DIR = 'content/translations/en';

/** The English translation of one document, content/translations/en/<document>.yaml. */
export function readTranslation(document: DocumentId) {
  const file = join(TRANSLATIONS_DIR, `${document}.yaml`);
  return { file, translation: readYaml(file, translationSchema) };
}

/** Reads everything the editions are made from: the source page, the translations, the Traditional corrections. */
export function readEditionInputs(source: string = SOURCE_FILE): EditionInputs {
  return {
    source: { name: basename(source), bytes: readFileSync(source) },
    translations: { statement: readTranslation('statement'), report: readTranslation('report') },
    traditionalCorrections: loadTraditionalCorrections(),
    editorial: loadEditorial(),
    fingerprints: readFingerprintStore(),
  };
}
