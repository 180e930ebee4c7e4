import { pinyin } from 'pinyin-pro';
import type { Edition } from '../editions';
import type { ContentModel } from '../content/model';
import type { EditionScripts } from '../edition-script';
import type { DocumentId } from '../split/model';
import { placeOccurrences, type PlacedOccurrence } from './occurrences';
import type { GlossaryEntry } from './schema';
import type { GlossaryEntryData } from '../../shared/contracts';

/** What the reader sees of an entry in one edition, on the glossary page and (without its id) in the popover's data. */
export interface GlossaryView extends GlossaryEntryData {
  id: string;
  kind: GlossaryEntry['kind'];
  occurrences: PlacedOccurrence[];
}

/** Pinyin with tone marks, of the published form where the print differs: from pinyin-pro unless a reviewed reading is given. */
export function termPinyin(entry: GlossaryEntry): string {
  return entry.pinyin ?? pinyin((entry.published ?? entry.term).replace(/[《》]/gu, ''), { type: 'string' });
}

export function glossaryViews(
  entries: readonly GlossaryEntry[],
  edition: Edition,
  occurrences: Map<string, PlacedOccurrence[]>,
  /** The Chinese of the print (terms and their forms), Simplified → the edition's script. */
  toScript: (simplified: string) => string,
  /** The site's own words (explanations, other institutions and what they are), Simplified → as the edition writes them. */
  toWords: (simplified: string) => string,
): GlossaryView[] {
  const titleOf = (entry: GlossaryEntry) => (edition === 'en' ? entry.en : toScript(entry.term));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const views = entries.map((entry) => ({
    id: entry.id,
    kind: entry.kind,
    title: titleOf(entry),
    chinese: edition === 'en' ? entry.term : toScript(entry.term),
    forms: (entry.forms ?? []).map(toScript),
    ...(entry.published && { published: toScript(entry.published) }),
    pinyin: termPinyin(entry),
    english: entry.en,
    ...(entry.ru && { russian: entry.ru }),
    ...(entry.distinctFrom && {
      distinctFrom: entry.distinctFrom.map((other) => ({
        name: edition === 'en' ? other.en : toWords(other.zh),
        ...(other.ru && { russian: other.ru }),
        note: edition === 'en' ? other.note.en : toWords(other.note.zh),
      })),
    }),
    explanation: edition === 'en' ? entry.explanation.en.trim() : toWords(entry.explanation.zh.trim()),
    related: entry.related.map((id) => {
      const related = byId.get(id);
      if (!related) throw new Error(`glossary entry ${entry.id}: related entry ${id} does not exist`);
      return { id, title: titleOf(related) };
    }),
    occurrences: occurrences.get(entry.id) ?? [],
  }));
  return sortGlossary(views, edition);
}

/** The glossary as an edition shows it, each entry with the paragraphs it is marked in (found by the split). */
export function editionGlossary(
  model: Pick<ContentModel, 'glossary' | 'occurrences'>,
  edition: Edition,
  scripts: EditionScripts,
  sectionPath: (edition: Edition, document: DocumentId, section: number) => string,
): GlossaryView[] {
  const occurrences = placeOccurrences(model.occurrences[edition], (document, section) => sectionPath(edition, document, section));
  return glossaryViews(model.glossary, edition, occurrences, scripts.quotedTextIn(edition), scripts.siteWordsIn(edition));
}

/** Chinese editions sort by pinyin (without tones, then with), the English edition alphabetically. */
export function sortGlossary<T extends { title: string; pinyin: string }>(views: readonly T[], edition: Edition): T[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const plain = (text: string) => text.normalize('NFD').replace(/\p{Mark}/gu, '');
  return [...views].sort((a, b) =>
    edition === 'en'
      ? collator.compare(a.title.replace(/^the /iu, ''), b.title.replace(/^the /iu, ''))
      : collator.compare(plain(a.pinyin), plain(b.pinyin)) || a.pinyin.localeCompare(b.pinyin) || a.title.localeCompare(b.title),
  );
}
