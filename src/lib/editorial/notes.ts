import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Edition } from '../editions';
import { formatParts, format, formatList } from '../../shared/format';
import { markOtherLanguages } from '../../shared/lang-runs';
import { paragraphIdOfRef } from '../../shared/references';
import { uiText } from '../ui';
import { independentSources } from './independence';
import type { Editorial } from './load';
import type { Difference, Witness } from './schema';
import { CLASSES } from '../../shared/contracts';

/** An editorial note on one paragraph, as one edition shows it. */
export interface EditionNote {
  ref: string;
  /** The note element's id, the same in every edition: note-p1-3a, note-p4-4w. */
  id: string;
  /** The printed string the note is about, in the edition's script, to mark in the Chinese text. */
  printed: string;
  /** The note, ready to follow the paragraph. */
  element: Element;
}

export interface NoteOptions {
  /** The address of the apparatus page in an edition. */
  apparatusHref: (edition: Edition) => string;
  /** Chinese the note quotes (the printed and the published readings), Simplified → the edition's script (Traditional for zh-hant). */
  toScript: (simplified: string) => string;
  /** The site's own words (comments, the names of outlets and sources), Simplified → as the edition writes them (src/lib/traditional-interface.ts). */
  toWords: (simplified: string) => string;
}

/** Text in the edition's language, with what it quotes in the other marked as such: Chinese in an English note, a Latin-script name in a Chinese one. */
export function editorialText(value: string, edition: Edition): ElementContent[] {
  return markOtherLanguages(value, edition === 'en' ? 'en' : 'zh').map((run) =>
    run.lang ? h('span', { lang: run.lang }, run.text) : { type: 'text', value: run.text },
  );
}

/** A reading quoted in a note: in the Chinese editions in quotation marks already given by the template, in English marked as Chinese. */
function quoted(value: string, edition: Edition): ElementContent {
  return edition === 'en' ? h('span', { lang: 'zh-Hans' }, value) : { type: 'text', value };
}

/**
 * A link to each witness, opening in a new tab and saying so, followed by what kind of copy it is;
 * an outlet cited twice in one list is numbered (gdcydspt.cn 1, gdcydspt.cn 2).
 */
export function witnessLinks(witnesses: readonly Witness[], edition: Edition, toWords: (text: string) => string): ElementContent[][] {
  const ui = uiText(edition);
  const counts = new Map<string, number>();
  for (const witness of witnesses) counts.set(witness.outlet.en, (counts.get(witness.outlet.en) ?? 0) + 1);
  const seen = new Map<string, number>();
  return witnesses.map((witness) => {
    const number = (seen.get(witness.outlet.en) ?? 0) + 1;
    seen.set(witness.outlet.en, number);
    const outlet = edition === 'en' ? witness.outlet.en : toWords(witness.outlet.zh);
    const label = (counts.get(witness.outlet.en) ?? 0) > 1 ? `${outlet} ${number}` : outlet;
    const kind = ui.witnessKinds[witness.kind];
    // A name in Latin script (a web address) is marked as such inside Chinese text; the link's hidden words stay in the edition's language.
    const name = edition !== 'en' && !/\p{Script=Han}/u.test(label) ? h('span', { lang: 'en' }, label) : label;
    const link = h('a', { href: witness.url, class: 'external', target: '_blank', rel: 'external noopener noreferrer' }, [
      name,
      h('span', { class: 'external-mark', 'aria-hidden': 'true' }, ' ↗'),
      h('span', { class: 'visually-hidden' }, edition === 'en' ? ` (${ui.opensInNewTab})` : `（${ui.opensInNewTab}）`),
    ]);
    return [link, { type: 'text', value: edition === 'en' ? ` (${kind})` : `（${kind}）` }];
  });
}

/** Items joined as the edition writes a list in running text. */
function joined(items: ElementContent[][], edition: Edition): ElementContent[] {
  return items.flatMap((item, index) => (index === 0 ? item : [{ type: 'text' as const, value: edition === 'en' ? ', ' : '、' }, ...item]));
}

