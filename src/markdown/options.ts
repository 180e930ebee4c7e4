import type { AstroUserConfig } from 'astro';
import { loadEditorial } from '../lib/editorial/load';
import { editionNotes } from '../lib/editorial/notes';
import { EDITIONS, type Edition } from '../lib/editions';
import { loadGlossary, termForms } from '../lib/glossary/load-glossary';
import { toTraditional } from '../lib/traditional';
import { UI } from '../lib/ui';
import { paths } from '../lib/urls';
import remarkEditorialNotes from './remark-editorial-notes';
import remarkGlossaryTerms from './remark-glossary-terms';
import remarkParagraphRefs from './remark-paragraph-refs';

const byEdition = <T>(value: (edition: Edition) => T) => Object.fromEntries(EDITIONS.map((edition) => [edition, value(edition)]));
const glossary = loadGlossary();
const editorial = loadEditorial();

/** The Markdown pipeline of the site, shared by astro.config.mjs and the tests. The plugins run in this order. */
export const markdownOptions = {
  // Quotes and dashes stay exactly as printed.
  smartypants: false,
  gfm: true,
  remarkPlugins: [
    [remarkParagraphRefs, { linkLabel: byEdition((edition) => UI[edition].paragraphLinkLabel) }],
    [
      remarkEditorialNotes,
      {
        notes: byEdition((edition) =>
          editionNotes(editorial, edition, {
            apparatusHref: paths.apparatus,
            toScript: edition === 'zh-hant' ? toTraditional : (text) => text,
          }),
        ),
        markedEditions: ['zh-hans', 'zh-hant'],
      },
    ],
    [
      remarkGlossaryTerms,
      {
        dictionaries: byEdition((edition) => ({ forms: termForms(glossary, edition), wholeWords: edition === 'en' })),
        href: paths.glossaryEntry,
      },
    ],
  ],
} satisfies NonNullable<AstroUserConfig['markdown']>;
