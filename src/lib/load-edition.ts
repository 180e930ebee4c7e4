import { getCollection } from 'astro:content';
import { editionScripts, editionText, loadModel } from './content/load-model';
import { inReadingOrder } from './contents';
import type { Edition } from './editions';
import type { DocumentId } from './split/model';
import { editionGlossary } from './glossary/glossary-view';
import { sectionTitleIn } from './section-titles';
import { paths } from '../shared/urls';

const loaded = new Map<Edition, ReturnType<typeof readEdition>>();

/** Everything one edition shows: its documents and sections in reading order, editorial titles, glossary. Read once per build. */
export function loadEdition(edition: Edition) {
  if (!loaded.has(edition)) loaded.set(edition, readEdition(edition));
  return loaded.get(edition)!;
}

async function readEdition(edition: Edition) {
  const model = loadModel();
  const scripts = editionScripts();
  const sections = inReadingOrder(
    (await getCollection('sections', (entry) => entry.data.edition === edition)).map((entry) => ({ ...entry.data, entry })),
  );
  const { documents } = editionText(edition);
  const titles = new Map(model.sectionTitles.map((title) => [title.id, title]));

  /** A document's title, subtitle, byline and where it breaks off, in this edition. */
  const documentData = (id: DocumentId) => {
    const found = documents.find((document) => document.id === id);
    if (!found) throw new Error(`edition ${edition} has no document ${id}`);
    return found;
  };

  /** The editors' title of a section that print leaves without words, in this edition's language and script. */
  const editorialTitle = (document: DocumentId, section: number): string | undefined => {
    const title = titles.get(`${document}/${section}`);
    return title && sectionTitleIn(edition, title, scripts.siteWordsIn(edition));
  };

  const section = (document: DocumentId, number: number) => {
    const found = sections.find((s) => s.document === document && s.section === number);
    if (!found) throw new Error(`edition ${edition} has no section ${document}/${number}`);
    const html = found.entry.rendered?.html;
    if (!html) throw new Error(`section ${found.entry.id} was not rendered: see the Markdown errors above`);
    return { ...found, html };
  };

  const glossary = editionGlossary(model, edition, scripts, paths.section);

  return { edition, sections, section, documentData, editorialTitle, glossary, repairs: model.repairs };
}

export type LoadedEdition = Awaited<ReturnType<typeof loadEdition>>;
