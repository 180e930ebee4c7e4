/**
 * The content model: the one result of reading and checking every input, made by the split and read by
 * everything after it (the Markdown pipeline, the pages, the search data, the open data, the tests).
 * The printed page is split into the Simplified edition, the Traditional edition is converted from it,
 * the English edition is made from the translations; every rule between the inputs is checked
 * (src/lib/content/rules.ts), and where each glossary term occurs is found by the matcher that marks it.
 */
import { toCollectionFiles } from '../collections/collection-files';
import { mapEditionText, printedEdition, type EditionText } from '../collections/edition-text';
import { englishEdition } from '../collections/english-edition';
import { createEditionScripts } from '../edition-script';
import { editorialOf, type EditorialRecord } from '../editorial/load';
import { EDITIONS, SOURCE_EDITION, type Edition } from '../editions';
import { termForms } from '../glossary/load-glossary';
import { termOccurrences, type Occurrence } from '../glossary/occurrences';
import type { GlossaryEntry } from '../glossary/schema';
import { createTermMatcher } from '../glossary/term-matcher';
import { ContentError, InputError } from '../input-error';
import type { SectionTitle } from '../section-titles';
import type { LayoutRepair } from '../split/model';
import { splitPage } from '../split/split-page';
import type { TerminologyEntry } from '../terminology';
import type { TraditionalCorrection } from '../traditional';
import type { TaiwanWords } from '../traditional-interface';
import type { ContentInputs } from './inputs';
import { contentProblems, notesTextProblems } from './rules';

export interface ContentModel {
  /** The name of the source file. */
  source: string;
  /** The layout repairs the split made, by rule. */
  repairs: LayoutRepair[];
  /** Every edition's text, in the shape they share. */
  editions: EditionText[];
  glossary: GlossaryEntry[];
  terminology: TerminologyEntry[];
  editorial: EditorialRecord;
  sectionTitles: SectionTitle[];
  traditionalCorrections: TraditionalCorrection[];
  taiwanWords: TaiwanWords;
  /** Where each glossary entry is marked, per edition: paragraph by paragraph, in reading order. */
  occurrences: Record<Edition, Record<string, Occurrence[]>>;
}

/** The model of the inputs, and the files of the content collections; throws with every problem found (nothing is half-made). */
export function buildContent(inputs: ContentInputs): { model: ContentModel; files: Map<string, string> } {
  const page = splitPage(inputs.source.bytes);
  const simplified = printedEdition(page);
  if (simplified.edition !== SOURCE_EDITION) throw new Error('the printed edition must be the source edition');
  const scripts = createEditionScripts(inputs);
  const traditional = mapEditionText(simplified, 'zh-hant', scripts.toTraditional);
  const editorial = editorialOf(inputs.editorial);
  let english: EditionText;
  try {
    english = englishEdition(simplified, inputs.translations, inputs.fingerprints);
  } catch (error) {
    // A translation that cannot be used stops the English edition; the notes on the same text are reported with it.
    if (!(error instanceof InputError)) throw error;
    throw new ContentError([
      ...error.problems.map((problem) => `${error.file}: ${problem}`),
      ...notesTextProblems(editorial, simplified, inputs.fingerprints),
    ]);
  }
  const notes = { ...inputs.translations.statement.translation.notes, ...inputs.translations.report.translation.notes };
  const problems = contentProblems({ ...inputs, page, editions: { simplified, traditional, english }, notes, editorial, scripts });
  if (problems.length > 0) throw new ContentError(problems);

  const editions = [simplified, traditional, english];
  const marked = (edition: Edition) => {
    if (edition === 'en') return () => [];
    const toScript = scripts.quotedTextIn(edition);
    const printed = [...editorial.differences, ...editorial.wordingNotes];
    return (ref: string) => printed.filter((entry) => entry.ref === ref).map((entry) => toScript(entry.printed));
  };
  const occurrences = Object.fromEntries(
    EDITIONS.map((edition) => {
      const match = createTermMatcher(termForms(inputs.glossary, edition, scripts.quotedTextIn(edition)), { wholeWords: edition === 'en' });
      return [edition, termOccurrences(editions.find((text) => text.edition === edition)!, match, marked(edition))];
    }),
  ) as ContentModel['occurrences'];
  const model: ContentModel = {
    source: inputs.source.name,
    repairs: page.repairs,
    editions,
    glossary: inputs.glossary,
    terminology: inputs.terminology,
    editorial: inputs.editorial,
    sectionTitles: inputs.sectionTitles,
    traditionalCorrections: inputs.traditionalCorrections,
    taiwanWords: inputs.taiwanWords,
    occurrences,
  };
  return { model, files: toCollectionFiles(model) };
}
