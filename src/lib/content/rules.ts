/**
 * Every rule that holds between the inputs, checked in one place, by the split: what `npm run build`
 * refuses is what the tests refuse. Each problem begins with the file to fix.
 */
import type { EditionText } from '../collections/edition-text';
import { paragraphText } from '../collections/edition-text';
import type { EditionScripts } from '../edition-script';
import { editorialProblems, editorialTextProblems, evidenceProblems, DIFFERENCES_FILE, type Editorial } from '../editorial/load';
import { translationDecisionProblems } from '../editorial/translation-check';
import { EDITIONS } from '../editions';
import type { FingerprintStore } from '../fingerprints';
import { termForms } from '../glossary/load-glossary';
import { glossaryProblems, type GlossaryContext } from '../glossary/rules';
import type { GlossaryEntry } from '../glossary/schema';
import { paragraphRef } from '../../shared/references';
import { sectionTitleProblems, type SectionTitle } from '../section-titles';
import type { SplitPage } from '../split/model';
import { alignedTerms, terminologyProblems, TERMINOLOGY_FILE, type ParallelText, type TerminologyEntry } from '../terminology';
import { correctionProblems, type TraditionalCorrection } from '../traditional';
import { taiwanWordsProblems, type TaiwanWords } from '../traditional-interface';
import { simplified as simplifiedInterface } from '../ui/zh-hans';
import { quotedTexts, siteWords } from './site-words';

export interface ContentContext {
  page: SplitPage;
  editions: { simplified: EditionText; traditional: EditionText; english: EditionText };
  /** The translator's notes, by reference. */
  notes: Record<string, string>;
  glossary: readonly GlossaryEntry[];
  terminology: readonly TerminologyEntry[];
  editorial: Editorial;
  sectionTitles: readonly SectionTitle[];
  traditionalCorrections: readonly TraditionalCorrection[];
  taiwanWords: TaiwanWords;
  fingerprints: FingerprintStore;
  scripts: EditionScripts;
}

/** Every text of an edition, each with where it is: titles, subtitles, headings, bylines and paragraphs. */
export function editionTexts(text: EditionText): [where: string, text: string][] {
  return text.documents.flatMap((document) => [
    [`${document.id} title`, document.title],
    ...(document.subtitle !== undefined ? [[`${document.id} subtitle`, document.subtitle] as [string, string]] : []),
    ...(document.byline !== undefined ? [[`${document.id} byline`, document.byline] as [string, string]] : []),
    ...document.sections.flatMap((section) => [
      ...(section.heading !== undefined ? [[`${document.id} ${section.number} heading`, section.heading] as [string, string]] : []),
      ...section.blocks.map((block, index): [string, string] => [paragraphRef(document.id, section.number, index + 1), block.text]),
    ]),
  ]);
}

/** Whether the editors' notes fit the print: each names a paragraph that exists and was made from its text as it is. */
export function notesTextProblems(editorial: Editorial, simplified: EditionText, fingerprints: FingerprintStore): string[] {
  return [...editorialTextProblems(editorial, (ref) => paragraphText(simplified, ref), fingerprints)].flatMap(([file, list]) =>
    list.map((problem) => `${file}: ${problem}`),
  );
}

/** The titles and paragraphs of both documents as [where, Chinese, English], for the terminology table. */
export function parallelTexts(simplified: EditionText, english: EditionText): ParallelText[] {
  const translated = new Map(editionTexts(english));
  return editionTexts(simplified)
    .filter(([where]) => !/subtitle|byline|heading/u.test(where))
    .map(([where, chinese]) => [where, chinese, translated.get(where) ?? '']);
}

/** What the glossary is checked against: the print, the translation, the apparatus, and the forms each edition marks. */
export function glossaryContext({
  editions,
  editorial,
  scripts,
  glossary,
}: Pick<ContentContext, 'editions' | 'editorial' | 'scripts' | 'glossary'>): GlossaryContext {
  const joined = (text: EditionText) =>
    editionTexts(text)
      .map(([, value]) => value)
      .join('\n');
  return {
    chinese: joined(editions.simplified),
    english: joined(editions.english),
    differences: editorial.differences,
    forms: Object.fromEntries(EDITIONS.map((edition) => [edition, termForms(glossary, edition, scripts.quotedTextIn(edition))])) as GlossaryContext['forms'],
  };
}

export function contentProblems(context: ContentContext): string[] {
  const { editions, editorial, scripts, glossary } = context;
  const paragraphs = editionTexts(editions.simplified).filter(([where]) => /^R?\d+\.\d+$/u.test(where));
  const english = new Map(editionTexts(editions.english));
  const problems = [
    ...editorialProblems(editorial),
    ...notesTextProblems(editorial, editions.simplified, context.fingerprints),
    ...evidenceProblems(editorial, scripts.toSimplified, paragraphs.map(([ref]) => ref)),
    ...translationDecisionProblems(editorial.differences, (ref) => {
      const text = english.get(ref);
      return text === undefined ? undefined : { text, note: context.notes[ref] };
    }).map((problem) => `${DIFFERENCES_FILE}: ${problem}`),
    ...glossaryProblems(glossary, glossaryContext(context)),
    ...terminologyProblems(context.terminology, parallelTexts(editions.simplified, editions.english)),
    ...sectionTitleProblems(
      context.sectionTitles,
      context.page.documents.flatMap((document) =>
        document.sections.filter((section) => !section.heading).map((section) => `${document.id}/${section.number}`),
      ),
    ),
    ...correctionProblems(
      context.traditionalCorrections,
      editionTexts(editions.simplified).map(([, text]) => text),
      editionTexts(editions.traditional).map(([, text]) => text),
      scripts.toSimplified,
    ),
    ...taiwanWordsProblems(
      context.taiwanWords,
      siteWords(simplifiedInterface, context)
        .map(({ text }) => scripts.toTraditional(text))
        .join('\n'),
      quotedTexts(editions.traditional, context, scripts.toTraditional).map(({ text }) => text),
    ),
  ];
  try {
    alignedTerms(context.terminology, new Set(termForms(glossary, 'zh-hans', (text) => text).map((form) => form.text)));
  } catch (error) {
    problems.push(error instanceof Error ? error.message : `${TERMINOLOGY_FILE}: ${String(error)}`);
  }
  return problems;
}
