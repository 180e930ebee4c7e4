import type { DocumentId, LayoutRule } from '../split/model';
import type { DIFFERENCE_KINDS, WITNESS_KINDS } from '../editorial/schema';
import type { GlossaryKind } from '../glossary/schema';

/** A string for each plural category a language needs (Intl.PluralRules); `other` is always given. */
type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];
type WitnessKind = (typeof WITNESS_KINDS)[number];

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
  /** The tools offered for a passage selected in a paragraph. */
  passageTools: string;
  copyPassageLink: string;
  /** {ref}: the paragraph reference. */
  passageLinkCopied: string;
  citePassage: string;
  citePassageMenu: string;
  /** {ref}: the paragraph reference. */
  passageCited: string;
  passageNotLinkable: string;
  unofficialTranslation: string;
  preambleNumeral: string;
  parallelView: string;
  parallelViewHint: string;
  termAlignment: string;
  termAlignmentHint: string;
  translationNotice: string;
  translatorNote: string;
  editorialNote: string;
  /** {document}: the other document's name, before the paragraphs it links to. */
  seeAlso: string;
  /** The apparatus page: every difference between the print and the published text. */
  apparatus: string;
  apparatusIntro: string;
  /** {paragraphs}, {collated}, {unwitnessed}, {differences}, {published}, {conjectures}, {meaning}: apparatusSummary(). */
  apparatusSummary: string;
  /** The home page's line leading to the apparatus. */
  apparatusLink: string;
  /** {n}: the entry's number in the apparatus. */
  apparatusEntry: string;
  apparatusColumns: { number: string; ref: string; printed: string; reading: string; basis: string; effect: string };
  /** {printed}, {reading}: the two readings. */
  readingPublished: string;
  readingConjecture: string;
  /** {printed}: a wording the published text has too. */
  readingAsPublished: string;
  basisLabel: string;
  basisPublished: string;
  basisConjecture: string;
  supportingSources: string;
  witnessKinds: Record<WitnessKind, string>;
  opensInNewTab: string;
  translationFollows: Record<'published' | 'printed' | 'conjecture', string>;
  differenceKinds: Record<DifferenceKind, string>;
  changesMeaning: string;
  keepsMeaning: string;
  /** {ref}: the paragraph reference. */
  goToParagraph: string;
  glossary: string;
  glossaryIntro: string;
  glossaryOccurrences: string;
  glossaryHere: string;
  glossaryMore: string;
  glossaryNowhere: string;
  /** Before the published form of a term the print misprints. */
  glossaryPublished: string;
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
  searchCount: PluralForms;
  /** {q}: the query. */
  searchNoResults: string;
  searchFailed: string;
  searchNeedsScript: string;
  searchResults: string;
  searchPlaceholder: string;
  /** {ref}: a paragraph reference the query names. */
  searchJumpParagraph: string;
  /** {section}: a section the query names. */
  searchJumpSection: string;
  searchScope: string;
  searchScopeAll: string;
  searchBySection: string;
  searchEntry: string;
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
