import type { AstroUserConfig } from 'astro';
import { notesByEdition, loadEditorialNotes } from '../lib/editorial-notes';
import { EDITIONS } from '../lib/editions';
import { glossaryHref, loadGlossary, termForms } from '../lib/glossary/load-glossary';
import { UI } from '../lib/ui';
import remarkEditorialNotes from './remark-editorial-notes';
import remarkGlossaryTerms from './remark-glossary-terms';
import remarkParagraphRefs from './remark-paragraph-refs';

const byEdition = <T>(value: (edition: (typeof EDITIONS)[number]) => T) => Object.fromEntries(EDITIONS.map((edition) => [edition, value(edition)]));
const glossary = loadGlossary();

/** The Markdown pipeline of the site, shared by astro.config.mjs and the tests. The plugins run in this order. */
export const markdownOptions = {
  // Quotes and dashes stay exactly as printed.
  smartypants: false,
  gfm: true,
  remarkPlugins: [
    [remarkParagraphRefs, { linkLabel: byEdition((edition) => UI[edition].paragraphLinkLabel) }],
    [remarkEditorialNotes, { notes: notesByEdition(loadEditorialNotes()), label: byEdition((edition) => UI[edition].editorialNote), quotingEditions: ['en'] }],
    [remarkGlossaryTerms, { dictionaries: byEdition((edition) => ({ forms: termForms(glossary, edition), wholeWords: edition === 'en' })), href: glossaryHref }],
  ],
} satisfies NonNullable<AstroUserConfig['markdown']>;
