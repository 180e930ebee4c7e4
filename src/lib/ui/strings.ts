import type { DocumentId, LayoutRule } from '../split/model';
import type { DIFFERENCE_KINDS, WITNESS_KINDS } from '../editorial/schema';
import type { GlossaryKind } from '../glossary/schema';
import type { PluralForms } from '../../shared/contracts';

export type { PluralForms };

type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];
type WitnessKind = (typeof WITNESS_KINDS)[number];

/**
 * Interface text of one edition. Values are plain strings; a placeholder is a name in braces,
 * filled by format() (src/shared/format.ts): 'Copy the link to paragraph {ref}'.
 */
export interface UiStrings {
  siteName: string;
  siteDescription: string;
  skipToText: string;
  /** On a section page, the second skip link: past the text to the section navigation. */
  skipToSections: string;
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
  /** How the keyboard reaches a paragraph's glossary terms: one Tab stop each paragraph, the arrow keys for the others. */
  termKeysHint: string;
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
  /** {published}: readings of the published text; {single}: how many of them rest on one independent source. */
  apparatusSources: string;
  /** {russian}: passages of the statement whose Russian wording could be read; {statement}: all of them (title and paragraphs); {link}: the official page. */
  apparatusRussian: string;
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
  /** How many independent sources stand behind a reading: none, one (said plainly), or more; {n}: the count, {sources}: their names. */
  independentSources: { none: string; one: string; other: string };
  /** The official Russian text on the sense of a place: its label, and which reading it bears out. */
  russianText: string;
  /** Before the publications that show what a reading refers to. */
  contextSources: string;
  russianSupports: Record<'reading' | 'printed' | 'undecided', string>;
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
  /** {name}: another institution with a like name; {note}: what it is. */
  glossaryDistinct: string;
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
  /**
   * The count line, {n} paragraphs and {q} the query: contain (a Chinese query, exact), match (an English query, any form of
   * its words), mention (where a named entry was also found by other names, listed in {also}).
   */
  searchCount: { contain: PluralForms; match: PluralForms; mention: PluralForms };
  /** {forms}: the other names a named entry was found by, each quoted. */
  searchAlsoAs: string;
  /** {form}: one of those names, quoted as the edition quotes. */
  searchAlsoAsForm: string;
  /** {entry}: a named entry's title; {n}: how many of the counted paragraphs it occurs in. */
  searchEntryCount: PluralForms;
  /** Joins the clauses of the count line, and ends it. */
  searchCountJoin: string;
  searchCountEnd: string;
  /** {q}: the query. */
  searchNoResults: string;
  /** A query that is a reference and matches no text: {jump} is the link's words ("Go to paragraph 2.5"). */
  searchReference: string;
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
  /** On every page: where the text comes from. {dateline}: the report's dateline as the edition gives it; {marker}: where the statement breaks off. */
  sourceLine: string;
  /** The apparatus: that no copy on an official Chinese outlet could be reached. */
  noOfficialCopy: string;
  repairsHeading: string;
  /** {lines}: the source lines, as a list. */
  repairs: Record<LayoutRule, string>;
  referenceNote: string;
}
