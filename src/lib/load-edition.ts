import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { inReadingOrder } from './contents';
import type { Edition } from './editions';
import type { DocumentId } from './split/model';

export type SectionEntry = CollectionEntry<'sections'>;
export type DocumentEntry = CollectionEntry<'documents'>;

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
  const editorialTitle = (document: DocumentId, section: number) => titles.get(`${document}/${section}`);
  return { sections, documentData, editorialTitle, repairs: split.data.repairs };
}
