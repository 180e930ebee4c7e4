import type { AstroUserConfig } from 'astro';
import type { ContentModel } from '../lib/content/model';
import type { EditionScripts } from '../lib/edition-script';
import type { Editorial } from '../lib/editorial/load';
import { editionNotes } from '../lib/editorial/notes';
import { seeAlsoByRef, seeAlsoElement } from '../lib/editorial/see-also';
import { EDITIONS, type Edition } from '../lib/editions';
import { termForms } from '../lib/glossary/load-glossary';
import { alignedForms, alignedTerms } from '../lib/terminology';
import { uiText } from '../lib/ui';
import type { Urls } from '../shared/urls';
import remarkAlignedTerms from './remark-aligned-terms';
import remarkEditorialNotes from './remark-editorial-notes';
import remarkGlossaryTerms from './remark-glossary-terms';
import remarkParagraphRefs from './remark-paragraph-refs';
import remarkSeeAlso from './remark-see-also';
import remarkTranslatorNotes from './remark-translator-notes';

const byEdition = <T>(value: (edition: Edition) => T) => Object.fromEntries(EDITIONS.map((edition) => [edition, value(edition)]));

export interface PipelineInputs {
  model: ContentModel;
  editorial: Editorial;
  scripts: EditionScripts;
  /** The addresses of the site being built (its base path). */
  urls: Urls;
}

/**
 * The Markdown pipeline of the site, made from the content model: the build's integration gives it to
 * Astro, and the tests render with it. A section is rendered in one pass: its paragraphs addressed, the
 * editors' notes, the "see also" lines and the translator's notes attached, the terms marked. The
 * plugins run in this order.
 */
export function markdownOptions({ model, editorial, scripts, urls: { paths } }: PipelineInputs) {
  const aligned = alignedTerms(model.terminology, new Set(termForms(model.glossary, 'zh-hans', (text) => text).map((form) => form.text)));
  const seeAlso = seeAlsoByRef(editorial.crossReferences);
  return {
    // Quotes and dashes stay exactly as printed.
    smartypants: false,
    gfm: true,
    // The texts have no code: no highlighter is loaded.
    syntaxHighlight: false,
    remarkPlugins: [
      [remarkParagraphRefs, { linkLabel: byEdition((edition) => uiText(edition).paragraphLinkLabel) }],
      [
        remarkEditorialNotes,
        {
          notes: byEdition((edition) =>
            editionNotes(editorial, edition, {
              apparatusHref: paths.apparatus,
              toScript: scripts.quotedTextIn(edition),
              toWords: scripts.siteWordsIn(edition),
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
                  seeAlsoElement(groups, edition, { sectionHref: paths.section, toWords: scripts.siteWordsIn(edition) }),
                ]),
              ),
          ),
        },
      ],
      [remarkTranslatorNotes, { label: uiText('en').translatorNote, lang: 'en' }],
      [
        remarkGlossaryTerms,
        {
          dictionaries: byEdition((edition) => ({
            forms: termForms(model.glossary, edition, scripts.quotedTextIn(edition)),
            wholeWords: edition === 'en',
          })),
          href: paths.glossaryEntry,
        },
      ],
      [
        remarkAlignedTerms,
        {
          dictionaries: byEdition((edition) => ({
            forms: alignedForms(aligned, edition, scripts.quotedTextIn(edition)),
            wholeWords: edition === 'en',
          })),
        },
      ],
    ],
  } satisfies NonNullable<AstroUserConfig['markdown']>;
}
