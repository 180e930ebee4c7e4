import type { EditionText } from './collections/edition-text';
import { EDITIONS, type Edition } from './editions';
import { paragraphId, paragraphRef, sectionPath } from './references';

type ByEdition = Record<Edition, string>;

export interface CorpusParagraph {
  ref: string;
  id: string;
  kind: 'paragraph' | 'item';
  url: ByEdition;
  text: ByEdition;
  /** Ids of the glossary entries named in the paragraph (see /<edition>/glossary.json). */
  terms: string[];
}

export interface CorpusSection {
  number: number;
  numeral?: ByEdition;
  heading?: ByEdition;
  editorialTitle?: { 'zh-hans': string; en: string };
  paragraphs: CorpusParagraph[];
}

export interface CorpusDocument {
  id: string;
  title: ByEdition;
  subtitle?: ByEdition;
  byline?: ByEdition;
  continuation?: { marker: string; sourceLine: number };
  sections: CorpusSection[];
}

export interface Corpus {
  source: string;
  editions: readonly Edition[];
  translation: string;
  documents: CorpusDocument[];
}

/**
 * The aligned corpus: every paragraph with its reference, its text in each edition, its address in
 * each edition, and the glossary terms in it. Built from the same editions as the site.
 */
export function alignedCorpus(
  editions: readonly EditionText[],
  options: {
    source: string;
    translation: string;
    siteUrl: string;
    editorialTitles: Map<string, { zh: string; en: string }>;
    termsByRef: Map<string, string[]>;
  },
): Corpus {
  const byEdition = (edition: Edition) => editions.find((e) => e.edition === edition)!;
  const each = (value: (text: EditionText) => string): ByEdition => Object.fromEntries(EDITIONS.map((edition) => [edition, value(byEdition(edition))])) as ByEdition;
  const printed = byEdition('zh-hans');
  return {
    source: options.source,
    editions: EDITIONS,
    translation: options.translation,
    documents: printed.documents.map((document, d) => ({
      id: document.id,
      title: each((e) => e.documents[d]!.title),
      ...(document.subtitle !== undefined && { subtitle: each((e) => e.documents[d]!.subtitle!) }),
      ...(document.byline !== undefined && { byline: each((e) => e.documents[d]!.byline!) }),
      ...(document.continuation && { continuation: { marker: document.continuation.marker, sourceLine: document.continuation.line } }),
      sections: document.sections.map((section, s) => {
        const editorial = options.editorialTitles.get(`${document.id}/${section.number}`);
        return {
          number: section.number,
          ...(section.numeral !== undefined && { numeral: each((e) => e.documents[d]!.sections[s]!.numeral!) }),
          ...(section.heading !== undefined && { heading: each((e) => e.documents[d]!.sections[s]!.heading!) }),
          ...(editorial && { editorialTitle: { 'zh-hans': editorial.zh, en: editorial.en } }),
          paragraphs: section.blocks.map((block, b) => {
            const ref = paragraphRef(document.id, section.number, b + 1);
            const id = paragraphId(document.id, section.number, b + 1);
            return {
              ref,
              id,
              kind: block.kind,
              url: Object.fromEntries(EDITIONS.map((edition) => [edition, new URL(`${sectionPath(edition, document.id, section.number)}#${id}`, options.siteUrl).href])) as ByEdition,
              text: each((e) => e.documents[d]!.sections[s]!.blocks[b]!.text),
              terms: options.termsByRef.get(ref) ?? [],
            };
          }),
        };
      }),
    })),
  };
}

/** The same corpus as one Markdown file: each paragraph under its reference, in the three editions. */
export function corpusMarkdown(corpus: Corpus): string {
  const lines: string[] = [`<!-- Source: ${corpus.source}. ${corpus.translation} -->`, ''];
  for (const document of corpus.documents) {
    lines.push(`# ${document.title['zh-hans']}`, '', document.title['zh-hant'], '', `*${document.title.en}*`, '');
    if (document.subtitle) lines.push(document.subtitle['zh-hans'], '', `*${document.subtitle.en}*`, '');
    for (const section of document.sections) {
      const name = [section.numeral?.['zh-hans'], section.heading?.['zh-hans'] ?? (section.editorialTitle && `[${section.editorialTitle['zh-hans']}]`)].filter(Boolean).join(' ');
      const english = [section.numeral?.en, section.heading?.en ?? (section.editorialTitle && `[${section.editorialTitle.en}]`)].filter(Boolean).join(' ');
      lines.push(`## ${name} / ${english}`, '');
      for (const paragraph of section.paragraphs) {
        lines.push(`### ${paragraph.ref}`, '', paragraph.text['zh-hans'], '', paragraph.text['zh-hant'], '', `> ${paragraph.text.en}`, '');
        if (paragraph.terms.length > 0) lines.push(`Terms: ${paragraph.terms.join(', ')}`, '');
        lines.push(`<${paragraph.url['zh-hans']}>`, '');
      }
    }
    if (document.byline) lines.push(document.byline['zh-hans'], '');
    if (document.continuation) lines.push(`*${document.continuation.marker} — the statement continues beyond this source.*`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
