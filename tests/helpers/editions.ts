import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { printedEdition } from '../../src/lib/collections/edition-text';
import { translationSchema, type Translation } from '../../src/lib/collections/english-edition';
import type { DocumentId } from '../../src/lib/split/model';
import { splitPage } from '../../src/lib/split/split-page';
import { sourceBytes } from './source';

export const printed = () => printedEdition(splitPage(sourceBytes()));

export function translationFile(document: DocumentId): { file: string; translation: Translation } {
  const file = `content/translations/en/${document}.yaml`;
  return { file, translation: translationSchema.parse(parse(readFileSync(file, 'utf8'))) };
}

export const translations = () => ({ statement: translationFile('statement'), report: translationFile('report') });
