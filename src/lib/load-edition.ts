import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { inReadingOrder } from './contents';
import type { Edition } from './editions';
import type { DocumentId } from './split/model';
import { toTraditional } from './traditional';

export type SectionEntry = CollectionEntry<'sections'>;

/** Everything one edition shows: its documents and their sections in reading order, and the editorial titles. */
export async function loadEdition(edition: Edition) {
  const sections = inReadingOrder(
    (await getCollection('sections', (entry) => entry.data.edition === edition)).map((entry) => ({ ...entry.data, entry })),
  );
  const documents = await getCollection('documents', (entry) => entry.data.edition === edition);
  const titles = new Map((await getCollection('sectionTitles')).map((entry) => [entry.id, entry.data]));
  const split = await getEntry('splitRecord', 'page');
  if (!split) throw new Error('content/split/page.json is missing: run npm run split');

  const documentData = (id: DocumentId) => {
    const found = documents.find((entry) => entry.data.document === id);
    if (!found) throw new Error(`edition ${edition} has no document ${id}`);
    return found.data;
  };

  /** The editors' title of a section that print leaves without words, in this edition's language and script. */
  const editorialTitle = (document: DocumentId, section: number): string | undefined => {
    const title = titles.get(`${document}/${section}`);
    if (!title) return undefined;
    return edition === 'en' ? title.en : edition === 'zh-hant' ? toTraditional(title.zh) : title.zh;
  };

  const section = (document: DocumentId, number: number) => {
    const found = sections.find((s) => s.document === document && s.section === number);
    if (!found) throw new Error(`edition ${edition} has no section ${document}/${number}`);
    const html = found.entry.rendered?.html;
    if (!html) throw new Error(`section ${found.entry.id} was not rendered: see the Markdown errors above`);
    return { ...found, html };
  };

  return { edition, sections, section, documentData, editorialTitle, repairs: split.data.repairs };
}

export type LoadedEdition = Awaited<ReturnType<typeof loadEdition>>;