export function citedWitnesses(editorial: Editorial, citations: readonly { witness: string }[]): Witness[] {
  return citations.map(({ witness }) => editorial.witnesses.get(witness)!);
}

/** The language of a witness's text, for its quotations. */
export function witnessLang(witness: Witness): string {
  return { simplified: 'zh-Hans', traditional: 'zh-Hant', ru: 'ru', ja: 'ja', sr: 'sr-Latn', en: 'en' }[witness.script];
}

/** How many independent sources stand behind the citations, and which: said plainly when there is only one. */
export function independenceLine(
  editorial: Editorial,
  citations: readonly { witness: string }[],
  edition: Edition,
  toWords: (text: string) => string,
): ElementContent[] {
  const ui = uiText(edition);
  const sources = independentSources(editorial, citations);
  const names = sources.map((source) => (edition === 'en' ? source.name.en : toWords(source.name.zh)));
  const template =
    sources.length === 0 ? ui.independentSources.none : sources.length === 1 ? ui.independentSources.one : ui.independentSources.other;
  return editorialText(format(template, { n: sources.length, sources: formatList(names, edition === 'en' ? 'en' : 'zh') }), edition);
}

/** The official Russian text on the sense of the place: each quotation with its page, the comment, and which reading it bears out. */
export function russianLine(
  editorial: Editorial,
  russian: NonNullable<Difference['russian']>,
  edition: Edition,
  toWords: (text: string) => string,
): ElementContent[] {
  const ui = uiText(edition);
  const witnesses = citedWitnesses(editorial, russian.witnesses);
  const links = witnessLinks(witnesses, edition, toWords);
  const quotes = russian.witnesses.map(({ quote }, index): ElementContent[] => [
    h('q', { lang: witnessLang(witnesses[index]!) }, quote),
    { type: 'text', value: edition === 'en' ? ' (' : '（' },
    ...links[index]!,
    { type: 'text', value: edition === 'en' ? ')' : '）' },
  ]);
  const comment = edition === 'en' ? russian.comment.en : toWords(russian.comment.zh);
  return [
    `${ui.russianText}${edition === 'en' ? ' ' : ''}`,
    ...joined(quotes, edition),
    edition === 'en' ? '. ' : '。',
    ...editorialText(comment, edition),
    edition === 'en' ? ' ' : '',
    ui.russianSupports[russian.supports],
  ]
    .filter((part) => part !== '')
    .map(node);
}

/** The publications that show what a reading refers to, each a link with its words quoted. */
export function contextLine(
  editorial: Editorial,
  context: Difference['context'],
  edition: Edition,
  toWords: (text: string) => string,
): ElementContent[] {
  const witnesses = citedWitnesses(editorial, context);
  const links = witnessLinks(witnesses, edition, toWords);
  const items = context.map(({ quote }, index): ElementContent[] => [
    h('q', { lang: witnessLang(witnesses[index]!) }, quote),
    { type: 'text', value: edition === 'en' ? ' (' : '（' },
    ...links[index]!,
    { type: 'text', value: edition === 'en' ? ')' : '）' },
  ]);
  return [`${uiText(edition).contextSources}${edition === 'en' ? ' ' : ''}`, ...joined(items, edition), edition === 'en' ? '.' : '。'].map(
    node,
  );
}

/** The line that says what the reading rests on: the published text with its witnesses, or a conjecture with its supporting sources; then how many independent sources that is. */
export function basisLine(
  editorial: Editorial,
  entry: Pick<Difference, 'basis' | 'witnesses' | 'sources'>,
  edition: Edition,
  toWords: (text: string) => string,
): ElementContent[] {
  const ui = uiText(edition);
  const space = edition === 'en' ? ' ' : '';
  const independence = independenceLine(editorial, entry.basis === 'published' ? entry.witnesses : entry.sources, edition, toWords);
  if (entry.basis === 'published') {
    return [
      `${ui.basisLabel}${space}${ui.basisPublished}${edition === 'en' ? ': ' : '：'}`,
      ...joined(witnessLinks(citedWitnesses(editorial, entry.witnesses), edition, toWords), edition),
      edition === 'en' ? '. ' : '。',
      ...independence,
    ].map(node);
  }
  const sources =
    entry.sources.length === 0
      ? []
      : [
          edition === 'en' ? '; ' : '；',
          ui.supportingSources,
          space,
          ...joined(witnessLinks(citedWitnesses(editorial, entry.sources), edition, toWords), edition),
        ];
  return [`${ui.basisLabel}${space}${ui.basisConjecture}`, ...sources, edition === 'en' ? '. ' : '。', ...independence].map(node);
}

