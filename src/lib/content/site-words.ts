/**
 * The two kinds of Chinese the site shows besides its text, as the Traditional edition must treat them:
 * the site's own words, written in Simplified and converted as Taiwan writes (the interface, the notes'
 * comments, the reasons, the names of outlets and sources, the editors' titles, the glossary's
 * explanations), and what it quotes, which changes its script and nothing else (the print, the readings,
 * the witnesses' wording, the glossary's terms).
 */
import type { EditionText } from '../collections/edition-text';
import type { Editorial } from '../editorial/load';
import type { GlossaryEntry } from '../glossary/schema';
import type { SectionTitle } from '../section-titles';
import type { UiStrings } from '../ui/strings';

export interface Located {
  where: string;
  text: string;
}

/** Every string of an edition's interface text, by its path: copyLink, searchCount.contain.other, sourceNote.1 … */
export function interfaceStrings(ui: UiStrings): Located[] {
  const walk = (value: unknown, where: string): Located[] =>
    typeof value === 'string'
      ? [{ where, text: value }]
      : Array.isArray(value)
        ? value.flatMap((item, index) => walk(item, `${where}.${index}`))
        : Object.entries(value as object).flatMap(([key, item]) => walk(item, where ? `${where}.${key}` : key));
  return walk(ui, '');
}

export function siteWords(
  ui: UiStrings,
  { editorial, sectionTitles, glossary }: { editorial: Editorial; sectionTitles: readonly SectionTitle[]; glossary: readonly GlossaryEntry[] },
): Located[] {
  return [
    ...interfaceStrings(ui).map(({ where, text }) => ({ where: `ui ${where}`, text })),
    ...editorial.differences.flatMap((entry) => [
      { where: `note ${entry.id}`, text: entry.comment.zh },
      ...(entry.russian ? [{ where: `note ${entry.id} (Russian)`, text: entry.russian.comment.zh }] : []),
    ]),
    ...editorial.wordingNotes.map((note) => ({ where: `note on ${note.ref}`, text: note.comment.zh })),
    ...editorial.crossReferences.map((link) => ({ where: `see also ${link.report}`, text: link.reason.zh })),
    ...[...editorial.sources.values()].map((source) => ({ where: `source ${source.id}`, text: source.name.zh })),
    ...[...editorial.witnesses.values()].map((witness) => ({ where: `outlet of ${witness.id}`, text: witness.outlet.zh })),
    ...sectionTitles.map((title) => ({ where: `title ${title.id}`, text: title.zh })),
    ...glossary.flatMap((entry) => [
      { where: `glossary ${entry.id}`, text: entry.explanation.zh.trim() },
      ...(entry.distinctFrom ?? []).flatMap((other) => [
        { where: `glossary ${entry.id}: ${other.en}`, text: other.zh },
        { where: `glossary ${entry.id}: ${other.en} (note)`, text: other.note.zh },
      ]),
    ]),
  ];
}

/** Every Chinese text the site quotes, in Traditional script as the Traditional edition shows it. */
export function quotedTexts(
  traditional: EditionText,
  { editorial, glossary }: { editorial: Editorial; glossary: readonly GlossaryEntry[] },
  toTraditional: (simplified: string) => string,
): Located[] {
  const printed = traditional.documents.flatMap((document) => [
    { where: `${document.id} title`, text: document.title },
    ...[document.subtitle, document.byline, document.continuation?.marker]
      .filter((text) => text !== undefined)
      .map((text) => ({ where: document.id, text })),
    ...document.sections.flatMap((section) => [
      ...[section.numeral, section.heading].filter((text) => text !== undefined).map((text) => ({ where: document.id, text })),
      ...section.blocks.map((block, index) => ({ where: `${document.id} ${section.number}.${index + 1}`, text: block.text })),
    ]),
  ]);
  const citations = [
    ...editorial.differences.flatMap((entry) => [...entry.witnesses, ...entry.sources, ...entry.context]),
    ...editorial.wordingNotes.flatMap((note) => note.witnesses),
  ].flatMap(({ witness, quote }) => {
    const { script } = editorial.witnesses.get(witness)!;
    if (script === 'traditional') return [{ where: `witness ${witness}`, text: quote }];
    return script === 'simplified' ? [{ where: `witness ${witness}`, text: toTraditional(quote) }] : [];
  });
  return [
    ...printed,
    ...editorial.differences.flatMap((entry) => [
      { where: `${entry.id} printed`, text: toTraditional(entry.printed) },
      { where: `${entry.id} reading`, text: toTraditional(entry.reading) },
    ]),
    ...editorial.wordingNotes.map((note) => ({ where: `note on ${note.ref}`, text: toTraditional(note.printed) })),
    ...citations,
    ...glossary.flatMap((entry) =>
      [entry.term, ...(entry.forms ?? []), ...(entry.published ? [entry.published] : [])].map((text) => ({
        where: `glossary ${entry.id}`,
        text: toTraditional(text),
      })),
    ),
  ];
}
