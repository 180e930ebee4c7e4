import type { AstroUserConfig } from 'astro';
import { loadEditorial } from '../lib/editorial/load';
import { editionNotes } from '../lib/editorial/notes';
import { seeAlsoByRef, seeAlsoElement } from '../lib/editorial/see-also';
import { EDITIONS, type Edition } from '../lib/editions';
import { loadGlossary, termForms } from '../lib/glossary/load-glossary';
import { alignedForms, alignedTerms, loadTerminology } from '../lib/terminology';
import { quotedTextIn, siteWordsIn } from '../lib/traditional-interface';
import { UI } from '../lib/ui';
import { paths } from '../lib/urls';
import remarkAlignedTerms from './remark-aligned-terms';
import remarkEditorialNotes from './remark-editorial-notes';
import remarkGlossaryTerms from './remark-glossary-terms';
import remarkParagraphRefs from './remark-paragraph-refs';
import remarkSeeAlso from './remark-see-also';

const byEdition = <T>(value: (edition: Edition) => T) => Object.fromEntries(EDITIONS.map((edition) => [edition, value(edition)]));
const glossary = loadGlossary();
const aligned = alignedTerms(loadTerminology(), new Set(termForms(glossary, 'zh-hans').map((form) => form.text)));
const editorial = loadEditorial();
const seeAlso = seeAlsoByRef(editorial.crossReferences);

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
            toScript: quotedTextIn(edition),
            toWords: siteWordsIn(edition),
          }),
        ),
        markedEditions: ['zh-hans', 'zh-hant'],
      },
    ],
    [
      remarkSeeAlso,
      {
        lines: byEdition(
          (edition) =>
            new Map(
              [...seeAlso].map(([ref, groups]) => [
                ref,
                seeAlsoElement(groups, edition, { sectionHref: paths.section, toWords: siteWordsIn(edition) }),
              ]),
            ),
        ),
      },
    ],
    [
      remarkGlossaryTerms,
      {
        dictionaries: byEdition((edition) => ({ forms: termForms(glossary, edition), wholeWords: edition === 'en' })),
        href: paths.glossaryEntry,
      },
    ],
    [
      remarkAlignedTerms,
      { dictionaries: byEdition((edition) => ({ forms: alignedForms(aligned, edition), wholeWords: edition === 'en' })) },
    ],
  ],
} satisfies NonNullable<AstroUserConfig['markdown']>;
