import type { GlossaryView } from '../glossary/glossary-view';
import type { GlossaryEntry } from '../glossary/schema';
import { normalizeWord } from '../../shared/search/english';
import { formKeys } from './lexicon';
import { nameWords, plainWord, type SearchCard, type SearchName } from '../../shared/search/names';

/**
 * The distinctive words of an entry's names: words of two or more letters, in Latin or Cyrillic script,
 * that are proper names rather than ordinary words. An English word is ordinary when the translation
 * also writes it, in any inflection, in lower case (cooperation, state, organisations); a Russian word
 * when the name does.
 */
function distinctiveWords(entry: GlossaryEntry, ordinary: ReadonlySet<string>): string[] {
  const english = [entry.en, ...(entry.enForms ?? [])].flatMap(nameWords);
  const russian = entry.ru ? nameWords(entry.ru) : [];
  const proper = (word: string) => word.length >= 2 && /^\p{Lu}/u.test(word);
  const isOrdinary = (word: string) => formKeys(normalizeWord(word)).some((key) => ordinary.has(key));
  return [
    ...new Set([...english.filter((word) => proper(word) && !isOrdinary(word)).map(plainWord), ...russian.filter(proper).map(plainWord)]),
  ];
}

/**
 * The names the search recognises: each glossary entry's names in every language and script it can be
 * asked for by, and where it occurs in the Chinese text and in the English (one file for all editions).
 * `englishText` is the translation, to tell the ordinary words of names from the proper ones.
 */
export function searchNames(
  entries: readonly GlossaryEntry[],
  views: { chinese: readonly GlossaryView[]; english: readonly GlossaryView[] },
  englishText: string,
): SearchName[] {
  const ordinary = new Set(
    nameWords(englishText)
      .filter((word) => /^\p{Ll}/u.test(word))
      .flatMap((word) => formKeys(normalizeWord(word))),
  );
  const byId = (list: readonly GlossaryView[]) => new Map(list.map((view) => [view.id, view]));
  const [chinese, english] = [byId(views.chinese), byId(views.english)];
  const refs = (view: GlossaryView | undefined) => (view?.occurrences ?? []).map(({ ref }) => ref);
  return entries.map((entry) => {
    const view = chinese.get(entry.id);
    if (!view) throw new Error(`glossary entry ${entry.id} has no view`);
    const forms = [...new Set([entry.term, ...(entry.forms ?? []), ...(entry.published ? [entry.published] : [])])];
    return {
      id: entry.id,
      chinese: forms,
      english: [entry.en, ...(entry.enForms ?? [])],
      ...(entry.ru && { russian: entry.ru }),
      abbreviations: entry.abbreviations ?? [],
      words: distinctiveWords(entry, ordinary),
      pinyin: view.pinyin,
      refs: { chinese: refs(view), english: refs(english.get(entry.id)) },
    };
  });
}

/** An entry's card in one edition: the term, its names, and its explanation in the edition's language. */
export function searchCard(view: GlossaryView): SearchCard {
  return {
    title: view.title,
    chinese: view.chinese,
    pinyin: view.pinyin,
    english: view.english,
    ...(view.russian && { russian: view.russian }),
    explanation: view.explanation,
  };
}
