import { editorialTextProblems, type Editorial } from '../editorial/load';
import { SOURCE_EDITION } from '../editions';
import type { FingerprintStore } from '../fingerprints';
import { InputError } from '../input-error';
import type { DocumentId } from '../split/model';
import { splitPage } from '../split/split-page';
import { toCollectionFiles } from './collection-files';
import { mapEditionText, paragraphText, printedEdition } from './edition-text';
import { englishEdition, type Translation } from './english-edition';
import { createToTraditional, type TraditionalCorrection } from '../traditional';

export interface EditionInputs {
  source: { name: string; bytes: Uint8Array };
  translations: Record<DocumentId, { file: string; translation: Translation }>;
  traditionalCorrections: readonly TraditionalCorrection[];
  /** The editorial notes, checked against the printed text they annotate. */
  editorial: Pick<Editorial, 'differences' | 'wordingNotes' | 'crossReferences'>;
  /** The reviewed Chinese texts by fingerprint, to name what changed in a paragraph. */
  fingerprints: FingerprintStore;
}

/**
 * The whole build of the content collections: the printed page split into the Simplified edition,
 * the Traditional edition converted from it, and the English edition from the translations.
 */
export function buildEditions({ source, translations, traditionalCorrections, editorial, fingerprints }: EditionInputs) {
  const page = splitPage(source.bytes);
  const simplified = printedEdition(page);
  if (simplified.edition !== SOURCE_EDITION) throw new Error('the printed edition must be the source edition');
  for (const [file, problems] of editorialTextProblems(editorial, (ref) => paragraphText(simplified, ref), fingerprints))
    throw new InputError(file, problems);
  const traditional = mapEditionText(simplified, 'zh-hant', createToTraditional(traditionalCorrections));
  const english = englishEdition(simplified, translations, fingerprints);
  return { page, editions: [simplified, traditional, english] };
}

export function buildEditionFiles(inputs: EditionInputs): Map<string, string> {
  const { page, editions } = buildEditions(inputs);
  return toCollectionFiles(editions, { source: inputs.source.name, repairs: page.repairs });
}
