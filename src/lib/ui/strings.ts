import type { DocumentId, LayoutRule } from '../split/model';
import type { GlossaryKind } from '../glossary/schema';

/** A string for each plural category a language needs (Intl.PluralRules); `other` is always given. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Interface text of one edition. Values are plain strings; a placeholder is a name in braces,
 * filled by format() (src/lib/format.ts): 'Copy the link to paragraph {ref}'.
 */
export interface UiStrings {
  siteName: string;
  siteDescription: string;
  skipToText: string;
  home: string;
  editionsNav: string;
  siteNav: string;
  documentNames: Record<DocumentId, string>;
  contents: string;
  section: string;
  editorialTitle: string;
  editorialTitleMark: string;
  /** Plural forms, by Intl.PluralRules category; {count} is the number. */
  paragraphCount: PluralForms;
  paragraphsColumn: string;
  previous: string;
  next: string;
  sectionNav: string;
  breadcrumb: string;
  /** {ref}: the paragraph reference. */
  paragraphLinkLabel: string;
  /** {ref}: the paragraph reference. */
  copyLink: string;
  /** {ref}: the paragraph reference. */
  linkCopied: string;
  copyFailed: string;
  /** {ref}: the paragraph reference. */
  citeLabel: string;
  /** {ref}: the paragraph reference. */
  citedLabel: string;
  citeMenu: string;
  citeAsText: string;
  citeAsMarkdown: string;
  unofficialTranslation: string;
  preambleNumeral: string;
  parallelView: string;
  parallelViewHint: string;
  translationNotice: string;
  translatorNote: string;
  editorialNote: string;
  glossary: string;
  glossaryIntro: string;
  glossaryOccurrences: string;
  glossaryHere: string;
  glossaryMore: string;
  glossaryNowhere: string;
  /** {term}: the entry. */
  glossaryChart: string;
  glossaryKinds: Record<GlossaryKind, string>;
  relatedEntries: string;
  russianName: string;
  close: string;
  search: string;
  searchLabel: string;
  searchHelp: string;
  searchPrompt: string;
  searching: string;
  /** {n}: how many paragraphs; {q}: the query. */
  searchCount: string;
  /** {q}: the query. */
  searchNoResults: string;
  searchFailed: string;
  searchNeedsScript: string;
  searchResults: string;
  searchPlaceholder: string;
  notFoundTitle: string;
  openData: string;
  openDataText: string;
  notFoundText: string;
  /** {marker}: the printed continuation marker. */
  continuationNote: string;
  sourceHeading: string;
  sourceNote: string[];
  repairsHeading: string;
  /** {lines}: the source lines, as a list. */
  repairs: Record<LayoutRule, string>;
  referenceNote: string;
}
