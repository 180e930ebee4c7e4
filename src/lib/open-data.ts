import type { EditionText } from './collections/edition-text';
import type { Editorial } from './editorial/load';
import { independentSources } from './editorial/independence';
import type { CollationEntry, Difference, RussianComparison, Witness } from './editorial/schema';
import { EDITIONS, type Edition } from './editions';
import { seeAlsoByRef } from './editorial/see-also';
import { paragraphId, paragraphRef } from '../shared/references';
import { paths, publicUrl, SITE_URL } from '../shared/urls';

type ByEdition = Record<Edition, string>;

export interface CorpusParagraph {
  ref: string;
  id: string;
  kind: 'paragraph' | 'item';
  url: ByEdition;
  text: ByEdition;
  /** Ids of the glossary entries named in the paragraph (see /<edition>/glossary.json). */
  terms: string[];
  /** Ids of the apparatus entries on the paragraph (see `apparatus`). */
  differences: string[];
  /** References of the paragraphs of the other document it is tied to (see `crossReferences`). */
  seeAlso: string[];
}

/** A paragraph of the report tied to the statement paragraph(s) it bears on (content/editorial/cross-references.yaml). */
export interface CorpusCrossReference {
  report: string;
  /** The closest first. */
  statement: string[];
  reason: { zh: string; en: string };
}

export interface CorpusCitation {
  url: string;
  outlet: { zh: string; en: string };
  kind: Witness['kind'];
  /** The independent source (see `sources`) the page is a copy from. */
  source: string;
  /** The witness's wording around the place, exactly as it has it. */
  quote: string;
}

/** An independent source: pages copied from one origin count once (content/editorial/witnesses.yaml). */
export interface CorpusSource {
  id: string;
  name: { zh: string; en: string };
  evidence: string;
}

/** One difference between the print and the published text (content/editorial/differences.yaml). */
export interface CorpusDifference {
  id: string;
  ref: string;
  printed: string;
  reading: string;
  basis: 'published' | 'conjecture';
  kind: Difference['kind'];
  changesMeaning: boolean;
  /** Copies of the published text with the reading (basis: published). */
  witnesses: CorpusCitation[];
  /** Other publications supporting a conjecture. */
  sources: CorpusCitation[];
  /** Other publications that show what the reading refers to. */
  context: CorpusCitation[];
  /** The ids of the independent sources behind the reading (witnesses, or supporting sources for a conjecture). */
  independentSources: string[];
  /** The official Russian text on the sense of the place, where it could be read. */
  russian?: { witnesses: CorpusCitation[]; supports: NonNullable<Difference['russian']>['supports']; comment: { zh: string; en: string } };
  translationFollows: Difference['translation']['follows'];
  comment: { zh: string; en: string };
  /** The entry on the apparatus page of each edition. */
  url: ByEdition;
}

