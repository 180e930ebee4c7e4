/**
 * Every input of the site, read once, each through its schema: the newspaper page, the translations and
 * the terminology table, the glossary, the editorial files (collation, apparatus, notes, cross-references,
 * section titles) and the reviewed lists of the Traditional edition. Only the split reads them
 * (src/lib/content/model.ts); everything after it reads what the split made of them.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentId } from '../split/model';
import { readEditorial, type EditorialRecord } from '../editorial/load';
import { readFingerprintStore, type FingerprintStore } from '../fingerprints';
import { loadGlossary } from '../glossary/load-glossary';
import type { GlossaryEntry } from '../glossary/schema';
import { readYaml } from '../read-yaml';
import { loadSectionTitles, type SectionTitle } from '../section-titles';
import { loadTerminology, type TerminologyEntry } from '../terminology';
import { loadTraditionalCorrections, type TraditionalCorrection } from '../traditional';
import { loadTaiwanWords, type TaiwanWords } from '../traditional-interface';
import { translationSchema, type Translation } from '../collections/english-edition';

export const SOURCE_FILE = 'content/source/joint-statement-2025-and-xinhua-report.zh.txt';
export const TRANSLATIONS_DIR = 'content/translations/en';

export interface ContentInputs {
  source: { name: string; bytes: Uint8Array };
  translations: Record<DocumentId, { file: string; translation: Translation }>;
  terminology: TerminologyEntry[];
  glossary: GlossaryEntry[];
  editorial: EditorialRecord;
  sectionTitles: SectionTitle[];
  traditionalCorrections: TraditionalCorrection[];
  taiwanWords: TaiwanWords;
  /** The reviewed Chinese texts by fingerprint, to name what changed in a paragraph. */
  fingerprints: FingerprintStore;
}

/** The English translation of one document, content/translations/en/<document>.yaml. */
export function readTranslation(document: DocumentId) {
  const file = join(TRANSLATIONS_DIR, `${document}.yaml`);
  return { file, translation: readYaml(file, translationSchema) };
}

export function readContentInputs(source: string = SOURCE_FILE): ContentInputs {
  return {
    source: { name: basename(source), bytes: readFileSync(source) },
    translations: { statement: readTranslation('statement'), report: readTranslation('report') },
    terminology: loadTerminology(),
    glossary: loadGlossary(),
    editorial: readEditorial(),
    sectionTitles: [...loadSectionTitles().values()],
    traditionalCorrections: loadTraditionalCorrections(),
    taiwanWords: loadTaiwanWords(),
    fingerprints: readFingerprintStore(),
  };
}