function node(value: string | ElementContent): ElementContent {
  return typeof value === 'string' ? { type: 'text', value } : value;
}

/** The note on one difference: both readings, the comment, the basis, what the English follows, and a link to the apparatus entry. */
function differenceNote(
  editorial: Editorial,
  entry: Difference,
  number: number,
  edition: Edition,
  { apparatusHref, toScript, toWords }: NoteOptions,
): Element {
  const ui = uiText(edition);
  const printed = quoted(toScript(entry.printed), edition);
  const reading = quoted(toScript(entry.reading), edition);
  const comment = edition === 'en' ? entry.comment.en : toWords(entry.comment.zh);
  return h('span', { class: CLASSES.editorialNote, role: 'note', id: `note-${entry.id}`, 'data-basis': entry.basis }, [
    h('span', { class: 'editorial-note-label' }, ui.editorialNote),
    ' ',
    h(
      'span',
      { class: 'readings' },
      formatParts(entry.basis === 'published' ? ui.readingPublished : ui.readingConjecture, { printed, reading }).map(node),
    ),
    ' ',
    h('span', { class: 'comment' }, editorialText(comment, edition)),
    ' ',
    h('span', { class: 'basis' }, basisLine(editorial, entry, edition, toWords)),
    ...(entry.russian ? [' ', h('span', { class: 'russian-sense' }, russianLine(editorial, entry.russian, edition, toWords))] : []),
    ...(entry.context.length > 0 ? [' ', h('span', { class: 'context' }, contextLine(editorial, entry.context, edition, toWords))] : []),
    ' ',
    h('span', { class: 'translation-follows' }, ui.translationFollows[entry.translation.follows]),
    ' ',
    h('a', { class: 'apparatus-link', href: `${apparatusHref(edition)}#${entry.id}` }, format(ui.apparatusEntry, { n: number })),
  ]);
}

/**
 * Every editorial note of an edition, by paragraph reference: the notes on differences (in apparatus
 * order) and the notes on wordings the published text has too.
 */
export function editionNotes(editorial: Editorial, edition: Edition, options: NoteOptions): EditionNote[] {
  const ui = uiText(edition);
  const { toScript, toWords } = options;
  const differences = editorial.differences.map((entry, index) => ({
    ref: entry.ref,
    id: `note-${entry.id}`,
    printed: toScript(entry.printed),
    element: differenceNote(editorial, entry, index + 1, edition, options),
  }));
  const wording = editorial.wordingNotes.map((note) => {
    const id = `note-${paragraphIdOfRef(note.ref)}w`;
    const comment = edition === 'en' ? note.comment.en : toWords(note.comment.zh);
    return {
      ref: note.ref,
      id,
      printed: toScript(note.printed),
      element: h('span', { class: CLASSES.editorialNote, role: 'note', id, 'data-basis': 'as-published' }, [
        h('span', { class: 'editorial-note-label' }, ui.editorialNote),
        ' ',
        h(
          'span',
          { class: 'readings' },
          formatParts(ui.readingAsPublished, { printed: quoted(toScript(note.printed), edition) }).map(node),
        ),
        ' ',
        h('span', { class: 'comment' }, editorialText(comment, edition)),
        ' ',
        h(
          'span',
          { class: 'basis' },
          basisLine(editorial, { basis: 'published', witnesses: note.witnesses, sources: [] }, edition, toWords),
        ),
      ]),
    };
  });
  return [...differences, ...wording];
}