/** One line of the collation log: what a paragraph (or title, subheading, byline) was collated against. */
export interface CorpusCollation {
  ref: string;
  result: CollationEntry['result'];
  witnesses: { url: string; outlet: { zh: string; en: string }; kind: Witness['kind']; source: string; covers: string }[];
  note?: string;
  /** For the statement: its English compared with the official Russian text for sense. */
  russian?: { compared: string; result: RussianComparison['result']; witnesses: CorpusCitation[]; note?: string };
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
  /** The host the addresses are on; null where the site was built without SITE_URL and the addresses are paths. */
  site: string | null;
  editions: readonly Edition[];
  translation: string;
  documents: CorpusDocument[];
  apparatus: CorpusDifference[];
  /** How the witnesses were grouped into independent sources, and the sources. */
  grouping: string;
  sources: CorpusSource[];
  collation: CorpusCollation[];
  crossReferences: CorpusCrossReference[];
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
    editorialTitles: Map<string, { zh: string; en: string }>;
    termsByRef: Map<string, string[]>;
    editorial: Editorial;
  },
): Corpus {
  const { editorial } = options;
  const citations = (list: readonly { witness: string; quote: string }[]): CorpusCitation[] =>
    list.map(({ witness, quote }) => {
      const { url, outlet, kind, source } = editorial.witnesses.get(witness)!;
      return { url, outlet, kind, source, quote };
    });
  const byEdition = (edition: Edition) => editions.find((e) => e.edition === edition)!;
  const each = (value: (text: EditionText) => string): ByEdition =>
    Object.fromEntries(EDITIONS.map((edition) => [edition, value(byEdition(edition))])) as ByEdition;
  const printed = byEdition('zh-hans');
  const seeAlso = seeAlsoByRef(editorial.crossReferences);
  return {
    source: options.source,
    site: SITE_URL ?? null,
    editions: EDITIONS,
    translation: options.translation,
    documents: printed.documents.map((document, d) => ({
      id: document.id,
      title: each((e) => e.documents[d]!.title),
      ...(document.subtitle !== undefined && { subtitle: each((e) => e.documents[d]!.subtitle!) }),
      ...(document.byline !== undefined && { byline: each((e) => e.documents[d]!.byline!) }),
      ...(document.continuation && { continuation: { marker: document.continuation.marker, sourceLine: document.continuation.line } }),
      sections: document.sections.map((section, s) => {
        const editorialTitle = options.editorialTitles.get(`${document.id}/${section.number}`);
        return {
          number: section.number,
          ...(section.numeral !== undefined && { numeral: each((e) => e.documents[d]!.sections[s]!.numeral!) }),
          ...(section.heading !== undefined && { heading: each((e) => e.documents[d]!.sections[s]!.heading!) }),
          ...(editorialTitle && { editorialTitle: { 'zh-hans': editorialTitle.zh, en: editorialTitle.en } }),
          paragraphs: section.blocks.map((block, b) => {
            const ref = paragraphRef(document.id, section.number, b + 1);
            const id = paragraphId(document.id, section.number, b + 1);
            return {
              ref,
              id,
              kind: block.kind,
              url: Object.fromEntries(
                EDITIONS.map((edition) => [edition, publicUrl(`${paths.section(edition, document.id, section.number)}#${id}`)]),
              ) as ByEdition,
              text: each((e) => e.documents[d]!.sections[s]!.blocks[b]!.text),
              terms: options.termsByRef.get(ref) ?? [],
              differences: editorial.differences.filter((entry) => entry.ref === ref).map((entry) => entry.id),
              seeAlso: (seeAlso.get(ref) ?? []).flatMap((group) => group.refs),
            };
          }),
        };
      }),
    })),
    apparatus: editorial.differences.map((entry) => ({
      id: entry.id,
      ref: entry.ref,
      printed: entry.printed,
      reading: entry.reading,
      basis: entry.basis,
      kind: entry.kind,
      changesMeaning: entry.changesMeaning,
      witnesses: citations(entry.witnesses),
      sources: citations(entry.sources),
      context: citations(entry.context),
      independentSources: independentSources(editorial, entry.basis === 'published' ? entry.witnesses : entry.sources).map(
        (source) => source.id,
      ),
      ...(entry.russian && {
        russian: { witnesses: citations(entry.russian.witnesses), supports: entry.russian.supports, comment: entry.russian.comment },
      }),
      translationFollows: entry.translation.follows,
      comment: entry.comment,
      url: Object.fromEntries(EDITIONS.map((edition) => [edition, publicUrl(`${paths.apparatus(edition)}#${entry.id}`)])) as ByEdition,
    })),
    grouping: editorial.grouping,
    sources: [...editorial.sources.values()].map(({ id, name, evidence }) => ({ id, name, evidence })),
    collation: editorial.log.map((entry) => ({
      ref: entry.ref,
      result: entry.result,
      witnesses: entry.witnesses.map(({ witness, covers }) => {
        const { url, outlet, kind, source } = editorial.witnesses.get(witness)!;
        return { url, outlet, kind, source, covers };
      }),
      ...(entry.note !== undefined && { note: entry.note }),
      ...(entry.russian && {
        russian: {
          compared: entry.russian.compared,
          result: entry.russian.result,
          witnesses: citations(entry.russian.witnesses),
          ...(entry.russian.note !== undefined && { note: entry.russian.note }),
        },
      }),
    })),
    crossReferences: editorial.crossReferences.map(({ report, statement, reason }) => ({ report, statement, reason })),
  };
}

