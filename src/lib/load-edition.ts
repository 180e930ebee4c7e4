import { getCollection } from 'astro:content';
import { readSplitOutput, splitEdition } from './collections/split-output';
import { inReadingOrder } from './contents';
import type { Edition } from './editions';
import type { DocumentId } from './split/model';
import { glossaryViews } from './glossary/glossary-view';
import { loadGlossary } from './glossary/load-glossary';
import { termOccurrences } from './glossary/occurrences';
import { loadSectionTitles, sectionTitleIn } from './section-titles';
import { quotedTextIn, siteWordsIn } from './traditional-interface';

const loaded = new Map<Edition, ReturnType<typeof readEdition>>();

/** Everything one edition shows: its documents and sections in reading order, editorial titles, glossary. Read once per build. */
export function loadEdition(edition: Edition) {
  if (!loaded.has(edition)) loaded.set(edition, readEdition(edition));
  return loaded.get(edition)!;
}

async function readEdition(edition: Edition) {
  const sections = inReadingOrder(
    (await getCollection('sections', (entry) => entry.data.edition === edition)).map((entry) => ({ ...entry.data, entry })),
  );
  const { documents } = splitEdition(edition);
  const titles = loadSectionTitles();

  /** A document's title, subtitle, byline and where it breaks off, in this edition. */
  const documentData = (id: DocumentId) => {
    const found = documents.find((document) => document.id === id);
    if (!found) throw new Error(`edition ${edition} has no document ${id}`);
    return found;
  };

  /** The editors' title of a section that print leaves without words, in this edition's language and script. */
  const editorialTitle = (document: DocumentId, section: number): string | undefined => {
    const title = titles.get(`${document}/${section}`);
    return title && sectionTitleIn(edition, title);
  };

  const section = (document: DocumentId, number: number) => {
    const found = sections.find((s) => s.document === document && s.section === number);
    if (!found) throw new Error(`edition ${edition} has no section ${document}/${number}`);
    const html = found.entry.rendered?.html;
    if (!html) throw new Error(`section ${found.entry.id} was not rendered: see the Markdown errors above`);
    return { ...found, html };
  };

  const occurrences = termOccurrences(
    edition,
    sections.map(({ document, section: number }) => ({ document, section: number, html: section(document, number).html })),
  );
  const glossary = glossaryViews(loadGlossary(), edition, occurrences, quotedTextIn(edition), siteWordsIn(edition));

  return { edition, sections, section, documentData, editorialTitle, glossary, repairs: readSplitOutput().repairs };
}

export type LoadedEdition = Awaited<ReturnType<typeof loadEdition>>;
