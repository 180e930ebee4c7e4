import type { GlossaryView } from '../glossary/glossary-view';
import type { GlossaryEntry } from '../glossary/schema';
import type { SearchCard, SearchName } from './names';

/**
 * The names the search recognises: each glossary entry's names in every language and script it can be
 * asked for by, and where it occurs in the Chinese text and in the English (one file for all editions).
 */
export function searchNames(
  entries: readonly GlossaryEntry[],
  views: { chinese: readonly GlossaryView[]; english: readonly GlossaryView[] },
): SearchName[] {
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