/** The same corpus as one Markdown file: each paragraph under its reference, in the three editions. */
export function corpusMarkdown(corpus: Corpus): string {
  const lines: string[] = [`<!-- Source: ${corpus.source}. ${corpus.translation} -->`, ''];
  for (const document of corpus.documents) {
    lines.push(`# ${document.title['zh-hans']}`, '', document.title['zh-hant'], '', `*${document.title.en}*`, '');
    if (document.subtitle) lines.push(document.subtitle['zh-hans'], '', `*${document.subtitle.en}*`, '');
    for (const section of document.sections) {
      const name = [
        section.numeral?.['zh-hans'],
        section.heading?.['zh-hans'] ?? (section.editorialTitle && `[${section.editorialTitle['zh-hans']}]`),
      ]
        .filter(Boolean)
        .join(' ');
      const english = [section.numeral?.en, section.heading?.en ?? (section.editorialTitle && `[${section.editorialTitle.en}]`)]
        .filter(Boolean)
        .join(' ');
      lines.push(`## ${name} / ${english}`, '');
      for (const paragraph of section.paragraphs) {
        lines.push(`### ${paragraph.ref}`, '', paragraph.text['zh-hans'], '', paragraph.text['zh-hant'], '', `> ${paragraph.text.en}`, '');
        if (paragraph.terms.length > 0) lines.push(`Terms: ${paragraph.terms.join(', ')}`, '');
        if (paragraph.seeAlso.length > 0) lines.push(`See also: ${paragraph.seeAlso.join(', ')}`, '');
        lines.push(`<${paragraph.url['zh-hans']}>`, '');
      }
    }
    if (document.byline) lines.push(document.byline['zh-hans'], '');
    if (document.continuation) lines.push(`*${document.continuation.marker} — the statement continues beyond this source.*`, '');
  }
  lines.push('# Apparatus: the print against the published text', '');
  lines.push(
    '| No. | Paragraph | Printed | Published or conjectured | Basis | Effect on meaning |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  const cell = (text: string) => text.replace(/\|/gu, '\\|');
  corpus.apparatus.forEach((entry, index) => {
    const basis =
      entry.basis === 'published'
        ? `published text: ${entry.witnesses.map((w) => `[${w.outlet.en}](${w.url}) (${w.kind}): “${w.quote}”`).join('; ')}`
        : `conjecture${entry.sources.length > 0 ? `; supporting: ${entry.sources.map((w) => `[${w.outlet.en}](${w.url}): “${w.quote}”`).join('; ')}` : ''}`;
    const independent = `${entry.independentSources.length} independent source${entry.independentSources.length === 1 ? '' : 's'} (${entry.independentSources.join(', ') || 'none'})`;
    const russian = entry.russian
      ? `; Russian text: ${entry.russian.witnesses.map((w) => `[${w.outlet.en}](${w.url}): «${w.quote}»`).join('; ')}, supports the ${entry.russian.supports === 'undecided' ? 'question undecided' : entry.russian.supports}`
      : '';
    lines.push(
      `| ${index + 1} | [${entry.ref}](${entry.url.en}) | ${entry.printed} | ${entry.reading} | ${cell(`${basis}; ${independent}${russian}`)} | ${entry.changesMeaning ? 'changes the meaning' : 'meaning unchanged'} (${entry.kind.replace(/-/gu, ' ')}) |`,
    );
  });
  lines.push('', '## Independent sources', '', corpus.grouping, '');
  for (const source of corpus.sources) lines.push(`- **${source.id}** (${source.name.en}): ${source.evidence}`);
  lines.push('', '## Collation log', '');
  for (const entry of corpus.collation) {
    const against =
      entry.witnesses.length === 0 ? 'no witness found' : entry.witnesses.map((w) => `[${w.outlet.en}](${w.url}) (${w.covers})`).join('; ');
    const russian = entry.russian
      ? ` Russian text, compared for ${entry.russian.compared}: ${entry.russian.result}${entry.russian.witnesses.map((w) => ` [${w.outlet.en}](${w.url}) «${w.quote}»`).join(';')}${entry.russian.note ? ` (${entry.russian.note})` : ''}.`
      : '';
    lines.push(`- **${entry.ref}** — ${entry.result}: ${against}${entry.note ? `. ${entry.note}` : ''}${russian}`);
  }
  lines.push('', '# Cross-references: the report tied to the statement', '');
  for (const link of corpus.crossReferences)
    lines.push(`- **${link.report}** → ${link.statement.join(', ')}: ${link.reason.en} / ${link.reason.zh}`);
  lines.push('');
  return `${lines.join('\n').trimEnd()}\n`;
}
